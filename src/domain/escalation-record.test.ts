import { describe, expect, it } from 'vitest';
import {
  escalationChangeProblems,
  escalationRaisedProblems,
  type EscalationState,
} from './escalation-record';

const TODAY = '2026-03-16';
const OPEN: EscalationState = {
  stage: 2,
  raisedOn: '2026-02-02',
  resolvedOn: null,
  stages: [{ reachedOn: '2026-02-02' }, { reachedOn: '2026-02-20' }],
};

describe('escalationRaisedProblems', () => {
  it('is today or in the past', () => {
    expect(escalationRaisedProblems({ raisedOn: TODAY }, { today: TODAY })).toEqual([]);
    expect(escalationRaisedProblems({ raisedOn: '2026-03-17' }, { today: TODAY })).toEqual([
      { field: 'raisedOn', message: 'Date the escalation was raised must be today or in the past' },
    ]);
  });

  it('is not before the child became looked after, when that is given', () => {
    const context = { today: TODAY, lookedAfterOn: '2024-05-07' };
    expect(escalationRaisedProblems({ raisedOn: '2024-05-07' }, context)).toEqual([]);
    expect(escalationRaisedProblems({ raisedOn: '2024-05-06' }, context)).toEqual([
      {
        field: 'raisedOn',
        message:
          'Date the escalation was raised cannot be before the child became looked after on 7 May 2024',
      },
    ]);
    expect(escalationRaisedProblems({ raisedOn: '2024-05-06' }, { today: TODAY })).toEqual([]);
    expect(escalationRaisedProblems({ raisedOn: null }, context)).toEqual([]);
  });
});

describe('escalationChangeProblems', () => {
  it('moves on from the stage it is at, on a date from that stage to today', () => {
    const advance = (on: string | null) =>
      escalationChangeProblems(OPEN, { action: 'advance', on }, TODAY);
    expect(advance('2026-02-20')).toEqual([]);
    expect(advance(TODAY)).toEqual([]);
    expect(advance(null)).toEqual([]);
    expect(advance('2026-02-19')).toEqual([
      {
        field: 'on',
        message:
          'Date the escalation moved to the next stage must be the same as or after 20 February 2026',
      },
    ]);
    expect(advance('2026-03-17')).toEqual([
      {
        field: 'on',
        message: 'Date the escalation moved to the next stage must be today or in the past',
      },
    ]);
  });

  it('uses the day it was raised when no stage is recorded', () => {
    const bare = { ...OPEN, stage: 1 as const, stages: [] };
    expect(escalationChangeProblems(bare, { action: 'advance', on: '2026-02-02' }, TODAY)).toEqual(
      [],
    );
    expect(
      escalationChangeProblems(bare, { action: 'advance', on: '2026-02-01' }, TODAY)[0]?.message,
    ).toBe(
      'Date the escalation moved to the next stage must be the same as or after 2 February 2026',
    );
  });

  it('does not move past stage 3', () => {
    const last = { ...OPEN, stage: 3 as const };
    expect(escalationChangeProblems(last, { action: 'advance', on: TODAY }, TODAY)).toEqual([
      { field: 'action', message: 'The escalation is already at stage 3, the last stage' },
    ]);
    expect(escalationChangeProblems(last, { action: 'resolve', resolvedOn: TODAY }, TODAY)).toEqual(
      [],
    );
  });

  it('is resolved on a date from the day it was raised to today', () => {
    const resolve = (resolvedOn: string | null) =>
      escalationChangeProblems(OPEN, { action: 'resolve', resolvedOn }, TODAY);
    expect(resolve('2026-02-02')).toEqual([]);
    expect(resolve(TODAY)).toEqual([]);
    expect(resolve(null)).toEqual([]);
    expect(resolve('2026-02-01')).toEqual([
      {
        field: 'resolvedOn',
        message:
          'Date the escalation was resolved must be the same as or after it was raised on 2 February 2026',
      },
    ]);
    expect(resolve('2026-03-17')).toEqual([
      {
        field: 'resolvedOn',
        message: 'Date the escalation was resolved must be today or in the past',
      },
    ]);
  });

  it('changes nothing once resolved: that is the only message', () => {
    const resolved = { ...OPEN, resolvedOn: '2026-03-01' };
    const message = 'This escalation was resolved on 1 March 2026: raise a new one';
    expect(
      escalationChangeProblems(resolved, { action: 'resolve', resolvedOn: '2030-01-01' }, TODAY),
    ).toEqual([{ field: 'action', message }]);
    expect(
      escalationChangeProblems(resolved, { action: 'advance', on: '2030-01-01' }, TODAY),
    ).toEqual([{ field: 'action', message }]);
  });
});
