import { describe, expect, it } from 'vitest';
import {
  childList,
  childSearchText,
  compareChildListEntries,
  type ChildListEntry,
} from './child-list';

function child(
  childRef: string,
  givenName: string,
  familyName: string,
  more: Partial<ChildListEntry> = {},
): ChildListEntry {
  return {
    childRef,
    givenName,
    familyName,
    dateOfBirth: '2015-01-01',
    iroId: 'st_01',
    nextReview: { due: '2026-12-01', status: 'on-track' },
    meeting: null,
    midpoint: { due: '2026-11-01' },
    ...more,
  };
}

const refs = (entries: readonly ChildListEntry[]) => entries.map((entry) => entry.childRef);

describe('the list of children: order and filters', () => {
  it('sorts names by family then given name, ignoring case and accents, then by reference', () => {
    const children = [
      child('C3', 'zoë', 'Öztürk'),
      child('C1', 'Amy', 'ozturk'),
      child('C2', 'Amy', 'Ozturk'),
      child('C4', 'Ben', 'Adams'),
    ];
    expect(refs([...children].sort(compareChildListEntries('name', 'asc')))).toEqual([
      'C4',
      'C1',
      'C2',
      'C3',
    ]);
    // Descending reverses the names; equal names still go by reference, ascending.
    expect(refs([...children].sort(compareChildListEntries('name', 'desc')))).toEqual([
      'C3',
      'C1',
      'C2',
      'C4',
    ]);
  });

  it('puts children with no meeting booked last by meeting date, whichever the order', () => {
    const children = [
      child('C1', 'A', 'A'),
      child('C2', 'B', 'B', { meeting: { date: '2026-12-10' } }),
      child('C3', 'C', 'C', { meeting: { date: '2026-12-01' } }),
    ];
    expect(refs([...children].sort(compareChildListEntries('meetingDate', 'asc')))).toEqual([
      'C3',
      'C2',
      'C1',
    ]);
    expect(refs([...children].sort(compareChildListEntries('meetingDate', 'desc')))).toEqual([
      'C2',
      'C3',
      'C1',
    ]);
  });

  it('sorts by status most urgent first, then by due date', () => {
    const children = [
      child('C1', 'A', 'A', { nextReview: { due: '2026-12-01', status: 'on-track' } }),
      child('C2', 'B', 'B', { nextReview: { due: '2026-11-20', status: 'overdue' } }),
      child('C3', 'C', 'C', { nextReview: { due: '2026-11-10', status: 'overdue' } }),
      child('C4', 'D', 'D', { nextReview: { due: '2026-11-30', status: 'at-risk' } }),
    ];
    expect(refs([...children].sort(compareChildListEntries('status', 'asc')))).toEqual([
      'C3',
      'C2',
      'C4',
      'C1',
    ]);
  });

  it('searches given then family name, family then given name, and the reference', () => {
    expect(childSearchText(child('LA123', 'Ann', 'Lee'))).toBe('ann lee|lee ann|la123');
    const children = [
      child('LA1', 'Ann', 'Lee'),
      child('LA2', 'Lee', 'Smith'),
      child('LA3', 'Jo', 'Kay'),
    ];
    expect(refs(childList(children, { statuses: [], needle: 'lee' }, 'childRef', 'asc'))).toEqual([
      'LA1',
      'LA2',
    ]);
    expect(
      refs(childList(children, { statuses: [], needle: 'kay jo' }, 'childRef', 'asc')),
    ).toEqual(['LA3']);
    expect(refs(childList(children, { statuses: [], needle: 'la3' }, 'childRef', 'asc'))).toEqual([
      'LA3',
    ]);
  });

  it('keeps only the ticked statuses and due dates in range, and leaves its input as it was', () => {
    const children = [
      child('C1', 'A', 'A', { nextReview: { due: '2026-11-10', status: 'overdue' } }),
      child('C2', 'B', 'B', { nextReview: { due: '2026-11-30', status: 'at-risk' } }),
      child('C3', 'C', 'C', { nextReview: { due: '2026-12-20', status: 'on-track' } }),
    ];
    const before = refs(children);
    expect(
      refs(
        childList(
          children,
          { statuses: ['overdue', 'on-track'], needle: '' },
          'nextReviewDue',
          'desc',
        ),
      ),
    ).toEqual(['C3', 'C1']);
    expect(
      refs(
        childList(
          children,
          { statuses: [], needle: '', dueAfter: '2026-11-10', dueBefore: '2026-11-30' },
          'childRef',
          'asc',
        ),
      ),
    ).toEqual(['C1', 'C2']);
    expect(refs(children)).toEqual(before);
  });
});
