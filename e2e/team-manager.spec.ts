// The team manager's morning: spot the IRO above the caseload band and move two children to a
// colleague, look four weeks ahead for reviews at risk and export them, sign off a review, and
// check open escalations. Production build, real service worker and handlers, "today" fixed at
// Monday 23 November 2026 (seed 20261123, 450 children).
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { errorSummary, openFromMenu, prepareApp, saveScreenshot, signInAs } from './support/app';
import { expectNoAxeViolations } from './support/axe';

function caseloadTable(page: Page): Locator {
  return page.getByRole('table', { name: /Caseloads by IRO/ });
}

/** The number of children an IRO has, read from the overview's link ("74 children allocated to"). */
async function childrenOf(page: Page, name: string): Promise<number> {
  const link = caseloadTable(page).getByRole('link', {
    name: new RegExp(`^\\d+ children allocated to ${name}$`),
  });
  const text = (await link.textContent()) ?? '';
  return Number(/^(\d+)/.exec(text.trim())?.[1]);
}

test('a team manager rebalances caseloads, exports the reviews at risk and signs off a review', async ({
  page,
}) => {
  // A long journey with an axe scan on every page: allow for a busy machine.
  test.setTimeout(180_000);
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');

  // A team manager starts at their tasks; the team overview is in the navigation.
  await expect(page).toHaveURL(/\/tasks$/);
  // The manager's 16 pages are in sections: Team opens the first of its pages, the overview.
  await openFromMenu(page, 'Team', 'Team overview');
  await expect(page).toHaveURL(/\/team$/);
  await expect(page).toHaveTitle('Team overview – IRO Review Tracker');
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await expect(menu.getByRole('link', { name: 'Team', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  // The section's own pages, this one marked.
  const navigation = page.getByRole('navigation', { name: 'Team', exact: true });
  await expect(navigation.getByRole('link', { name: 'Team overview' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Find the IRO above the band: Hannah Okoye, 74 children for 1.0 FTE.
  await expect(page.getByText('Above the band: Hannah Okoye.')).toBeVisible();
  const hannahRow = caseloadTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Hannah Okoye' }) });
  await expect(hannahRow.getByText('Above 70')).toBeVisible();
  expect(await childrenOf(page, 'Hannah Okoye')).toBe(74);
  const garethBefore = await childrenOf(page, 'Gareth Lloyd');
  expect(garethBefore).toBe(44);
  await expect(page.getByRole('heading', { name: 'Year to date' })).toBeVisible();
  await expect(
    page.getByText('2026-27 so far, to 23 November 2026 (from 1 April 2026)'),
  ).toBeVisible();
  await saveScreenshot(page, 'team-01-overview');
  await expectNoAxeViolations(page);

  // Reallocate two of Hannah's children to Gareth Lloyd.
  await hannahRow.getByRole('link', { name: 'Reallocate children of Hannah Okoye' }).click();
  await expect(page.getByRole('heading', { name: 'Reallocate children', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Reallocate children of')).toHaveValue('st_01');
  const children = page.getByRole('group', { name: /^Children to reallocate/ });
  const boxes = children.getByRole('checkbox');
  await expect(boxes).toHaveCount(74);
  const moved = [
    (await children.locator('label').nth(0).textContent()) ?? '',
    (await children.locator('label').nth(1).textContent()) ?? '',
  ];
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByLabel('Allocate them to').selectOption({ label: 'Gareth Lloyd (44 children)' });
  const change = page.getByRole('table', { name: 'Caseloads before and after' });
  await expect(change.getByRole('row').nth(1)).toHaveText(/^Hannah Okoye747272\.0 Above 70$/);
  await expect(change.getByRole('row').nth(2)).toHaveText(/^Gareth Lloyd444646\.0 Below 50$/);
  await saveScreenshot(page, 'team-02-reallocate');
  await expectNoAxeViolations(page);

  // One of the two has a booked meeting that would overlap one of Gareth's (the seed's): the
  // manager is told which before anything moves, and confirms they will rearrange it.
  await page.getByRole('button', { name: 'Reallocate 2 children' }).click();
  await expect(errorSummary(page)).toContainText(
    /’s review meeting on \w+ \d+ \w+ 2026 at \d\d:\d\d would overlap .+’s at \d\d:\d\d in Gareth Lloyd’s diary/,
  );
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expectNoAxeViolations(page);
  await page
    .getByRole('checkbox', { name: 'Move the meetings anyway: I will rearrange them' })
    .check();
  await page.getByRole('button', { name: 'Reallocate 2 children' }).click();
  const banner = page.getByRole('alert').filter({ hasText: '2 children reallocated' });
  await expect(banner).toContainText('2 children reallocated from Hannah Okoye to Gareth Lloyd');
  await expect(banner).toContainText(
    'Hannah Okoye now has 72 children and Gareth Lloyd has 46 children.',
  );
  for (const label of moved) {
    await expect(banner).toContainText(label.replace(/ \(LA\d+\)$/, ''));
  }
  await expect(boxes).toHaveCount(72);
  await saveScreenshot(page, 'team-03-reallocated');
  await expectNoAxeViolations(page);

  // Both caseloads have changed on the overview.
  // (The reallocation page is under the Team section, without the section's list of pages.)
  await expect(navigation).toHaveCount(0);
  await menu.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Team overview', level: 1 })).toBeVisible();
  await expect.poll(() => childrenOf(page, 'Hannah Okoye')).toBe(72);
  expect(await childrenOf(page, 'Gareth Lloyd')).toBe(46);

  // Reviews at risk in the next 4 weeks, exported as CSV.
  await navigation.getByRole('link', { name: 'Reviews at risk' }).click();
  await expect(page.getByRole('heading', { name: 'Reviews at risk', level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: '4 weeks' }).check();
  await page.getByRole('button', { name: 'Show reviews' }).click();
  await expect(page).toHaveURL(/\/team\/at-risk\?weeks=4$/);
  // Paged, 20 a page: 'Showing 1 to 20 of 79 reviews at risk ... page 1 of 4'.
  const status = page.getByText(/^Showing \d+ to \d+ of \d+ reviews at risk in the next 4 weeks/);
  await expect(status).toHaveText(
    /^Showing 1 to 20 of \d+ reviews at risk in the next 4 weeks \(to 21 December 2026\), page 1 of \d+$/,
  );
  const shown = Number(/of (\d+) reviews/.exec((await status.textContent()) ?? '')?.[1]);
  expect(shown).toBeGreaterThan(20);
  const rows = page
    .getByRole('table', { name: /^Reviews at risk due in the week of/ })
    .locator('tbody tr');
  await expect(rows).toHaveCount(20);
  // Grouped by the week due, then by IRO, each heading with the whole list's count.
  const weekHeadings = page.getByRole('heading', { level: 2, name: /in the week of Monday/ });
  await expect(weekHeadings.first()).toHaveText(
    /^(Was due|Due) in the week of Monday \d+ \w+ \d{4}: \d+ reviews?( \(\d+ on this page\))?$/,
  );
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(
    /^[A-Z][\w' -]+: \d+ reviews?( \(\d+ on this page\))?$/,
  );
  const firstChild = (await rows.nth(0).getByRole('rowheader').getByRole('link').textContent())!;
  await saveScreenshot(page, 'team-04-at-risk');
  await expectNoAxeViolations(page);

  // The next page carries on the same order.
  const pages = page.getByRole('navigation', { name: 'Pages of reviews at risk' });
  await pages.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/\/team\/at-risk\?weeks=4&page=2$/);
  await expect(status).toHaveText(/^Showing 21 to \d+ of \d+ reviews at risk .*, page 2 of \d+$/);
  await expectNoAxeViolations(page);

  // At 375 px the rows stack: nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(rows.first()).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  const tableOverflow = await page
    .locator('.app-table-scroll')
    .evaluateAll((boxes) => boxes.map((box) => box.scrollWidth - box.clientWidth));
  expect(Math.max(...tableOverflow)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'team-04-at-risk-375');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1366, height: 900 });

  // The CSV holds every row of every page.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export as CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('reviews-at-risk-2026-11-23-to-2026-12-21.csv');
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(
    'Child reference,Given name,Family name,IRO,Review,Due date,Working days left,Days overdue,At risk because,Status,Reason,Meeting booked for',
  );
  expect(lines).toHaveLength(shown + 2);
  expect(lines.at(-1)).toBe('');
  const [given, family] = firstChild.split(' ');
  expect(lines.some((line) => line.includes(`,${given},${family},`))).toBe(true);
  const dues = lines.slice(1, -1).map((line) => /,(\d{4}-\d{2}-\d{2}),/.exec(line)?.[1] ?? '');
  expect(dues.every((due) => due <= '2026-12-21')).toBe(true);

  // Sign off the oldest decisions waiting.
  await navigation.getByRole('link', { name: 'Sign-off' }).click();
  await expect(
    page.getByRole('heading', { name: 'Decisions awaiting sign-off', level: 1 }),
  ).toBeVisible();
  const waiting = page.getByText(/^\d+ reviews? waiting, \d+ late\.$/);
  await expect(waiting).toBeVisible();
  const before = Number(/^(\d+)/.exec((await waiting.textContent()) ?? '')?.[1]);
  await saveScreenshot(page, 'team-05-sign-off');
  await expectNoAxeViolations(page);
  // Never blind: the manager opens the review, reads the decisions, then agrees them.
  const read = page.getByRole('link', { name: /^Read the decisions and sign off/ }).first();
  const name = ((await read.textContent()) ?? '').replace(
    /^Read the decisions and sign off\s*/,
    '',
  );
  await read.click();
  await expect(
    page.getByRole('heading', { name: 'Sign off the review’s decisions', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Decisions', exact: true })).toBeVisible();
  await saveScreenshot(page, 'team-05b-read-decisions');
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'I agree the decisions' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText(/^You signed off the decisions of the review held on /),
  ).toBeVisible();
  expect(name).toMatch(/^the review of .+ held on /);
  await expect(
    page.getByText(new RegExp(`^${before - 1} reviews? waiting, \\d+ late\\.$`)),
  ).toBeVisible();
  await saveScreenshot(page, 'team-06-signed-off');
  await expectNoAxeViolations(page);

  // Open escalations by stage and age.
  await navigation.getByRole('link', { name: 'Escalations' }).click();
  await expect(page.getByRole('heading', { name: 'Open escalations', level: 1 })).toBeVisible();
  await expect(page.getByText('Stage 1 (team manager)', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Over 20 working days$/).first()).toBeVisible();
  await saveScreenshot(page, 'team-07-escalations');
  await expectNoAxeViolations(page);
});
