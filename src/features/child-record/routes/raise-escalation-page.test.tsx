import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, server, STAFF } from '@/test/render-page';
import { updateEscalationPath } from '../lib/child-paths';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { childRecordRoutes as routes } from '../testing/routes';

const RAISED = 'Date the escalation was raised';

describe('RaiseEscalationPage', () => {
  it('checks the form, then raises the escalation', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const child = children[0]!;
    const { user, router } = await renderPage({
      routes,
      path: paths.raiseEscalation(child.id),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Raise an escalation' });
    await user.click(screen.getByRole('button', { name: 'Raise escalation' }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the reason for the escalation',
      'Enter the date the escalation was raised',
    ]);
    await typeDate(user, RAISED, ['20', '3', '2026']);
    await user.type(screen.getByLabelText('Reason for the escalation'), 'Care plan not updated');
    await user.click(screen.getByRole('button', { name: 'Raise escalation' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date the escalation was raised must be today or in the past',
    ]);

    await typeDate(user, RAISED, ['16', '3', '2026']);
    await user.click(screen.getByRole('radio', { name: 'Stage 2' }));
    await user.click(screen.getByRole('button', { name: 'Raise escalation' }));
    expect(await screen.findByText('Escalation raised at stage 2 on 16 March 2026')).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.child(child.id));
    const open = screen.getByRole('region', { name: 'Open escalations' });
    expect(within(open).getByText('Care plan not updated')).toBeVisible();
  });

  it('keeps what was typed when the save fails', async () => {
    server.use(
      http.post('*/api/children/:childId/escalations', () =>
        HttpResponse.json({}, { status: 500 }),
      ),
    );
    const children = await childrenVisibleTo(STAFF.hannah);
    const { user } = await renderPage({
      routes,
      path: paths.raiseEscalation(children[0]!.id),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Raise an escalation' });
    await typeDate(user, RAISED, ['16', '3', '2026']);
    await user.type(screen.getByLabelText('Reason for the escalation'), 'No permanence plan');
    await user.click(screen.getByRole('button', { name: 'Raise escalation' }));
    expect(
      await screen.findByRole('heading', { name: 'Your changes have not been saved' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Reason for the escalation')).toHaveValue('No permanence plan');
  });
});

describe('UpdateEscalationPage', () => {
  async function openEscalation() {
    const children = await childrenVisibleTo(STAFF.hannah);
    const child = children[0]!;
    const escalation = await api.raiseEscalation(child.id, {
      stage: 1,
      reason: 'Contact plan not followed',
      raisedOn: '2026-03-02',
    });
    const view = await renderPage({
      routes,
      path: updateEscalationPath(child.id, escalation.id),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Update an escalation' });
    return { ...view, child, escalation };
  }

  it('asks what happened, then resolves the escalation', async () => {
    const { user, child } = await openEscalation();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual([
      'Select whether to resolve the escalation, move it on or refer the case to Cafcass',
    ]);
    await user.click(screen.getByRole('radio', { name: 'The escalation is resolved' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the date the escalation was resolved',
      'Enter the outcome of the escalation',
    ]);
    await typeDate(user, 'Date the escalation was resolved', ['1', '3', '2026']);
    await user.type(screen.getByLabelText('Outcome'), 'Plan updated by the social worker');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date the escalation was resolved must be the same as or after it was raised on 2 March 2026',
    ]);
    await typeDate(user, 'Date the escalation was resolved', ['16', '3', '2026']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Escalation resolved', { selector: 'p' })).toBeVisible();
    const detail = await api.getChild(child.id);
    expect(
      detail.escalations.find((e) => e.reason === 'Contact plan not followed')?.resolvedOn,
    ).toBe('2026-03-16');
  });

  it('explains a conflict and reloads the escalation as it is now', async () => {
    const { user, escalation } = await openEscalation();
    await api.updateEscalation(escalation.id, {
      action: 'advance',
      version: escalation.version,
      on: '2026-03-10',
      note: 'No response from the team manager',
    });
    await user.click(screen.getByRole('radio', { name: 'It is moving to stage 2' }));
    await typeDate(user, 'Date the escalation moved to the next stage', ['16', '3', '2026']);
    await user.type(screen.getByLabelText('Why is it moving to the next stage?'), 'No response');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert', {
      name: 'warning: Someone else has changed this record',
    });
    await user.click(within(alert).getByRole('button', { name: 'Reload the current record' }));
    expect(
      await screen.findByText('This page now shows the escalation as it is now.'),
    ).toBeVisible();
    expect(screen.getByText('Stage 2', { selector: 'dd' })).toBeVisible();
  });
});
