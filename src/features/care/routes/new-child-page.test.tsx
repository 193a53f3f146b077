import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { errorSummaryBox, errorSummaryMessages } from '@/test/form-helpers';
import { renderPage, server, STAFF } from '@/test/render-page';
import { resetMockDatabase } from '@mocks/node';
import { fillNewChild, NEW_CHILD } from '../testing/care-test-helpers';
import { careRoutes as routes } from '../testing/routes';

const SAVE = 'Save and start the review clock';

async function open(signInAs: string = STAFF.tracey, today?: string) {
  const view = await renderPage({
    routes,
    path: paths.careNewChild,
    signInAs,
    db: today === undefined ? {} : { today },
  });
  await screen.findByRole('heading', { level: 1, name: 'Record a child becoming looked after' });
  return view;
}

function summaryRow(key: string): HTMLElement {
  const term = screen.getByText(key, { selector: 'dt' });
  return term.closest('.govuk-summary-list__row') as HTMLElement;
}

describe('NewChildPage', { timeout: 30_000 }, () => {
  it('says what is missing, with the backend’s words, before it sends anything', async () => {
    const { user } = await open();
    expect(document.title).toBe('Record a child becoming looked after – IRO Review Tracker');
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the child’s first name',
      'Enter the child’s last name',
      'Enter the date of birth',
      'Select the child’s sex',
      'Enter the council’s reference for the child',
      'Enter the date the child became looked after',
      'Select the legal status',
      'Select the placement type',
      'Enter the placement',
      'Enter the social worker’s name',
      'Enter the social worker’s team',
    ]);
    expect(errorSummaryBox()).toHaveFocus();
    expect(document.title).toBe('Error: Record a child becoming looked after – IRO Review Tracker');
    expect(
      within(errorSummaryBox()).getByRole('link', { name: 'Enter the date of birth' }),
    ).toHaveAttribute('href', '#dateOfBirth-day');
  });

  it('refuses a date in the future, as the domain does', async () => {
    const { user } = await open();
    await fillNewChild(user, { ...NEW_CHILD, lookedAfterOn: ['20', '3', '2026'] });
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(await errorSummaryMessages()).toEqual([
      'The date the child became looked after must be today or in the past',
    ]);
  });

  it('saves, then shows the first review’s due date and why, and that the child awaits an IRO', async () => {
    const { user, router } = await open(STAFF.tracey);
    await fillNewChild(user, NEW_CHILD);
    await user.click(screen.getByRole('button', { name: SAVE }));

    expect(
      await screen.findByText('Poppy Reyes recorded as looked after from 16 March 2026'),
    ).toBeVisible();
    expect(router.state.location.pathname).toMatch(/^\/care\/children\/[^/]+$/);
    expect(screen.getByRole('heading', { level: 1, name: 'Poppy Reyes' })).toBeVisible();
    // 20 working days from Monday 16 March 2026, Good Friday (3 April) and Easter Monday
    // (6 April) not counted: Wednesday 15 April.
    const due = summaryRow('Next review due');
    expect(within(due).getByText('15 April 2026')).toBeVisible();
    expect(
      within(due).getByText('20 working days after becoming looked after on 16 March 2026'),
    ).toBeVisible();
    const iro = summaryRow('IRO');
    expect(within(iro).getByText('Awaiting an IRO: allocate by 23 March 2026')).toBeVisible();
    expect(
      within(summaryRow('In care')).getByText('Looked after since 16 March 2026'),
    ).toBeVisible();
    expect(within(summaryRow('Legal status')).getByText('C1: Interim care order')).toBeVisible();
  });

  it('skips the Easter bank holidays in the 20 working days', async () => {
    const { user } = await open(STAFF.margaret, '2026-03-23');
    await fillNewChild(user, { ...NEW_CHILD, lookedAfterOn: ['20', '3', '2026'] });
    await user.click(screen.getByRole('button', { name: SAVE }));
    // Without Good Friday and Easter Monday it would be Friday 17 April.
    const due = await screen.findByText('21 April 2026');
    expect(due).toBeVisible();
    expect(
      screen.getByText('20 working days after becoming looked after on 20 March 2026'),
    ).toBeVisible();
  });

  it('shows the backend’s refusal on its field, and keeps the form when a save fails', async () => {
    const db = resetMockDatabase();
    const taken = [...db.all('children')][0]!.childRef;
    const { user } = await renderPage({
      routes,
      path: paths.careNewChild,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Record a child becoming looked after' });
    await fillNewChild(user, { ...NEW_CHILD, childRef: taken });
    await user.click(screen.getByRole('button', { name: SAVE }));
    const message = `A child with the reference ${taken} is already in the tracker: record their return to care from their record`;
    expect(await errorSummaryMessages()).toEqual([message]);
    expect(within(errorSummaryBox()).getByRole('link', { name: message })).toHaveAttribute(
      'href',
      '#childRef',
    );

    server.use(http.post('*/api/children', () => HttpResponse.json({}, { status: 500 })));
    await user.clear(screen.getByLabelText('Council reference'));
    await user.type(screen.getByLabelText('Council reference'), 'LA900009');
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(
      await screen.findByRole('heading', { name: 'Your changes have not been saved' }),
    ).toBeVisible();
    expect(screen.getByLabelText('First name')).toHaveValue('Poppy');
    expect(screen.getByLabelText('Council reference')).toHaveValue('LA900009');
    const children = await api.listChildren({ pageSize: 10000 });
    expect(children.items.some((child) => child.childRef === 'LA900009')).toBe(false);
  });
});
