// The manager's sign-off of a review's decisions, read on the page, and the IRO's answer to a
// query: against the real mock backend with a hand-built child (today Monday 16 March 2026).
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useLocation, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import type { Review } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { errorSummaryMessages } from '@/test/form-helpers';
import { handBuiltChild, handBuiltReview, loadHandBuiltData } from '@/test/hand-built-data';
import { renderPage, server, signIn, STAFF } from '@/test/render-page';
import { childRecordRoutes } from '../testing/routes';
import { AnswerSignOffQueryPage } from './answer-sign-off-query-page';
import { SignOffReviewPage } from './sign-off-review-page';

const TITLE = 'Sign off the review’s decisions';
const DECISIONS = [
  'Ben stays with his foster carers.',
  'Contact with his mother stays fortnightly, supervised.',
  '',
  'The social worker refers Ben to CAMHS.',
].join('\n');

/** The sign-off queue, standing in for the team's page: what it was sent back with. */
function QueueStandIn() {
  const location = useLocation();
  const state = location.state as { banner?: string } | null;
  return (
    <>
      <h1>Sign-off queue</h1>
      <p>{state?.banner}</p>
    </>
  );
}

const routes: RouteObject[] = [
  ...childRecordRoutes,
  { path: paths.signOffReviewPattern, element: <SignOffReviewPage /> },
  { path: paths.answerSignOffQueryPattern, element: <AnswerSignOffQueryPage /> },
  { path: paths.signOff, element: <QueueStandIn /> },
];

/**
 * Ben Clarke (Hannah's, aged 11), looked after since 2 June 2025: reviews 27 June 2025 (signed
 * off) and 26 September 2025 (in timescale: due 27 September), whose decisions were sent on 10
 * March 2026 and wait for the manager. A third review, 10 March 2026, has no decisions sent yet.
 */
async function loadBen(): Promise<void> {
  const ben = handBuiltChild({
    id: 'c_ben',
    givenName: 'Ben',
    familyName: 'Clarke',
    dateOfBirth: '2015-01-10',
    iroId: STAFF.hannah,
    start: '2025-06-02',
  });
  const first = handBuiltReview({
    id: 'rv_b1',
    childId: ben.id,
    heldOn: '2025-06-27',
    participationCode: 'PN1',
    recordOfReviewCompletedOn: '2025-07-04',
    decisionsSentOn: '2025-06-30',
    managerSignOffOn: '2025-07-02',
  });
  const second: Review = {
    ...handBuiltReview({
      id: 'rv_b2',
      childId: ben.id,
      heldOn: '2025-09-26',
      participationCode: 'PN1',
      participationMethod: 'virtual',
      recordOfReviewCompletedOn: '2025-10-03',
      decisionsSentOn: '2026-03-10',
    }),
    decisions: DECISIONS,
    childViews: 'Ben wants to see his brother more often.',
    carePlanEndorsed: true,
    attendees: [
      { name: 'Sam Social', role: 'Social worker', method: 'in-person' },
      { name: 'Jo Carer', role: 'Foster carer', method: 'phone' },
    ],
    recommendations: [
      {
        id: 'rec_1',
        action: 'Refer Ben to CAMHS',
        owner: 'Social worker',
        targetDate: '2026-04-30',
        completedOn: null,
        noLongerNeeded: null,
      },
    ],
  };
  const third = handBuiltReview({
    id: 'rv_b3',
    childId: ben.id,
    heldOn: '2026-03-10',
    participationCode: 'PN1',
  });
  await loadHandBuiltData({ children: [ben], reviews: [first, second, third] });
}

async function openAs(staffId: string, path: string) {
  return renderPage({ routes, path, signInAs: staffId, keepDatabase: true });
}

async function review(reviewId: string): Promise<Review> {
  const child = await api.getChild('c_ben');
  return child.reviews.find((each) => each.id === reviewId)!;
}

/** The summary lists' value for a key (the first list with it). */
function summaryValue(key: string): HTMLElement {
  const keys = screen.getAllByRole('term');
  const index = keys.findIndex((term) => term.textContent.trim() === key);
  const value = screen.getAllByRole('definition')[index];
  if (index < 0 || value === undefined) throw new Error(`No summary row ${key}`);
  return value;
}

/** Through the API, as the pages would: the manager queries, then (optionally) the IRO answers. */
async function queryThenAnswer(answer?: { text: string; decisions: string | null }) {
  await signIn(STAFF.margaret);
  const before = await review('rv_b2');
  const queried = await api.signOffReview('rv_b2', {
    version: before.version,
    decision: 'query',
    reason: 'Who supervises the contact?',
  });
  if (answer === undefined) return;
  await signIn(STAFF.hannah);
  await api.answerSignOffQuery('rv_b2', queried.signOffQueries[0]!.id, {
    version: queried.version,
    answer: answer.text,
    decisions: answer.decisions,
  });
}

const QUERY_REASON = 'What are you querying and why?';

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('SignOffReviewPage and AnswerSignOffQueryPage', { timeout: 30_000 }, () => {
  it('shows the manager the record the decisions rest on, then takes a query with its reason', async () => {
    await loadBen();
    const { user, router } = await openAs(STAFF.margaret, paths.signOffReview('c_ben', 'rv_b2'));
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    expect(document.title).toBe(`${TITLE} – IRO Review Tracker`);
    expect(screen.getByText('Ben Clarke')).toBeVisible();
    expect(screen.getByText('Review held on 26 September 2025')).toBeVisible();
    // The decisions as written: a line break kept, a blank line a new paragraph.
    const decisions = screen.getByText(/^Ben stays with his foster carers\./);
    expect(decisions).toContainHTML(
      'Ben stays with his foster carers.<br>Contact with his mother stays fortnightly, supervised.',
    );
    expect(screen.getByText('The social worker refers Ben to CAMHS.')).toBeVisible();
    expect(summaryValue('Who took part')).toHaveTextContent(
      'Sam Social, Social worker (In person)Jo Carer, Foster carer (By phone)',
    );
    expect(summaryValue('How the child took part')).toHaveTextContent(
      'PN1: child attends and speaks for themselves (Virtual (video or phone call))',
    );
    expect(summaryValue('The child’s views')).toHaveTextContent(
      'Ben wants to see his brother more often.',
    );
    expect(summaryValue('Care plan endorsed')).toHaveTextContent('Yes');
    expect(summaryValue('Decisions sent on')).toHaveTextContent('10 March 2026');
    const recommendations = screen.getByRole('table', { name: 'Recommendations of the review' });
    expect(
      within(recommendations).getByRole('row', { name: /Refer Ben to CAMHS/ }),
    ).toHaveTextContent('Refer Ben to CAMHSSocial worker30 April 2026');

    // Nothing chosen, then a query without its reason: the domain's words.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual([
      'Select whether you agree the decisions or query them',
    ]);
    expect(document.title).toBe(`Error: ${TITLE} – IRO Review Tracker`);
    await user.click(screen.getByRole('radio', { name: 'I want to query the decisions' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual(['Enter what you are querying and why']);
    expect(
      screen.getByRole('link', { name: 'Enter what you are querying and why' }),
    ).toHaveAttribute('href', '#reason');
    expect(screen.getByText('You can enter up to 1000 characters')).toBeInTheDocument();
    await user.type(screen.getByLabelText(QUERY_REASON), 'Who supervises the contact?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Sign-off queue' })).toBeVisible();
    expect(
      screen.getByText(
        'You queried the decisions of the review held on 26 September 2025: the IRO has been asked to answer',
      ),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.signOff);
    expect((await review('rv_b2')).signOffQueries).toEqual([
      expect.objectContaining({
        raisedOn: '2026-03-16',
        raisedBy: { id: STAFF.margaret, name: 'Margaret Osei-Bonsu' },
        reason: 'Who supervises the contact?',
        answer: null,
      }),
    ]);

    // Opened again while the IRO has not answered: said plainly, no form.
    await router.navigate(paths.signOffReview('c_ben', 'rv_b2'));
    expect(
      await screen.findByText(
        'Your query of 16 March 2026 is waiting for the IRO’s answer: you can agree or query again once they answer.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByText('Waiting for the IRO’s answer')).toBeVisible();
  });

  it('lets the IRO answer the query from the child’s record, revising the decisions', async () => {
    await loadBen();
    await queryThenAnswer();
    const { user, router } = await openAs(STAFF.hannah, paths.child('c_ben'));
    const panel = await screen.findByRole('region', {
      name: 'Decisions queried by the team manager',
    });
    expect(panel).toHaveTextContent(
      'The team manager queried the decisions of the review held on 26 September 2025: Who supervises the contact?',
    );
    await user.click(
      within(panel).getByRole('link', {
        name: 'Answer the query of the decisions of the review held on 26 September 2025',
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Answer the manager’s query' }),
    ).toBeVisible();
    expect(document.title).toBe('Answer the manager’s query – IRO Review Tracker');
    expect(summaryValue('Raised by')).toHaveTextContent('Margaret Osei-Bonsu');
    expect(summaryValue('Raised on')).toHaveTextContent('16 March 2026');
    expect(summaryValue('Query')).toHaveTextContent('Who supervises the contact?');
    const revised = screen.getByLabelText('Revised decisions (optional)');
    expect(revised).toHaveValue(DECISIONS);

    await user.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(await errorSummaryMessages()).toEqual(['Enter your answer to the manager’s query']);
    await user.type(screen.getByLabelText('Your answer'), 'The family centre supervises it.');
    await user.type(revised, '{Enter}Contact is supervised at the family centre.');
    await user.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(
      await screen.findByText(
        'Answer sent and decisions revised for the review held on 26 September 2025',
      ),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.child('c_ben'));
    expect(
      screen.queryByRole('region', { name: 'Decisions queried by the team manager' }),
    ).toBeNull();
    const answered = await review('rv_b2');
    expect(answered.decisions).toBe(`${DECISIONS}\nContact is supervised at the family centre.`);
    expect(answered.signOffQueries[0]?.answer).toEqual(
      expect.objectContaining({
        on: '2026-03-16',
        by: { id: STAFF.hannah, name: 'Hannah Okoye' },
        text: 'The family centre supervises it.',
      }),
    );
  });

  it('sends no decisions when the IRO leaves them as they are', async () => {
    await loadBen();
    await queryThenAnswer();
    const { user } = await openAs(STAFF.hannah, paths.answerSignOffQuery('c_ben', 'rv_b2'));
    await user.type(await screen.findByLabelText('Your answer'), 'The family centre.');
    await user.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(
      await screen.findByText('Answer sent for the review held on 26 September 2025'),
    ).toBeVisible();
    expect((await review('rv_b2')).decisions).toBe(DECISIONS);
  });

  it('lets the manager agree once the IRO has answered: signed off, and out of the queue', async () => {
    await loadBen();
    await queryThenAnswer({
      text: 'The family centre supervises it.',
      decisions: `${DECISIONS}\nContact is supervised at the family centre.`,
    });
    const { user, router } = await openAs(STAFF.margaret, paths.signOffReview('c_ben', 'rv_b2'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Earlier queries' })).toBeVisible();
    const card = screen.getByRole('heading', { level: 3, name: 'Query raised on 16 March 2026' });
    expect(card).toBeVisible();
    expect(summaryValue('Answer')).toHaveTextContent(
      'Hannah Okoye, 16 March 2026The family centre supervises it.',
    );
    expect(
      screen.getByText(
        /^The social worker refers Ben to CAMHS\.\s*Contact is supervised at the family centre\.$/,
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'I agree the decisions' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'You signed off the decisions of the review held on 26 September 2025',
      ),
    ).toBeVisible();
    const signed = await review('rv_b2');
    expect(signed.managerSignOffOn).toBe('2026-03-16');
    expect(signed.signedOffBy).toEqual({ id: STAFF.margaret, name: 'Margaret Osei-Bonsu' });
    const queue = await api.getSignOffQueue();
    expect(queue.items.map((item) => item.reviewId)).not.toContain('rv_b2');

    // Once signed off, the page says so.
    await router.navigate(paths.signOffReview('c_ben', 'rv_b2'));
    expect(
      await screen.findByText(
        'The decisions were already signed off on 16 March 2026 by Margaret Osei-Bonsu.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('says so when someone else changed the review first (409), and reloads it', async () => {
    await loadBen();
    const { user } = await openAs(STAFF.margaret, paths.signOffReview('c_ben', 'rv_b2'));
    await screen.findByRole('heading', { level: 1, name: TITLE });
    // The IRO corrects the review while the page is open: its version moves on.
    await signIn(STAFF.hannah);
    const before = await review('rv_b2');
    await api.updateReview('rv_b2', { version: before.version, decisionsSentOn: '2026-03-11' });
    await signIn(STAFF.margaret);

    await user.click(screen.getByRole('radio', { name: 'I want to query the decisions' }));
    await user.type(screen.getByLabelText(QUERY_REASON), 'Why the delay?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else has changed this record');
    expect(alert).toHaveTextContent(/Your changes have not been saved/);
    expect(screen.getByLabelText(QUERY_REASON)).toHaveValue('Why the delay?');
    expect((await review('rv_b2')).signOffQueries).toEqual([]);

    await user.click(within(alert).getByRole('button', { name: 'Reload the current record' }));
    expect(await screen.findByText('This page now shows the review as it is now.')).toBeVisible();
    expect(summaryValue('Decisions sent on')).toHaveTextContent('11 March 2026');
    expect(screen.getByRole('radio', { name: 'I want to query the decisions' })).not.toBeChecked();
  });

  it('shows the backend’s 422 on its field and keeps what was typed', async () => {
    server.use(
      http.post('*/api/reviews/:reviewId/sign-off', () =>
        HttpResponse.json(
          {
            type: 'validation',
            title: 'There is a problem',
            status: 422,
            detail: 'Invalid',
            errors: [{ field: 'reason', message: 'Your query must be 1000 characters or fewer' }],
          },
          { status: 422 },
        ),
      ),
    );
    await loadBen();
    const { user } = await openAs(STAFF.margaret, paths.signOffReview('c_ben', 'rv_b2'));
    await user.click(await screen.findByRole('radio', { name: 'I want to query the decisions' }));
    await user.type(screen.getByLabelText(QUERY_REASON), 'Is CAMHS needed?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await errorSummaryMessages()).toEqual(['Your query must be 1000 characters or fewer']);
    expect(
      screen.getByRole('link', { name: 'Your query must be 1000 characters or fewer' }),
    ).toHaveAttribute('href', '#reason');
    expect(screen.getByLabelText(QUERY_REASON)).toHaveValue('Is CAMHS needed?');
  });

  it('says plainly when the decisions have not been sent: nothing to sign off', async () => {
    await loadBen();
    await openAs(STAFF.margaret, paths.signOffReview('c_ben', 'rv_b3'));
    expect(
      await screen.findByText(
        'The IRO has not sent the review’s decisions yet: there is nothing to sign off.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('says plainly when there is no query to answer', async () => {
    await loadBen();
    await openAs(STAFF.hannah, paths.answerSignOffQuery('c_ben', 'rv_b2'));
    expect(
      await screen.findByText('There is no open query on this review’s decisions to answer.'),
    ).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows a manager the open query on the child’s record, with the way to read it', async () => {
    await loadBen();
    await queryThenAnswer();
    await openAs(STAFF.margaret, paths.child('c_ben'));
    const panel = await screen.findByRole('region', {
      name: 'Decisions queried by the team manager',
    });
    expect(within(panel).queryByRole('link', { name: /^Answer the query/ })).toBeNull();
    expect(
      within(panel).getByRole('link', {
        name: 'Read the decisions and the query of the review held on 26 September 2025',
      }),
    ).toHaveAttribute('href', paths.signOffReview('c_ben', 'rv_b2'));
  });
});
