// Nothing typed is lost when the backend or the network misbehaves, and the final state is right.
// Faults come from the mock backend's own scenarios (POST /api/__mock/scenario).
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  keepEarlierRecommendationsOpen,
  openFromMenu,
  prepareApp,
  saveScreenshot,
  setMockScenario,
  signedInHeaders,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

const CHILD = 'Willow McDonald';

async function openChild(page: Page, name = CHILD) {
  await openFromMenu(page, 'My caseload');
  await page.getByLabel('Search by name or ID').fill(name);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function fillMidpointCheck(page: Page, note: string) {
  await page.getByRole('button', { name: 'Record a midpoint check' }).click();
  await expect(
    page.getByRole('heading', { name: 'Record a midpoint check', level: 1 }),
  ).toBeVisible();
  await typeDate(page, 'Date of the midpoint check', ['20', '11', '2026']);
  await page.getByRole('radio', { name: 'Concerns' }).check();
  await page.getByLabel('Note (optional)').fill(note);
}

async function expectMidpointFormKept(page: Page, note: string) {
  const date = page.getByRole('group', { name: 'Date of the midpoint check', exact: true });
  await expect(date.getByLabel('Day')).toHaveValue('20');
  await expect(date.getByLabel('Month')).toHaveValue('11');
  await expect(date.getByLabel('Year')).toHaveValue('2026');
  await expect(page.getByRole('radio', { name: 'Concerns' })).toBeChecked();
  await expect(page.getByLabel('Note (optional)')).toHaveValue(note);
}

/** Waits for `visible`; when a read has given up, presses its "Try again" (up to 6 times). */
async function retryUntil(page: Page, visible: () => Promise<void>) {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    try {
      await visible();
      return;
    } catch {
      const tryAgain = page.getByRole('button', { name: 'Try again' });
      if ((await tryAgain.count()) > 0) await tryAgain.first().click();
    }
  }
  await visible();
}

/**
 * Presses Save until the review is saved (up to 8 times). Each failure must show a problem and
 * keep what was typed.
 */
async function saveUntilSaved(page: Page, saved: Locator) {
  await keepEarlierRecommendationsOpen(page);
  for (let attempt = 0; attempt < 8 && !(await saved.isVisible()); attempt += 1) {
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect(
      saved.or(page.getByRole('heading', { name: /problem|not been saved/i })),
    ).toBeVisible();
    if (!(await saved.isVisible())) {
      await expect(page.getByRole('radio', { name: 'PN1' })).toBeChecked();
    }
  }
}

test('a save that fails (500) keeps the form; the retry saves once', async ({ page }) => {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openChild(page);
  const note = 'Placement stable; school attendance improving';
  await fillMidpointCheck(page, note);

  await setMockScenario(page, { failWrites: true });
  await page.getByRole('button', { name: 'Save midpoint check' }).click();
  await expect(page.getByRole('alert').first()).toContainText(/could not|not been saved|problem/i);
  await expectMidpointFormKept(page, note);
  await saveScreenshot(page, 'resilience-01-save-failed');
  await expectNoAxeViolations(page);

  await setMockScenario(page, { failWrites: false });
  await page.getByRole('button', { name: 'Save midpoint check' }).click();
  await expect(page.getByText('Midpoint check of 20 November 2026 recorded')).toBeVisible();
  // Saved exactly once.
  await expect(
    page.getByRole('region', { name: 'This period of care' }).getByText(note),
  ).toHaveCount(1);
});

test('with 30% of requests failing, reads retry and the review is recorded correctly', async ({
  page,
}) => {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await setMockScenario(page, { errorRate: 0.3 });

  // Reads retry with backoff; if one gives up, its "Try again" button recovers it.
  await retryUntil(page, () =>
    expect(page.getByRole('row').filter({ hasText: CHILD })).toBeVisible({ timeout: 15_000 }),
  );
  await page.getByRole('row').filter({ hasText: CHILD }).getByRole('link', { name: CHILD }).click();
  await retryUntil(page, () =>
    expect(page.getByRole('button', { name: 'Record a review' })).toBeVisible({ timeout: 15_000 }),
  );
  await page.getByRole('button', { name: 'Record a review' }).click();
  await retryUntil(page, () =>
    expect(page.getByRole('heading', { name: 'Record a review', level: 1 })).toBeVisible({
      timeout: 15_000,
    }),
  );
  await typeDate(page, 'Date the review was held', ['23', '11', '2026']);
  await page.getByRole('radio', { name: 'PN1' }).check();
  await page.getByRole('radio', { name: 'In person' }).check();
  await page
    .getByRole('group', { name: 'Was the child offered an advocate?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('radio', { name: 'No, the child declined advocacy' }).check();
  // Held after its due date (7 November): the form asks why.
  await page.getByRole('radio', { name: 'The IRO was unavailable' }).check();

  // A save is never retried behind the person's back: each failure is shown, the form is kept,
  // and pressing Save again tries again.
  const saved = page.getByText('Review held on 23 November 2026 recorded');
  await saveUntilSaved(page, saved);
  await expect(saved).toBeVisible();

  await setMockScenario(page, { errorRate: 0 });
  await page.reload();
  const nextReview = page.getByRole('region', { name: 'Next review' });
  await expect(nextReview).toContainText('23 May 2027');
  // One review on 23 November, not two.
  await expect(
    page.getByRole('region', { name: 'This period of care' }).getByText('23 November 2026', {
      exact: false,
    }),
  ).not.toHaveCount(0);
  const reviewsHeld = await page.evaluate(
    async (headers) => {
      const childId = location.pathname.split('/')[2] ?? '';
      const response = await fetch(`/api/children/${childId}`, { headers });
      const child = (await response.json()) as { reviews: { heldOn: string }[] };
      return child.reviews.filter((review) => review.heldOn === '2026-11-23').length;
    },
    await signedInHeaders(page),
  );
  expect(reviewsHeld).toBe(1);
});

test('offline: a banner appears and goes, and nothing typed is lost', async ({ page, context }) => {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openChild(page);
  const note = 'Typed while the connection dropped';
  await fillMidpointCheck(page, note);

  await setMockScenario(page, { offline: true });
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await page.getByRole('button', { name: 'Save midpoint check' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectMidpointFormKept(page, note);
  await saveScreenshot(page, 'resilience-02-offline');
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await setMockScenario(page, { offline: false });
  await page.getByRole('button', { name: 'Save midpoint check' }).click();
  await expect(page.getByText('Midpoint check of 20 November 2026 recorded')).toBeVisible();
  await expect(page.getByText(/You are offline|cannot be reached/)).toHaveCount(0);
});

test('a slow backend shows progress, never a frozen page', async ({ page }) => {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await setMockScenario(page, { latencyMs: 2500 });
  await page.getByRole('link', { name: 'My caseload' }).click();
  await page.reload();
  await expect(page.getByText(/Loading/).first()).toBeVisible();
  // The page still answers the keyboard while it waits.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await expect(page.getByRole('row').filter({ hasText: CHILD })).toBeVisible({ timeout: 20_000 });
  await setMockScenario(page, { latencyMs: 0 });
});

test('after 30 minutes without activity: warned, signed out, and the form is kept', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-23T00:30:00Z') });
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openChild(page);
  const note = 'Started before a long phone call';
  await fillMidpointCheck(page, note);

  await page.clock.fastForward('28:01');
  const dialog = page.getByRole('dialog', { name: 'You’re about to be signed out' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('we will sign you out in');
  await saveScreenshot(page, 'resilience-03-timeout-warning');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(dialog).toBeHidden();

  await page.clock.fastForward('28:01');
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('02:01');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(
    page.getByText('Your session ended after 30 minutes without activity: sign in again'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await signInAs(page, 'Hannah Okoye');
  await expect(
    page.getByRole('heading', { name: 'Record a midpoint check', level: 1 }),
  ).toBeVisible();
  // What was typed was saved as a draft by the backend as it went; it is offered back.
  await expect(page.getByText(/^You have a draft from \d\d:\d\d on /)).toBeVisible();
  await page.getByRole('button', { name: 'Continue with the draft' }).click();
  await expectMidpointFormKept(page, note);
  await saveScreenshot(page, 'resilience-04-form-kept');
});
