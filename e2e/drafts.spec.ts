// Drafts that survive a reload (issue 22, item 3): what is typed on the review form and the
// reschedule form is saved as a draft by the backend as it goes (the demo database in the service
// worker stands in for the server; nothing in the browser's own storage), offered back after a
// reload, restored exactly, and discarded when the form is saved or cancelled. Production build,
// real service worker and handlers, "today" fixed at Monday 23 November 2026 (seed 20261123).
import { expect, test, type Page } from '@playwright/test';
import {
  keepEarlierRecommendationsOpen,
  openFromMenu,
  prepareApp,
  saveScreenshot,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

// On Hannah Okoye's caseload in the fixed seed: ten years old, review overdue since 7 November.
const CHILD = 'Willow McDonald';
const HELD = 'Date the review was held';

async function reloadKeepingNothingInTheBrowser(page: Page) {
  // The form's own "leave page?" prompt (beforeunload) is answered: leave.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
}

async function expectNoBrowserStorage(page: Page) {
  const kept = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  // Only the session's opaque token: no draft, no child data.
  expect(kept.local).toEqual([]);
  expect(kept.session.every((key) => !/draft/i.test(key))).toBe(true);
  const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
  expect(stored).not.toContain('Coram Voice');
}

async function expectDraftSaved(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: /^Draft saved at \d\d:\d\d$/ }),
  ).toBeVisible({
    timeout: 10_000,
  });
}

test('the review form: autosaved, offered back after a reload, restored exactly, gone once saved', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await page.getByLabel('Search by name or ID').fill(CHILD);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('row').filter({ hasText: CHILD }).getByRole('link', { name: CHILD }).click();
  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  const recordUrl = page.url();

  await page.getByRole('button', { name: 'Record a review' }).click();
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible();
  await typeDate(page, HELD, ['23', '11', '2026']);
  await page.getByRole('radio', { name: 'PN1' }).check();
  await page.getByRole('radio', { name: 'Virtual' }).check();
  await page
    .getByRole('group', { name: 'Was the child offered an advocate?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('radio', { name: 'Yes, a referral was made' }).check();
  await typeDate(page, 'Date of the referral', ['20', '11', '2026']);
  await page.getByLabel('Advocacy provider').fill('Coram Voice');
  await expectDraftSaved(page);
  await saveScreenshot(page, 'drafts-01-review-draft-saved');
  await expectNoAxeViolations(page);
  await expectNoBrowserStorage(page);

  await reloadKeepingNothingInTheBrowser(page);
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible();
  const offer = page.getByRole('region', { name: 'Important' });
  await expect(offer).toContainText(/You have a draft from \d\d:\d\d on 23 November 2026/);
  // Nothing is put back until the person chooses.
  await expect(page.getByLabel('Advocacy provider')).toHaveValue('');
  await saveScreenshot(page, 'drafts-02-review-draft-offered');
  await expectNoAxeViolations(page);

  await offer.getByRole('button', { name: 'Continue with the draft' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeFocused();
  const held = page.getByRole('group', { name: HELD, exact: true });
  await expect(held.getByLabel('Day')).toHaveValue('23');
  await expect(held.getByLabel('Month')).toHaveValue('11');
  await expect(held.getByLabel('Year')).toHaveValue('2026');
  await expect(page.getByRole('radio', { name: 'PN1' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Virtual' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Yes, a referral was made' })).toBeChecked();
  const referral = page.getByRole('group', { name: 'Date of the referral', exact: true });
  await expect(referral.getByLabel('Day')).toHaveValue('20');
  await expect(page.getByLabel('Advocacy provider')).toHaveValue('Coram Voice');
  await saveScreenshot(page, 'drafts-03-review-draft-restored');
  await expectNoAxeViolations(page);

  // Finished and saved: the draft goes.
  await page
    .getByRole('group', { name: 'Why was the review held after its due date?' })
    .getByRole('radio', { name: 'A key person could not attend' })
    .check();
  await keepEarlierRecommendationsOpen(page);
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText('Review held on 23 November 2026 recorded')).toBeVisible();
  // Back to the form in the app, not by loading the page again: the demo's backend runs in this
  // page (MSW), so a reload straight after saving can cut off its removal of the draft before it
  // is stored (seen under load: the draft offered again). Opening the form asks the backend anew.
  await expect(page).toHaveURL(recordUrl);
  await page.getByRole('button', { name: 'Record a review' }).click();
  await expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: HELD, exact: true })).toBeVisible();
  await expect(page.getByText(/You have a draft/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the reschedule form: a changed date survives a reload, and Cancel discards it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await prepareApp(page);
  await signInAs(page, 'Tracey Dunn');
  await page.getByRole('link', { name: 'Team calendar' }).click();
  await page.getByRole('checkbox', { name: 'Hannah Okoye' }).check();
  await page.getByRole('button', { name: 'Show meetings' }).click();
  await expect(page.getByText(/^Meetings of Hannah Okoye:/)).toBeVisible();
  const meetingLink = page.locator('main a[href*="/booking/meetings/"]').first();
  await expect(meetingLink).toBeVisible();
  await meetingLink.click();
  await page.getByRole('button', { name: 'Reschedule' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Reschedule the meeting' }),
  ).toBeVisible();
  const rescheduleUrl = page.url();
  const date = page.getByRole('group', { name: 'New date of the meeting', exact: true });
  await date.getByLabel('Day').fill('2');
  await date.getByLabel('Month').fill('12');
  await date.getByLabel('Year').fill('2026');
  await page.getByLabel('Start time').fill('15:00');
  await page.getByLabel('Why is the meeting being moved?').fill('The carer is away that week');
  await expectDraftSaved(page);
  await expectNoAxeViolations(page);

  await reloadKeepingNothingInTheBrowser(page);
  const offer = page.getByRole('region', { name: 'Important' });
  await expect(offer).toContainText(/You have a draft from \d\d:\d\d on 23 November 2026/);
  await saveScreenshot(page, 'drafts-04-reschedule-draft-offered');
  await expectNoAxeViolations(page);
  await offer.getByRole('button', { name: 'Continue with the draft' }).click();
  await expect(date.getByLabel('Day')).toHaveValue('2');
  await expect(date.getByLabel('Month')).toHaveValue('12');
  await expect(date.getByLabel('Year')).toHaveValue('2026');
  await expect(page.getByLabel('Start time')).toHaveValue('15:00');
  await expect(page.getByLabel('Why is the meeting being moved?')).toHaveValue(
    'The carer is away that week',
  );
  await saveScreenshot(page, 'drafts-05-reschedule-draft-restored');
  await expectNoAxeViolations(page);

  // Cancelled (and left without saving): the draft goes.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  // Back to the form in the app, not by loading it again (see the review form's journey).
  await page.getByRole('button', { name: 'Reschedule' }).click();
  await expect(page).toHaveURL(rescheduleUrl);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Reschedule the meeting' }),
  ).toBeVisible();
  await expect(page.getByLabel('Why is the meeting being moved?')).toHaveValue('');
  await expect(page.getByText(/You have a draft/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});
