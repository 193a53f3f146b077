import { describe, expect, it } from 'vitest';
import {
  compareOutstanding,
  isPastTarget,
  openRecommendations,
  recommendationOutcomeProblems,
  recommendationState,
} from './recommendations';

const open = { targetDate: '2026-03-10', completedOn: null, noLongerNeeded: null };
const done = { ...open, completedOn: '2026-03-12' };
const closed = { ...open, noLongerNeeded: { on: '2026-03-12', note: 'Moved school' } };
const context = { today: '2026-03-16', reviewHeldOn: '2026-02-01' };

describe('a recommendation’s state', () => {
  it('is open until done or no longer needed', () => {
    expect(recommendationState(open)).toBe('open');
    expect(recommendationState(done)).toBe('done');
    expect(recommendationState(closed)).toBe('not-needed');
  });

  it('is past target from the day after its target date, while open', () => {
    expect(isPastTarget(open, '2026-03-10')).toBe(false);
    expect(isPastTarget(open, '2026-03-11')).toBe(true);
    expect(isPastTarget(done, '2026-03-11')).toBe(false);
  });
});

describe('following up a recommendation', () => {
  it('says which recommendation needs an answer', () => {
    expect(
      recommendationOutcomeProblems(
        { outcome: null, on: null, note: null },
        { ...context, action: 'Book the dentist' },
      ),
    ).toEqual([{ field: 'outcome', message: 'Select what happened to “Book the dentist”' }]);
  });

  it('needs an outcome; done and no longer needed need a date, no longer needed a note', () => {
    expect(recommendationOutcomeProblems({ outcome: null, on: null, note: null }, context)).toEqual(
      [{ field: 'outcome', message: 'Select what happened to the recommendation' }],
    );
    expect(
      recommendationOutcomeProblems({ outcome: 'open', on: null, note: null }, context),
    ).toEqual([]);
    expect(
      recommendationOutcomeProblems({ outcome: 'done', on: null, note: null }, context),
    ).toEqual([{ field: 'on', message: 'Enter the date the action was completed' }]);
    expect(
      recommendationOutcomeProblems(
        { outcome: 'not-needed', on: '2026-03-16', note: ' ' },
        context,
      ),
    ).toEqual([{ field: 'note', message: 'Enter why the recommendation is no longer needed' }]);
  });

  it('dates it between the review that made it and today', () => {
    expect(
      recommendationOutcomeProblems({ outcome: 'done', on: '2026-03-17', note: null }, context),
    ).toEqual([
      { field: 'on', message: 'Date the action was completed must be today or in the past' },
    ]);
    expect(
      recommendationOutcomeProblems(
        { outcome: 'not-needed', on: '2026-01-31', note: 'x' },
        context,
      ),
    ).toEqual([
      {
        field: 'on',
        message:
          'Date it was found no longer needed must be the same as or after the review that made it, on 1 February 2026',
      },
    ]);
    expect(
      recommendationOutcomeProblems({ outcome: 'done', on: '2026-02-01', note: null }, context),
    ).toEqual([]);
  });
});

describe('open recommendations across reviews', () => {
  it('lists the open ones of every review, oldest review first', () => {
    const reviews = [
      {
        id: 'b',
        heldOn: '2026-03-01',
        recommendations: [
          { ...open, id: 'b1' },
          { ...done, id: 'b2' },
        ],
      },
      {
        id: 'a',
        heldOn: '2025-09-01',
        recommendations: [
          { ...closed, id: 'a1' },
          { ...open, id: 'a2' },
        ],
      },
    ];
    expect(
      openRecommendations(reviews).map((item) => [item.reviewId, item.recommendation.id]),
    ).toEqual([
      ['a', 'a2'],
      ['b', 'b1'],
    ]);
  });

  it('sorts past target first, then by target date', () => {
    const today = '2026-03-16';
    const items = [
      { targetDate: '2026-04-01', reviewHeldOn: '2026-03-01' },
      { targetDate: '2026-03-15', reviewHeldOn: '2026-03-01' },
      { targetDate: '2026-03-16', reviewHeldOn: '2026-03-01' },
      { targetDate: '2026-01-01', reviewHeldOn: '2025-09-01' },
    ];
    expect(
      [...items].sort((a, b) => compareOutstanding(a, b, today)).map((item) => item.targetDate),
    ).toEqual(['2026-01-01', '2026-03-15', '2026-03-16', '2026-04-01']);
  });
});
