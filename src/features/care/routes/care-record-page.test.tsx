import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeCode, formatDate } from '@/domain';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { leaveToday, seededChild } from '../testing/care-test-helpers';
import { careRoutes as routes } from '../testing/routes';

describe('CareRecordPage', { timeout: 30_000 }, () => {
  it('shows an IRO their own child’s journey through care, with no actions', async () => {
    const record = await seededChild({ iroId: STAFF.hannah });
    await renderPage({
      routes,
      path: paths.careRecord(record.id),
      signInAs: STAFF.hannah,
      keepDatabase: true,
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `${record.givenName} ${record.familyName}`,
      }),
    ).toBeVisible();
    // Titles never name a child.
    expect(document.title).toBe('Care record – IRO Review Tracker');
    const period = record.periods.at(-1)!;
    expect(screen.getByText(`Looked after since ${formatDate(period.start)}`)).toBeVisible();
    expect(screen.getByText(record.nextReview!.reason)).toBeVisible();
    const current = screen.getByRole('region', { name: 'Current period of care' });
    const table = within(current).getByRole('table', { name: 'Episodes in this period of care' });
    expect(within(table).getAllByRole('row')).toHaveLength(period.episodes.length + 1);
    const first = period.episodes[0]!;
    expect(
      within(table).getAllByText(describeCode('reasonForNewEpisode', first.reasonForNewEpisode))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Record leaving care' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the child record' })).toHaveAttribute(
      'href',
      paths.child(record.id),
    );
  });

  it('refuses an IRO another IRO’s child, with the backend’s reason', async () => {
    const record = await seededChild({ iroId: STAFF.daniel });
    await renderPage({
      routes,
      path: paths.careRecord(record.id),
      signInAs: STAFF.hannah,
      keepDatabase: true,
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You cannot see this child’s care record',
      }),
    ).toBeVisible();
    expect(screen.queryByText(record.givenName, { exact: false })).not.toBeInTheDocument();
  });

  it('offers business support the care events, back to the booking view', async () => {
    const record = await seededChild();
    await renderPage({
      routes,
      path: paths.careRecord(record.id),
      signInAs: STAFF.tracey,
      keepDatabase: true,
    });
    await screen.findByRole('heading', {
      level: 1,
      name: `${record.givenName} ${record.familyName}`,
    });
    expect(
      screen.getByRole('button', { name: 'Record a change of placement or legal status' }),
    ).toHaveAttribute('href', paths.careChange(record.id));
    expect(screen.getByRole('button', { name: 'Record leaving care' })).toHaveAttribute(
      'href',
      paths.careLeave(record.id),
    );
    expect(screen.getByRole('button', { name: 'Correct the child’s details' })).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Record a return to care' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the booking view' })).toHaveAttribute(
      'href',
      paths.bookingChild(record.id),
    );
  });

  it('after leaving care: nothing due, the reason in words, booked meetings to cancel', async () => {
    const record = await seededChild({ withBookedMeeting: true });
    await leaveToday(record);
    await renderPage({
      routes,
      path: paths.careRecord(record.id),
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    expect(
      await screen.findByText(
        'Left care on 16 March 2026 (E4A: Returned home as part of the care plan)',
      ),
    ).toBeVisible();
    expect(screen.getByText('Nothing is due: the child has left care')).toBeVisible();
    const meetings = screen.getByRole('region', { name: 'Meetings still booked' });
    expect(within(meetings).getByText(/business support should cancel/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Record a return to care' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Record leaving care' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Last period of care' })).toBeVisible();
    const after = await api.getChildCare(record.id);
    expect(after.care.status).toBe('left-care');
  });
});
