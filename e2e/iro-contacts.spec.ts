import { expect, test, type Page } from '@playwright/test';
import {
  errorSummary,
  openFromMenu,
  prepareApp,
  saveScreenshot,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

// An IRO finds a child not seen in the last six months, records a visit (a future date refused on
// the way) and the child leaves the filter.

const FILTER = 'Not seen by the IRO in the last 6 months';

async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await saveScreenshot(page, `iro-contacts-${name}`);
}

test('an IRO records a contact and the child leaves the “not seen in 6 months” filter', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await page.getByRole('checkbox', { name: FILTER }).check();
  await expect(page).toHaveURL(/seen=not/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const countText = page.getByText(/^Showing \d+ /);
  const before = Number((await countText.innerText()).match(/\d+/)?.[0]);
  expect(before).toBeGreaterThan(0);
  await check(page, '01-caseload-not-seen');

  const link = rows.nth(1).getByRole('link').first();
  const name = await link.innerText();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts with the IRO' });
  await expect(contacts.getByText('Last seen by the IRO:')).toBeVisible();
  await check(page, '02-child-record');

  await contacts.getByRole('button', { name: 'Record a contact' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Record a contact with the child' }),
  ).toBeVisible();
  await typeDate(page, 'Date of the contact', ['24', '11', '2026']);
  await page.getByRole('radio', { name: 'Visit' }).check();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Note (optional)').fill('Saw them at their placement');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(errorSummary(page)).toContainText(
    'Date of the contact must be today or in the past',
  );
  await check(page, '03-future-date-refused');

  await typeDate(page, 'Date of the contact', ['23', '11', '2026']);
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByText('Contact of 23 November 2026 recorded')).toBeVisible();
  await expect(
    contacts.getByText('Last seen by the IRO: 23 November 2026, a visit, seen alone'),
  ).toBeVisible();
  await check(page, '04-contact-recorded');

  await page.goto('/caseload?seen=not');
  await expect(page.getByRole('checkbox', { name: FILTER })).toBeChecked();
  await expect(countText).toHaveText(new RegExp(`^Showing ${before - 1} `));
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  await check(page, '05-caseload-after');
});
