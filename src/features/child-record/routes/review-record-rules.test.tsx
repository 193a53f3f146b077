// A review record that cannot be silently corrupted, on the page: a back-dated review asks for
// confirmation and shows what it renumbers; a late review asks why; a withdrawn review stays in
// the history, struck through.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '@/domain';
import { api } from '@/lib/api/client';
import type { ChildDetail, ChildSummary } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, STAFF } from '@/test/render-page';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { childRecordRoutes as routes } from '../testing/routes';

const HELD = 'Date the review was held';

/** Hannah's first child aged 5 or over whose record matches (the database is fresh). */
async function childWhere(
  match: (child: ChildDetail, summary: ChildSummary) => boolean,
  db: { today?: string } = {},
): Promise<ChildDetail> {
  const children = await childrenVisibleTo(STAFF.hannah, db);
  for (const summary of children.filter((c) => c.age >= 5)) {
    const child = await api.getChild(summary.id);
    if (match(child, summary)) return child;
  }
  throw new Error('No matching child');
}

function dateParts(iso: string): [string, string, string] {
  const [year = '', month = '', day = ''] = iso.split('-');
  return [String(Number(day)), String(Number(month)), year];
}

async function fillTheRest(user: Awaited<ReturnType<typeof renderPage>>['user']) {
  await user.click(screen.getByRole('radio', { name: 'PN1' }));
  await user.click(screen.getByRole('radio', { name: 'In person' }));
  await user.click(
    within(screen.getByRole('group', { name: 'Was the child offered an advocate?' })).getByRole(
      'radio',
      { name: 'Yes' },
    ),
  );
  await user.click(screen.getByRole('radio', { name: 'No, the child declined advocacy' }));
  // The earlier reviews' open recommendations stay open.
  for (const radio of screen.queryAllByRole('radio', { name: 'Still open' })) {
    await user.click(radio);
  }
}

describe('recording a review dated before the latest one (a late entry)', () => {
  it('shows what it renumbers, asks for confirmation and a reason, then records it', async () => {
    const child = await childWhere((c) => {
      const [a, b] = c.history.slice(-2);
      return a !== undefined && b !== undefined && b.held > addDays(a.held, 5);
    });
    const [previous, latest] = child.history.slice(-2) as [
      ChildDetail['history'][number],
      ChildDetail['history'][number],
    ];
    const heldOn = addDays(previous.held, 2);
    const { user, router } = await renderPage({
      routes,
      path: paths.recordReview(child.id),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Record a review' });
    expect(screen.queryByText(/dated before the latest review/)).not.toBeInTheDocument();

    await typeDate(user, HELD, dateParts(heldOn));
    expect(
      screen.getByText(
        `This review is dated before the latest review recorded in this period of care, held on ${formatDate(latest.held)}.`,
        { exact: false },
      ),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: 'What recording this review changes' });
    const row = (header: string) =>
      within(
        within(table)
          .getAllByRole('row')
          .find((r) => within(r).queryByRole('rowheader', { name: header }) !== null)!,
      )
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(row(`${formatDate(heldOn)} (this review)`)).toEqual([
      'Not recorded',
      expect.stringMatching(new RegExp(`^Review ${latest.sequence} `)),
    ]);
    const [now, after] = row(formatDate(latest.held));
    expect(now).toMatch(new RegExp(`^Review ${latest.sequence} .*due ${formatDate(latest.due)}$`));
    expect(after).toMatch(new RegExp(`^Review ${latest.sequence + 1} \\(subsequent review\\)`));
    expect(after).toMatch(/: due date changes$/);
    expect(row('Next review')).toHaveLength(2);

    await fillTheRest(user);
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await errorSummaryMessages()).toEqual([
      `Confirm this is a late entry of a review that really happened: it is dated before the review held on ${formatDate(latest.held)}`,
      'Enter the reason for the late entry',
    ]);
    // The limit is said before it is reached.
    expect(
      screen.getByRole('textbox', { name: 'Reason for the late entry' }),
    ).toHaveAccessibleDescription(expect.stringContaining('You can enter up to 500 characters'));

    await user.click(
      screen.getByRole('checkbox', {
        name: `Yes, the review was held on ${formatDate(heldOn)} and I am recording it late`,
      }),
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Reason for the late entry' }),
      'Recorded on paper at the time',
    );
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(
      await screen.findByText(`Review held on ${formatDate(heldOn)} recorded as a late entry`),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.child(child.id));
    const timeline = screen.getByRole('region', { name: 'This period of care' });
    expect(
      within(timeline).getByText(
        'Recorded as a late entry, after a later review: Recorded on paper at the time',
      ),
    ).toBeVisible();
  });
});

describe('recording a review held after its due date', () => {
  it('asks why only once the date is late, needs details for Other, and shows the reason', async () => {
    // Later in the year, some of Hannah's reviews are overdue.
    const today = '2026-07-31';
    const child = await childWhere((_c, summary) => summary.nextReview.status === 'overdue', {
      today,
    });
    const due = child.nextReview!.due;
    const { user } = await renderPage({
      routes,
      path: paths.recordReview(child.id),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Record a review' });
    const question = 'Why was the review held after its due date?';
    await typeDate(user, HELD, dateParts(due));
    expect(screen.queryByRole('group', { name: question })).not.toBeInTheDocument();

    await typeDate(user, HELD, dateParts(today));
    const group = screen.getByRole('group', { name: question });
    expect(group).toHaveAccessibleDescription(
      expect.stringContaining(`after it was due on ${formatDate(due)}`),
    );
    await fillTheRest(user);
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await errorSummaryMessages()).toEqual([
      `Select why the review was held late: it was due on ${formatDate(due)}`,
    ]);
    await user.click(within(group).getByRole('radio', { name: 'Other' }));
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await errorSummaryMessages()).toEqual(['Enter details of why the review was held late']);
    await user.type(
      screen.getByRole('textbox', { name: 'Details of why the review was held late' }),
      'The family were abroad',
    );
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText(`Review held on ${formatDate(today)} recorded`)).toBeVisible();
    const timeline = screen.getByRole('region', { name: 'This period of care' });
    expect(within(timeline).getByText('Held late: Other: The family were abroad')).toBeVisible();
    expect((await api.getChild(child.id)).reviews.at(-1)?.lateReason).toEqual({
      code: 'other',
      label: 'Other',
      details: 'The family were abroad',
    });
  });
});

describe('withdrawing a review entered in error', () => {
  it('keeps it in the history, struck through with the reason, and works the due date out again', async () => {
    const child = await childWhere((c) => c.history.length >= 2);
    const latest = child.history.at(-1)!;
    const { user } = await renderPage({ routes, path: paths.child(child.id), keepDatabase: true });
    const timeline = await screen.findByRole('region', { name: 'This period of care' });
    await user.click(
      within(timeline).getByRole('link', {
        name: `Withdraw this review held on ${formatDate(latest.held)}`,
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Withdraw a review' }),
    ).toBeVisible();
    expect(screen.getByText(/The next review will be due on/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Withdraw review' }));
    expect(await errorSummaryMessages()).toEqual(['Enter the reason for withdrawing the review']);
    await user.type(
      screen.getByRole('textbox', { name: 'Why are you withdrawing this review?' }),
      'Recorded for the wrong child',
    );
    await user.click(screen.getByRole('button', { name: 'Withdraw review' }));

    expect(
      await screen.findByText(`Review held on ${formatDate(latest.held)} withdrawn`),
    ).toBeVisible();
    const after = screen.getByRole('region', { name: 'This period of care' });
    expect(within(after).getByText('Withdrawn')).toBeVisible();
    const struck = within(after).getAllByText(
      (_text, element) =>
        element?.tagName === 'DEL' && element.textContent.includes(formatDate(latest.held)),
    );
    expect(struck.length).toBeGreaterThan(0);
    expect(
      within(after).getByText(/Withdrawn as entered in error on 16 March 2026 by Hannah Okoye/),
    ).toHaveTextContent('Recorded for the wrong child');
    expect(
      within(after).queryByRole('link', {
        name: `Withdraw this review held on ${formatDate(latest.held)}`,
      }),
    ).not.toBeInTheDocument();
    const detail = await api.getChild(child.id);
    expect(detail.history.map((h) => h.held)).not.toContain(latest.held);
    expect(detail.reviews.find((r) => r.heldOn === latest.held)?.withdrawn).not.toBeNull();
  });

  it('a team manager may withdraw a review; the page says who may not', async () => {
    const child = await childWhere((c) => c.history.length >= 1);
    const latest = child.history.at(-1)!;
    await renderPage({
      routes,
      path: paths.child(child.id),
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    const timeline = await screen.findByRole('region', { name: 'This period of care' });
    expect(
      within(timeline).getByRole('link', {
        name: `Withdraw this review held on ${formatDate(latest.held)}`,
      }),
    ).toBeVisible();
    expect(
      within(timeline).queryByRole('link', { name: /^Change this review/ }),
    ).not.toBeInTheDocument();

    const review = child.reviews.find((r) => r.heldOn === latest.held)!;
    await renderPage({
      routes,
      path: paths.withdrawReview(child.id, review.id),
      signInAs: STAFF.daniel,
      keepDatabase: true,
    });
    expect(
      await screen.findByText(/You cannot see this child’s record|allocated IRO or a team manager/),
    ).toBeVisible();
  });
});
