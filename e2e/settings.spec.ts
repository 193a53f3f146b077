import { expect, test } from '@playwright/test';
import { errorSummary, prepareApp, saveScreenshot, signInAs } from './support/app';
import { expectNoAxeViolations } from './support/axe';

// A team manager changes a council setting: a bad value is refused with the field named and
// kept to correct; the saved value is what the rest of the product then uses.

test('a team manager changes how recently the IRO must have seen each child', async ({ page }) => {
  test.setTimeout(120_000);
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const months = page.getByRole('textbox', { name: 'Months within which the IRO sees each child' });
  await expect(months).toHaveValue('6');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'settings-01-form');

  await months.fill('30');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(errorSummary(page)).toContainText(
    'Months within which the IRO sees each child must be 24 or fewer',
  );
  await expect(months).toHaveValue('30');
  await expect(page).toHaveTitle(/^Error: Settings/);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'settings-02-error');

  await months.fill('3');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText('Settings saved');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Caseloads', exact: true }).click();
  await expect(
    page.getByRole('checkbox', { name: 'Not seen by the IRO in the last 3 months' }),
  ).toBeVisible();
  // And after a reload: the backend kept it.
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'Not seen by the IRO in the last 3 months' }),
  ).toBeVisible();
});
