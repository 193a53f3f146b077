import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNEX_A_LIST_8_COLUMNS } from '@/domain';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { AnnexAPage } from '../index';

const TODAY = '2026-11-23';
const routes = [{ path: paths.annexAList8, element: <AnnexAPage /> }];

/** Catches what the page saves: each Blob given an object URL, and each file name clicked. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:annex-a';
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

async function open() {
  return renderPage({
    routes,
    path: paths.annexAList8,
    signInAs: STAFF.margaret,
    db: { today: TODAY, size: 60 },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('AnnexAPage', () => {
  it('downloads List 8 as at the date chosen as a CSV with Ofsted’s headers', async () => {
    const downloads = catchDownloads();
    const { user } = await open();
    await screen.findByRole('heading', { level: 1, name: /Annex A, List 8/ });
    const date = screen.getByRole('group', { name: 'Date the list is as at' });
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveValue('23');
    await user.clear(within(date).getByRole('textbox', { name: 'Month' }));
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '3');
    await user.clear(within(date).getByRole('textbox', { name: 'Day' }));
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '31');

    await user.click(screen.getByRole('button', { name: 'Download as CSV' }));
    expect(await screen.findByText('Downloaded annex-a-list-8-2026-03-31.csv')).toBeVisible();
    expect(downloads.names).toEqual(['annex-a-list-8-2026-03-31.csv']);
    const parsed = Papa.parse<string[]>(await downloads.blobs[0]!.text(), {
      skipEmptyLines: true,
    });
    expect(parsed.data[0]).toEqual([...ANNEX_A_LIST_8_COLUMNS]);
    expect(parsed.data.length).toBeGreaterThan(1);
  });

  it('says which columns are left for the case system', async () => {
    await open();
    const list = await screen.findByRole('list', { name: 'Left empty for the case system' });
    expect(within(list).getByText('Ethnicity')).toBeVisible();
    expect(within(list).queryByText('Date of Latest Statutory Review')).toBeNull();
    const filled = screen.getByRole('list', { name: 'What the tracker fills in' });
    expect(within(filled).getByText('Date of Last IRO Visit / Contact to the Child')).toBeVisible();
  });

  it('shows a GOV.UK error summary for a date that is not real or in the future', async () => {
    const downloads = catchDownloads();
    const { user } = await open();
    const date = await screen.findByRole('group', { name: 'Date the list is as at' });
    const day = within(date).getByRole('textbox', { name: 'Day' });
    await user.clear(day);
    await user.type(day, '31');
    await user.clear(within(date).getByRole('textbox', { name: 'Month' }));
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '2');
    await user.click(screen.getByRole('button', { name: 'Download as Excel (.xlsx)' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Date the list is as at must be a real date' }),
    ).toHaveAttribute('href', '#asAt-day');
    expect(document.title).toMatch(/^Error: /);

    await user.clear(day);
    await user.type(day, '1');
    await user.clear(within(date).getByRole('textbox', { name: 'Month' }));
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '12');
    await user.click(screen.getByRole('button', { name: 'Download as CSV' }));
    expect(
      await screen.findByRole('link', {
        name: 'Date the list is as at must be today or in the past',
      }),
    ).toBeVisible();
    expect(downloads.names).toEqual([]);
  });
});
