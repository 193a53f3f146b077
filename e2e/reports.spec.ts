// The annual IRO report: a team manager opens the figures for a past financial year (2025-26),
// checks them against the API, downloads a table as CSV, and prints the report for a board paper.
// Runs the production build with the real service worker and handlers, "today" fixed at Monday
// 23 November 2026 (seed 20261123).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { prepareApp, saveScreenshot, signedInHeaders, signInAs } from './support/app';
import { expectNoAxeViolations } from './support/axe';

interface Ratio {
  count: number;
  outOf: number;
}
interface ApiReport {
  childrenLookedAfterAtEnd: { value: number };
  reviewsHeld: { value: number };
  reviewsInTimescale: { value: Ratio };
  participation: { value: Ratio };
  recordOfReviewWithinLimit: { value: Ratio; label: string };
  lateReviews: { value: { items: unknown[] } };
  reviewsByMonth: { value: { month: string; label: string; held: number; inTimescale: number }[] };
}

/** The report as the API gives it, fetched from the page (the mock lives in its service worker). */
async function apiReport(page: Page, query: string): Promise<ApiReport> {
  return page.evaluate(
    async ({ q, headers }) => {
      const response = await fetch(`/api/reports/annual?${q}`, { headers });
      if (!response.ok) throw new Error(`The report API answered ${response.status}`);
      return (await response.json()) as ApiReport;
    },
    { q: query, headers: await signedInHeaders(page) },
  );
}

/** One decimal place, halves up, from the whole numbers (as the domain's formatPercent). */
function percent({ count, outOf }: Ratio): string {
  const tenths = Math.floor((2000 * count + outOf) / (2 * outOf));
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

function headlineValue(page: Page, label: string) {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page
    .getByRole('region', { name: 'Headline figures' })
    .locator('dt', { hasText: exact })
    .locator('xpath=following-sibling::dd[1]');
}

test('a team manager reports on 2025-26, exports a table as CSV and prints a board paper', async ({
  page,
}) => {
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');

  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Annual IRO report' })).toBeVisible();
  // The year has not ended: every figure is so far, to today (23 November 2026), never a figure
  // stated for 31 March 2027.
  await expect(
    page.getByText(
      'Financial year 2026-27 (1 April 2026 to 31 March 2027), so far, to 23 November 2026',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('This period has not ended: every figure is so far, to 23 November 2026.'),
  ).toBeVisible();
  const headline = page.getByRole('region', { name: 'Headline figures' });
  await expect(headline).toContainText('so far, to 23 November 2026');
  await expect(headline).not.toContainText('on 31 March 2027');
  await expect(
    page.getByText('Children looked after at the end of the period so far, to 23 November 2026'),
  ).not.toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Reviews by month' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'reports-01-current-year');

  // A past financial year, chosen in the form: the URL carries it.
  await page.getByLabel('Financial year', { exact: true }).selectOption('2025-26');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page).toHaveURL(/\/reports\?year=2025-26$/);
  await expect(
    page.getByText('Financial year 2025-26 (1 April 2025 to 31 March 2026)'),
  ).toBeVisible();

  const expected = await apiReport(page, 'from=2025-04-01&to=2026-03-31');
  expect(expected.reviewsHeld.value).toBeGreaterThan(0);
  await expect(headlineValue(page, 'Reviews held')).toHaveText(String(expected.reviewsHeld.value));
  await expect(headlineValue(page, 'Reviews held in timescale')).toHaveText(
    percent(expected.reviewsInTimescale.value),
  );
  await expect(headlineValue(page, 'Children looked after at the end of the period')).toHaveText(
    String(expected.childrenLookedAfterAtEnd.value),
  );
  await expect(headlineValue(page, 'Participation (children aged 4 or over)')).toHaveText(
    percent(expected.participation.value),
  );
  await expect(headlineValue(page, expected.recordOfReviewWithinLimit.label)).toHaveText(
    percent(expected.recordOfReviewWithinLimit.value),
  );
  await expect(page.getByRole('table', { name: 'Reviews held late' }).getByRole('row')).toHaveCount(
    1 + expected.lateReviews.value.items.length,
  );
  for (const name of [
    'Chart: reviews held each month, and held in timescale',
    'Chart: reviews by participation code',
    'Chart: children allocated to each IRO',
  ]) {
    await expect(page.getByRole('img', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'reports-02-2025-26');

  // CSV: the download event gives the file; read it back.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV (Reviews by month)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('iro-annual-report-2025-26-reviews-by-month.csv');
  const path = await download.path();
  const csv = await readFile(path, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Month,Reviews held,In timescale,Late,% in timescale');
  expect(lines).toHaveLength(1 + 12 + 1 + 1); // header, 12 months, total, and the final CRLF
  expected.reviewsByMonth.value.forEach((m, i) => {
    expect(lines[i + 1]).toBe(
      `${m.label},${m.held},${m.inTimescale},${m.held - m.inTimescale},${m.held === 0 ? 'n/a' : percent({ count: m.inTimescale, outOf: m.held })}`,
    );
  });
  const { count, outOf } = expected.reviewsInTimescale.value;
  expect(lines[13]).toBe(
    `Total,${outOf},${count},${outOf - count},${percent(expected.reviewsInTimescale.value)}`,
  );

  // Print: the board paper keeps the report and drops navigation, banners, the form and buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Annual IRO report' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Headline figures' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Reviews by month' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Chart: reviews by participation code/ }),
  ).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Reports' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await expect(page.getByText('This service is using made-up demonstration data')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show the figures' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Download as CSV/ }).first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await saveScreenshot(page, 'reports-03-print');
  // A PDF renders from the print layout (what "save as PDF" gives a board secretary).
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Show the figures' })).toBeVisible();
});

test('a date range is checked in the form, and an IRO sees only their own caseload', async ({
  page,
}) => {
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByText(/^The children allocated to Hannah Okoye now\./)).toBeVisible();
  await expect(page.getByLabel('Whose children')).toHaveCount(0);

  await page.getByRole('radio', { name: 'Other dates' }).check();
  const to = page.getByRole('group', { name: 'Date the period ends', exact: true });
  await to.getByLabel('Year').fill('2025');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  // The summary (the element around the alert) takes focus, as GOV.UK's does.
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(
    summary.getByRole('link', {
      name: 'Date the period ends must be the same as or after the date it starts',
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'reports-04-date-range-error');

  const from = page.getByRole('group', { name: 'Date the period starts', exact: true });
  await from.getByLabel('Day').fill('1');
  await from.getByLabel('Month').fill('1');
  await from.getByLabel('Year').fill('2026');
  await to.getByLabel('Day').fill('30');
  await to.getByLabel('Month').fill('6');
  await to.getByLabel('Year').fill('2026');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page).toHaveURL(/\/reports\?from=2026-01-01&to=2026-06-30$/);
  await expect(page.getByText('1 January 2026 to 30 June 2026', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Caseload per IRO' })).toBeVisible();
  const expected = await apiReport(page, 'from=2026-01-01&to=2026-06-30');
  await expect(headlineValue(page, 'Reviews held')).toHaveText(String(expected.reviewsHeld.value));
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'reports-05-iro-range');
});

test('business support have no Reports link, and the page says why when opened', async ({
  page,
}) => {
  await prepareApp(page);
  await signInAs(page, 'Tracey Dunn');
  await expect(page.getByRole('link', { name: 'Reports' })).toHaveCount(0);
  await page.goto('/reports');
  await expect(
    page.getByText('Business support cannot do this: only team managers and IROs can'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
