import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { tasksRoutes } from '../testing/routes';

const DB = { seed: 20261123, today: '2026-11-23', size: 120 };

function rows() {
  const table = screen.getByRole('table', { name: /^Tasks/ });
  // The head row first.
  return within(table).getAllByRole('row').slice(1);
}

describe('the tasks page', () => {
  it('lists an IRO’s tasks late first, each with its due date, working days and one link', async () => {
    const { user } = await renderPage({ routes: tasksRoutes, path: paths.tasks, db: DB });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
    await screen.findByRole('table', { name: /^Tasks, page 1 of/ });
    const { counts } = await api.getTaskSummary();
    expect(screen.getByRole('status')).toHaveTextContent(
      `${counts.dueOrLate} due or late: ${counts.late} late, ${counts.due} due in the next 5 working days. ${counts.total} tasks in all.`,
    );
    const first = rows()[0]!;
    expect(within(first).getByText('Late')).toBeVisible();
    expect(first).toHaveTextContent(/\d+ working days? late|Late/);

    const midpoint = screen.getAllByRole('link', { name: /^Record the midpoint check for / })[0]!;
    await user.click(midpoint);
    expect(
      await screen.findByRole('heading', { name: 'Record a midpoint check page' }),
    ).toBeVisible();
  });

  it('shows only the late ones in the Late view, the view in the URL', async () => {
    const { user, router } = await renderPage({ routes: tasksRoutes, path: paths.tasks, db: DB });
    const { counts } = await api.getTaskSummary();
    await user.click(await screen.findByRole('link', { name: `Late (${counts.late})` }));
    expect(router.state.location.search).toBe('?show=late');
    await screen.findByRole('table', { name: /^Tasks: Late, page 1 of/ });
    expect(rows()).toHaveLength(Math.min(counts.late, 50));
    for (const row of rows()) expect(within(row).getByText('Late')).toBeVisible();
    expect(screen.getByRole('link', { name: `Late (${counts.late})` })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('gives a team manager the team’s tasks, a child awaiting an IRO linked to allocating one', async () => {
    const { user } = await renderPage({
      routes: tasksRoutes,
      path: paths.tasks,
      signInAs: STAFF.margaret,
      db: DB,
    });
    await screen.findByRole('table', { name: /^Tasks, page 1 of/ });
    expect(screen.getAllByText('Child awaiting an IRO').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^IRO: /).length).toBeGreaterThan(0);
    await user.click(screen.getAllByRole('link', { name: /^Allocate an IRO for / })[0]!);
    expect(await screen.findByRole('heading', { name: 'Allocate child page' })).toBeVisible();
  });

  it('gives business support the reviews to book, linked to booking the meeting', async () => {
    const { user } = await renderPage({
      routes: tasksRoutes,
      path: paths.tasks,
      signInAs: STAFF.tracey,
      db: DB,
    });
    await screen.findByRole('table', { name: /^Tasks, page 1 of/ });
    expect(screen.queryByText('Record of review to write')).toBeNull();
    await user.click(screen.getAllByRole('link', { name: /^Book the meeting for / })[0]!);
    expect(await screen.findByRole('heading', { name: 'Book meeting page' })).toBeVisible();
  });
});
