import { describe, expect, it } from 'vitest';
import { matchesChildListFilter, type ChildListEntry } from './child-list';
import {
  describeIroContact,
  iroContactProblems,
  lastSeenByIroOn,
  seenByIroWithin,
} from './iro-contact-record';

const TODAY = '2026-11-23';
const PERIOD = { start: '2024-05-07', end: null };
const visit = (contactOn: string | null) => ({
  contactOn,
  type: 'visit' as const,
  seenAlone: true,
});

describe('iroContactProblems', () => {
  it('takes a contact from the day the child became looked after to today', () => {
    expect(iroContactProblems(visit('2024-05-07'), { today: TODAY, period: PERIOD })).toEqual([]);
    expect(iroContactProblems(visit(TODAY), { today: TODAY, period: PERIOD })).toEqual([]);
    expect(iroContactProblems(visit(null), { today: TODAY, period: PERIOD })).toEqual([]);
  });

  it('refuses a contact in the future', () => {
    expect(iroContactProblems(visit('2026-11-24'), { today: TODAY, period: PERIOD })).toEqual([
      { field: 'contactOn', message: 'Date of the contact must be today or in the past' },
    ]);
  });

  it('refuses a contact before the child became looked after', () => {
    expect(iroContactProblems(visit('2024-05-06'), { today: TODAY, period: PERIOD })).toEqual([
      {
        field: 'contactOn',
        message: 'Date of the contact cannot be before the child became looked after on 7 May 2024',
      },
    ]);
  });

  it('refuses a contact after the child left care, and takes one on the day they left', () => {
    const left = { start: '2024-05-07', end: '2026-06-30' };
    expect(iroContactProblems(visit('2026-06-30'), { today: TODAY, period: left })).toEqual([]);
    expect(iroContactProblems(visit('2026-07-01'), { today: TODAY, period: left })).toEqual([
      {
        field: 'contactOn',
        message: 'Date of the contact cannot be after the child left care on 30 June 2026',
      },
    ]);
  });

  it('asks whether the child was seen alone for a visit or video call, and only for them', () => {
    const context = { today: TODAY, period: PERIOD };
    expect(
      iroContactProblems({ contactOn: TODAY, type: 'video-call', seenAlone: null }, context),
    ).toEqual([{ field: 'seenAlone', message: 'Select whether the child was seen alone' }]);
    expect(
      iroContactProblems({ contactOn: TODAY, type: 'phone-call', seenAlone: null }, context),
    ).toEqual([]);
    expect(
      iroContactProblems({ contactOn: TODAY, type: 'message', seenAlone: false }, context),
    ).toEqual([
      {
        field: 'seenAlone',
        message: 'Only a visit or a video call says whether the child was seen alone',
      },
    ]);
  });
});

describe('seen by the IRO in the last months', () => {
  it('counts a day on or after the same day six months ago, up to today', () => {
    expect(seenByIroWithin('2026-05-23', TODAY, 6)).toBe(true);
    expect(seenByIroWithin('2026-05-22', TODAY, 6)).toBe(false);
    expect(seenByIroWithin(null, TODAY, 6)).toBe(false);
    expect(seenByIroWithin('2026-11-24', TODAY, 6)).toBe(false);
    // Month ends clamp: six months before 31 August is 28 February.
    expect(seenByIroWithin('2026-02-28', '2026-08-31', 6)).toBe(true);
    expect(seenByIroWithin('2026-02-27', '2026-08-31', 6)).toBe(false);
  });

  it('takes the last visit or video call on or before the day, not calls or messages', () => {
    const contacts = [
      { contactOn: '2026-03-01', type: 'visit' as const },
      { contactOn: '2026-09-01', type: 'video-call' as const },
      { contactOn: '2026-10-01', type: 'phone-call' as const },
      { contactOn: '2026-11-01', type: 'message' as const },
    ];
    expect(lastSeenByIroOn(contacts, TODAY)).toBe('2026-09-01');
    expect(lastSeenByIroOn(contacts, '2026-08-31')).toBe('2026-03-01');
    expect(lastSeenByIroOn([], TODAY)).toBeNull();
  });

  it('words a contact for the child’s record', () => {
    expect(describeIroContact({ type: 'visit', seenAlone: true })).toBe('a visit, seen alone');
    expect(describeIroContact({ type: 'video-call', seenAlone: false })).toBe(
      'a video call, not seen alone',
    );
    expect(describeIroContact({ type: 'phone-call', seenAlone: null })).toBe('a phone call');
  });

  it('is the caseload filter “not seen by the IRO in the last 6 months”', () => {
    const entry = (lastSeenByIroOn: string | null): ChildListEntry => ({
      givenName: 'Ann',
      familyName: 'Lee',
      childRef: 'C1',
      dateOfBirth: '2015-01-01',
      iroId: 'iro-1',
      nextReview: { due: '2026-12-01', status: 'on-track' },
      meeting: null,
      midpoint: { due: '2026-09-01' },
      lastSeenByIroOn,
    });
    const filter = { statuses: [], needle: '', notSeenByIro: { today: TODAY, months: 6 } };
    expect(matchesChildListFilter(entry('2026-05-22'), filter)).toBe(true);
    expect(matchesChildListFilter(entry(null), filter)).toBe(true);
    expect(matchesChildListFilter(entry('2026-05-23'), filter)).toBe(false);
    expect(matchesChildListFilter(entry(null), { statuses: [], needle: '' })).toBe(true);
  });
});
