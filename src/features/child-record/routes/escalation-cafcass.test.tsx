import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Escalation } from '@/lib/api/schemas';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { handBuiltChild, loadHandBuiltData } from '@/test/hand-built-data';
import { renderPage, STAFF } from '@/test/render-page';
import { updateEscalationPath } from '../lib/child-paths';
import { childRecordRoutes as routes } from '../testing/routes';

// Today is Monday 16 March 2026; the escalation limit (and each stage's target) is the seeded
// setting, 20 working days. No bank holidays between January and today except 1 January.
const REFERRAL_DATE = 'Date of the referral to Cafcass';

const mia = handBuiltChild({
  id: 'c_mia',
  givenName: 'Mia',
  familyName: 'Patel',
  dateOfBirth: '2012-04-02',
  iroId: STAFF.hannah,
  start: '2024-09-02',
});

function escalation(fields: Partial<Escalation> & Pick<Escalation, 'id' | 'raisedOn'>): Escalation {
  return {
    childId: mia.id,
    stage: 1,
    reason: 'Care plan not updated',
    resolvedOn: null,
    outcome: null,
    stages: [{ stage: 1, reachedOn: fields.raisedOn, note: 'Raised' }],
    cafcassReferredOn: null,
    cafcassNote: null,
    version: 1,
    ...fields,
  };
}

/**
 * Two open escalations: raised 5 January 2026, still at stage 1 (50 working days: past the
 * stage's target of 20); raised 2 February 2026, at stage 2 since Monday 9 March (5 working days:
 * within it), referred to Cafcass on 10 March.
 */
async function loadMia(): Promise<void> {
  await loadHandBuiltData({
    children: [mia],
    escalations: [
      escalation({ id: 'es_old', raisedOn: '2026-01-05', reason: 'Contact plan not followed' }),
      escalation({
        id: 'es_new',
        raisedOn: '2026-02-02',
        reason: 'Health assessment overdue',
        stage: 2,
        stages: [
          { stage: 1, reachedOn: '2026-02-02', note: 'Raised' },
          { stage: 2, reachedOn: '2026-03-09', note: 'No response' },
        ],
        cafcassReferredOn: '2026-03-10',
        cafcassNote: 'Drift in the permanence plan',
        version: 3,
      }),
    ],
  });
}

function card(title: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: title });
  return heading.closest('.govuk-summary-card') as HTMLElement;
}

/** The value of the summary row whose key is `key`, in this card. */
function rowValue(container: HTMLElement, key: string): HTMLElement {
  const terms = within(container).getAllByRole('term');
  const values = within(container).getAllByRole('definition');
  const value = values[terms.findIndex((term) => term.textContent.trim() === key)];
  if (value === undefined) throw new Error(`No row ${key}`);
  return value;
}

describe('open escalations on the child record', () => {
  it('shows each current stage against its target, tagged in words when past it, and any referral to Cafcass', async () => {
    await loadMia();
    await renderPage({ routes, path: paths.child(mia.id), keepDatabase: true });
    await screen.findByRole('region', { name: 'Open escalations' });

    const old = card('Stage 1, raised 5 January 2026');
    const stage = rowValue(old, 'Current stage');
    expect(stage).toHaveTextContent(
      'Stage 1since 5 January 2026: 50 working days at this stage, target 20 working days',
    );
    expect(within(stage).getByText('Past target')).toBeVisible();
    expect(rowValue(old, 'Open for')).toHaveTextContent('50 working days');
    expect(within(rowValue(old, 'Open for')).getByText('Over 20 working days')).toBeVisible();
    expect(rowValue(old, 'Referred to Cafcass')).toHaveTextContent('Not referred');

    const recent = card('Stage 2, raised 2 February 2026');
    const recentStage = rowValue(recent, 'Current stage');
    expect(recentStage).toHaveTextContent(
      'since 9 March 2026: 5 working days at this stage, target 20 working days',
    );
    expect(within(recentStage).queryByText('Past target')).not.toBeInTheDocument();
    expect(rowValue(recent, 'Open for')).toHaveTextContent('30 working days');
    expect(rowValue(recent, 'Referred to Cafcass')).toHaveTextContent(
      'Referred on 10 March 2026Drift in the permanence plan',
    );
    expect(
      within(recent).getByRole('link', {
        name: 'Resolve, move on or refer to Cafcass the escalation raised on 2 February 2026',
      }),
    ).toHaveAttribute('href', updateEscalationPath(mia.id, 'es_new'));
  });
});

describe('referring a case to Cafcass', () => {
  it('records a referral with a new escalation, checked by the same rule as the backend', async () => {
    await loadMia();
    const { user } = await renderPage({
      routes,
      path: paths.raiseEscalation(mia.id),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Raise an escalation' });
    await user.type(screen.getByLabelText('Reason for the escalation'), 'Placement plan drifting');
    await typeDate(user, 'Date the escalation was raised', ['12', '3', '2026']);
    await user.click(
      screen.getByRole('checkbox', { name: 'I have referred the child’s case to Cafcass' }),
    );
    await user.click(screen.getByRole('button', { name: 'Raise escalation' }));
    expect(await errorSummaryMessages()).toEqual(['Enter the date of the referral to Cafcass']);
    await typeDate(user, REFERRAL_DATE, ['11', '3', '2026']);
    await user.click(screen.getByRole('button', { name: 'Raise escalation' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date of the referral to Cafcass must be the same as or after the escalation was raised on 12 March 2026',
    ]);
    await typeDate(user, REFERRAL_DATE, ['13', '3', '2026']);
    await user.type(screen.getByLabelText('Note on the referral (optional)'), 'Urgent');
    await user.click(screen.getByRole('button', { name: 'Raise escalation' }));
    expect(
      await screen.findByText(
        'Escalation raised at stage 1 on 12 March 2026, referred to Cafcass on 13 March 2026',
      ),
    ).toBeVisible();
    const raised = card('Stage 1, raised 12 March 2026');
    expect(rowValue(raised, 'Referred to Cafcass')).toHaveTextContent(
      'Referred on 13 March 2026Urgent',
    );
  });

  it('refers an open escalation at its stage without moving it on, then only once', async () => {
    await loadMia();
    const { user, router } = await renderPage({
      routes,
      path: updateEscalationPath(mia.id, 'es_old'),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Update an escalation' });
    expect(screen.getByText('Past target')).toBeVisible();
    await user.click(
      screen.getByRole('radio', { name: 'The child’s case has been referred to Cafcass' }),
    );
    await typeDate(user, REFERRAL_DATE, ['17', '3', '2026']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date of the referral to Cafcass must be today or in the past',
    ]);
    await typeDate(user, REFERRAL_DATE, ['16', '3', '2026']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Referral to Cafcass recorded on 16 March 2026')).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.child(mia.id));
    // Still open at stage 1.
    const old = card('Stage 1, raised 5 January 2026');
    expect(rowValue(old, 'Referred to Cafcass')).toHaveTextContent('Referred on 16 March 2026');
    const stored = (await api.getChild(mia.id)).escalations.find((e) => e.id === 'es_old');
    expect(stored).toMatchObject({ stage: 1, resolvedOn: null, cafcassReferredOn: '2026-03-16' });
  });

  it('offers no second referral for a case already referred', async () => {
    await loadMia();
    await renderPage({
      routes,
      path: updateEscalationPath(mia.id, 'es_new'),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Update an escalation' });
    expect(
      screen.getByRole('radio', {
        name: 'The child’s case was referred to Cafcass on 10 March 2026',
      }),
    ).toBeDisabled();
    expect(screen.getByText('Referred on 10 March 2026', { selector: 'dd' })).toBeVisible();
    // At stage 2 for 5 working days: within the target.
    expect(screen.queryByText('Past target')).not.toBeInTheDocument();
  });
});

describe('a team manager resolving an escalation', () => {
  it('is offered Resolve only, on the record and the form, as the backend allows', async () => {
    await loadMia();
    const { user } = await renderPage({
      routes,
      path: paths.child(mia.id),
      keepDatabase: true,
      signInAs: STAFF.margaret,
    });
    await screen.findByRole('region', { name: 'Open escalations' });
    const old = card('Stage 1, raised 5 January 2026');
    await user.click(
      within(old).getByRole('link', { name: 'Resolve the escalation raised on 5 January 2026' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Update an escalation' });
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'resolve',
    ]);
    await user.click(screen.getByRole('radio', { name: 'The escalation is resolved' }));
    await typeDate(user, 'Date the escalation was resolved', ['16', '3', '2026']);
    await user.type(screen.getByLabelText('Outcome'), 'Contact plan agreed with the service');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Back on the child record, the success banner says so (the form's own heading changes to
    // 'Escalation resolved' for a moment before it leaves).
    const success = await screen.findByRole('alert', { name: 'Success' });
    expect(success).toHaveTextContent('Escalation resolved');
    const stored = (await api.getChild(mia.id)).escalations.find((e) => e.id === 'es_old');
    expect(stored).toMatchObject({ resolvedOn: '2026-03-16' });
  });
});
