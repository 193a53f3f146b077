import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { makeReturn } from '../bench/ssda903-return';
import { formatDateWithWeekday } from '../src/domain/booking';
import { validateSsda903 } from '../src/domain/ssda903-validation';
import {
  JOURNEY_TODAY,
  openFromSection,
  prepareApp,
  saveScreenshot,
  signedInHeaders,
  signInAs,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

// A team manager loads the council's SSDA903 return: uploads the three files, sees the preview with
// every problem, imports the valid rows, shares the children out between IROs (told first of a
// clash in the new IRO's diary, and confirming it), finds an imported child on the caseload with
// the right next due date, and downloads the reviews file.

const FIXTURES = fileURLToPath(new URL('./fixtures/ssda903/', import.meta.url));

async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await saveScreenshot(page, `ssda903-${name}`);
}

/** `months` calendar months after an ISO date (the day exists in the fixtures' months). */
function addMonths(iso: string, months: number): string {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The nth weekday after a date (the fixture's November 2026 has no bank holidays). */
function workingDaysAfter(iso: string, n: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  let count = 0;
  while (count < n) {
    date.setUTCDate(date.getUTCDate() + 1);
    const day = date.getUTCDay();
    if (day !== 0 && day !== 6) count++;
  }
  return date.toISOString().slice(0, 10);
}

interface BookedIntoAClash {
  childName: string;
  date: string;
  startTime: string;
  otherChildName: string;
}

/**
 * While the manager shares the children out, a meeting is booked for an imported child (through
 * the API the app uses, as the signed-in manager) at the time of one of Hannah Okoye's: moving the
 * child to her puts it in a clash in her diary. The seed never books a clash itself.
 */
async function bookIntoHannahsDiary(page: Page, childRef: string): Promise<BookedIntoAClash> {
  return page.evaluate(
    async ({ ref, today, headers }) => {
      interface Item {
        date: string;
        startTime: string;
        status: string;
        iro: { id: string };
        child: { givenName: string; familyName: string };
      }
      const calendar = await fetch(`/api/calendar?from=${today}&to=2026-11-29&pageSize=10000`, {
        headers,
      });
      const { items } = (await calendar.json()) as { items: Item[] };
      const hers = items.find((item) => item.iro.id === 'st_01' && item.status === 'booked');
      if (hers === undefined) throw new Error('Hannah Okoye has no meeting booked this week');
      // A search is a POST: a child's reference stays out of the URL.
      const found = await fetch('/api/children/search', {
        method: 'POST',
        headers,
        body: JSON.stringify({ q: ref }),
      });
      const child = (
        (await found.json()) as {
          items: { id: string; givenName: string; familyName: string }[];
        }
      ).items[0];
      if (child === undefined) throw new Error(`${ref} was not imported`);
      const booked = await fetch(`/api/children/${child.id}/meetings`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          date: hers.date,
          startTime: hers.startTime,
          format: 'in-person',
          venue: 'Riverside Family Centre',
          outOfTimescaleReason: 'The only day the family can come',
        }),
      });
      if (booked.status !== 201) throw new Error(`Booking: ${await booked.text()}`);
      return {
        childName: `${child.givenName} ${child.familyName}`,
        date: hers.date,
        startTime: hers.startTime,
        otherChildName: `${hers.child.givenName} ${hers.child.familyName}`,
      };
    },
    { ref: childRef, today: JOURNEY_TODAY, headers: await signedInHeaders(page) },
  );
}

test('a team manager imports the SSDA903 return, allocates the children and exports the reviews', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(JOURNEY_TODAY).toBe('2026-11-23');
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');

  // The navigation offers the import to team managers.
  await openFromSection(page, 'Reports', 'Import SSDA903', 'Import the SSDA903 return');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import the SSDA903 return' }),
  ).toBeVisible();
  await check(page, '01-upload');

  // Nothing chosen: GOV.UK errors.
  await page.getByRole('button', { name: 'Check the files' }).click();
  const errorSummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(errorSummary.getByRole('link')).toHaveText([
    'Select the header file',
    'Select the episodes file',
    'Select the reviews file',
  ]);
  await expect(page).toHaveTitle(/^Error: Import the SSDA903 return/);
  await check(page, '02-upload-errors');

  // Upload the fixture files: read in a web worker, then the preview.
  await page.getByLabel('Header file').setInputFiles(`${FIXTURES}header.csv`);
  await page.getByLabel('Episodes file').setInputFiles(`${FIXTURES}episodes.csv`);
  await page.getByLabel('Reviews file').setInputFiles(`${FIXTURES}reviews.csv`);
  await page.getByRole('button', { name: 'Check the files' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check the return before importing' }),
  ).toBeVisible();
  await expect(
    page.getByText('7 rows in the header file: 4 children can be imported'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: '10 problems found' })).toBeVisible();
  const problems = page.getByRole('table', { name: 'Problems by file and row' });
  await expect(problems.getByRole('row')).toHaveCount(11);
  for (const message of [
    "DfE rule 102: DOB must be a real date in the form dd/mm/yyyy: got '31/02/2016'",
    'Integrity check INT01: Child NB999999 is not in the header file',
    "DfE rule 167: REVIEW_CODE must be one of PN0 to PN7: got 'PN9'",
    'DfE rule 440: REVIEW_CODE PN0 is only for children under 4: this child was 4 or over on 10 September 2026',
    'REVIEW (15 August 2026) is before the child’s first episode started on 1 September 2026',
    'Row 4 is a duplicate of row 3: it is left out',
  ]) {
    await expect(problems.getByRole('cell', { name: message, exact: true })).toBeVisible();
  }
  await page.getByText('2 children will be left out').click();
  await expect(page.getByText('NB900006: their episodes have problems (row 9)')).toBeVisible();
  await check(page, '03-preview');

  // Import the valid rows, allocated to Gareth Lloyd for now.
  await page.getByRole('radio', { name: 'Import the 4 children with no problems' }).check();
  await page.getByLabel('Allocate the imported children to').selectOption('st_04');
  await page.getByRole('button', { name: 'Import 4 children' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '4 children imported' })).toBeVisible();
  await expect(page.getByText('6 episodes in 5 periods of care and 7 reviews')).toBeVisible();
  await check(page, '04-imported');

  // Share them out: NB900001 and NB900002 to Hannah Okoye, whose diary has a meeting at the time
  // of the one just booked for NB900002: the manager is told of the clash and confirms.
  const clash = await bookIntoHannahsDiary(page, 'NB900002');
  await page.getByRole('checkbox', { name: 'Child NB900001' }).check();
  await page.getByRole('checkbox', { name: 'Child NB900002' }).check();
  const to = page.getByLabel('Allocate them to');
  await to.selectOption('st_01');
  await page.getByRole('button', { name: 'Allocate', exact: true }).click();
  const warning = `${clash.childName}’s review meeting on ${formatDateWithWeekday(clash.date)} at ${clash.startTime} would overlap ${clash.otherChildName}’s at ${clash.startTime} in Hannah Okoye’s diary`;
  await expect(errorSummary.getByRole('link', { name: warning })).toBeVisible();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(to).toHaveAccessibleDescription(`Error: ${warning}`);
  await expect(page.getByRole('checkbox', { name: 'Child NB900002' })).toBeChecked();
  const confirm = page.getByRole('checkbox', {
    name: 'Move the meetings anyway: I will rearrange them',
  });
  await expect(confirm).not.toBeChecked();
  await check(page, '05-allocate-clash');
  await confirm.check();
  await page.getByRole('button', { name: 'Allocate', exact: true }).click();
  await expect(page.getByText('2 children allocated to Hannah Okoye')).toBeVisible();
  await expect(
    page.getByText(
      'One review meeting now overlaps another in Hannah Okoye’s diary: rearrange them.',
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  await expect(confirm).toBeHidden();
  await check(page, '05-allocated');

  // On the caseload, with the due dates worked out by hand:
  // NB900001: last review 12 August 2026, so the next is 6 months later.
  // NB900002: became looked after again on Monday 2 November 2026 (RNE S): the cycle restarts,
  // first review on the 20th working day.
  const expected = [
    { ref: 'NB900001', due: addMonths('2026-08-12', 6) },
    { ref: 'NB900002', due: workingDaysAfter('2026-11-02', 20) },
  ];
  expect(expected.map((e) => e.due)).toEqual(['2027-02-12', '2026-11-30']);
  await openFromSection(page, 'Children', 'Caseloads', 'Caseloads of all IROs');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Caseloads of all IROs' }),
  ).toBeVisible();
  await page.getByLabel('Show the caseload of').selectOption('st_01');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Caseload of Hannah Okoye' }),
  ).toBeVisible();
  for (const { ref, due } of expected) {
    const search = page.getByLabel('Search by name or ID');
    await search.fill(ref);
    await search.press('Enter');
    const row = page.getByRole('row').filter({ hasText: ref });
    await expect(row).toHaveCount(1);
    await expect(row.locator(`time[datetime="${due}"]`)).toBeVisible();
  }
  await check(page, '06-caseload');

  const row = page.getByRole('row').filter({ hasText: 'NB900002' });
  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('NB900002');
  await expect(page.getByText('Hannah Okoye').first()).toBeVisible();
  await check(page, '07-child');

  // The reviews file for the collection year 2026-27 (so far) has the imported reviews back.
  await openFromSection(page, 'Reports', 'Import SSDA903', 'Import the SSDA903 return');
  await page.getByRole('link', { name: 'Download the reviews file for a collection year' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Download the SSDA903 reviews file' }),
  ).toBeVisible();
  await page.getByLabel('Collection year').selectOption('2026');
  await page.getByRole('button', { name: 'Show the reviews' }).click();
  await expect(page.getByRole('heading', { name: 'Collection year 2026-27' })).toBeVisible();
  // What the DfE's rules would refuse (399: short breaks only, ...) is left out and said.
  await expect(page.getByText('Left out', { exact: true })).toBeVisible();
  await page.getByText(/^Why \d+ reviews? (was|were) left out$/).click();
  await expect(page.getByText(/left out, because the DfE’s rules/)).toBeVisible();
  await check(page, '08-export');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Download the reviews file/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ssda903-reviews-2026-27.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('CHILD,DOB,REVIEW,REVIEW_CODE');
  expect(lines.filter((line) => line.startsWith('NB9'))).toEqual([
    'NB900001,14/03/2015,12/08/2026,PN2',
    'NB900003,10/05/2012,07/05/2026,PN4',
  ]);

  // Read back with the fixtures' header and episodes files, the reviews file passes the same checks.
  const rowsOf = (text: string) => {
    const [head = '', ...body] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    const columns = head.split(',');
    return {
      columns,
      rows: body.map((line) => {
        const cells = line.split(',');
        return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
      }),
    };
  };
  const readBack = validateSsda903(
    {
      header: rowsOf(await readFile(`${FIXTURES}header.csv`, 'utf8')),
      episodes: rowsOf(await readFile(`${FIXTURES}episodes.csv`, 'utf8')),
      // The imported children's rows (the file has every child in the tracker).
      reviews: rowsOf(lines.filter((line, i) => i === 0 || line.startsWith('NB9')).join('\r\n')),
    },
    { today: JOURNEY_TODAY },
  );
  expect(readBack.problems.filter((problem) => problem.file === 'reviews')).toEqual([]);
  expect(readBack.counts.reviews).toEqual({ rows: 2, valid: 2 });
});

test('a whole council’s return (50,000 episode rows) is read in a web worker with a progress bar', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  await openFromSection(page, 'Reports', 'Import SSDA903', 'Import the SSDA903 return');
  const texts = makeReturn(50_000);
  for (const [label, kind] of [
    ['Header file', 'header'],
    ['Episodes file', 'episodes'],
    ['Reviews file', 'reviews'],
  ] as const) {
    await page.getByLabel(label).setInputFiles({
      name: `${kind}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(texts[kind], 'utf8'),
    });
  }
  await page.getByRole('button', { name: 'Check the files' }).click();
  // The page stays responsive while the worker reads: the progress bar is there and announced.
  await expect(page.getByRole('heading', { level: 1, name: 'Reading the return' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Reading the files' })).toBeVisible();
  // The screenshot first: the read takes a second or two, the accessibility scan longer (the scan
  // may see the reading page or the preview; both are checked).
  await saveScreenshot(page, 'ssda903-09-reading');
  await expectNoAxeViolations(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check the return before importing' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByText('25,000 rows in the header file: 25,000 children can be imported'),
  ).toBeVisible();
  await expect(
    page.getByText('50,000 rows in the episodes file: 50,000 episodes in 25,000 periods of care'),
  ).toBeVisible();
  const seconds = await page
    .getByText('Read and checked in', { exact: true })
    .locator('xpath=following-sibling::dd')
    .textContent();
  expect(Number.parseFloat(seconds ?? '')).toBeLessThan(10);
  await check(page, '10-large-preview');
});

test('a whole file that fails the same way is said once; an empty reviews file must be confirmed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  await openFromSection(page, 'Reports', 'Import SSDA903', 'Import the SSDA903 return');
  const header = await readFile(`${FIXTURES}header.csv`, 'utf8');
  const episodes = await readFile(`${FIXTURES}episodes.csv`, 'utf8');
  const reviews = await readFile(`${FIXTURES}reviews.csv`, 'utf8');
  // The reviews file saved by a spreadsheet with ISO dates throughout.
  const isoReviews = reviews.replace(/(\d\d)\/(\d\d)\/(\d{4})/g, '$3-$2-$1');

  async function upload(reviewsText: string) {
    for (const [label, name, text] of [
      ['Header file', 'header.csv', header],
      ['Episodes file', 'episodes.csv', episodes],
      ['Reviews file', 'reviews.csv', reviewsText],
    ] as const) {
      await page.getByLabel(label).setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(text, 'utf8'),
      });
    }
    await page.getByRole('button', { name: 'Check the files' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Check the return before importing' }),
    ).toBeVisible();
  }

  await upload(isoReviews);
  // One notice in words, not a problem for every row.
  await expect(
    page.getByText(/DfE rule 166: Dates must be dd\/mm\/yyyy: the reviews file uses yyyy-mm-dd/),
  ).toBeVisible();
  const problems = page.getByRole('table', { name: 'Problems by file and row' });
  await expect(problems.getByRole('cell', { name: /REVIEW must be a real date/ })).toHaveCount(0);
  await check(page, '10-whole-file-dates');

  // Back to the start with a reviews file of column names only.
  await page.goto('/ssda903/import');
  await upload('CHILD,DOB,REVIEW,REVIEW_CODE\r\n');
  const confirm = page.getByRole('group', { name: 'The reviews file has no rows' });
  await expect(confirm).toContainText('Confirm the reviews file is meant to be empty');
  await page.getByRole('radio', { name: /^Import the \d+ children? with no problems$/ }).check();
  await page.getByLabel('Allocate the imported children to').selectOption('st_04');
  await page.getByRole('button', { name: /^Import \d+ child/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'Confirm the reviews file is meant to be empty, or choose the right file',
  );
  await check(page, '11-confirm-empty-reviews');
  await confirm
    .getByRole('checkbox', { name: 'I confirm the reviews file is meant to be empty' })
    .check();
  await page.getByRole('button', { name: /^Import \d+ child/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /children? imported$/ })).toBeVisible();
  await check(page, '12-imported-without-reviews');
});
