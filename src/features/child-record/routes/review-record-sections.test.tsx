// The record of the review on the review form and the child's record: who took part and how, the
// child's views, the decisions and the care plan, the quality checks, and the earlier reviews'
// open recommendations followed up at the new review. Against the real mock backend.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '@/domain';
import { api } from '@/lib/api/client';
import type { ChildDetail, Review } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import {
  childrenVisibleTo,
  renderPage,
  server,
  signIn,
  STAFF,
  TEST_TODAY,
  type RenderedPage,
} from '@/test/render-page';
import { errorSummaryMessages, typeDate } from '@/test/form-helpers';
import { followUpRowsFor, type FollowUpRow } from '../forms/review-record-values';
import { childRecordRoutes as routes } from '../testing/routes';

const TODAY_PARTS: [string, string, string] = ['16', '3', '2026'];
type User = RenderedPage['user'];

/**
 * Hannah's first child aged 5 or over with a review already held this period (so today's is the
 * 2nd or later), a next review due today or later (so today's is in timescale), and at least
 * `open` open recommendations from earlier reviews.
 */
/**
 * A child of Hannah's aged 5 or over whose next review is not yet due, with at least `open`
 * recommendations still open from earlier reviews: the seed's, or from a review recorded three
 * days ago for the test when the seed has too few.
 */
async function childToReview(open = 2): Promise<{ child: ChildDetail; followUps: FollowUpRow[] }> {
  const children = await childrenVisibleTo(STAFF.hannah);
  const earlier = addDays(TEST_TODAY, -3);
  for (const summary of children) {
    if (summary.age < 5 || summary.nextReview.due < TEST_TODAY) continue;
    let child = await api.getChild(summary.id);
    const latest = child.history.at(-1);
    if (latest === undefined || latest.held >= earlier) continue;
    const seeded = followUpRowsFor(child);
    if (seeded.length < open) {
      await api.recordReview(child.id, {
        heldOn: earlier,
        participationCode: 'PN1',
        participationMethod: 'in-person',
        advocacy: { offered: true, referralMade: false, declined: true },
        recommendations: Array.from({ length: open }, (_, index) => ({
          action: `Arrange support ${index + 1}`,
          owner: 'Social worker',
          targetDate: addDays(TEST_TODAY, 20 + index),
        })),
        followUps: seeded.map((row) => ({
          reviewId: row.reviewId,
          recommendationId: row.recommendationId,
          outcome: 'open' as const,
        })),
      });
      child = await api.getChild(summary.id);
    }
    return { child, followUps: followUpRowsFor(child) };
  }
  throw new Error('No child of Hannah’s to review');
}

async function openForm(childId: string) {
  const view = await renderPage({ routes, path: paths.recordReview(childId), keepDatabase: true });
  await screen.findByRole('heading', { level: 1, name: 'Record a review' });
  return view;
}

async function fillRequired(user: User) {
  await typeDate(user, 'Date the review was held', TODAY_PARTS);
  await user.click(screen.getByRole('radio', { name: 'PN1' }));
  await user.click(screen.getByRole('radio', { name: 'In person' }));
  await user.click(
    within(screen.getByRole('group', { name: 'Was the child offered an advocate?' })).getByRole(
      'radio',
      { name: 'Yes' },
    ),
  );
  await user.click(screen.getByRole('radio', { name: 'No, the child declined advocacy' }));
}

async function answer(user: User, group: string, choice: string) {
  await user.click(
    within(screen.getByRole('group', { name: group })).getByRole('radio', { name: choice }),
  );
}

async function addPerson(user: User, number: number, name: string, role: string, how: string) {
  await user.click(screen.getByRole('button', { name: 'Add a person' }));
  const nameInput = screen.getByRole('textbox', { name: `Name of person ${number}` });
  expect(nameInput).toHaveFocus();
  await user.type(nameInput, name);
  await user.type(screen.getByRole('textbox', { name: `Role of person ${number}` }), role);
  await answer(user, `How did they take part? of person ${number}`, how);
}

const QUESTIONS = {
  permanencePlan: 'Is there a permanence plan?',
  healthAssessment: 'Is the health assessment up to date?',
  educationPlan: 'Is the personal education plan (PEP) up to date?',
  socialWorkerVisits: 'Were the social worker’s visits within timescale?',
  toldAboutAdvocacy: 'Was the child told about advocacy and their entitlements?',
} as const;

/** The follow-ups' radios of one answer, in the order of the form. */
function followUpRadios(name: 'Still open' | 'Done' | 'No longer needed'): HTMLElement[] {
  return screen.getAllByRole('radio', { name });
}

function listItemWithText(text: string) {
  return (_content: string, element: Element | null) =>
    element?.tagName === 'LI' && element.textContent === text;
}

describe('recording the record of the review', { timeout: 30_000 }, () => {
  it('saves who took part, the views, the decisions, the quality checks and the follow-ups, and shows them on the record', async () => {
    const { child, followUps } = await childToReview(2);
    const { user } = await openForm(child.id);
    await fillRequired(user);

    expect(screen.getByText('No one added.')).toBeVisible();
    await addPerson(user, 1, 'Sam Patel', 'Foster carer', 'Video call');
    await addPerson(user, 2, 'Jo Khan', 'Social worker', 'Sent a written contribution');
    await addPerson(user, 3, 'Removed Person', 'Parent', 'Phone');
    await user.click(screen.getByRole('button', { name: 'Remove person 3' }));
    expect(screen.queryByRole('textbox', { name: 'Name of person 3' })).not.toBeInTheDocument();

    const views = screen.getByRole('textbox', { name: 'The child’s views (optional)' });
    expect(views).toHaveAccessibleDescription(
      expect.stringContaining('You can enter up to 4000 characters'),
    );
    await user.click(views);
    await user.paste('Wants to stay at their school');
    const decisions = screen.getByRole('textbox', { name: 'Decisions' });
    expect(decisions).toHaveAccessibleDescription(
      expect.stringContaining('The team manager reads these to sign the review off'),
    );
    await user.click(decisions);
    await user.paste('The care plan continues as agreed');
    await answer(user, 'Did the review endorse the care plan?', 'Yes');

    // The earlier reviews' open recommendations: the first done, the second no longer needed.
    const first = screen.getByRole('group', { name: followUps[0]!.action });
    expect(first).toHaveAccessibleDescription(
      expect.stringContaining(`From the review held on ${formatDate(followUps[0]!.reviewHeldOn)}`),
    );
    await user.click(followUpRadios('Done')[0]!);
    await typeDate(user, 'Date the action was completed', TODAY_PARTS);
    await user.click(followUpRadios('No longer needed')[1]!);
    await typeDate(user, 'Date it was found no longer needed', TODAY_PARTS);
    await user.type(
      screen.getByRole('textbox', { name: 'Why is it no longer needed?' }),
      'Overtaken by the school move',
    );
    for (const radio of followUpRadios('Still open').slice(2)) await user.click(radio);

    for (const question of Object.values(QUESTIONS)) {
      await answer(user, question, question === QUESTIONS.socialWorkerVisits ? 'No' : 'Yes');
    }
    await user.type(
      screen.getByRole('textbox', { name: `Note (optional) on “${QUESTIONS.socialWorkerVisits}”` }),
      'Two visits were missed',
    );

    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(
      await screen.findByText('Review held on 16 March 2026 recorded', {}, { timeout: 5000 }),
    ).toBeVisible();

    const saved = await api.getChild(child.id);
    const review = saved.reviews.find((r) => r.heldOn === TEST_TODAY)!;
    expect(review.attendees).toEqual([
      { name: 'Sam Patel', role: 'Foster carer', method: 'video' },
      { name: 'Jo Khan', role: 'Social worker', method: 'written' },
    ]);
    expect(review.childViews).toBe('Wants to stay at their school');
    expect(review.decisions).toBe('The care plan continues as agreed');
    expect(review.carePlanEndorsed).toBe(true);
    expect(review.qualityChecks).toEqual({
      permanencePlan: { answer: 'yes', note: null },
      healthAssessment: { answer: 'yes', note: null },
      educationPlan: { answer: 'yes', note: null },
      socialWorkerVisits: { answer: 'no', note: 'Two visits were missed' },
      toldAboutAdvocacy: { answer: 'yes', note: null },
    });
    const recommendation = (row: FollowUpRow) =>
      saved.reviews
        .find((r) => r.id === row.reviewId)
        ?.recommendations.find((r) => r.id === row.recommendationId);
    expect(recommendation(followUps[0]!)).toMatchObject({
      completedOn: TEST_TODAY,
      noLongerNeeded: null,
    });
    expect(recommendation(followUps[1]!)).toMatchObject({
      completedOn: null,
      noLongerNeeded: { on: TEST_TODAY, note: 'Overtaken by the school move' },
    });
    for (const row of followUps.slice(2)) {
      expect(recommendation(row)).toMatchObject({ completedOn: null, noLongerNeeded: null });
    }

    // The child's record shows it, the newest review first, its record folded away.
    const timeline = screen.getByRole('region', { name: 'This period of care' });
    await user.click(within(timeline).getAllByText('Record of the review')[0]!);
    expect(within(timeline).getByText('Sam Patel, Foster carer (By video call)')).toBeVisible();
    expect(within(timeline).getByText('Jo Khan, Social worker (In writing)')).toBeVisible();
    expect(within(timeline).getByText('Wants to stay at their school')).toBeVisible();
    expect(within(timeline).getByText('The care plan continues as agreed')).toBeVisible();
    expect(
      within(timeline).getByText(
        listItemWithText(`${QUESTIONS.socialWorkerVisits} No: Two visits were missed`),
      ),
    ).toBeVisible();
    expect(within(timeline).getAllByText('Decisions not sent to the manager yet')[0]).toBeVisible();
    // The earlier review shows its recommendations as they are now.
    const done = followUps[0]!;
    expect(
      within(timeline).getAllByText(
        listItemWithText(
          `${done.action} (${done.owner}, target date ${formatDate(done.targetDate)}): Done on 16 March 2026`,
        ),
      ).length,
    ).toBeGreaterThan(0);
  });

  it('explains what is missing: the decisions and the care plan, the quality checks and each follow-up', async () => {
    const { child, followUps } = await childToReview(2);
    const { user } = await openForm(child.id);
    await fillRequired(user);
    await typeDate(user, 'Date the decisions were sent (optional)', TODAY_PARTS);
    await answer(user, QUESTIONS.permanencePlan, 'Not applicable');
    // The first follow-up left unanswered; the second no longer needed, without saying why.
    await user.click(followUpRadios('No longer needed')[1]!);
    await typeDate(user, 'Date it was found no longer needed', TODAY_PARTS);
    for (const radio of followUpRadios('Still open').slice(2)) await user.click(radio);
    await user.click(screen.getByRole('button', { name: 'Save review' }));

    const messages = [
      'Enter the decisions before the date they were sent',
      'Select whether the review endorsed the care plan before the date the decisions were sent',
      `Select what happened to “${followUps[0]!.action}”`,
      'Enter why the recommendation is no longer needed',
      'A permanence plan is expected by the second review: answer yes or no',
      `Select an answer to “${QUESTIONS.healthAssessment}”`,
      `Select an answer to “${QUESTIONS.educationPlan}”`,
      `Select an answer to “${QUESTIONS.socialWorkerVisits}”`,
      `Select an answer to “${QUESTIONS.toldAboutAdvocacy}”`,
    ];
    expect(await errorSummaryMessages()).toEqual(messages);
    const href = (message: string) => screen.getByRole('link', { name: message });
    expect(href(messages[0]!)).toHaveAttribute('href', '#decisions');
    expect(href(messages[1]!)).toHaveAttribute('href', '#carePlanEndorsed');
    expect(href(messages[2]!)).toHaveAttribute('href', '#followUps-0-outcome');
    expect(href(messages[3]!)).toHaveAttribute('href', '#followUps-1-note');
    expect(href(messages[4]!)).toHaveAttribute('href', '#qualityChecks-permanencePlan-answer');

    // Each message is by its field too.
    expect(screen.getByRole('textbox', { name: 'Decisions' })).toHaveAccessibleDescription(
      expect.stringContaining(messages[0]!),
    );
    expect(
      screen.getByRole('group', { name: 'Did the review endorse the care plan?' }),
    ).toHaveAccessibleDescription(expect.stringContaining(messages[1]!));
    expect(
      screen.getByRole('textbox', { name: 'Why is it no longer needed?' }),
    ).toHaveAccessibleDescription(expect.stringContaining(messages[3]!));
    expect(
      screen.getByRole('group', { name: QUESTIONS.permanencePlan }),
    ).toHaveAccessibleDescription(expect.stringContaining(messages[4]!));
    await user.click(href(messages[2]!));
    expect(followUpRadios('Still open')[0]).toHaveFocus();

    // Put right, it saves.
    await user.type(screen.getByRole('textbox', { name: 'Decisions' }), 'The plan continues');
    await answer(user, 'Did the review endorse the care plan?', 'No');
    await user.click(followUpRadios('Still open')[0]!);
    await user.type(
      screen.getByRole('textbox', { name: 'Why is it no longer needed?' }),
      'Done by the school',
    );
    for (const question of Object.values(QUESTIONS)) await answer(user, question, 'Yes');
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText('Review held on 16 March 2026 recorded')).toBeVisible();
    const review = (await api.getChild(child.id)).reviews.find((r) => r.heldOn === TEST_TODAY)!;
    expect(review).toMatchObject({
      decisions: 'The plan continues',
      carePlanEndorsed: false,
      decisionsSentOn: TEST_TODAY,
    });
  });

  it('sends no quality checks when none is answered, and says so when there are no earlier recommendations', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    let target: ChildDetail | undefined;
    for (const summary of children) {
      if (summary.age < 5 || summary.nextReview.due < TEST_TODAY) continue;
      const child = await api.getChild(summary.id);
      if (followUpRowsFor(child).length === 0 && child.history.at(-1)?.held !== TEST_TODAY) {
        target = child;
        break;
      }
    }
    if (target === undefined) throw new Error('No child without open earlier recommendations');
    const { user } = await openForm(target.id);
    expect(screen.getByText('No open recommendations from earlier reviews.')).toBeVisible();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText('Review held on 16 March 2026 recorded')).toBeVisible();
    const review = (await api.getChild(target.id)).reviews.find((r) => r.heldOn === TEST_TODAY)!;
    expect(review).toMatchObject({
      qualityChecks: null,
      attendees: [],
      childViews: null,
      decisions: null,
      carePlanEndorsed: null,
    });
  });

  it('shows the backend’s errors on the new fields and keeps everything typed', async () => {
    // Set up before the backend is made to refuse every review.
    const { child } = await childToReview(1);
    server.use(
      http.post('*/api/children/:childId/reviews', () =>
        HttpResponse.json(
          {
            type: 'validation',
            title: 'There is a problem',
            status: 422,
            detail: 'Invalid',
            errors: [
              { field: 'followUps.0.on', message: 'Follow-up date refused' },
              { field: 'attendees.0.method', message: 'Method refused' },
              { field: 'childViews', message: 'Views refused' },
              { field: 'qualityChecks.educationPlan.note', message: 'Note refused' },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = await openForm(child.id);
    await fillRequired(user);
    await addPerson(user, 1, 'Sam Patel', 'Foster carer', 'Phone');
    await user.type(
      screen.getByRole('textbox', { name: 'The child’s views (optional)' }),
      'Happy at home',
    );
    await user.click(followUpRadios('Done')[0]!);
    await typeDate(user, 'Date the action was completed', TODAY_PARTS);
    for (const radio of followUpRadios('Still open').slice(1)) await user.click(radio);
    for (const question of Object.values(QUESTIONS)) await answer(user, question, 'Yes');
    await user.type(
      screen.getByRole('textbox', { name: `Note (optional) on “${QUESTIONS.educationPlan}”` }),
      'PEP review booked',
    );
    await user.click(screen.getByRole('button', { name: 'Save review' }));

    expect(await errorSummaryMessages()).toEqual([
      'Method refused',
      'Views refused',
      'Follow-up date refused',
      'Note refused',
    ]);
    const href = (message: string) => screen.getByRole('link', { name: message });
    expect(href('Method refused')).toHaveAttribute('href', '#attendees-0-method');
    expect(href('Views refused')).toHaveAttribute('href', '#childViews');
    expect(href('Follow-up date refused')).toHaveAttribute('href', '#followUps-0-on-day');
    expect(href('Note refused')).toHaveAttribute('href', '#qualityChecks-educationPlan-note');
    expect(
      screen.getByRole('group', { name: 'Date the action was completed' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Follow-up date refused'));

    // Nothing typed is lost.
    expect(screen.getByRole('textbox', { name: 'Name of person 1' })).toHaveValue('Sam Patel');
    expect(
      within(screen.getByRole('group', { name: 'How did they take part? of person 1' })).getByRole(
        'radio',
        { name: 'Phone' },
      ),
    ).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'The child’s views (optional)' })).toHaveValue(
      'Happy at home',
    );
    expect(followUpRadios('Done')[0]).toBeChecked();
    expect(
      within(screen.getByRole('group', { name: 'Date the action was completed' })).getByLabelText(
        'Day',
      ),
    ).toHaveValue('16');
    expect(
      screen.getByRole('textbox', { name: `Note (optional) on “${QUESTIONS.educationPlan}”` }),
    ).toHaveValue('PEP review booked');
  });
});

describe('an earlier recommendation marked by someone else meanwhile', { timeout: 30_000 }, () => {
  it('explains the conflict, reloads the list and keeps what was answered', async () => {
    const { child, followUps } = await childToReview(2);
    const { user } = await openForm(child.id);
    await fillRequired(user);
    for (const radio of followUpRadios('Still open')) await user.click(radio);
    // Someone else marks the first one done after the form was opened.
    const [taken, kept] = followUps as [FollowUpRow, FollowUpRow];
    const before = (await api.getChild(child.id)).reviews.find((r) => r.id === taken.reviewId)!;
    await api.updateRecommendation(taken.reviewId, taken.recommendationId, {
      version: before.version,
      outcome: 'done',
      on: TEST_TODAY,
    });
    await user.click(screen.getByRole('button', { name: 'Save review' }));

    const alert = await screen.findByRole('alert', {
      name: 'warning: Someone else has changed this record',
    });
    expect(within(alert).getByText(new RegExp(`“${taken.action}” was marked done`))).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: 'Reload the current record' }));
    expect(
      await screen.findByText(/The earlier recommendations now show the record/),
    ).toBeVisible();
    expect(followUpRadios('Still open')).toHaveLength(followUps.length - 1);
    expect(
      within(screen.getAllByRole('group', { name: kept.action })[0]!).getByRole('radio', {
        name: 'Still open',
      }),
    ).toBeChecked();
    expect(screen.getByRole('radio', { name: 'PN1' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Save review' }));
    expect(await screen.findByText('Review held on 16 March 2026 recorded')).toBeVisible();
  });
});

/** Hannah's first child aged 5 or over whose latest review has an open recommendation. */
async function latestReviewWithOpenRecommendation(): Promise<{
  child: ChildDetail;
  review: Review;
}> {
  const children = await childrenVisibleTo(STAFF.hannah);
  for (const summary of children.filter((c) => c.age >= 5)) {
    const child = await api.getChild(summary.id);
    const review = child.reviews.filter((r) => r.withdrawn === null).at(-1);
    if (
      review !== undefined &&
      review.attendees.length > 0 &&
      review.recommendations.some((r) => r.completedOn === null && r.noLongerNeeded === null)
    ) {
      return { child, review };
    }
  }
  throw new Error('No matching review');
}

describe('changing the record of a saved review', { timeout: 30_000 }, () => {
  it('shows what was saved, keeps a recommendation no longer needed as it is, and saves the changes', async () => {
    const { child, review: before } = await latestReviewWithOpenRecommendation();
    const open = before.recommendations.find(
      (r) => r.completedOn === null && r.noLongerNeeded === null,
    )!;
    const review = await api.updateRecommendation(before.id, open.id, {
      version: before.version,
      outcome: 'not-needed',
      on: before.heldOn,
      note: 'Overtaken by the placement move',
    });
    const { user } = await renderPage({
      routes,
      path: paths.editReview(child.id, review.id),
      keepDatabase: true,
    });
    await screen.findByRole('heading', { level: 1, name: 'Change a review' });

    const [first] = review.attendees;
    expect(screen.getByRole('textbox', { name: 'Name of person 1' })).toHaveValue(first!.name);
    expect(screen.getByRole('textbox', { name: 'Role of person 1' })).toHaveValue(first!.role);
    expect(screen.getByRole('textbox', { name: 'The child’s views (optional)' })).toHaveValue(
      review.childViews ?? '',
    );
    if (review.managerSignOffOn === null) {
      expect(screen.getByRole('textbox', { name: 'Decisions' })).toHaveValue(
        review.decisions ?? '',
      );
    } else {
      expect(screen.queryByRole('textbox', { name: 'Decisions' })).not.toBeInTheDocument();
      expect(screen.getByText(/the decisions cannot be changed\.$/)).toBeVisible();
    }
    if (review.carePlanEndorsed !== null) {
      expect(
        within(
          screen.getByRole('group', { name: 'Did the review endorse the care plan?' }),
        ).getByRole('radio', { name: review.carePlanEndorsed ? 'Yes' : 'No' }),
      ).toBeChecked();
    }
    if (review.qualityChecks !== null) {
      expect(
        within(screen.getByRole('group', { name: QUESTIONS.healthAssessment })).getByRole('radio', {
          name: review.qualityChecks.healthAssessment.answer === 'yes' ? 'Yes' : 'No',
        }),
      ).toBeChecked();
    }
    // Follow-ups are asked when recording the next review, not here.
    expect(
      screen.queryByRole('heading', { name: 'Earlier recommendations' }),
    ).not.toBeInTheDocument();
    // The recommendation closed as no longer needed is shown as such, with no date completed.
    const index = review.recommendations.findIndex((r) => r.id === open.id);
    const row = screen.getByRole('group', { name: `Recommendation ${index + 1}` });
    expect(
      within(row).getByText(
        `Found no longer needed on ${formatDate(before.heldOn)}: Overtaken by the placement move`,
        { exact: false },
      ),
    ).toBeVisible();
    expect(
      within(row).queryByRole('group', { name: 'Date completed (optional)' }),
    ).not.toBeInTheDocument();

    const views = screen.getByRole('textbox', { name: 'The child’s views (optional)' });
    await user.clear(views);
    await user.type(views, 'Views updated after the meeting');
    await addPerson(
      user,
      review.attendees.length + 1,
      'Ali Reza',
      'Designated teacher',
      'In person',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/^Review held on .* updated$/)).toBeVisible();

    const saved = (await api.getChild(child.id)).reviews.find((r) => r.id === review.id)!;
    expect(saved.childViews).toBe('Views updated after the meeting');
    expect(saved.attendees).toEqual([
      ...review.attendees,
      { name: 'Ali Reza', role: 'Designated teacher', method: 'in-person' },
    ]);
    expect(saved.recommendations.find((r) => r.id === open.id)).toMatchObject({
      completedOn: null,
      noLongerNeeded: { on: before.heldOn, note: 'Overtaken by the placement move' },
    });
    expect(saved.qualityChecks).toEqual(review.qualityChecks);
    expect(saved.decisions).toBe(review.decisions);
    expect(saved.carePlanEndorsed).toBe(review.carePlanEndorsed);
  });
});

/** Hannah's first child (aged 5 or over) with a review of this period that matches. */
async function reviewWhere(
  match: (review: Review) => boolean,
): Promise<{ child: ChildDetail; review: Review }> {
  const children = await childrenVisibleTo(STAFF.hannah);
  for (const summary of children.filter((c) => c.age >= 5)) {
    const child = await api.getChild(summary.id);
    const review = child.reviews.find(
      (r) => r.withdrawn === null && r.heldOn >= child.currentPeriod.start && match(r),
    );
    if (review !== undefined) return { child, review };
  }
  throw new Error('No matching review');
}

describe('the sign-off on the child’s record', { timeout: 30_000 }, () => {
  it('shows a query with the IRO’s answer, then awaiting the manager’s sign-off', async () => {
    // Every seeded review of the period is signed off: record one whose decisions are sent today.
    const { child } = await childToReview(0);
    const review = await api.recordReview(child.id, {
      heldOn: TEST_TODAY,
      participationCode: 'PN1',
      participationMethod: 'in-person',
      advocacy: { offered: true, referralMade: false, declined: true },
      decisions: 'The care plan continues',
      carePlanEndorsed: true,
      decisionsSentOn: TEST_TODAY,
    });
    await signIn(STAFF.margaret);
    const queried = await api.signOffReview(review.id, {
      version: review.version,
      decision: 'query',
      reason: 'Say when the health assessment will be done',
    });
    const query = queried.signOffQueries[0]!;
    await signIn(STAFF.hannah);
    await api.answerSignOffQuery(review.id, query.id, {
      version: queried.version,
      answer: 'Booked for 30 March',
    });

    await renderPage({ routes, path: paths.child(child.id), keepDatabase: true });
    const timeline = await screen.findByRole('region', { name: 'This period of care' });
    expect(
      within(timeline).getByText(
        `Queried by ${query.raisedBy.name} on 16 March 2026: Say when the health assessment will be done`,
        { exact: false },
      ),
    ).toBeVisible();
    expect(
      within(timeline).getByText('Answered by Hannah Okoye on 16 March 2026: Booked for 30 March', {
        exact: false,
      }),
    ).toBeVisible();
    expect(within(timeline).getAllByText('Awaiting the manager’s sign-off')[0]).toBeVisible();
  });

  it('says who signed the decisions off, and when', async () => {
    const { child, review } = await reviewWhere((r) => r.signedOffBy !== null);
    await renderPage({ routes, path: paths.child(child.id), keepDatabase: true });
    const timeline = await screen.findByRole('region', { name: 'This period of care' });
    expect(
      within(timeline).getAllByText(
        `Signed off by ${review.signedOffBy!.name} on ${formatDate(review.managerSignOffOn!)}`,
      )[0],
    ).toBeVisible();
  });
});
