import { describe, expect, it } from 'vitest';
import {
  cafcassReferralProblems,
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
  cafcassReferredOn: null,
};
const REFERRAL_BEFORE_RAISED =
  'Date of the referral to Cafcass must be the same as or after the escalation was raised on 2 February 2026';

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

describe('cafcassReferralProblems', () => {
  const refer = (on: string | null, escalation: Partial<EscalationState> = {}) =>
    cafcassReferralProblems({ ...OPEN, ...escalation }, on, TODAY);

  it('is on a date from the day the escalation was raised to today', () => {
    expect(refer('2026-02-02')).toEqual([]);
    expect(refer(TODAY)).toEqual([]);
    expect(refer(null)).toEqual([]);
    expect(refer('2026-02-01')).toEqual([
      { field: 'cafcassReferredOn', message: REFERRAL_BEFORE_RAISED },
    ]);
    expect(refer('2026-03-17')).toEqual([
      {
        field: 'cafcassReferredOn',
        message: 'Date of the referral to Cafcass must be today or in the past',
      },
    ]);
  });

  it('is made once only: an escalation already referred gives that one message', () => {
    expect(refer('2030-01-01', { cafcassReferredOn: '2026-03-02' })).toEqual([
      { field: 'action', message: 'The case was already referred to Cafcass on 2 March 2026' },
    ]);
  });

  it('judges nothing against a raised date that is unknown', () => {
    expect(
      cafcassReferralProblems({ raisedOn: null, cafcassReferredOn: null }, '2001-01-01', TODAY),
    ).toEqual([]);
  });
});

describe('a referral to Cafcass with the escalation or at any stage', () => {
  it('may be made when the escalation is raised, by the same rule', () => {
    const raise = (raisedOn: string | null, cafcassReferredOn: string | null) =>
      escalationRaisedProblems({ raisedOn, cafcassReferredOn }, { today: TODAY });
    expect(raise('2026-02-02', '2026-02-02')).toEqual([]);
    expect(raise('2026-02-02', null)).toEqual([]);
    expect(raise('2026-02-02', '2026-02-01')).toEqual([
      { field: 'cafcassReferredOn', message: REFERRAL_BEFORE_RAISED },
    ]);
    expect(raise('2026-02-02', '2026-03-17')[0]?.field).toBe('cafcassReferredOn');
    // A raised date with a problem of its own is not used to judge the referral: one message.
    expect(raise('2026-03-20', '2026-03-10')).toEqual([
      { field: 'raisedOn', message: 'Date the escalation was raised must be today or in the past' },
    ]);
  });

  it('is made at any stage of an open escalation, without moving it on', () => {
    const change = { action: 'refer-to-cafcass', cafcassReferredOn: TODAY } as const;
    for (const stage of [1, 2, 3] as const) {
      expect(escalationChangeProblems({ ...OPEN, stage }, change, TODAY)).toEqual([]);
    }
    expect(
      escalationChangeProblems(OPEN, { ...change, cafcassReferredOn: '2026-02-01' }, TODAY),
    ).toEqual([{ field: 'cafcassReferredOn', message: REFERRAL_BEFORE_RAISED }]);
    expect(
      escalationChangeProblems({ ...OPEN, cafcassReferredOn: '2026-03-02' }, change, TODAY),
    ).toEqual([
      { field: 'action', message: 'The case was already referred to Cafcass on 2 March 2026' },
    ]);
  });

  it('is not made on a resolved escalation', () => {
    const resolved = { ...OPEN, resolvedOn: '2026-03-01' };
    expect(
      escalationChangeProblems(
        resolved,
        { action: 'refer-to-cafcass', cafcassReferredOn: TODAY },
        TODAY,
      ),
    ).toEqual([
      { field: 'action', message: 'This escalation was resolved on 1 March 2026: raise a new one' },
    ]);
  });
});
