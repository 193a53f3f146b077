// Ofsted's ILACS Annex A, List 8 (issue 21): a team manager opens it from the reports page, is
// stopped by a date that is not real (GOV.UK error summary), then downloads the list as CSV and as
// Excel; the files' header rows and one child's row are checked against the seed. Production
// build, real service worker and handlers, "today" fixed at Monday 23 November 2026 (seed
// 20261123).
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ANNEX_A_LIST_8_COLUMNS } from '../src/domain/annex-a-list8';
import {
  errorSummary,
  JOURNEY_TODAY,
  prepareApp,
  saveScreenshot,
  signedInHeaders,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

interface SeedChild {
  childRef: string;
  sex: '1' | '2' | null;
  dateOfBirth: string;
  legalStatus: string;
  placement: { type: string };
  currentPeriodStart: string;
  socialWorker: { name: string; team: string };
}

/** One child in care today as the API gives it (the mock lives in the page's service worker). */
async function seedChild(page: Page): Promise<SeedChild> {
  return page.evaluate(
    async (headers) => {
      const response = await fetch('/api/children?pageSize=1', { headers });
      if (!response.ok) throw new Error(`The children API answered ${response.status}`);
      const body = (await response.json()) as { items: SeedChild[] };
      const child = body.items[0];
      if (child === undefined) throw new Error('No child in the seed');
      return child;
    },
    await signedInHeaders(page),
  );
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const cell = (
  row: readonly string[] | undefined,
  column: (typeof ANNEX_A_LIST_8_COLUMNS)[number],
) => row?.[ANNEX_A_LIST_8_COLUMNS.indexOf(column)];

/** The child's row as the seed says it should be. */
function expectSeedRow(row: readonly string[] | undefined, child: SeedChild): void {
  expect(cell(row, 'Child Unique ID')).toBe(child.childRef);
  expect(cell(row, 'Gender')).toBe(
    child.sex === '1' ? 'a) Male' : child.sex === '2' ? 'b) Female' : '',
  );
  expect(cell(row, 'Date of Birth')).toBe(ddmmyyyy(child.dateOfBirth));
  expect(cell(row, 'Date Started to be Looked After')).toBe(ddmmyyyy(child.currentPeriodStart));
  expect(cell(row, "Child's Legal Status")).toBe(child.legalStatus);
  expect(cell(row, 'Placement Type')).toBe(child.placement.type);
  expect(cell(row, 'Allocated Worker')).toBe(child.socialWorker.name);
  expect(cell(row, 'Ethnicity')).toBe('');
}

async function downloadWith(page: Page, button: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return downloading;
}

test('a team manager downloads Annex A List 8 as CSV and as Excel', async ({ page }) => {
  test.setTimeout(120_000);
  // The spreadsheet library runs in the page (the demo's backend): it must keep to the build's
  // Content Security Policy (no eval). Init scripts are not subject to the policy.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { annexACsp: string[] }).annexACsp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  const child = await seedChild(page);

  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual IRO report' })).toBeVisible();
  // The report's IRO footprint (issue 21): the headline share seen, and its own section.
  const headline = page.getByRole('region', { name: 'Headline figures' });
  await expect(headline).toContainText('Seen by their IRO in the last 6 months');
  await headline.screenshot({ path: 'e2e/.artifacts/screenshots/annex-a-00-report-headline.png' });
  const footprint = page.getByRole('region', { name: 'The IRO’s footprint between reviews' });
  await expect(footprint).toContainText('Midpoint checks done on time');
  await footprint.screenshot({
    path: 'e2e/.artifacts/screenshots/annex-a-00-report-footprint.png',
  });
  await page.getByRole('link', { name: 'Ofsted Annex A, List 8: children in care' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ofsted Annex A, List 8: children in care' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Not a real date: the GOV.UK error summary, and nothing downloaded.
  await typeDate(page, 'Date the list is as at', ['31', '2', '2026']);
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  await expect(errorSummary(page)).toContainText('Date the list is as at must be a real date');
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'annex-a-error');

  const [day, month, year] = [
    JOURNEY_TODAY.slice(8),
    JOURNEY_TODAY.slice(5, 7),
    JOURNEY_TODAY.slice(0, 4),
  ];
  await typeDate(page, 'Date the list is as at', [day, month, year]);
  const csvFile = await downloadWith(page, 'Download as CSV');
  expect(csvFile.suggestedFilename()).toBe(`annex-a-list-8-${JOURNEY_TODAY}.csv`);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    `Downloaded annex-a-list-8-${JOURNEY_TODAY}.csv`,
  );
  await expect(errorSummary(page)).toBeHidden();
  const csvBytes = await readFile(await csvFile.path());
  // UTF-8 with no byte order mark.
  expect([...csvBytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  const csv = Papa.parse<string[]>(csvBytes.toString('utf8'), { skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.data[0]).toEqual([...ANNEX_A_LIST_8_COLUMNS]);
  expectSeedRow(
    csv.data.find((row) => row[0] === child.childRef),
    child,
  );

  const xlsxFile = await downloadWith(page, 'Download as Excel (.xlsx)');
  expect(xlsxFile.suggestedFilename()).toBe(`annex-a-list-8-${JOURNEY_TODAY}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  const xlsxBytes = await readFile(await xlsxFile.path());
  await workbook.xlsx.load(
    xlsxBytes.buffer.slice(xlsxBytes.byteOffset, xlsxBytes.byteOffset + xlsxBytes.byteLength),
  );
  const sheet = workbook.getWorksheet('List 8');
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    rows.push(
      ANNEX_A_LIST_8_COLUMNS.map((_, index) => {
        const value = row.getCell(index + 1).value;
        return typeof value === 'string' ? value : '';
      }),
    );
  });
  expect(rows[0]).toEqual([...ANNEX_A_LIST_8_COLUMNS]);
  expectSeedRow(
    rows.find((row) => row[0] === child.childRef),
    child,
  );
  // The same rows as the CSV.
  expect(rows).toEqual(csv.data);
  expect(
    await page.evaluate(() => (window as unknown as { annexACsp: string[] }).annexACsp),
  ).toEqual([]);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'annex-a-downloaded');
});
