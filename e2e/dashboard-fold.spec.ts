import { expect, test, type Locator, type Page } from '@playwright/test';
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

/**
 * The table's column headers that a person cannot read whole: content wider than its cell (cut
 * off, or spilling into the next), or a right edge beyond the window that no scroll region the
 * person can reach (scrollable and focusable) brings into view. Empty when every header shows.
 */
async function clippedHeaders(table: Locator): Promise<string[]> {
  return table.evaluate((element) => {
    // The box that clips the table, if any: its nearest ancestor that does not let it overflow.
    let clip: HTMLElement | null = element.parentElement;
    while (clip !== null && getComputedStyle(clip).overflowX === 'visible') {
      clip = clip.parentElement;
    }
    const viewport = document.documentElement.clientWidth;
    const clipBox = clip?.getBoundingClientRect();
    const edge = Math.min(
      viewport,
      clip === null || clipBox === undefined
        ? viewport
        : clipBox.left + clip.clientLeft + clip.clientWidth,
    );
    // Content past the edge can be reached if the box scrolls and takes keyboard focus.
    const reachable =
      clip !== null &&
      clip !== document.documentElement &&
      clip.tabIndex >= 0 &&
      clip.scrollWidth > clip.clientWidth;
    return [...element.querySelectorAll<HTMLElement>('thead th')].flatMap((header) => {
      const name = header.textContent.trim();
      const cell = header.getBoundingClientRect();
      const problems: string[] = [];
      if (header.scrollWidth > header.clientWidth) {
        problems.push(`content ${header.scrollWidth}px wide in a ${header.clientWidth}px cell`);
      }
      const button = header.querySelector('button')?.getBoundingClientRect();
      if (button !== undefined && button.right > cell.right + 0.5) {
        problems.push(`its sort button ends ${Math.round(button.right - cell.right)}px outside it`);
      }
      if (cell.right > edge + 0.5 && !reachable) {
        problems.push(
          `it ends at ${Math.round(cell.right)}px, beyond what shows (${Math.round(edge)}px)`,
        );
      }
      return problems.length === 0 ? [] : [`${name}: ${problems.join('; ')}`];
    });
  });
}

async function openCaseload(page: Page): Promise<Locator> {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+/ })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const table = page.getByRole('region', { name: /\(scrollable\)$/ }).getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  return table;
}

// At 1024 px the Advocacy header was cut off at the right of the list (and Age's and
// Participation's sort icons spilled out of their cells); at 1366 px Advocacy's icon was cut off.
for (const { width, height } of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
]) {
  test(`at ${width}x${height} every caseload column header shows whole`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const table = await openCaseload(page);
    const headers = table.getByRole('columnheader');
    await expect(headers).toHaveCount(9);
    expect(await clippedHeaders(table), 'column headers cut off or spilling over').toEqual([]);
    // The page itself never scrolls sideways.
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBeLessThanOrEqual(0);

    // The last header's sort button is there to use.
    const advocacy = headers.filter({ hasText: 'Advocacy' });
    await advocacy.getByRole('button', { name: 'Advocacy' }).click();
    await expect(advocacy).toHaveAttribute('aria-sort', 'ascending');
    await page.mouse.move(0, 0);
    await saveScreenshot(page, `dashboard-headers-${width}x${height}`);
    await expectNoAxeViolations(page);
  });
}

// The other wide tables an IRO or a team manager works from, at laptop widths: none cuts a header
// off or pushes the page sideways. A table that cannot fit (the team's caseloads, 12 columns, at
// 1024 px) scrolls in its own focusable region.
const wideTables: { person: string; addresses: string[] }[] = [
  { person: 'Hannah Okoye', addresses: ['/tasks', '/recommendations'] },
  {
    person: 'Margaret Osei-Bonsu',
    addresses: [
      '/team/at-risk',
      '/team/sign-off',
      '/team/escalations',
      '/booking',
      '/tasks',
      '/team',
    ],
  },
];

/** The page's headers cut off or spilling over, in every table, and any sideways scroll. */
async function headerProblemsOn(page: Page, address: string): Promise<string[]> {
  await page.goto(address);
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('.app-loading-state')).toHaveCount(0);
  const tables = page.getByRole('table');
  await expect(tables.first()).toBeVisible();
  const problems: string[] = [];
  for (const table of await tables.all()) {
    problems.push(...(await clippedHeaders(table)).map((problem) => `${address}: ${problem}`));
  }
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (sideways > 0) problems.push(`${address}: the page scrolls sideways by ${sideways}px`);
  return problems;
}

for (const { person, addresses } of wideTables) {
  for (const width of [1024, 1280]) {
    test(`at ${width} px no wide table ${person} uses cuts off a header`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await prepareApp(page);
      await signInAs(page, person);
      const problems: string[] = [];
      for (const address of addresses) problems.push(...(await headerProblemsOn(page, address)));
      expect(problems, 'headers cut off, or the page scrolling sideways').toEqual([]);
      // axe on the last page (for the team manager, the team overview: at 1024 px its caseloads
      // scroll in their own region).
      await saveScreenshot(page, `wide-tables-${person.split(' ')[0] ?? ''}-${width}`);
      await expectNoAxeViolations(page);
    });
  }
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
  // Each child is a block of its own, every value under its column's name: the list's region
  // does not scroll sideways either, and the first child's status and meeting are on screen.
  const region = page.getByRole('region', { name: /\(scrollable\)$/ });
  const sideways = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  const first = region.locator('tbody > tr.govuk-table__row').first();
  for (const cell of [
    first.locator('td[data-label="Status"]'),
    first.locator('td[data-label="Meeting booked"]'),
  ]) {
    await expect(cell).toBeVisible();
    const box = await cell.boundingBox();
    expect(box === null ? Infinity : box.x + box.width).toBeLessThanOrEqual(375);
  }
  // The sort buttons stay, in a row above the blocks.
  await expect(region.getByRole('button', { name: /Next review due/ })).toBeVisible();
  await saveScreenshot(page, 'dashboard-fold-375');
  await expectNoAxeViolations(page);
});
