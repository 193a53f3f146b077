// Across two features: a review recorded late on the child record asks why, and the annual report
// counts it under that reason ("Late reviews by reason") and lists it with the reason.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDate } from '@/domain';
import { childRecordRoutes } from '@/features/child-record/testing/routes';
import { ReportsPage } from '@/features/reports';
import { paths } from '@/lib/paths';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { childrenVisibleTo, renderPage, STAFF } from '@/test/render-page';

// Later in the year, some of Hannah's reviews are overdue.
const TODAY = '2026-07-31';
const SLOW = { timeout: 30_000 };

describe('a late review’s reason, from the form to the annual report', () => {
  it(
    'asks why the review was held late, then the report counts it by that reason',
    SLOW,
    async () => {
      const children = await childrenVisibleTo(STAFF.hannah, { today: TODAY });
      const child = children.find((c) => c.age >= 5 && c.nextReview.status === 'overdue')!;
      const { user } = await renderPage({
        routes: childRecordRoutes,
        path: paths.recordReview(child.id),
        keepDatabase: true,
      });
      await screen.findByRole('heading', { level: 1, name: 'Record a review' });
      await typeDate(user, 'Date the review was held', ['31', '7', '2026']);
      await user.click(screen.getByRole('radio', { name: 'PN1' }));
      await user.click(screen.getByRole('radio', { name: 'In person' }));
      await user.click(
        within(screen.getByRole('group', { name: 'Was the child offered an advocate?' })).getByRole(
          'radio',
          { name: 'No' },
        ),
      );
      await user.click(screen.getByRole('radio', { name: 'No, a referral was not needed' }));
      await user.click(screen.getByRole('button', { name: 'Save review' }));
      expect(await errorSummaryMessages()).toEqual([
        `Select why the review was held late: it was due on ${formatDate(child.nextReview.due)}`,
      ]);
      const question = screen.getByRole('group', {
        name: 'Why was the review held after its due date?',
      });
      await user.click(within(question).getByRole('radio', { name: 'The IRO was unavailable' }));
      await user.click(screen.getByRole('button', { name: 'Save review' }));
      expect(
        await screen.findByText('Review held on 31 July 2026 recorded', {}, { timeout: 10_000 }),
      ).toBeVisible();

      await renderPage({
        routes: [
          { path: paths.reports, element: <ReportsPage /> },
          { path: paths.childPattern, element: <h1>Child record page</h1> },
        ],
        path: paths.reports,
        signInAs: STAFF.margaret,
        keepDatabase: true,
      });
      const byReason = await screen.findByRole('table', { name: 'Late reviews by reason' });
      const row = within(byReason)
        .getAllByRole('row')
        .find((r) => within(r).queryByText('The IRO was unavailable') !== null);
      expect(row).toBeDefined();
      const late = screen.getByRole('table', { name: 'Reviews held late' });
      const lateRow = within(late)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('link', { name: child.childRef }) !== null)!;
      expect(within(lateRow).getByText('The IRO was unavailable')).toBeVisible();
      expect(within(lateRow).getByText(formatDate(TODAY))).toBeVisible();
    },
  );
});
