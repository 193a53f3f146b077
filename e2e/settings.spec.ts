import { expect, test } from '@playwright/test';
import {
  errorSummary,
  openFromMenu,
  openFromSection,
  prepareApp,
  saveScreenshot,
  signInAs,
  typeDate,
} from './support/app';
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

  await openFromSection(page, 'Children', 'Caseloads', 'Caseloads of all IROs');
  await expect(
    page.getByRole('checkbox', { name: 'Not seen by the IRO in the last 3 months' }),
  ).toBeVisible();
  // And after a reload: the backend kept it.
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'Not seen by the IRO in the last 3 months' }),
  ).toBeVisible();
});

test('a team manager adds a reason a review was late, and the IRO is offered it', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const reasons = page.getByRole('group', { name: 'Reasons a review was late' });
  await expect(reasons.getByRole('textbox', { name: 'Reason 5' })).toHaveValue('Other');

  // A reason the same as one on the list is refused, linked to its box, and kept to correct.
  await reasons.getByRole('button', { name: 'Add another reason' }).click();
  const added = reasons.getByRole('textbox', { name: 'Reason 6' });
  await expect(added).toBeFocused();
  await added.fill('a placement move');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(errorSummary(page)).toContainText('Reason 6 is the same as reason 4');
  await errorSummary(page).getByRole('link', { name: 'Reason 6 is the same as reason 4' }).click();
  await expect(added).toBeFocused();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'settings-03-reason-refused');

  await added.fill('The child was in hospital');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert', { name: 'Success' })).toContainText('Settings saved');
  await expect(reasons.getByRole('textbox', { name: 'Reason 6' })).toHaveValue(
    'The child was in hospital',
  );
  await expectNoAxeViolations(page);
  await reasons.screenshot({ path: 'e2e/.artifacts/screenshots/settings-04-reasons-saved.png' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  // In the fixed seed, Willow McDonald's review has been overdue since 7 November 2026.
  const child = 'Willow McDonald';
  await page.getByLabel('Search by name or ID').fill(child);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('row').filter({ hasText: child }).getByRole('link', { name: child }).click();
  await page.getByRole('button', { name: 'Record a review' }).click();
  await typeDate(page, 'Date the review was held', ['23', '11', '2026']);
  const why = page.getByRole('group', { name: 'Why was the review held after its due date?' });
  await why.getByRole('radio', { name: 'The child was in hospital' }).check();
  await expect(why.getByRole('radio', { name: 'The child was in hospital' })).toBeChecked();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'settings-05-reason-offered');
});
