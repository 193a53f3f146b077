// The import preview with the backend's own check (POST /ssda903/check, the real handlers): DfE rule
// numbers on each problem, a whole file's dates said once, and the empty reviews file confirmed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { errorSummaryLinks } from '../testing/page-helpers';
import { ImportReturnPage } from './import-return-page';

const TODAY = '2026-11-23';

const text = (name: 'header' | 'episodes' | 'reviews') =>
  readFileSync(join(process.cwd(), 'e2e', 'fixtures', 'ssda903', `${name}.csv`), 'utf8');
const file = (name: string, body: string) => new File([body], `${name}.csv`, { type: 'text/csv' });

/** Only the clean children of the fixtures: NB900001-NB900003. */
function cleanFiles(reviews: string) {
  const keep = (csv: string) =>
    csv
      .split('\n')
      .filter((line, i) => i === 0 || /^NB90000[123],/.test(line))
      .join('\n');
  return {
    header: keep(text('header')),
    episodes: keep(text('episodes')),
    reviews,
  };
}

async function upload(files: { header: string; episodes: string; reviews: string }) {
  const view = await renderPage({
    routes: [{ path: paths.ssda903Import, element: <ImportReturnPage /> }],
    path: paths.ssda903Import,
    signInAs: STAFF.margaret,
    db: { today: TODAY },
  });
  const { user } = view;
  await screen.findByRole('heading', { level: 1, name: 'Import the SSDA903 return' });
  await user.upload(screen.getByLabelText('Header file'), file('header', files.header));
  await user.upload(screen.getByLabelText('Episodes file'), file('episodes', files.episodes));
  await user.upload(screen.getByLabelText('Reviews file'), file('reviews', files.reviews));
  await user.click(screen.getByRole('button', { name: 'Check the files' }));
  await screen.findByRole('heading', { level: 1, name: 'Check the return before importing' });
  return view;
}

describe('ImportReturnPage, checked by the backend', () => {
  it('shows each problem by file, row, column and DfE rule number', async () => {
    await upload({ header: text('header'), episodes: text('episodes'), reviews: text('reviews') });
    const table = screen.getByRole('table', { name: 'Problems by file and row' });
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByRole('cell', { name: /^DfE rule 167:/ }));
    if (row === undefined) throw new Error('No row for rule 167');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Reviews file',
      '5',
      'REVIEW_CODE',
      'NB900001',
      "DfE rule 167: REVIEW_CODE must be one of PN0 to PN7: got 'PN9'",
    ]);
  });

  it('says a reviews file of yyyy-mm-dd dates once, in words, not row by row', async () => {
    const reviews = [
      'CHILD,DOB,REVIEW,REVIEW_CODE',
      'NB900001,2015-03-14,2025-05-28,PN1',
      'NB900001,2015-03-14,2025-08-20,PN6',
      'NB900003,2012-05-10,2026-02-11,PN1',
    ].join('\n');
    await upload(cleanFiles(reviews));
    const notices = screen.getAllByText(
      /Dates must be dd\/mm\/yyyy: the reviews file uses yyyy-mm-dd/,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toHaveTextContent(/Reviews file: DfE rule 166: Dates must be dd\/mm\/yyyy/);
    expect(screen.queryByRole('table', { name: 'Problems by file and row' })).toBeNull();
    expect(screen.getByRole('heading', { name: '1 problem found' })).toBeVisible();
  });

  it('asks for the empty reviews file to be confirmed before importing', async () => {
    const { user } = await upload(cleanFiles('CHILD,DOB,REVIEW,REVIEW_CODE\n'));
    expect(
      screen.getByText(/The reviews file has no rows, but 3 children have been looked after/),
    ).toBeVisible();
    await user.selectOptions(
      screen.getByLabelText('Allocate the imported children to'),
      await screen.findByRole('option', { name: /^Gareth Lloyd/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Import 3 children' }));
    expect(await errorSummaryLinks()).toEqual([
      'Confirm the reviews file is meant to be empty, or choose the right file',
    ]);
    expect((await api.listChildren({ q: 'NB9000' })).totalItems).toBe(0);
    await user.click(
      screen.getByRole('checkbox', { name: 'I confirm the reviews file is meant to be empty' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import 3 children' }));
    expect(await screen.findByRole('heading', { name: '3 children imported' })).toBeVisible();
  });

  it('numbers the backend’s problems by the file’s own rows, blank lines counted', async () => {
    const reviews = [
      'CHILD,DOB,REVIEW,REVIEW_CODE',
      'NB900001,14/03/2015,28/05/2025,PN1',
      '',
      'NB900001,14/03/2015,20/08/2025,PN9',
    ].join('\n');
    await upload(cleanFiles(reviews));
    const table = screen.getByRole('table', { name: 'Problems by file and row' });
    const rule167 = within(table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByRole('cell', { name: /^DfE rule 167:/ }));
    if (rule167 === undefined) throw new Error('No row for rule 167');
    expect(within(rule167).getAllByRole('cell')[1]).toHaveTextContent(/^4$/);
  });

  it('pages through every problem, fetching each page from the backend', async () => {
    const day = (i: number) => {
      const date = new Date(Date.UTC(2020, 0, 1 + i));
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${String(date.getUTCFullYear())}`;
    };
    const reviews = [
      'CHILD,DOB,REVIEW,REVIEW_CODE',
      ...Array.from({ length: 1234 }, (_, i) => `NB900001,14/03/2015,${day(i)},PN9`),
    ].join('\n');
    const { user } = await upload(cleanFiles(reviews));
    const status = screen.getByText(/^Problems 1 to 500 of/);
    const total = /of ([\d,]+)$/.exec(status.textContent)?.[1] ?? '';
    expect(status).toHaveTextContent(new RegExp(`^Problems 1 to 500 of ${total}$`));
    const table = () => screen.getByRole('table', { name: 'Problems by file and row' });
    const rowsOf = () => within(table()).getAllByRole('row').slice(1);
    expect(rowsOf()).toHaveLength(500);
    const pagination = screen.getByRole('navigation', { name: 'Pages of problems' });
    await user.click(within(pagination).getByRole('link', { name: 'Page 2' }));
    expect(
      await screen.findByText(new RegExp(`^Problems 501 to 1,000 of ${total}$`)),
    ).toHaveFocus();
    // Each review row has the one problem (rule 167): the 501st is the file's row 502.
    expect(within(rowsOf()[0]!).getAllByRole('cell')[1]).toHaveTextContent(/^502$/);
    await user.click(within(pagination).getByRole('link', { name: /Next/ }));
    expect(await screen.findByText(new RegExp(`^Problems 1,001 to .* of ${total}$`))).toBeVisible();
    // Thousands of rows read, checked and compared: allow for a busy machine.
  }, 30_000);

  it('pages through every child the import would change, each page compared on the server', async () => {
    const refs = Array.from({ length: 1203 }, (_, i) => `NB7${String(i).padStart(5, '0')}`);
    const { user } = await upload({
      header: [
        'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
        ...refs.map((ref) => `${ref},1,14/03/2015,WBRI,,,`),
      ].join('\n'),
      episodes: [
        'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
        ...refs.map((ref) => `${ref},01/05/2025,S,C2,N1,U4,PR1,,,,NB1,NB2,`),
      ].join('\n'),
      reviews: 'CHILD,DOB,REVIEW,REVIEW_CODE',
    });
    const table = () => screen.getByRole('table', { name: 'What will change, child by child' });
    const firstChild = () => within(table()).getAllByRole('rowheader')[0];
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(500);
    expect(firstChild()).toHaveTextContent('NB700000');
    expect(screen.getByText('Children 1 to 500 of 1,203')).toBeVisible();
    const pagination = screen.getByRole('navigation', { name: 'Pages of changes' });
    await user.click(within(pagination).getByRole('link', { name: 'Page 3' }));
    expect(await screen.findByText('Children 1,001 to 1,203 of 1,203')).toHaveFocus();
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(203);
    expect(firstChild()).toHaveTextContent('NB701000');
    await user.click(within(pagination).getByRole('link', { name: /Previous/ }));
    expect(await screen.findByText('Children 501 to 1,000 of 1,203')).toHaveFocus();
    expect(firstChild()).toHaveTextContent('NB700500');
  }, 30_000);
});
