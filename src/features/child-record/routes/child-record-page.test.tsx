import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '@/components';
import { describeCode, formatDate } from '@/domain';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, STAFF, TEST_TODAY } from '@/test/render-page';
import { childRecordRoutes as routes } from '../testing/routes';

describe('ChildRecordPage', () => {
  it('shows who the child is and why the next review is due when it is', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const summary = children[0]!;
    const child = await api.getChild(summary.id);
    await renderPage({ routes, path: paths.child(child.id), keepDatabase: true });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `Child record ${child.givenName} ${child.familyName}`,
      }),
    ).toBeVisible();
    expect(document.title).toBe('Child record – IRO Review Tracker');
    expect(screen.getByText(`ID ${child.childRef}`)).toBeVisible();
    expect(screen.getByText(`Date of birth ${formatDate(child.dateOfBirth)}`)).toBeVisible();
    expect(screen.getByText(`Age ${child.age}`)).toBeVisible();
    // A code is shown with its meaning ("C2: Full care order"), never bare.
    expect(screen.getByText(describeCode('legalStatus', child.legalStatus))).toBeVisible();
    expect(describeCode('legalStatus', child.legalStatus)).toMatch(/^[A-Z]\d: \w/);

    const panel = screen.getByRole('region', { name: 'Next review' });
    expect(within(panel).getByText(child.nextReview!.reason)).toBeVisible();
    expect(within(panel).getByText(child.nextReview!.statusReason)).toBeVisible();
    expect(within(panel).getByText(formatIsoDate(child.nextReview!.due))).toBeVisible();
    expect(screen.getByText(child.currentPeriod.ruleSet.label)).toBeVisible();
    expect(screen.getByText('Hannah Okoye')).toBeVisible();

    // The allocated IRO's actions.
    expect(screen.getByRole('button', { name: 'Record a review' })).toHaveAttribute(
      'href',
      paths.recordReview(child.id),
    );
    expect(screen.getByRole('button', { name: 'Record a midpoint check' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Raise an escalation' })).toBeVisible();
  });

  it('shows each review of the period on the timeline, due against held', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const summary = children.find((candidate) => candidate.lastParticipation !== null)!;
    const child = await api.getChild(summary.id);
    const latest = child.history.at(-1)!;
    await renderPage({ routes, path: paths.child(child.id), keepDatabase: true });

    const timeline = await screen.findByRole('region', { name: 'This period of care' });
    const text = latest.inTimescale
      ? 'in timescale'
      : `${latest.daysLate} ${latest.daysLate === 1 ? 'day' : 'days'} late`;
    expect(
      within(timeline).getAllByText(
        `Due ${formatIsoDate(latest.due)}, held ${formatIsoDate(latest.held)}:`,
        { exact: false },
      )[0],
    ).toBeVisible();
    expect(within(timeline).getAllByText(text).length).toBeGreaterThan(0);
    const review = child.reviews.find((candidate) => candidate.heldOn === latest.held)!;
    expect(
      within(timeline).getAllByText(new RegExp(`^Participation: ${review.participationCode}`))
        .length,
    ).toBeGreaterThan(0);
    expect(
      within(timeline).getByRole('link', {
        name: `Change this review held on ${formatIsoDate(review.heldOn)}`,
      }),
    ).toHaveAttribute('href', paths.editReview(child.id, review.id));
  });

  it('lists the audit history of the child’s records', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const child = children[0]!;
    await api.recordMidpointCheck(child.id, {
      checkedOn: TEST_TODAY,
      outcome: 'on-track',
      note: 'Plan progressing',
    });
    await renderPage({ routes, path: paths.child(child.id), keepDatabase: true });

    const audit = await screen.findByRole('region', { name: 'History of changes' });
    const table = await within(audit).findByRole('table');
    expect(
      within(table).getByText(
        `Hannah Okoye recorded a midpoint check on ${formatDate(TEST_TODAY)} for ${child.givenName} ${child.familyName}`,
      ),
    ).toBeVisible();
    expect(within(table).getAllByText('Hannah Okoye')[0]).toBeVisible();
    const timeline = screen.getByRole('region', { name: 'This period of care' });
    expect(within(timeline).getByText('Plan progressing')).toBeVisible();
  });

  it('tracks outstanding recommendations until they are marked done', async () => {
    await childrenVisibleTo(STAFF.hannah);
    const outstanding = await api.listOutstandingRecommendations({ pageSize: 1 });
    const target = outstanding.items[0];
    expect(target).toBeDefined();
    const { user } = await renderPage({
      routes,
      path: paths.child(target!.childId),
      keepDatabase: true,
    });
    const section = await screen.findByRole('region', { name: 'Outstanding recommendations' });
    const buttons = within(section).getAllByRole('button', {
      name: `Mark as done: ${target!.action}`,
    });
    const before = within(section).getAllByRole('button', { name: /^Mark as done/ }).length;
    await user.click(buttons[0]!);
    await user.click(within(section).getByRole('button', { name: 'Save as done' }));
    expect(
      await within(section).findByText(
        `Marked as done on ${formatDate(TEST_TODAY)}: ${target!.action}`,
      ),
    ).toBeVisible();
    expect(within(section).queryAllByRole('button', { name: /^Mark as done/ })).toHaveLength(
      before - 1,
    );
  });

  it('offers no recording actions to someone who is not the allocated IRO', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const child = children[0]!;
    await renderPage({
      routes,
      path: paths.child(child.id),
      keepDatabase: true,
      signInAs: STAFF.margaret,
    });
    await screen.findByRole('region', { name: 'Next review' });
    expect(screen.queryByRole('button', { name: 'Record a review' })).not.toBeInTheDocument();
    expect(await screen.findByText('Hannah Okoye')).toBeVisible();
  });

  it('says when there is no such child', async () => {
    await renderPage({ routes, path: paths.child('c_nobody') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Child not found' })).toBeVisible();
    expect(document.title).toBe('Child not found – IRO Review Tracker');
  });
});
