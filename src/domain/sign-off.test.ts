import { describe, expect, it } from 'vitest';
import {
  openSignOffQuery,
  signOffAnswerProblems,
  signOffDecisionProblems,
  signOffState,
  type SignOffSubject,
} from './sign-off';

const sent: SignOffSubject = {
  decisionsSentOn: '2026-03-10',
  decisions: 'The plan is endorsed.',
  managerSignOffOn: null,
  signOffQueries: [],
};
const query = { raisedOn: '2026-03-12', reason: 'When is the PEP?', answer: null };
const answered = { ...query, answer: { on: '2026-03-13', text: 'By April' } };

describe('the state of a review’s sign-off', () => {
  it('follows the decisions, the queries and the sign-off', () => {
    expect(signOffState({ ...sent, decisionsSentOn: null })).toBe('decisions-not-sent');
    expect(signOffState(sent)).toBe('awaiting-manager');
    expect(signOffState({ ...sent, signOffQueries: [query] })).toBe('queried');
    expect(signOffState({ ...sent, signOffQueries: [answered] })).toBe('awaiting-manager');
    expect(signOffState({ ...sent, managerSignOffOn: '2026-03-14' })).toBe('signed-off');
    expect(openSignOffQuery({ signOffQueries: [answered, query] })).toBe(query);
  });
});

describe('the manager’s decision', () => {
  it('agrees or queries with a reason', () => {
    expect(signOffDecisionProblems(sent, { decision: 'agree', reason: null })).toEqual([]);
    expect(signOffDecisionProblems(sent, { decision: null, reason: null })).toEqual([
      { field: 'decision', message: 'Select whether you agree the decisions or query them' },
    ]);
    expect(signOffDecisionProblems(sent, { decision: 'query', reason: ' ' })).toEqual([
      { field: 'reason', message: 'Enter what you are querying and why' },
    ]);
    expect(signOffDecisionProblems(sent, { decision: 'query', reason: 'x'.repeat(1001) })).toEqual([
      { field: 'reason', message: 'Your query must be 1000 characters or fewer' },
    ]);
  });

  it('cannot decide before the decisions are sent, while a query waits, or twice', () => {
    const agree = { decision: 'agree' as const, reason: null };
    expect(signOffDecisionProblems({ ...sent, decisionsSentOn: null }, agree)[0]?.message).toBe(
      'The IRO has not sent the review’s decisions yet: there is nothing to sign off',
    );
    expect(signOffDecisionProblems({ ...sent, decisions: ' ' }, agree)[0]?.field).toBe('decision');
    expect(signOffDecisionProblems({ ...sent, signOffQueries: [query] }, agree)).toEqual([
      {
        field: 'decision',
        message:
          'Your query of 12 March 2026 is waiting for the IRO’s answer: you can agree or query again once they answer',
      },
    ]);
    expect(signOffDecisionProblems({ ...sent, signOffQueries: [answered] }, agree)).toEqual([]);
    expect(signOffDecisionProblems({ ...sent, managerSignOffOn: '2026-03-14' }, agree)).toEqual([
      { field: 'decision', message: 'The decisions were already signed off on 14 March 2026' },
    ]);
  });
});

describe('the IRO’s answer', () => {
  it('answers the open query, in words', () => {
    const queried = { ...sent, signOffQueries: [query] };
    expect(signOffAnswerProblems(queried, 'By April')).toEqual([]);
    expect(signOffAnswerProblems(queried, '')).toEqual([
      { field: 'answer', message: 'Enter your answer to the manager’s query' },
    ]);
    expect(signOffAnswerProblems(queried, 'x'.repeat(2001))).toEqual([
      { field: 'answer', message: 'Your answer must be 2000 characters or fewer' },
    ]);
    expect(signOffAnswerProblems(sent, 'By April')).toEqual([
      { field: 'answer', message: 'There is no open query on this review’s decisions to answer' },
    ]);
  });
});
