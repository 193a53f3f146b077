// The IRO's morning: see what is overdue and why, open the child, record what happened at the
// review, and see the statutory clock move on. Runs the production build with the real service
// worker and handlers, "today" fixed at Monday 23 November 2026 (seed 20261123).
import { expect, test } from '@playwright/test';
import {
  errorSummary,
  keepEarlierRecommendationsOpen,
  openFromMenu,
  prepareApp,
  saveScreenshot,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

// In the fixed seed, Willow McDonald (10) is on Hannah Okoye's caseload with her subsequent
// review overdue since Saturday 7 November 2026.
const CHILD = 'Willow McDonald';

test('an IRO finds an overdue review, records it and a midpoint check, and the clock moves on', async ({
  page,
}) => {
  // A long journey with eight accessibility scans: about 35 s alone, nearer 60 s beside another
  // worker on a two-core machine.
  test.setTimeout(120_000);
  await prepareApp(page);
  await saveScreenshot(page, 'iro-01-sign-in');
  await expectNoAxeViolations(page);

  await signInAs(page, 'Hannah Okoye');
  // An IRO starts at their tasks; the caseload is one click away.
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
  await openFromMenu(page, 'My caseload');
  await expect(page).toHaveTitle(/My caseload/);
  const counts = page.getByRole('list', { name: 'Summary of reviews' });
  await expect(counts).toContainText('Overdue');
  await saveScreenshot(page, 'iro-02-caseload');
  await expectNoAxeViolations(page);

  // The overdue count filters the list, and the filter lives in the URL.
  await counts
    .getByRole('link', { name: /overdue/i })
    .first()
    .click();
  await expect(page).toHaveURL(/status=overdue/);
  // The status boxes follow the URL, and a tick sticks at once (check() fails if it snaps back).
  await expect(page.getByRole('checkbox', { name: 'Overdue', exact: true })).toBeChecked();
  const atRiskBox = page.getByRole('checkbox', { name: 'At risk', exact: true });
  await atRiskBox.check();
  await expect(page).toHaveURL(/status=overdue%2Cat-risk/);
  await atRiskBox.uncheck();
  await expect(page).toHaveURL(/status=overdue$/);
  const row = page.getByRole('row').filter({ hasText: CHILD });
  await expect(row).toContainText('Overdue');
  await expect(row).toContainText('7 November 2026');
  await expect(row).toContainText('16 days overdue');
  await saveScreenshot(page, 'iro-03-caseload-overdue');
  await expectNoAxeViolations(page);

  await row.getByRole('link', { name: CHILD }).click();
  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  // No names in URLs or titles: the child is an opaque id.
  expect(page.url()).not.toContain('Willow');
  await expect(page).not.toHaveTitle(/Willow/);
  const nextReview = page.getByRole('region', { name: 'Next review' });
  await expect(nextReview).toContainText('Overdue');
  await expect(nextReview).toContainText('7 November 2026');
  await saveScreenshot(page, 'iro-04-child-record');
  await expectNoAxeViolations(page);

  // Midpoint check first: the IRO checked in on the plan before the review was held.
  await page.getByRole('button', { name: 'Record a midpoint check' }).click();
  await expect(
    page.getByRole('heading', { name: 'Record a midpoint check', level: 1 }),
  ).toBeVisible();
  await typeDate(page, 'Date of the midpoint check', ['20', '11', '2026']);
  await page.getByRole('radio', { name: 'Concerns' }).check();
  await page.getByLabel('Note (optional)').fill('Contact arrangements not yet in the care plan');
  await saveScreenshot(page, 'iro-05-midpoint-check');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save midpoint check' }).click();
  await expect(page.getByText('Midpoint check of 20 November 2026 recorded')).toBeVisible();
  await expect(page.getByRole('region', { name: 'This period of care' })).toContainText(
    'Contact arrangements not yet in the care plan',
  );

  // Record the review: first with a date in the future. For a ten-year-old PN0 is not offered
  // (the hint says why), and with Tab and Space alone the first code offered is one the form takes.
  await page.getByRole('button', { name: 'Record a review' }).click();
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible();
  await typeDate(page, 'Date the review was held', ['24', '11', '2026']);
  const codes = page.getByRole('group', { name: 'How did the child participate in the review?' });
  await expect(codes.getByRole('radio', { name: 'PN0' })).toHaveCount(0);
  await expect(codes).toContainText('PN0 is only for a child under 4 on the day of the review');
  await codes.getByRole('radio', { name: 'PN1' }).focus();
  await page.keyboard.press('Space');
  await expect(codes.getByRole('radio', { name: 'PN1' })).toBeChecked();
  await page.getByRole('radio', { name: 'Virtual' }).check();
  await page
    .getByRole('group', { name: 'Was the child offered an advocate?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('radio', { name: 'Yes, a referral was made' }).check();
  await typeDate(page, 'Date of the referral', ['23', '11', '2026']);
  await page.getByLabel('Advocacy provider').fill('Coram Voice');
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(errorSummary(page)).toContainText(
    'Date the review was held must be today or in the past',
  );
  await expect(errorSummary(page)).not.toContainText('PN0');
  await expect(page).toHaveTitle(/^Error: Record a review/);
  // Nothing typed is lost.
  await expect(page.getByLabel('Advocacy provider')).toHaveValue('Coram Voice');
  await saveScreenshot(page, 'iro-06-record-review-errors');
  await expectNoAxeViolations(page);

  // Then correctly: held today, PN1 (attended and spoke for themselves), virtual.
  await typeDate(page, 'Date the review was held', ['23', '11', '2026']);
  await expect(
    page.getByText(
      'The child was 4 or over on 23 November 2026, so PN0 cannot be used: choose from PN1 to PN7.',
    ),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'PN1' }).check();
  // Held 16 days after it was due: the form asks why (a reason from the council's list).
  const why = page.getByRole('group', { name: 'Why was the review held after its due date?' });
  await expect(why).toContainText(
    'The review was held 16 days after it was due on 7 November 2026',
  );
  await why.getByRole('radio', { name: 'A key person could not attend' }).check();
  await keepEarlierRecommendationsOpen(page);
  await page.getByRole('button', { name: 'Save review' }).click();

  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  await expect(page.getByText('Review held on 23 November 2026 recorded')).toBeVisible();
  // Held 16 days after it was due; the next (subsequent) review is due 6 months after it was held.
  await expect(nextReview).toContainText('23 May 2027');
  await expect(nextReview).not.toContainText('Overdue');
  const timeline = page.getByRole('region', { name: 'This period of care' });
  await expect(timeline).toContainText('PN1');
  await expect(timeline).toContainText('Coram Voice');
  await saveScreenshot(page, 'iro-07-child-record-after-review');
  await expectNoAxeViolations(page);

  // The dashboard agrees: Willow is no longer overdue.
  await page.getByRole('link', { name: 'Back to the caseload' }).click();
  await expect(page.getByRole('heading', { name: 'My caseload', level: 1 })).toBeVisible();
  await page.getByLabel('Search by name or ID').fill(CHILD);
  await page.getByRole('button', { name: /Search/ }).click();
  const updated = page.getByRole('row').filter({ hasText: CHILD });
  await expect(updated).toContainText('23 May 2027');
  // A search by name stays out of the address bar and history.
  expect(page.url()).not.toContain('McDonald');
  await expect(updated).not.toContainText('Overdue');
  await saveScreenshot(page, 'iro-08-caseload-after-review');
  await expectNoAxeViolations(page);
});

test('an IRO cannot open the record of a child allocated to someone else', async ({ page }) => {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await page.getByLabel('Search by name or ID').fill(CHILD);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('row').filter({ hasText: CHILD }).getByRole('link', { name: CHILD }).click();
  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  const childUrl = page.url();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, 'Daniel Fletcher');
  await page.goto(childUrl);
  // The backend refuses (403) and the page says so, without showing anything about the child.
  await expect(page.getByText('You can only see children allocated to you')).toBeVisible();
  await expect(page.getByText(CHILD)).toHaveCount(0);
  await saveScreenshot(page, 'iro-09-not-allocated');
  await expectNoAxeViolations(page);
});
