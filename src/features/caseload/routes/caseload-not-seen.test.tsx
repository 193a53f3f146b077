import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { childrenVisibleTo, renderPage, STAFF } from '@/test/render-page';
import { CaseloadPage } from '../index';

const routes = [
  { path: paths.caseload, element: <CaseloadPage /> },
  { path: paths.childPattern, element: <h1>Child record page</h1> },
];
const FILTER = 'Not seen by the IRO in the last 6 months';

describe('the caseload filter “not seen by the IRO”', () => {
  it('lists, from the held caseload, the children the backend’s filter lists', async () => {
    await childrenVisibleTo(STAFF.hannah, { size: 450 });
    const notSeen = await api.listChildren({
      iroId: STAFF.hannah,
      notSeenByIro: true,
      pageSize: 100,
    });
    expect(notSeen.totalItems).toBeGreaterThan(0);
    const { user, router } = await renderPage({ routes, path: paths.caseload, keepDatabase: true });
    await screen.findByRole('heading', { level: 1, name: 'My caseload' });
    await user.click(await screen.findByRole('checkbox', { name: FILTER }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?seen=not');
    });
    expect(
      await screen.findByText(
        `Showing ${notSeen.totalItems} ${notSeen.totalItems === 1 ? 'child' : 'children'}`,
        { exact: false },
      ),
    ).toBeVisible();
    for (const child of notSeen.items) {
      expect(
        screen.getByRole('link', { name: new RegExp(`${child.givenName} ${child.familyName}`) }),
      ).toBeVisible();
    }
    await user.click(screen.getByRole('checkbox', { name: FILTER }));
    expect(router.state.location.search).toBe('');
  });
});
