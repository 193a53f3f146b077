import { describe, expect, it } from 'vitest';
import { CALENDAR } from '../test-holidays';
import {
  compareTasks,
  countTasks,
  sortTasks,
  taskTiming,
  workingDaysLeftText,
  type Task,
} from './task';
import { endOfNextWeek } from './iro-tasks';

const TODAY = '2026-11-23'; // a Monday

function timing(due: string | null, today = TODAY) {
  const found = taskTiming(due, today, CALENDAR);
  return { ...found, text: workingDaysLeftText(found, today) };
}

describe('taskTiming and its words', () => {
  it('is due from 5 working days before the due date, and later before that', () => {
    // Tue 24, Wed 25, Thu 26, Fri 27, Mon 30 November.
    expect(timing('2026-11-30')).toEqual({
      due: '2026-11-30',
      workingDaysLeft: 5,
      urgency: 'due',
      text: '5 working days left',
    });
    expect(timing('2026-12-01')).toMatchObject({ workingDaysLeft: 6, urgency: 'later' });
  });

  it('says due today on the due date, and 1 working day left the day before', () => {
    expect(timing(TODAY)).toMatchObject({ workingDaysLeft: 0, urgency: 'due', text: 'Due today' });
    expect(timing('2026-11-24')).toMatchObject({ workingDaysLeft: 1, text: '1 working day left' });
  });

  it('counts working days late from the day after the due date', () => {
    expect(timing('2026-11-20')).toMatchObject({
      workingDaysLeft: -1,
      urgency: 'late',
      text: '1 working day late',
    });
    // Saturday 7 November to Monday 23 November: 10 working days (9-13 and 16-20 November).
    expect(timing('2026-11-07')).toMatchObject({
      workingDaysLeft: -10,
      text: '10 working days late',
    });
  });

  it('is late with no working day passed when only a weekend has gone by', () => {
    expect(timing('2026-11-21', '2026-11-22')).toMatchObject({
      workingDaysLeft: 0,
      urgency: 'late',
      text: 'Late',
    });
  });

  it('skips the Christmas bank holidays', () => {
    // Thu 24 December, then Tue 29 (Fri 25 and Mon 28 are bank holidays).
    expect(timing('2026-12-29', '2026-12-23')).toMatchObject({
      workingDaysLeft: 2,
      text: '2 working days left',
    });
  });

  it('has no deadline without a due date, and is never due or late', () => {
    expect(timing(null)).toEqual({
      due: null,
      workingDaysLeft: null,
      urgency: 'later',
      text: 'No deadline',
    });
  });
});

describe('endOfNextWeek (this week and next)', () => {
  it('runs to the Sunday of next week', () => {
    expect(endOfNextWeek('2026-11-23')).toBe('2026-12-06'); // Monday
    expect(endOfNextWeek('2026-11-28')).toBe('2026-12-06'); // Saturday
    expect(endOfNextWeek('2026-11-29')).toBe('2026-12-06'); // Sunday ends this week
    expect(endOfNextWeek('2026-11-30')).toBe('2026-12-13'); // the next Monday
  });
});

function task(id: string, name: string, due: string | null): Task {
  return {
    id,
    kind: 'midpoint-check',
    childId: id,
    name,
    iroId: 'iro-1',
    iroName: 'Hannah Okoye',
    ...taskTiming(due, TODAY, CALENDAR),
    reason: 'A reason',
    action: { kind: 'record-midpoint-check', childId: id },
  };
}

describe('the order of a list', () => {
  it('puts late first, then by due date, no due date last, then by name', () => {
    const tasks = [
      task('a', 'Zara', '2026-12-10'),
      task('b', 'Ben', null),
      task('c', 'Cara', '2026-11-02'),
      task('d', 'Ann', '2026-11-24'),
      task('e', 'Abe', '2026-12-10'),
      task('f', 'Dan', '2026-11-20'),
    ];
    expect(sortTasks(tasks).map((t) => t.name)).toEqual([
      'Cara',
      'Dan',
      'Ann',
      'Abe',
      'Zara',
      'Ben',
    ]);
    expect(compareTasks(tasks[0]!, tasks[0]!)).toBe(0);
  });

  it('counts late, due (within 5 working days) and by kind', () => {
    const tasks = [
      task('a', 'A', '2026-11-20'),
      task('b', 'B', '2026-11-24'),
      task('c', 'C', '2026-12-20'),
      { ...task('d', 'D', null), kind: 'caseload-outside-band' as const },
    ];
    expect(countTasks(tasks)).toEqual({
      total: 4,
      late: 1,
      due: 1,
      dueOrLate: 2,
      byKind: { 'midpoint-check': 3, 'caseload-outside-band': 1 },
    });
  });
});
