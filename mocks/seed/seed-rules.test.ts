// The demo data obeys the product's own rules: every check the forms, the backend, the booking
// pages and the DfE export run (seed-findings.ts) is run over whole seeds, and any finding that is
// not a deliberate example of a warning the product shows fails the test.
import { describe, expect, it } from 'vitest';
import { careStatusOn, type IsoDate } from '@/domain';
import type { ReviewMeeting } from '@/lib/api/schemas';
import type { Snapshot } from '../db/types';
import { seedDatabase } from './seed';
import { seedFindings, type SeedFinding } from './seed-findings';

interface Deliberate {
  why: string;
  matches: (finding: SeedFinding, snapshot: Snapshot) => boolean;
  /** How many a seed may hold at most. */
  most: number;
}

// Each entry is kept on purpose, to show a warning the product gives; anything else is a fault.
const DELIBERATE: readonly Deliberate[] = [
  {
    // care-journeys.ts: the first child who left care keeps the meeting booked for them, so that
    // business support see a booking to cancel (the child record and the booking queue say so).
    why: 'a meeting still booked for a child who has left care, for business support to cancel',
    matches: (finding, snapshot) => {
      if (finding.check !== 'meeting-booking' || finding.code !== 'not-in-care') return false;
      const child = snapshot.tables.children.find((candidate) => candidate.id === finding.childId);
      if (child === undefined) return false;
      const status = careStatusOn(child.episodes, snapshot.meta.today);
      return !status.lookedAfter && status.lastPeriod?.end !== null;
    },
    most: 1,
  },
];

function unexplained(snapshot: Snapshot): SeedFinding[] {
  const used = new Map<Deliberate, number>();
  return seedFindings(snapshot).filter((finding) => {
    const allowed = DELIBERATE.find((entry) => entry.matches(finding, snapshot));
    if (allowed === undefined) return true;
    const count = (used.get(allowed) ?? 0) + 1;
    used.set(allowed, count);
    return count > allowed.most;
  });
}

const SEEDS: readonly { name: string; seed: number; size: number; today: IsoDate }[] = [
  { name: 'the demo and the e2e journeys', seed: 20261123, size: 450, today: '2026-11-23' },
  { name: 'the unit tests', seed: 20260314, size: 60, today: '2026-03-16' },
  // Today on a Saturday over New Year, and on the substitute Boxing Day bank holiday.
  { name: 'a Saturday today', seed: 7, size: 200, today: '2027-01-02' },
  { name: 'a bank holiday today', seed: 424242, size: 150, today: '2026-12-28' },
  { name: 'the default seed, a summer today', seed: 20260314, size: 300, today: '2026-08-03' },
];

describe('the seed obeys the product’s own rules', () => {
  for (const { name, seed, size, today } of SEEDS) {
    it(`${name} (seed ${seed}, ${size} children, today ${today}): no finding but the deliberate ones`, () => {
      const snapshot = seedDatabase({ seed, size, today });
      expect(snapshot.tables.meetings.length).toBeGreaterThan(size / 2);
      expect(unexplained(snapshot)).toEqual([]);
    });
  }
});

describe('the seed check finds what breaks the rules', () => {
  const TODAY = '2026-11-23';
  const seeded = () => seedDatabase({ seed: 20261123, size: 60, today: TODAY });

  function withMeeting(change: Partial<ReviewMeeting>): Snapshot {
    const snapshot = seeded();
    const booked = snapshot.tables.meetings.find((meeting) => meeting.status === 'booked');
    if (booked === undefined) throw new Error('The seed has no booked meeting');
    snapshot.tables.meetings.push({ ...booked, id: 'mt_bad', ...change });
    return snapshot;
  }

  const brief = (findings: readonly SeedFinding[]) =>
    findings.map(({ check, id, code, message }) => ({ check, id, code, message }));

  it('finds nothing in the seed itself', () => {
    expect(unexplained(seeded())).toEqual([]);
  });

  it('fails on a meeting added on Saturday 5 December 2026', () => {
    const found = unexplained(withMeeting({ date: '2026-12-05', startTime: '08:00' }));
    expect(brief(found)).toContainEqual({
      check: 'meeting-date',
      id: 'mt_bad',
      code: 'weekend',
      message: 'Saturday 5 December 2026 is a weekend',
    });
  });

  it('fails on a meeting added on a bank holiday, and one that runs past working hours', () => {
    const holiday = unexplained(withMeeting({ date: '2027-01-01', startTime: '08:00' }));
    expect(brief(holiday)).toContainEqual({
      check: 'meeting-date',
      id: 'mt_bad',
      code: 'bank-holiday',
      message: 'Friday 1 January 2027 is a bank holiday (New Year’s Day)',
    });
    const late = unexplained(
      withMeeting({ date: '2026-12-09', startTime: '17:30', durationMinutes: 60 }),
    );
    expect(brief(late)).toContainEqual({
      check: 'meeting-date',
      id: 'mt_bad',
      code: 'outside-working-hours',
      message: 'The meeting ends at 18:30, after working hours (08:00 to 18:00)',
    });
  });

  it('fails on a meeting that clashes with another in the IRO’s diary', () => {
    const snapshot = seeded();
    const booked = snapshot.tables.meetings.find((meeting) => meeting.status === 'booked');
    if (booked === undefined) throw new Error('The seed has no booked meeting');
    snapshot.tables.meetings.push({ ...booked, id: 'mt_zzz_clash' });
    expect(unexplained(snapshot).map(({ check, id }) => ({ check, id }))).toContainEqual({
      check: 'meeting-clash',
      id: 'mt_zzz_clash',
    });
  });

  it('fails on a personal adviser for a 7-year-old, and on PN0 for a child over 4', () => {
    const snapshot = seeded();
    const { children, reviews } = snapshot.tables;
    const review = reviews.find((candidate) => {
      const child = children.find((c) => c.id === candidate.childId);
      if (child === undefined || candidate.recommendations.length === 0) return false;
      const age = Number(candidate.heldOn.slice(0, 4)) - Number(child.dateOfBirth.slice(0, 4));
      return age >= 6 && age <= 12;
    });
    if (review === undefined) throw new Error('The seed has no review of a child of 6 to 12');
    const [first] = review.recommendations;
    if (first === undefined) throw new Error('The review has no recommendation');
    review.recommendations = [{ ...first, owner: 'Personal adviser' }];
    review.participationCode = 'PN0';
    const found = unexplained(snapshot).filter((finding) => finding.id === review.id);
    expect(found.map(({ check, field }) => ({ check, field }))).toEqual([
      { check: 'review-record', field: 'participationCode' },
      { check: 'review-record', field: 'recommendations.0.owner' },
    ]);
    expect(found[1]?.message).toMatch(/^A personal adviser is for young people aged 16 or over/);
  });

  it('fails on a review signed off before its decisions were sent, and on a bad episode', () => {
    const snapshot = seeded();
    const review = snapshot.tables.reviews.find(
      (candidate) => candidate.decisionsSentOn !== null && candidate.managerSignOffOn !== null,
    );
    const child = snapshot.tables.children.find((candidate) => candidate.episodes.length > 0);
    if (review === undefined || review.decisionsSentOn === null || child === undefined) {
      throw new Error('The seed has no signed-off review');
    }
    review.managerSignOffOn = review.heldOn;
    review.decisionsSentOn = snapshot.meta.today;
    child.episodes = child.episodes.map((episode, i) =>
      i === 0 ? { ...episode, reasonForNewEpisode: 'P' } : episode,
    );
    const found = unexplained(snapshot);
    expect(found).toContainEqual(
      expect.objectContaining({
        check: 'review-record',
        id: review.id,
        field: 'managerSignOffOn',
        message:
          'Date of the manager’s sign-off must be the same as or after the date the decisions were sent',
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        check: 'care-episodes',
        id: child.id,
        field: 'episodes.0.reasonForNewEpisode',
      }),
    );
  });
});
