import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, server, STAFF } from '@/test/render-page';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { childRecordRoutes as routes } from '../testing/routes';

const DATE = 'Date of the midpoint check';

async function openForm() {
  const children = await childrenVisibleTo(STAFF.hannah);
  const child = children[0]!;
  const view = await renderPage({
    routes,
    path: paths.recordMidpoint(child.id),
    keepDatabase: true,
  });
  await screen.findByRole('heading', { level: 1, name: 'Record a midpoint check' });
  return { ...view, child };
}

describe('RecordMidpointCheckPage', () => {
  it('checks every field', async () => {
    const { user } = await openForm();
    expect(document.title).toBe('Record a midpoint check – IRO Review Tracker');
    await user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
    expect(await errorSummaryMessages()).toEqual([
      'Enter the date of the midpoint check',
      'Select the outcome of the midpoint check',
    ]);

    await typeDate(user, DATE, ['1', '13', '2026']);
    await user.click(screen.getByRole('radio', { name: 'On track' }));
    await user.click(screen.getByLabelText('Note (optional)'));
    await user.paste('x'.repeat(5001));
    expect(screen.getByText('You have 1 character too many')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
    expect(await errorSummaryMessages()).toEqual([
      'Date of the midpoint check must be a real date',
      'Note must be 5000 characters or fewer',
    ]);

    await typeDate(user, DATE, ['1', '4', '2026']);
    await user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
    expect(await errorSummaryMessages()).toContain(
      'Date of the midpoint check must be today or in the past',
    );
  });

  it('saves and shows the check on the child record', async () => {
    const { user, router, child } = await openForm();
    await typeDate(user, DATE, ['16', '3', '2026']);
    await user.click(screen.getByRole('radio', { name: 'Concerns' }));
    await user.type(screen.getByLabelText('Note (optional)'), 'School placement at risk');
    await user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
    expect(await screen.findByText('Midpoint check of 16 March 2026 recorded')).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.child(child.id));
    const timeline = screen.getByRole('region', { name: 'This period of care' });
    expect(within(timeline).getByText('School placement at risk')).toBeVisible();
  });

  it('shows the backend’s 422 on the date field', async () => {
    server.use(
      http.post('*/api/children/:childId/midpoint-checks', () =>
        HttpResponse.json(
          {
            type: 'validation',
            title: 'There is a problem',
            status: 422,
            detail: 'Invalid',
            errors: [{ field: 'checkedOn', message: 'Date of the midpoint check is too early' }],
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = await openForm();
    await typeDate(user, DATE, ['16', '3', '2026']);
    await user.click(screen.getByRole('radio', { name: 'On track' }));
    await user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
    expect(await errorSummaryMessages()).toEqual(['Date of the midpoint check is too early']);
    expect(
      screen.getByRole('link', { name: 'Date of the midpoint check is too early' }),
    ).toHaveAttribute('href', '#checkedOn-day');
  });

  it('keeps what was typed when the save fails', async () => {
    server.use(http.post('*/api/children/:childId/midpoint-checks', () => HttpResponse.error()));
    const { user } = await openForm();
    await typeDate(user, DATE, ['16', '3', '2026']);
    await user.click(screen.getByRole('radio', { name: 'Escalated' }));
    await user.type(screen.getByLabelText('Note (optional)'), 'Raised with the team manager');
    await user.click(screen.getByRole('button', { name: 'Save midpoint check' }));
    expect(
      await screen.findByRole('heading', { name: 'Your changes have not been saved' }),
    ).toBeVisible();
    expect(screen.getByText(/The service could not be reached/)).toBeVisible();
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('Raised with the team manager');
    expect(screen.getByRole('radio', { name: 'Escalated' })).toBeChecked();
  });
});
