import { describe, expect, it } from 'vitest';
import { DEFAULT_AT_RISK_WORKING_DAYS } from './follow-ups';
import { REVIEW_STATUS_LABELS, reviewStatus } from './status';
import { CALENDAR, HOLIDAYS } from './test-holidays';

// Due Monday 30 March 2026 throughout unless stated.
const due = '2026-03-30';

describe('reviewStatus', () => {
  it('overdue once today is after the due date, whatever is booked', () => {
    expect(reviewStatus({ due: '2026-03-03', today: '2026-03-15', holidays: CALENDAR })).toEqual({
      status: 'overdue',
      reason: 'Review was due on 3 March 2026: 12 days overdue',
      workingDaysLeft: -9,
      daysOverdue: 12,
    });
    const booked = reviewStatus({
      due,
      today: '2026-03-31',
      bookedMeetingDate: '2026-04-02',
      holidays: CALENDAR,
    });
    expect(booked).toMatchObject({ status: 'overdue', daysOverdue: 1, workingDaysLeft: -1 });
    expect(booked.reason).toBe(
      'Review was due on 30 March 2026: 1 day overdue; meeting booked for 2 April 2026',
    );
  });

  it('a review due today is not overdue', () => {
    expect(reviewStatus({ due, today: due, holidays: CALENDAR })).toEqual({
      status: 'at-risk',
      reason: 'Due today and no meeting booked',
      workingDaysLeft: 0,
      daysOverdue: 0,
    });
    expect(
      reviewStatus({ due, today: due, bookedMeetingDate: due, holidays: CALENDAR }).status,
    ).toBe('booked');
  });

  it('booked-late when the meeting is after the due date', () => {
    expect(
      reviewStatus({
        due: '2026-03-15',
        today: '2026-03-02',
        bookedMeetingDate: '2026-03-20',
        holidays: CALENDAR,
      }),
    ).toEqual({
      status: 'booked-late',
      reason: 'Meeting booked for 20 March 2026, 5 days after the due date',
      workingDaysLeft: 9,
      daysOverdue: 0,
    });
  });

  it('booked when the meeting is on the due date', () => {
    expect(
      reviewStatus({ due, today: '2026-03-02', bookedMeetingDate: due, holidays: CALENDAR }),
    ).toEqual({
      status: 'booked',
      reason: 'Meeting booked for 30 March 2026, the due date',
      workingDaysLeft: 20,
      daysOverdue: 0,
    });
  });

  it('booked when the meeting is before the due date', () => {
    const result = reviewStatus({
      due,
      today: '2026-03-02',
      bookedMeetingDate: '2026-03-26',
      holidays: CALENDAR,
    });
    expect(result.status).toBe('booked');
    expect(result.reason).toBe('Meeting booked for 26 March 2026, 4 days before the due date');
  });

  it('at risk with exactly 15 working days left and nothing booked', () => {
    expect(DEFAULT_AT_RISK_WORKING_DAYS).toBe(15);
    expect(reviewStatus({ due, today: '2026-03-09', holidays: CALENDAR })).toEqual({
      status: 'at-risk',
      reason: 'Due in 15 working days and no meeting booked',
      workingDaysLeft: 15,
      daysOverdue: 0,
    });
  });

  it('on track with 16 working days left and nothing booked', () => {
    expect(reviewStatus({ due, today: '2026-03-06', holidays: CALENDAR })).toEqual({
      status: 'on-track',
      reason: 'Due on 30 March 2026, in 16 working days; no meeting booked yet',
      workingDaysLeft: 16,
      daysOverdue: 0,
    });
  });

  it('explains at-risk in working days, singular and plural', () => {
    expect(reviewStatus({ due, today: '2026-03-17', holidays: HOLIDAYS }).reason).toBe(
      'Due in 9 working days and no meeting booked',
    );
    expect(reviewStatus({ due, today: '2026-03-27', holidays: HOLIDAYS }).reason).toBe(
      'Due in 1 working day and no meeting booked',
    );
  });

  it('counts working days over bank holidays', () => {
    // Due Tuesday 14 April 2026; Good Friday and Easter Monday fall in between. From Thursday
    // 19 March there are 18 weekdays to go but only 16 working days.
    expect(
      reviewStatus({ due: '2026-04-14', today: '2026-03-19', holidays: CALENDAR }),
    ).toMatchObject({ status: 'on-track', workingDaysLeft: 16 });
    expect(
      reviewStatus({ due: '2026-04-14', today: '2026-03-20', holidays: CALENDAR }),
    ).toMatchObject({ status: 'at-risk', workingDaysLeft: 15 });
  });

  it('a due date on a weekend with no working days left is at risk', () => {
    expect(reviewStatus({ due: '2026-06-20', today: '2026-06-19', holidays: CALENDAR })).toEqual({
      status: 'at-risk',
      reason: 'Due on 20 June 2026 with no working days left and no meeting booked',
      workingDaysLeft: 0,
      daysOverdue: 0,
    });
  });

  it('a booking whose date has passed without a review no longer counts', () => {
    const result = reviewStatus({
      due,
      today: '2026-03-20',
      bookedMeetingDate: '2026-03-19',
      holidays: CALENDAR,
    });
    expect(result.status).toBe('at-risk');
    expect(result.reason).toBe(
      'The meeting booked for 19 March 2026 has passed with no review recorded. Due in 6 working days and no meeting booked',
    );
    expect(
      reviewStatus({
        due,
        today: '2026-03-02',
        bookedMeetingDate: '2026-03-01',
        holidays: CALENDAR,
      }).status,
    ).toBe('on-track');
  });

  it('takes the council’s own at-risk window', () => {
    expect(
      reviewStatus({ due, today: '2026-03-09', holidays: CALENDAR, atRiskWorkingDays: 10 }).status,
    ).toBe('on-track');
    expect(
      reviewStatus({ due, today: '2026-03-16', holidays: CALENDAR, atRiskWorkingDays: 10 }).status,
    ).toBe('at-risk');
    expect(() =>
      reviewStatus({ due, today: '2026-03-16', holidays: CALENDAR, atRiskWorkingDays: -1 }),
    ).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('rejects invalid dates, naming the field', () => {
    expect(() =>
      reviewStatus({ due: '2026-02-30', today: '2026-03-01', holidays: CALENDAR }),
    ).toThrow(expect.objectContaining({ code: 'invalid-date', field: 'due' }));
    expect(() =>
      reviewStatus({ due, today: '2026-03-01', bookedMeetingDate: 'soon', holidays: CALENDAR }),
    ).toThrow(expect.objectContaining({ code: 'invalid-date', field: 'bookedMeetingDate' }));
  });

  it('has a label for every status', () => {
    expect(REVIEW_STATUS_LABELS).toEqual({
      overdue: 'Overdue',
      'booked-late': 'Booked after due date',
      'at-risk': 'At risk',
      booked: 'Booked',
      'on-track': 'On track',
    });
  });
});
