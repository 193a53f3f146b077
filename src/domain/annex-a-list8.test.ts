import { describe, expect, it } from 'vitest';
import {
  ANNEX_A_LIST_8_COLUMNS,
  ANNEX_A_LIST_8_FILLED,
  annexAList8Rows,
  annexAList8Table,
  type AnnexAList8Child,
  type AnnexAList8Column,
  type AnnexAList8Input,
} from './annex-a-list8';

// A hand-built dataset, as at 30 June 2026. Every expected cell below is worked out by hand.
const AS_AT = '2026-06-30';

const worker = { name: 'Sam Lee', team: 'Children in Care 1' };

const children: AnnexAList8Child[] = [
  // A: looked after since 10 January 2024 (C2, foster U4); a change of placement on 1 March 2026
  // (P: the legal status goes on), then a change of legal status only on 1 May 2026 (L: the
  // placement goes on).
  {
    id: 'a',
    childRef: 'LA000001',
    sex: '2',
    dateOfBirth: '2012-07-01',
    socialWorker: worker,
    episodes: [
      {
        start: '2024-01-10',
        reasonForNewEpisode: 'S',
        legalStatus: 'C1',
        placementType: 'U4',
        end: '2026-03-01',
        reasonEnded: 'X1',
      },
      {
        start: '2026-03-01',
        reasonForNewEpisode: 'P',
        legalStatus: 'C1',
        placementType: 'K2',
        end: '2026-05-01',
        reasonEnded: 'X1',
      },
      {
        start: '2026-05-01',
        reasonForNewEpisode: 'L',
        legalStatus: 'C2',
        placementType: 'K2',
        end: null,
        reasonEnded: null,
      },
    ],
  },
  // B: left care on 31 May 2026 (E4A), before the date: not in the list.
  {
    id: 'b',
    childRef: 'LA000002',
    sex: '1',
    dateOfBirth: '2010-01-01',
    socialWorker: worker,
    episodes: [
      {
        start: '2025-01-06',
        reasonForNewEpisode: 'S',
        legalStatus: 'V2',
        placementType: 'U6',
        end: '2026-05-31',
        reasonEnded: 'E4A',
      },
    ],
  },
  // C: left care on 31 October 2025, came back on 2 February 2026: in the list, with the current
  // period's start, review and contact (and a second period within 12 months).
  {
    id: 'c',
    childRef: 'LA000003',
    sex: '1',
    dateOfBirth: '2014-03-15',
    socialWorker: { name: 'Ade Bello', team: 'Children in Care 2' },
    episodes: [
      {
        start: '2024-09-02',
        reasonForNewEpisode: 'S',
        legalStatus: 'V2',
        placementType: 'U6',
        end: '2025-10-31',
        reasonEnded: 'E4A',
      },
      {
        start: '2026-02-02',
        reasonForNewEpisode: 'S',
        legalStatus: 'C1',
        placementType: 'U6',
        end: null,
        reasonEnded: null,
      },
    ],
  },
  // D: leaves care on the date itself (the day of leaving is not a day in care): not in the list.
  {
    id: 'd',
    childRef: 'LA000004',
    sex: '2',
    dateOfBirth: '2009-05-05',
    socialWorker: worker,
    episodes: [
      {
        start: '2023-04-03',
        reasonForNewEpisode: 'S',
        legalStatus: 'C2',
        placementType: 'U4',
        end: AS_AT,
        reasonEnded: 'E5',
      },
    ],
  },
  // E: becomes looked after after the date: not in the list. Sex not recorded.
  {
    id: 'e',
    childRef: 'LA000005',
    sex: null,
    dateOfBirth: '2015-02-02',
    socialWorker: worker,
    episodes: [
      {
        start: '2026-07-01',
        reasonForNewEpisode: 'S',
        legalStatus: 'V2',
        placementType: 'U6',
        end: null,
        reasonEnded: null,
      },
    ],
  },
  // F: looked after since the date itself, sex not recorded, no review or contact yet; listed
  // before C's reference to show the rows are sorted by Child Unique ID.
  {
    id: 'f',
    childRef: 'LA000000',
    sex: null,
    dateOfBirth: '2020-06-30',
    socialWorker: worker,
    episodes: [
      {
        start: AS_AT,
        reasonForNewEpisode: 'S',
        legalStatus: 'L2',
        placementType: 'U6',
        end: null,
        reasonEnded: null,
      },
    ],
  },
];

const input: AnnexAList8Input = {
  asAt: AS_AT,
  children,
  reviews: [
    { childId: 'a', heldOn: '2026-01-20', withdrawn: false },
    // Withdrawn as entered in error: does not count.
    { childId: 'a', heldOn: '2026-06-10', withdrawn: true },
    // After the date: does not count.
    { childId: 'a', heldOn: '2026-07-02', withdrawn: false },
    // C's review in the earlier period does not count for the current one...
    { childId: 'c', heldOn: '2025-09-15', withdrawn: false },
    // ...but this one (in the current period, on the date itself) does.
    { childId: 'c', heldOn: AS_AT, withdrawn: false },
    { childId: 'b', heldOn: '2026-05-20', withdrawn: false },
  ],
  contacts: [
    { childId: 'a', contactOn: '2026-04-14' },
    { childId: 'a', contactOn: '2026-02-01' },
    // After the date: does not count.
    { childId: 'a', contactOn: '2026-07-01' },
    // C: only in the earlier period: does not count for the current one.
    { childId: 'c', contactOn: '2025-10-01' },
  ],
};

function cellsOf(cells: string[]): Partial<Record<AnnexAList8Column, string>> {
  const filled: Partial<Record<AnnexAList8Column, string>> = {};
  ANNEX_A_LIST_8_COLUMNS.forEach((column, index) => {
    const cell = cells[index] ?? '';
    if (cell !== '') filled[column] = cell;
  });
  return filled;
}

describe('Annex A List 8 rows', () => {
  const rows = annexAList8Rows(input);

  it('lists the children looked after on the date, by Child Unique ID', () => {
    expect(rows.map((r) => r.childId)).toEqual(['f', 'a', 'c']);
  });

  it('fills what the tracker holds for a child with changes of placement and legal status', () => {
    expect(cellsOf(rows[1]?.cells ?? [])).toEqual({
      'Child Unique ID': 'LA000001',
      Gender: 'b) Female',
      'Date of Birth': '01/07/2012',
      // 13 on 30 June 2026 (14 on 1 July).
      'Age of Child (Years)': '13',
      'Date Started to be Looked After': '10/01/2024',
      'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)':
        'N',
      // The L episode of 1 May 2026 changed the legal status.
      'Start date of current legal status': '01/05/2026',
      "Child's Legal Status": 'C2',
      // 10 June withdrawn, 2 July after the date.
      'Date of Latest Statutory Review': '20/01/2026',
      // 1 July after the date.
      'Date of Last IRO Visit / Contact to the Child': '14/04/2026',
      // U4 (to 1 March 2026, inside the 12 months from 30 June 2025) and K2 (1 March, joined by L).
      'Number of Placements in the Last 12 months': '2',
      // The placement began with the P episode of 1 March; the L episode did not change it.
      'Start Date of Most Recent Placement': '01/03/2026',
      'Placement Type': 'K2',
      'Allocated Team': 'Children in Care 1',
      'Allocated Worker': 'Sam Lee',
    });
  });

  it('gives a child who came back into care the current period only', () => {
    expect(cellsOf(rows[2]?.cells ?? [])).toEqual({
      'Child Unique ID': 'LA000003',
      Gender: 'a) Male',
      'Date of Birth': '15/03/2014',
      'Age of Child (Years)': '12',
      'Date Started to be Looked After': '02/02/2026',
      // The earlier period ended on 31 October 2025, within the 12 months.
      'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)':
        'Y',
      'Start date of current legal status': '02/02/2026',
      "Child's Legal Status": 'C1',
      'Date of Latest Statutory Review': '30/06/2026',
      // U6 of the earlier period (to 31 October 2025) and U6 of this one.
      'Number of Placements in the Last 12 months': '2',
      'Start Date of Most Recent Placement': '02/02/2026',
      'Placement Type': 'U6',
      'Allocated Team': 'Children in Care 2',
      'Allocated Worker': 'Ade Bello',
    });
  });

  it('leaves gender, review and contact empty when the tracker has none', () => {
    const cells = cellsOf(rows[0]?.cells ?? []);
    expect(cells.Gender).toBeUndefined();
    expect(cells['Date of Latest Statutory Review']).toBeUndefined();
    expect(cells['Date of Last IRO Visit / Contact to the Child']).toBeUndefined();
    expect(cells['Age of Child (Years)']).toBe('6');
    expect(cells['Date Started to be Looked After']).toBe('30/06/2026');
  });

  it('leaves every column it does not fill empty, for the case system', () => {
    for (const row of rows) {
      ANNEX_A_LIST_8_COLUMNS.forEach((column, index) => {
        if (!ANNEX_A_LIST_8_FILLED.includes(column)) expect(row.cells[index]).toBe('');
      });
    }
  });

  it('writes the header row first, one cell a column', () => {
    const table = annexAList8Table(rows);
    expect(table[0]).toEqual([...ANNEX_A_LIST_8_COLUMNS]);
    expect(table).toHaveLength(4);
    expect(table.every((row) => row.length === ANNEX_A_LIST_8_COLUMNS.length)).toBe(true);
  });

  it('gives another list for a date a year earlier', () => {
    const earlier = annexAList8Rows({ ...input, asAt: '2025-06-30' });
    // B (from January 2025) and C's first period are in; A too; D too; F and E not yet.
    expect(earlier.map((r) => r.childId)).toEqual(['a', 'b', 'c', 'd']);
    const c = cellsOf(earlier[2]?.cells ?? []);
    expect(c['Date Started to be Looked After']).toBe('02/09/2024');
    expect(c['Date of Latest Statutory Review']).toBeUndefined();
  });
});
