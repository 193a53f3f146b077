// Issue 22, checked end to end: a submit with nothing chosen says what to choose, a midpoint check
// past its date is "missed" (one in its window "due"), and the participation codes offered follow
// the child's age on the date typed. Seed 20261123, "today" Monday 23 November 2026.
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

async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await saveScreenshot(page, `issue-22-${name}`);
}

/** Opens the child's record from the IRO's caseload, by a search for their name. */
async function findOnCaseload(page: Page, name: string) {
  await openFromMenu(page, 'My caseload');
  await page.getByLabel('Search by name or ID').fill(name);
  await page.getByRole('button', { name: /Search/ }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  return row;
}

test('sending invitations with nothing ticked says what to choose', async ({ page }) => {
  test.setTimeout(120_000);
  await prepareApp(page);
  await signInAs(page, 'Tracey Dunn');
  await openFromMenu(page, 'Booking queue');
  // The seed has no booked meeting with nothing recorded yet: book one for the most urgent review.
  const inTimescale = page.getByRole('region', { name: /Reviews to book in timescale/ });
  await inTimescale.getByRole('row').nth(1).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Book a meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Book a review meeting' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Use / }).first().click();
  await page.getByRole('radio', { name: 'In person', exact: true }).check();
  await page.getByLabel('Venue', { exact: true }).fill('Northbridge Civic Centre, Room 3');
  await page.getByLabel('How the invitation is sent').first().selectOption('App');
  await page.getByRole('button', { name: 'Book meeting' }).click();
  await expect(page.getByText('Invitations not sent')).toBeVisible();

  await page.getByRole('button', { name: 'Record invitations and readiness' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Record invitations and readiness' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  const message =
    'Select at least one invitee to send invitations to, or what has been received before the meeting';
  await expect(errorSummary(page)).toContainText(message);
  await expect(page).toHaveTitle(/^Error: Record invitations and readiness/);
  // The inline error sits on the first invitee's boxes, where the summary's link leads.
  await expect(page.locator('.govuk-error-message').filter({ hasText: message })).toBeVisible();
  await errorSummary(page).getByRole('link', { name: message }).click();
  await expect(page.locator('#invitee-0')).toBeFocused();
  await check(page, '01-invitations-nothing-chosen');
  // Nothing was saved: the meeting page still says the invitations are not sent.
  await expect(page.getByText('Invitations and readiness saved')).toHaveCount(0);
});

test('reallocating with no child and no IRO chosen says what to choose', async ({ page }) => {
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  await page.goto('/team/reallocate');
  await expect(page.getByRole('heading', { name: 'Reallocate children', level: 1 })).toBeVisible();
  await page.getByLabel('Reallocate children of').selectOption('st_01');
  await expect(page.getByRole('group', { name: /^Children to reallocate/ })).toBeVisible();
  await page.getByRole('button', { name: 'Reallocate children' }).click();
  await expect(errorSummary(page)).toContainText('Select at least one child to reallocate');
  await expect(errorSummary(page)).toContainText('Select the IRO to allocate the children to');
  await expect(page).toHaveTitle(/^Error: Reallocate children/);
  await expect(
    page
      .getByRole('group', { name: /^Children to reallocate/ })
      .getByText('Select at least one child to reallocate'),
  ).toBeVisible();
  await check(page, '02-reallocate-nothing-chosen');
});

test('a midpoint check past its date is missed, one in its window due', async ({ page }) => {
  test.setTimeout(90_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  // Rhys Price's midpoint check fell on 7 September 2026 and none was recorded.
  const missed = await findOnCaseload(page, 'Rhys Price');
  const missedCell = missed.getByRole('cell').filter({ hasText: 'was due on 7 September 2026' });
  await expect(missedCell).toContainText('Missed');
  await expect(missedCell).not.toContainText(/\bDue\b/);
  await check(page, '03-caseload-midpoint-missed');
  await missed.getByRole('link', { name: 'Rhys Price' }).click();
  const nextReview = page.getByRole('region', { name: 'Next review' });
  await expect(nextReview).toContainText('Missed: was due on 7 September 2026');
  await expect(nextReview).toContainText(
    'No midpoint check recorded by 7 September 2026 (77 days ago)',
  );
  await check(page, '04-child-midpoint-missed');

  // Ayesha Hussain's falls on Tuesday 1 December 2026, 6 working days away: due.
  await page.getByRole('link', { name: 'Back to the caseload' }).click();
  const due = await findOnCaseload(page, 'Ayesha Hussain');
  const dueCell = due.getByRole('cell').filter({ hasText: 'due on 1 December 2026' });
  await expect(dueCell).toContainText('Due');
  await expect(dueCell).not.toContainText('Missed');
  await due.getByRole('link', { name: 'Ayesha Hussain' }).click();
  await expect(nextReview).toContainText('Due: due on 1 December 2026');
  await expect(nextReview).toContainText('Due on 1 December 2026: halfway between');
  await check(page, '05-child-midpoint-due');

  // The caseload's filter finds the missed ones, and only those.
  await page.goto('/caseload?show=midpoint-missed');
  await expect(page.getByRole('heading', { name: 'My caseload', level: 1 })).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText('Missed');
  await expect(rows.filter({ hasText: 'Rhys Price' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Ayesha Hussain' })).toHaveCount(0);
});

test('the participation codes offered follow the child’s age on the review date', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  const codes = page.getByRole('group', { name: 'How did the child participate in the review?' });
  const offered = () =>
    codes
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));

  // Skye McDonald, born 14 January 2026, is under 4: PN0 is the only code offered.
  const baby = await findOnCaseload(page, 'Skye McDonald');
  await baby.getByRole('link', { name: 'Skye McDonald' }).click();
  await page.getByRole('button', { name: 'Record a review' }).click();
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible();
  await typeDate(page, 'Date the review was held', ['23', '11', '2026']);
  await expect.poll(offered).toEqual(['PN0']);
  await expect(
    page.getByText(
      'The child was under 4 on 23 November 2026, so use PN0: PN1 to PN7 are for children aged 4 or over.',
    ),
  ).toBeVisible();
  await expect(codes).toContainText('PN1 to PN7');
  await check(page, '06-participation-under-4');

  // Skye Hall turned 4 on 1 September 2026: the day before, PN0 only; on the day, every code
  // (as the DfE accepts); from the day after, no PN0.
  await page.goto('/caseload');
  const four = await findOnCaseload(page, 'Skye Hall');
  await four.getByRole('link', { name: 'Skye Hall' }).click();
  await page.getByRole('button', { name: 'Record a review' }).click();
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible();
  await typeDate(page, 'Date the review was held', ['31', '8', '2026']);
  await expect.poll(offered).toEqual(['PN0']);
  await typeDate(page, 'Date the review was held', ['1', '9', '2026']);
  await expect.poll(offered).toEqual(['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);
  await expect(
    page.getByText(
      '1 September 2026 was the child’s 4th birthday, so either PN0 or PN1 to PN7 can be used.',
    ),
  ).toBeVisible();
  await check(page, '07-participation-fourth-birthday');
  await typeDate(page, 'Date the review was held', ['2', '9', '2026']);
  await expect.poll(offered).toEqual(['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);
  await expect(codes).toContainText('PN0 is only for a child under 4 on the day of the review');
});
