// A review record that cannot be silently corrupted: an IRO enters a review dated before a later
// one (a late entry: confirmed, with what it renumbers shown first), withdraws it as entered in
// error (kept, struck through), and records a review held late with the reason, which the annual
// report then counts by reason. Production build, real service worker and handlers, "today" fixed
// at Monday 23 November 2026 (seed 20261123).
import { expect, test, type Page } from '@playwright/test';
import {
  errorSummary,
  keepEarlierRecommendationsOpen,
  prepareApp,
  saveScreenshot,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

// In the fixed seed, on Hannah Okoye's caseload: Sofia Taylor (6), first review held on 1 May
// 2026 and second on 21 July 2026; Willow McDonald (10), review overdue since 7 November.
const BACK_DATED = 'Sofia Taylor';
const LATE = 'Willow McDonald';

async function openChild(page: Page, name: string) {
  await page.getByRole('link', { name: 'My caseload' }).click();
  await page.getByLabel('Search by name or ID').fill(name);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function fillParticipation(page: Page) {
  await page.getByRole('radio', { name: 'PN1' }).check();
  await page.getByRole('radio', { name: 'In person' }).check();
  await page
    .getByRole('group', { name: 'Was the child offered an advocate?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('radio', { name: 'No, the child declined advocacy' }).check();
  await keepEarlierRecommendationsOpen(page);
}

test('a late entry is confirmed, withdrawn when entered in error, and a late review’s reason reaches the report', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');

  // 1. A review dated before the latest one: the form shows what it renumbers and asks.
  await openChild(page, BACK_DATED);
  const timeline = page.getByRole('region', { name: 'This period of care' });
  await page.getByRole('button', { name: 'Record a review' }).click();
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible();
  await typeDate(page, 'Date the review was held', ['1', '6', '2026']);
  await expect(
    page.getByText(
      'This review is dated before the latest review recorded in this period of care, held on 21 July 2026.',
    ),
  ).toBeVisible();
  const impact = page.getByRole('table', { name: 'What recording this review changes' });
  await expect(
    impact.getByRole('row').filter({ hasText: '1 June 2026 (this review)' }),
  ).toContainText('Review 2 (second review), due 1 August 2026');
  const renumbered = impact.getByRole('row').filter({ hasText: '21 July 2026' });
  await expect(renumbered).toContainText('Review 2 (second review), due 1 August 2026');
  await expect(renumbered).toContainText(
    'Review 3 (subsequent review), due 1 December 2026: due date changes',
  );
  await expect(impact.getByRole('row').filter({ hasText: 'Next review' })).toContainText(
    'Review 4 (subsequent review), due 21 January 2027',
  );
  await fillParticipation(page);
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(errorSummary(page)).toContainText(
    'Confirm this is a late entry of a review that really happened: it is dated before the review held on 21 July 2026',
  );
  await expect(errorSummary(page)).toContainText('Enter the reason for the late entry');
  await saveScreenshot(page, 'review-record-01-late-entry');
  await expectNoAxeViolations(page);
  await page
    .getByRole('checkbox', {
      name: 'Yes, the review was held on 1 June 2026 and I am recording it late',
    })
    .check();
  await page.getByLabel('Reason for the late entry').fill('Recorded on paper at the time');
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText('Review held on 1 June 2026 recorded as a late entry')).toBeVisible();
  await expect(timeline).toContainText(
    'Recorded as a late entry, after a later review: Recorded on paper at the time',
  );

  // 2. It was entered in error after all: withdrawn, kept, struck through; the dates go back.
  await timeline.getByRole('link', { name: 'Withdraw this review held on 1 June 2026' }).click();
  await expect(page.getByRole('heading', { name: 'Withdraw a review', level: 1 })).toBeVisible();
  await expect(page.getByText('The next review stays due on 21 January 2027.')).toBeVisible();
  await page.getByRole('button', { name: 'Withdraw review' }).click();
  await expect(errorSummary(page)).toContainText('Enter the reason for withdrawing the review');
  await page.getByLabel('Why are you withdrawing this review?').fill('Entered for the wrong child');
  await saveScreenshot(page, 'review-record-02-withdraw');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Withdraw review' }).click();
  await expect(page.getByText('Review held on 1 June 2026 withdrawn')).toBeVisible();
  const withdrawn = timeline.locator('.moj-timeline__item').filter({ hasText: 'Withdrawn' });
  await expect(withdrawn).toContainText('Entered for the wrong child');
  await expect(withdrawn.locator('del').first()).toBeVisible();
  // The review of 21 July is the second review again, due from the first.
  await expect(timeline).toContainText('3 months after the first review held on 1 May 2026');
  await saveScreenshot(page, 'review-record-03-withdrawn');
  await expectNoAxeViolations(page);

  // 3. A review held late asks why; the reason reaches the annual report.
  await openChild(page, LATE);
  await page.getByRole('button', { name: 'Record a review' }).click();
  await typeDate(page, 'Date the review was held', ['23', '11', '2026']);
  await fillParticipation(page);
  const why = page.getByRole('group', { name: 'Why was the review held after its due date?' });
  await expect(why).toContainText(
    'The review was held 16 days after it was due on 7 November 2026',
  );
  await why.getByRole('radio', { name: 'Other' }).check();
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(errorSummary(page)).toContainText('Enter details of why the review was held late');
  await page
    .getByLabel('Details of why the review was held late')
    .fill('The child asked to wait until after a family funeral');
  await saveScreenshot(page, 'review-record-04-late-reason');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText('Review held on 23 November 2026 recorded')).toBeVisible();
  await expect(timeline).toContainText(
    'Held late: Other: The child asked to wait until after a family funeral',
  );

  await page.getByRole('link', { name: 'Reports' }).click();
  const byReason = page.getByRole('table', { name: 'Late reviews by reason' });
  await expect(byReason.getByRole('row').filter({ hasText: 'Other' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Reviews held late' })).toContainText(
    'Other: The child asked to wait until after a family funeral',
  );
  await saveScreenshot(page, 'review-record-05-report');
  await expectNoAxeViolations(page);
});
