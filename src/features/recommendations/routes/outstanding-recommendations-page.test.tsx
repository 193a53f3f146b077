import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain';
import type { Recommendation, Review } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { handBuiltChild, handBuiltReview, loadHandBuiltData } from '@/test/hand-built-data';
import { renderPage, server, STAFF } from '@/test/render-page';
import { recommendationsRoutes as routes } from '../testing/routes';

function recommendation(
  id: string,
  action: string,
  targetDate: string,
  completedOn: string | null = null,
): Recommendation {
  return {
    id,
    action,
    owner: 'Social worker',
    targetDate,
    completedOn,
    noLongerNeeded: null,
  };
}

function review(
  id: string,
  childId: string,
  heldOn: string,
  recommendations: Recommendation[],
): Review {
  return {
    ...handBuiltReview({ id, childId, heldOn, participationCode: 'PN1' }),
    recommendations,
  };
}

/**
 * Today Monday 16 March 2026. Hannah's Amelia Brown (from 2 June 2025): reviews 27 June 2025
 * ("Arrange a dental check-up" target 1 August 2025, 227 days past; "Update the pathway plan" 30
 * April 2026) and 26 September 2025 ("Refer to CAMHS" 31 January 2026, 44 days past; one done).
 * Hannah's Ben Clarke (from 2 June 2025): review 27 June 2025 ("Plan contact" due today, not past;
 * "Book a school visit" 20 March 2026). Daniel's Chloe Davies (from 1 October 2025): review 28
 * October 2025 ("Find an advocate" 1 December 2025, 105 days past).
 * Hannah: 5 outstanding, 2 past target. The team: 6, 3. Daniel: 1, 1.
 * With `many`, Hannah's Maya Patel adds 55: 30 past target (1 to 30 July 2025), 25 not.
 */
async function loadDataset({ many = false } = {}): Promise<void> {
  const child = (id: string, givenName: string, familyName: string, iroId: string, start: string) =>
    handBuiltChild({
      id,
      childRef: `LA-${id}`,
      givenName,
      familyName,
      dateOfBirth: '2012-04-01',
      iroId,
      start,
    });
  const children = [
    child('c_amelia', 'Amelia', 'Brown', STAFF.hannah, '2025-06-02'),
    child('c_ben', 'Ben', 'Clarke', STAFF.hannah, '2025-06-02'),
    child('c_chloe', 'Chloe', 'Davies', STAFF.daniel, '2025-10-01'),
  ];
  const reviews = [
    review('rv_a1', 'c_amelia', '2025-06-27', [
      recommendation('rc_dental', 'Arrange a dental check-up', '2025-08-01'),
      recommendation('rc_plan', 'Update the pathway plan', '2026-04-30'),
    ]),
    review('rv_a2', 'c_amelia', '2025-09-26', [
      recommendation('rc_camhs', 'Refer to CAMHS', '2026-01-31'),
      recommendation('rc_done', 'Apply for a passport', '2026-01-31', '2026-01-10'),
    ]),
    review('rv_b1', 'c_ben', '2025-06-27', [
      recommendation('rc_contact', 'Plan contact', '2026-03-16'),
      recommendation('rc_school', 'Book a school visit', '2026-03-20'),
    ]),
    review('rv_c1', 'c_chloe', '2025-10-28', [
      recommendation('rc_advocate', 'Find an advocate', '2025-12-01'),
    ]),
  ];
  if (many) {
    children.push(child('c_maya', 'Maya', 'Patel', STAFF.hannah, '2025-06-02'));
    const numbered = (n: number, target: string) =>
      recommendation(`rc_m${n}`, `Action ${String(n).padStart(2, '0')}`, target);
    reviews.push(
      review(
        'rv_m1',
        'c_maya',
        '2025-06-27',
        Array.from({ length: 30 }, (_, i) => numbered(i + 1, addDays('2025-07-01', i))),
      ),
      review(
        'rv_m2',
        'c_maya',
        '2025-09-26',
        Array.from({ length: 25 }, (_, i) => numbered(i + 31, addDays('2026-06-01', i))),
      ),
    );
  }
  await loadHandBuiltData({ today: '2026-03-16', children, reviews });
}

async function open(signInAs: string, path: string = paths.recommendations, many = false) {
  await loadDataset({ many });
  const view = await renderPage({ routes, path, signInAs, keepDatabase: true });
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Outstanding recommendations' }),
  ).toBeVisible();
  return view;
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

/** The action column's words, row by row. */
function actions(column: number): string[] {
  return rows().map((row) => within(row).getAllByRole('cell')[column]?.textContent ?? '');
}

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('OutstandingRecommendationsPage', { timeout: 20_000 }, () => {
  it('shows an IRO their own caseload’s, past target first', async () => {
    await open(STAFF.hannah);
    expect(document.title).toBe('Outstanding recommendations – IRO Review Tracker');
    expect(await screen.findByText('5 outstanding, 2 past target')).toBeVisible();
    expect(screen.queryByLabelText('Show recommendations for')).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'IRO' })).not.toBeInTheDocument();
    // Cells after the child's (a row header): review held, action, who, target date.
    expect(actions(1)).toEqual([
      'Arrange a dental check-up',
      'Refer to CAMHS',
      'Plan contact',
      'Book a school visit',
      'Update the pathway plan',
    ]);
    const [dental, camhs, contact] = rows();
    expect(within(dental!).getByRole('link', { name: 'Amelia Brown' })).toHaveAttribute(
      'href',
      paths.child('c_amelia'),
    );
    expect(dental).toHaveTextContent('LA-c_amelia');
    expect(dental).toHaveTextContent('27 June 2025');
    expect(within(dental!).getByText('Past target')).toBeVisible();
    expect(within(dental!).getByText('227 days past target')).toBeVisible();
    expect(within(camhs!).getByText('44 days past target')).toBeVisible();
    // Due today is not yet past.
    expect(within(contact!).queryByText('Past target')).not.toBeInTheDocument();
    expect(screen.queryByText('Find an advocate')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: /^Pages/ })).not.toBeInTheDocument();
  });

  it('never shows an IRO anyone else’s, whatever the URL says', async () => {
    await open(STAFF.hannah, `${paths.recommendations}?iro=${STAFF.daniel}`);
    expect(await screen.findByText('5 outstanding, 2 past target')).toBeVisible();
    expect(screen.queryByText('Find an advocate')).not.toBeInTheDocument();
  });

  it('pages through a long list, 50 a page, keeping only the page in the URL', async () => {
    const { user, router } = await open(STAFF.hannah, paths.recommendations, true);
    expect(await screen.findByText('60 outstanding, 32 past target')).toBeVisible();
    expect(rows()).toHaveLength(50);
    expect(actions(1).slice(0, 3)).toEqual(['Action 01', 'Action 02', 'Action 03']);
    const pages = screen.getByRole('navigation', { name: 'Pages of outstanding recommendations' });
    await user.click(within(pages).getByRole('link', { name: /^Next/ }));
    expect(await screen.findByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(router.state.location.search).toBe('?page=2');
    expect(await screen.findByText('Action 55')).toBeVisible();
    expect(rows()).toHaveLength(10);
    expect(screen.getByText('60 outstanding, 32 past target')).toBeVisible();
  });

  it('shows a team manager the team’s, with the IRO, and one IRO’s when chosen', async () => {
    const { user, router } = await open(STAFF.margaret);
    expect(await screen.findByText('6 outstanding, 3 past target')).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'IRO' })).toBeVisible();
    expect(actions(2).slice(0, 3)).toEqual([
      'Arrange a dental check-up',
      'Find an advocate',
      'Refer to CAMHS',
    ]);
    expect(rows()[1]).toHaveTextContent('Daniel Fletcher');
    expect(rows()[1]).toHaveTextContent('105 days past target');

    const select = screen.getByRole('combobox', { name: 'Show recommendations for' });
    await screen.findByRole('option', { name: 'Daniel Fletcher' });
    await user.selectOptions(select, 'Daniel Fletcher');
    expect(await screen.findByText('1 outstanding, 1 past target')).toBeVisible();
    expect(actions(2)).toEqual(['Find an advocate']);
    // The IRO's id only, never a name.
    expect(router.state.location.search).toBe(`?iro=${STAFF.daniel}`);
    expect(select).toHaveValue(STAFF.daniel);
  });

  it('says when there are none', async () => {
    await open(STAFF.margaret, `${paths.recommendations}?iro=st_03`);
    expect(
      await screen.findByRole('heading', { name: 'No outstanding recommendations' }),
    ).toBeVisible();
    expect(screen.getByText('0 outstanding, 0 past target')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when the list cannot be loaded, and tries again', async () => {
    server.use(
      http.get('*/api/recommendations/outstanding', () => HttpResponse.json({}, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = await open(STAFF.hannah);
    expect(
      await screen.findByText('The outstanding recommendations could not be loaded.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('5 outstanding, 2 past target')).toBeVisible();
  });
});
