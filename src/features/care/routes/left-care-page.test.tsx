import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { leaveToday, seededChild } from '../testing/care-test-helpers';
import { careRoutes as routes } from '../testing/routes';

const TITLE = 'Children who have left care';

async function rowOf(name: string): Promise<HTMLElement> {
  const header = await screen.findByRole('rowheader', { name: new RegExp(name) });
  return header.closest('tr')!;
}

describe('LeftCarePage', { timeout: 30_000 }, () => {
  it('shows an IRO their own children who have left care, the reason in words', async () => {
    const record = await seededChild({ iroId: STAFF.hannah, withBookedMeeting: true });
    await leaveToday(record);
    await renderPage({ routes, path: paths.leftCare, signInAs: STAFF.hannah, keepDatabase: true });
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const name = `${record.givenName} ${record.familyName}`;
    const row = await rowOf(name);
    expect(within(row).getByText('16 March 2026')).toBeVisible();
    expect(within(row).getByText('E4A: Returned home as part of the care plan')).toBeVisible();
    expect(within(row).getByText(/business support should cancel/)).toBeVisible();
    expect(within(row).getByRole('link', { name })).toHaveAttribute(
      'href',
      paths.careRecord(record.id),
    );
    expect(screen.queryByRole('combobox', { name: 'IRO' })).not.toBeInTheDocument();
  });

  it('shows a team manager everyone’s, with a filter by IRO', async () => {
    const record = await seededChild({ iroId: STAFF.hannah });
    await leaveToday(record);
    const { user } = await renderPage({
      routes,
      path: paths.leftCare,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    const name = `${record.givenName} ${record.familyName}`;
    const row = await rowOf(name);
    expect(await within(row).findByText('Hannah Okoye')).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'IRO' }), 'Daniel Fletcher');
    await screen.findByRole('heading', { level: 1, name: TITLE });
    await expect.poll(() => screen.queryByRole('rowheader', { name: new RegExp(name) })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'IRO' }), 'Hannah Okoye');
    expect(await screen.findByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  });
});
