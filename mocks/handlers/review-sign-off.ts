// The manager's sign-off: a team manager reads the decisions and agrees or queries them; a query
// goes back to the IRO, who answers it (and may revise the decisions); the manager then decides
// again. Rules in src/domain/sign-off.ts, the same the pages run.
import {
  formatDate,
  openSignOffQuery,
  reviewWithdrawalProblems,
  signOffAnswerProblems,
  signOffDecisionProblems,
} from '@/domain';
import { answerSignOffQueryBodySchema, signOffBodySchema, type Review } from '@/lib/api/schemas';
import type { Database } from '../db/database';
import { problems } from '../http/problem';
import { route } from '../http/route';
import {
  assertAllocatedIro,
  assertVersion,
  auditEvent,
  changesBetween,
  newId,
  nowInstant,
} from '../http/support';
import { json, readBody } from '../http/validation';
import { loadReview, textOrNull } from './review-support';

function assertCounted(review: Review): void {
  const withdrawn = reviewWithdrawalProblems(review);
  if (withdrawn.length > 0) {
    throw problems.validation(withdrawn.map((problem) => ({ ...problem, field: 'decision' })));
  }
}

function readReview(db: Database, reviewId: string) {
  return () => db.get('reviews', reviewId);
}

export const signOffHandlers = [
  route('signOffReview', async ({ request, db, params, user }) => {
    const { review, child } = loadReview(db, params.reviewId);
    const body = await readBody(request, signOffBodySchema);
    assertVersion(review, body.version, readReview(db, review.id), 'review');
    assertCounted(review);
    const found = signOffDecisionProblems(review, {
      decision: body.decision,
      reason: body.reason ?? null,
    });
    if (found.length > 0) throw problems.validation(found);
    const by = { id: user.id, name: user.name };
    const held = formatDate(review.heldOn);
    const updated: Review =
      body.decision === 'agree'
        ? { ...review, managerSignOffOn: db.today, signedOffBy: by, version: review.version + 1 }
        : {
            ...review,
            signOffQueries: [
              ...review.signOffQueries,
              {
                id: newId('soq'),
                raisedOn: db.today,
                raisedAt: nowInstant(db),
                raisedBy: by,
                reason: textOrNull(body.reason) ?? '',
                answer: null,
              },
            ],
            version: review.version + 1,
          };
    const event = auditEvent(db, user, {
      entity: 'review',
      entityId: review.id,
      childId: child.id,
      action: body.decision === 'agree' ? 'signed-off' : 'queried',
      summary:
        body.decision === 'agree'
          ? `${user.name} agreed and signed off the decisions of the review held on ${held}`
          : `${user.name} queried the decisions of the review held on ${held}: ${textOrNull(body.reason) ?? ''}`,
      changes: changesBetween(review, updated),
    });
    await db.commit({ puts: { reviews: [updated], auditEvents: [event] }, deletes: {} });
    return json(updated);
  }),

  route('answerSignOffQuery', async ({ request, db, params, user }) => {
    const { review, child } = loadReview(db, params.reviewId);
    assertAllocatedIro(user, child, 'answer a query of the review’s decisions');
    const body = await readBody(request, answerSignOffQueryBodySchema);
    assertVersion(review, body.version, readReview(db, review.id), 'review');
    assertCounted(review);
    const open = openSignOffQuery(review);
    if (open !== null && open.id !== params.queryId) {
      throw problems.notFound('open query', params.queryId ?? '');
    }
    const found = signOffAnswerProblems(review, body.answer ?? null);
    if (found.length > 0) throw problems.validation(found);
    const revised = textOrNull(body.decisions);
    const answer = {
      on: db.today,
      at: nowInstant(db),
      by: { id: user.id, name: user.name },
      text: textOrNull(body.answer) ?? '',
    };
    const updated: Review = {
      ...review,
      decisions: revised ?? review.decisions,
      signOffQueries: review.signOffQueries.map((query) =>
        query.id === open?.id ? { ...query, answer } : query,
      ),
      version: review.version + 1,
    };
    const event = auditEvent(db, user, {
      entity: 'review',
      entityId: review.id,
      childId: child.id,
      action: 'query-answered',
      summary: `${user.name} answered the manager’s query of the decisions of the review held on ${formatDate(review.heldOn)}${revised !== null && revised !== review.decisions ? ', and revised the decisions' : ''}: ${answer.text}`,
      changes: changesBetween(review, updated),
    });
    await db.commit({ puts: { reviews: [updated], auditEvents: [event] }, deletes: {} });
    return json(updated);
  }),
];
