import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { openFromMenu, prepareApp, saveScreenshot, signInAs } from './support/app';

// Issue 19: at 1366x768, the most common council laptop screen, the IRO dashboard shows the counts
// and at least ten children without scrolling; on a phone the rows stack and nothing scrolls sideways.

/**
 * Children's rows (a row with a link to the child) wholly within the page's first `fold` px, in
 * page coordinates (wherever the page is scrolled) and inside the list's own scroll region.
 */
async function rowsAboveTheFold(page: Page, fold: number): Promise<number> {
  return page.evaluate((limit) => {
    const region = document.querySelector('.app-caseload-table')?.getBoundingClientRect();
    if (region === undefined) return 0;
    return [...document.querySelectorAll('tr')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return (
        row.querySelector('a') !== null &&
        rect.top + window.scrollY >= 0 &&
        rect.bottom + window.scrollY <= limit &&
        rect.bottom <= region.bottom
      );
    }).length;
  }, fold);
}

test('at 1366x768 the counts and at least ten children are above the fold', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+/ })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // A hovered row shows its whole text, wrapped: the count is of rows as they first appear.
  await page.mouse.move(0, 0);

  const counts = page.getByRole('list', { name: 'Summary of reviews' });
  await expect(counts.getByRole('link')).toHaveCount(6);
  const countsBox = await counts.boundingBox();
  expect(countsBox).not.toBeNull();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect((countsBox?.y ?? 0) + scrolled + (countsBox?.height ?? 0)).toBeLessThanOrEqual(768);

  expect(await rowsAboveTheFold(page, 768)).toBeGreaterThanOrEqual(10);

  // A reason cut short on screen is whole in the page (and shown wrapped on hover or focus).
  const firstRow = page.getByRole('row').nth(1);
  await expect(firstRow).toContainText(/Review was due on \d+ \w+ \d{4}: \d+ days overdue/);

  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: 'e2e/.artifacts/screenshots/dashboard-fold-1366x768.png' });
  await expectNoAxeViolations(page);
});

test('on a 375 px phone the dashboard reflows with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Summary of reviews' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'dashboard-fold-375');
  await expectNoAxeViolations(page);
});
