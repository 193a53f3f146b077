// Two tabs of one browser (one context, two pages: one IndexedDB, two copies of the mock in
// memory) change the same review: the second save gets the conflict message a server would give,
// and nothing the first saved is lost.
import { expect, test, type Page } from '@playwright/test';
import { openFromMenu, prepareApp, saveScreenshot, signInAs } from './support/app';
import { expectNoAxeViolations } from './support/axe';

const CHILD = 'Willow McDonald';

async function openTheReview(page: Page): Promise<void> {
  await openFromMenu(page, 'My caseload');
  await page.getByLabel('Search by name or ID').fill(CHILD);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('row').filter({ hasText: CHILD }).getByRole('link').first().click();
  await page
    .getByRole('link', { name: /^Change this review/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Change a review', level: 1 })).toBeVisible();
}

test('two tabs save the same review: the second is told someone else changed it', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openTheReview(page);

  // The same person opens the same review in a second tab (each tab signs in for itself).
  const second = await context.newPage();
  await second.clock.setFixedTime(new Date('2026-11-23T00:30:00Z'));
  await second.goto('/sign-in');
  await signInAs(second, 'Hannah Okoye');
  await second.goto(page.url());
  await expect(second.getByRole('heading', { name: 'Change a review', level: 1 })).toBeVisible();

  // The first tab saves a change of how the child took part.
  await page.getByRole('radio', { name: /^Virtual/ }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/^Review held on .* updated$/)).toBeVisible();

  // The second tab, still showing what it loaded, saves another: the conflict, and the form kept.
  await second.getByRole('radio', { name: /^Hybrid/ }).check();
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    second.getByRole('alert', { name: /Someone else has changed this record/ }),
  ).toBeVisible();
  await expect(second.getByRole('radio', { name: /^Hybrid/ })).toBeChecked();
  await saveScreenshot(second, 'two-tabs-01-conflict');
  await expectNoAxeViolations(second);

  // What the first tab saved is there for a fresh page of the review.
  await page.goto(second.url());
  await expect(page.getByRole('heading', { name: 'Change a review', level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Virtual/ })).toBeChecked();
});
