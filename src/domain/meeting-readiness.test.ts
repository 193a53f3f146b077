import { describe, expect, it } from 'vitest';
import {
  CONSULTATION_ROLES,
  DEFAULT_READINESS_SETTINGS,
  invitationsOverdue,
  meetingReadiness,
  type ReadinessInvitee,
} from './meeting-readiness';
import { CALENDAR } from './test-holidays';

// Monday 14 December 2026: invitations due 10 working days before (Monday 30 November); the report
// 5 working days before (Monday 7 December); the IRO's talk with the child by Friday 11 December.
const MEETING = '2026-12-14';

function invitee(overrides: Partial<ReadinessInvitee> = {}): ReadinessInvitee {
  return {
    role: 'carer',
    name: 'Sam Carer',
    invitationSentOn: null,
    consultationSentOn: null,
    consultationReturnedOn: null,
    ...overrides,
  };
}

function readiness(today: string, invitees: ReadinessInvitee[], more = {}) {
  return meetingReadiness({
    date: MEETING,
    today,
    holidays: CALENDAR,
    invitees,
    socialWorkerReportReceivedOn: null,
    iroSpokeToChildOn: null,
    ...more,
  });
}

describe('meetingReadiness', () => {
  it('uses the settings’ lead times in working days', () => {
    expect(DEFAULT_READINESS_SETTINGS).toEqual({
      socialWorkerReportWorkingDays: 5,
      invitationsDueWorkingDays: 10,
    });
    expect(CONSULTATION_ROLES).toEqual(['child', 'parent', 'carer']);
    const items = readiness('2026-11-23', [invitee()]);
    expect(items.map((item) => [item.code, item.due, item.state])).toEqual([
      ['invitations-sent', '2026-11-30', 'to-do'],
      ['consultation-sent', '2026-11-30', 'to-do'],
      ['consultation-returned', '2026-12-07', 'to-do'],
      ['social-worker-report', '2026-12-07', 'to-do'],
      ['iro-spoke-to-child', '2026-12-11', 'to-do'],
    ]);
    expect(items[0]?.detail).toBe('Not sent to Sam Carer: due by 30 November 2026');
  });

  it('flags items late once their deadline has passed, and says who is missing', () => {
    const items = readiness('2026-12-08', [
      invitee({ invitationSentOn: '2026-11-20', consultationSentOn: '2026-11-20' }),
      invitee({ role: 'child', name: 'Alex', invitationSentOn: null }),
      invitee({ role: 'health', name: 'Dr Lee', invitationSentOn: '2026-11-20' }),
    ]);
    const byCode = Object.fromEntries(items.map((item) => [item.code, item]));
    expect(byCode['invitations-sent']).toMatchObject({
      state: 'late',
      detail: 'Not sent to Alex: was due by 30 November 2026',
    });
    expect(byCode['consultation-sent']?.detail).toBe(
      'Not sent to Alex: was due by 30 November 2026',
    );
    expect(byCode['consultation-returned']).toMatchObject({
      state: 'late',
      detail: 'Not returned by Sam Carer: was due by 7 December 2026',
    });
    expect(byCode['social-worker-report']?.detail).toBe(
      'Not received: was due by 7 December 2026 (5 working days before the meeting)',
    );
    expect(byCode['iro-spoke-to-child']?.state).toBe('to-do');
  });

  it('marks done items with their dates, and a late report with how late it was', () => {
    const items = readiness(
      '2026-12-11',
      [
        invitee({
          invitationSentOn: '2026-11-25',
          consultationSentOn: '2026-11-25',
          consultationReturnedOn: '2026-12-02',
        }),
      ],
      { socialWorkerReportReceivedOn: '2026-12-09', iroSpokeToChildOn: '2026-12-10' },
    );
    expect(items.every((item) => item.state === 'done')).toBe(true);
    expect(items.find((item) => item.code === 'social-worker-report')?.detail).toBe(
      'Received on 9 December 2026, 2 working days after it was due on 7 December 2026',
    );
  });

  it('counts back over bank holidays (Christmas) and weekends', () => {
    // Monday 4 January 2027: counting back skips 1 January, the weekend, 28 December (substitute
    // for Boxing Day on a Saturday) and Christmas Day.
    const items = meetingReadiness({
      date: '2027-01-04',
      today: '2026-12-01',
      holidays: CALENDAR,
      invitees: [],
      socialWorkerReportReceivedOn: null,
      iroSpokeToChildOn: null,
    });
    expect(items[0]?.due).toBe('2026-12-16');
    expect(items[3]?.due).toBe('2026-12-23');
    expect(items[4]?.due).toBe('2026-12-31');
  });

  it('rejects lead times that are not whole working days', () => {
    expect(() =>
      meetingReadiness({
        date: MEETING,
        today: '2026-11-23',
        holidays: CALENDAR,
        settings: { socialWorkerReportWorkingDays: -1, invitationsDueWorkingDays: 10 },
        invitees: [],
        socialWorkerReportReceivedOn: null,
        iroSpokeToChildOn: null,
      }),
    ).toThrow(expect.objectContaining({ field: 'socialWorkerReportWorkingDays' }));
  });
});

describe('invitationsOverdue', () => {
  const base = { date: MEETING, holidays: CALENDAR, invitationsDueWorkingDays: 10 };
  it('flags a meeting within the lead time with an invitation not sent', () => {
    const unsent = [{ invitationSentOn: null }];
    expect(invitationsOverdue({ ...base, today: '2026-11-27', invitees: unsent })).toBe(false);
    expect(invitationsOverdue({ ...base, today: '2026-11-30', invitees: unsent })).toBe(true);
    expect(invitationsOverdue({ ...base, today: MEETING, invitees: unsent })).toBe(true);
    expect(invitationsOverdue({ ...base, today: '2026-12-15', invitees: unsent })).toBe(false);
    expect(invitationsOverdue({ ...base, today: '2026-12-01', invitees: [] })).toBe(true);
    expect(
      invitationsOverdue({
        ...base,
        today: '2026-12-01',
        invitees: [{ invitationSentOn: '2026-11-30' }],
      }),
    ).toBe(false);
  });
});
