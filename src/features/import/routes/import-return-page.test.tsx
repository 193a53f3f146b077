import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, server, STAFF } from '@/test/render-page';
import {
  errorSummaryLinks,
  fixture,
  importTheValidChildren,
  summaryValue,
  uploadFixtures,
} from '../testing/page-helpers';
import { ExportReviewsPage } from './export-reviews-page';
import { ImportReturnPage } from './import-return-page';

// The fixtures' "today": Monday 23 November 2026.
const TODAY = '2026-11-23';

const routes = [
  { path: paths.ssda903Import, element: <ImportReturnPage /> },
  { path: paths.ssda903Export, element: <ExportReviewsPage /> },
  { path: paths.caseload, element: <h1>Caseloads</h1> },
];

async function openPage(signInAs: string = STAFF.margaret) {
  const view = await renderPage({
    routes,
    path: paths.ssda903Import,
    signInAs,
    db: { today: TODAY },
  });
  return view;
}

/** Each body row of a table: its header cell and cells, as text. */
function cellsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('ImportReturnPage', () => {
  it('asks for each of the three files', async () => {
    const { user } = await openPage();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Import the SSDA903 return' }),
    ).toBeVisible();
    await user.upload(screen.getByLabelText('Episodes file'), fixture('episodes'));
    await user.upload(
      screen.getByLabelText('Reviews file'),
      new File(['x'], 'reviews.xlsx', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Check the files' }));
    expect(await errorSummaryLinks()).toEqual([
      'Select the header file',
      'The reviews file must be a CSV file',
    ]);
    expect(document.title).toBe('Error: Import the SSDA903 return – IRO Review Tracker');
  });

  it('previews the return with every problem, imports the valid rows, then allocates', async () => {
    const { user } = await openPage();
    await uploadFixtures(user);

    expect(summaryValue('Children')).toBe('7 rows in the header file: 4 children can be imported');
    expect(summaryValue('Episodes')).toBe(
      '9 rows in the episodes file: 6 episodes in 5 periods of care',
    );
    expect(summaryValue('Reviews')).toBe('13 rows in the reviews file: 7 reviews');
    expect(screen.getByRole('heading', { name: '10 problems found' })).toBeVisible();
    const table = screen.getByRole('table', { name: 'Problems by file and row' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      [
        'Header file',
        '6',
        'CHILD',
        'NB900004',
        'Integrity check INT03: Row 6 is a duplicate of row 5: it is left out',
      ],
      [
        'Header file',
        '7',
        'DOB',
        'NB900005',
        "DfE rule 102: DOB must be a real date in the form dd/mm/yyyy: got '31/02/2016'",
      ],
      [
        'Episodes file',
        '9',
        'RNE',
        'NB900006',
        "DfE rule 143: RNE must be S, P, L, T, U or B: got 'Z'",
      ],
      [
        'Episodes file',
        '10',
        'CHILD',
        'NB999999',
        'Integrity check INT01: Child NB999999 is not in the header file',
      ],
      ['Reviews file', '4', 'REVIEW', 'NB900001', 'Row 4 is a duplicate of row 3: it is left out'],
      [
        'Reviews file',
        '5',
        'REVIEW_CODE',
        'NB900001',
        "DfE rule 167: REVIEW_CODE must be one of PN0 to PN7: got 'PN9'",
      ],
      [
        'Reviews file',
        '11',
        'REVIEW',
        'NB900003',
        "DfE rule 166: REVIEW must be a real date in the form dd/mm/yyyy: got '2026-06-01'",
      ],
      [
        'Reviews file',
        '12',
        'REVIEW_CODE',
        'NB900003',
        'DfE rule 440: REVIEW_CODE PN0 is only for children under 4: this child was 4 or over on 10 September 2026',
      ],
      [
        'Reviews file',
        '13',
        'REVIEW',
        'NB900004',
        'REVIEW (15 August 2026) is before the child’s first episode started on 1 September 2026',
      ],
      [
        'Reviews file',
        '14',
        'CHILD',
        'NB999998',
        'Integrity check INT01: Child NB999998 is not in the header file',
      ],
    ]);

    // Nothing is written until the user chooses.
    await user.click(screen.getByRole('button', { name: 'Import 4 children' }));
    expect(await errorSummaryLinks()).toEqual([
      'Select whether to import the valid rows or fix the files',
      'Select the IRO to allocate the imported children to',
    ]);
    expect((await api.listChildren({ q: 'NB9000' })).totalItems).toBe(0);

    await importTheValidChildren(user, /^Gareth Lloyd/);
    expect(await screen.findByRole('heading', { name: '4 children imported' })).toBeVisible();
    expect(screen.getByText('6 episodes in 5 periods of care and 7 reviews')).toBeVisible();
    expect(document.title).toBe('Return imported – IRO Review Tracker');

    const imported = await api.listChildren({ q: 'NB9000', sort: 'childRef', order: 'asc' });
    expect(imported.items.map((child) => [child.childRef, child.nextReview.due])).toEqual([
      ['NB900001', '2027-02-12'],
      ['NB900002', '2026-11-30'],
      ['NB900003', '2026-11-07'],
      ['NB900004', '2026-12-01'],
    ]);
    expect(imported.items.every((child) => child.iroId === 'st_04')).toBe(true);

    // Share them out: NB900002 to Hannah Okoye.
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(
      await screen.findByRole('link', { name: 'Select the children to allocate' }),
    ).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Child NB900002' }));
    await user.selectOptions(
      screen.getByLabelText('Allocate them to'),
      screen.getByRole('option', { name: /^Hannah Okoye/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByText('1 child allocated to Hannah Okoye')).toBeVisible();
    const child = (await api.listChildren({ q: 'NB900002' })).items[0];
    expect(child?.iroId).toBe(STAFF.hannah);
  });

  // The mocked 422 was the old refusal ("child NB900001 is already in the tracker"), which the
  // backend no longer gives (it merges): now a problem the backend's own check found.
  it('shows the backend’s 422 and imports nothing', async () => {
    server.use(
      http.post('*/api/ssda903/import', () =>
        HttpResponse.json(
          {
            type: 'validation',
            title: 'There is a problem',
            status: 422,
            detail: 'Invalid',
            errors: [
              {
                field: 'header.0.DOB',
                message: 'Header file, row 2, DOB: DOB must be today or in the past',
              },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = await openPage();
    await uploadFixtures(user);
    await importTheValidChildren(user, /^Gareth Lloyd/);
    expect(await screen.findByRole('heading', { name: 'Nothing was imported' })).toBeVisible();
    expect(
      screen.getByText('Header file, row 2, DOB: DOB must be today or in the past'),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Check the return before importing',
    );
  });

  it('refreshing: lists child by child what will change and every conflict, then merges', async () => {
    const { user } = await openPage();
    // The tracker already has three of the fixture's children, as an earlier return had them.
    await api.importSsda903({
      iroId: 'st_04',
      header: [
        { CHILD: 'NB900001', SEX: '1', DOB: '14/03/2015' },
        { CHILD: 'NB900003', SEX: '1', DOB: '10/05/2012' },
        // The fixture says 01/06/2016.
        { CHILD: 'NB900004', SEX: '2', DOB: '02/06/2016' },
      ],
      episodes: [
        {
          CHILD: 'NB900001',
          DECOM: '01/05/2025',
          RNE: 'S',
          LS: 'C2',
          PLACE: 'U4',
          DEC: '',
          REC: '',
        },
        {
          CHILD: 'NB900003',
          DECOM: '15/01/2026',
          RNE: 'S',
          LS: 'C2',
          PLACE: 'U6',
          DEC: '',
          REC: '',
        },
        {
          CHILD: 'NB900004',
          DECOM: '01/09/2026',
          RNE: 'S',
          LS: 'V3',
          PLACE: 'T4',
          DEC: '',
          REC: '',
        },
      ],
      reviews: [
        { CHILD: 'NB900001', DOB: '14/03/2015', REVIEW: '28/05/2025', REVIEW_CODE: 'PN1' },
        { CHILD: 'NB900003', DOB: '10/05/2012', REVIEW: '11/02/2026', REVIEW_CODE: 'PN1' },
        // Not in the fixture's reviews file.
        { CHILD: 'NB900003', DOB: '10/05/2012', REVIEW: '01/04/2026', REVIEW_CODE: 'PN3' },
      ],
    });
    await uploadFixtures(user);

    expect(summaryValue('In the tracker')).toBe(
      '1 new child, 2 children changed, 1 child held back by a conflict',
    );
    expect(summaryValue('Conflicts')).toBe('2 conflicts');
    const changes = screen.getByRole('table', { name: 'What will change, child by child' });
    expect(cellsOf(changes)).toEqual([
      [
        'NB900001',
        '3 new reviews: 20 August 2025 (PN6), 18 February 2026 (PN1), 12 August 2026 (PN2)',
      ],
      ['NB900002', 'New child: 2 episodes in 2 periods of care and 1 review'],
      [
        'NB900003',
        '1 new episode: from 20 March 2026 (RNE P, LS C2, PLACE K2)' +
          'The episode that started on 15 January 2026 ended on 20 March 2026 (X1: Episode ends and a new one begins the same day)' +
          '1 new review: 7 May 2026 (PN4)',
      ],
    ]);
    expect(screen.getByRole('heading', { name: '2 conflicts with the tracker' })).toBeVisible();
    const conflicts = screen.getByRole('table', { name: 'Conflicts, child by child' });
    expect(cellsOf(conflicts)).toEqual([
      [
        'NB900003',
        'The review held on 1 April 2026 (PN3) is in the tracker but not in the return: it is kept',
        'The tracker’s record is kept; the child’s other changes are made',
      ],
      [
        'NB900004',
        'The return gives the date of birth as 1 June 2016, the tracker has 2 June 2016. Nothing about this child is changed: check which is right',
        'Nothing about this child changes',
      ],
    ]);

    await importTheValidChildren(user, /^Hannah Okoye/, 'Import 3 children');
    expect(
      await screen.findByRole('heading', { name: '3 children updated from the return' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        '1 new child, 2 children changed, 1 child held back by a conflict. 2 conflicts listed: the tracker’s records were kept.',
      ),
    ).toBeVisible();
    expect(
      cellsOf(screen.getByRole('table', { name: 'What changed, child by child' })).map(
        ([ref]) => ref,
      ),
    ).toEqual(['NB900001', 'NB900002', 'NB900003']);
    // Only the new child is offered for allocation.
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: 'Child NB900002' })).toBeVisible();

    const refreshed = await api.listChildren({ q: 'NB9000', sort: 'childRef', order: 'asc' });
    expect(
      refreshed.items.map((child) => [child.childRef, child.iroId, child.nextReview.due]),
    ).toEqual([
      ['NB900001', 'st_04', '2027-02-12'],
      ['NB900002', STAFF.hannah, '2026-11-30'],
      ['NB900003', 'st_04', '2026-11-07'],
      // Held back: as the tracker had them (first review 3 months after the first break).
      ['NB900004', 'st_04', '2026-12-01'],
    ]);
  });

  it('the same return again: “Importing this return changes nothing”', async () => {
    const { user, router } = await openPage();
    await uploadFixtures(user);
    await importTheValidChildren(user, /^Gareth Lloyd/);
    expect(await screen.findByRole('heading', { name: '4 children imported' })).toBeVisible();

    // Open the page again and upload the same files.
    await router.navigate(paths.caseload);
    await screen.findByRole('heading', { level: 1, name: 'Caseloads' });
    await router.navigate(paths.ssda903Import);
    await screen.findByRole('heading', { level: 1, name: 'Import the SSDA903 return' });
    await uploadFixtures(user);
    expect(summaryValue('In the tracker')).toBe('4 children unchanged');
    expect(summaryValue('Conflicts')).toBe('None');
    expect(
      screen.getByText(
        'Importing this return changes nothing: every child in it is already in the tracker as the return has them.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('table', { name: /What will change/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose other files' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Import the SSDA903 return' }),
    ).toBeVisible();
  });

  it('lets the user go back and fix the files', async () => {
    const { user } = await openPage();
    await uploadFixtures(user);
    await user.click(screen.getByRole('radio', { name: 'Fix the files and upload them again' }));
    expect(screen.queryByLabelText('Allocate the imported children to')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Import the SSDA903 return' }),
    ).toBeVisible();
    expect((await api.listChildren({ q: 'NB9000' })).totalItems).toBe(0);
  });

  // Team managers only: the route table's guard says so (src/app/role-guard.test.tsx).
});

describe('ExportReviewsPage', () => {
  it('shows the reviews of the chosen collection year and offers the file', async () => {
    const { user, router } = await renderPage({
      routes,
      path: paths.ssda903Export,
      signInAs: STAFF.margaret,
      db: { today: TODAY },
    });
    const year = await screen.findByLabelText('Collection year');
    expect(year).toHaveValue('2025');
    await user.click(screen.getByRole('button', { name: 'Show the reviews' }));
    expect(router.state.location.search).toBe('?year=2025');
    expect(await screen.findByRole('heading', { name: 'Collection year 2025-26' })).toBeVisible();
    const expected = await api.getSsda903Reviews(2025);
    expect(expected.rows.length).toBeGreaterThan(0);
    const link = screen.getByRole('link', { name: /^Download the reviews file/ });
    expect(link).toHaveAttribute('download', 'ssda903-reviews-2025-26.csv');
    expect(link).toHaveTextContent(`(${expected.rows.length.toLocaleString('en-GB')} rows)`);
    const first = expected.rows[0]!;
    const table = screen.getByRole('table', { name: /rows of the file/ });
    await waitFor(() => {
      expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
        `${first.CHILD}${first.DOB}${first.REVIEW}${first.REVIEW_CODE}`,
      );
    });
  });
});
