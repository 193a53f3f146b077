import { describe, expect, it } from 'vitest';
import { annualReportFigures, bankHolidaysFromFeed } from '@/domain';
import type { AnnualReport } from '@/lib/api/schemas';
import { toCsv } from './csv';
import { ratioText, reportSections, tableCsvRows, type ReportTable } from './report-tables';

// A tiny year worked by hand: one child looked after from 6 January 2025 (first review due
// 3 February 2025), reviews on 30 January 2025 (in timescale) and on 5 May 2025 (due 30 April,
// 5 days late, with a reason recorded); one IRO at 0.6 FTE.
const figures = annualReportFigures({
  period: { from: '2025-04-01', to: '2026-03-31' },
  children: [
    {
      id: 'c1',
      dateOfBirth: '2012-05-01',
      iroId: 'i1',
      periods: [{ start: '2025-01-06', end: null }],
    },
  ],
  reviews: [
    {
      childId: 'c1',
      heldOn: '2025-01-30',
      participationCode: 'PN1',
      participationMethod: 'in-person',
      advocacy: { offered: true, referralMade: false, provider: null, declined: false },
      recordOfReviewCompletedOn: '2025-02-10',
      decisionsSentOn: null,
      managerSignOffOn: null,
    },
    {
      childId: 'c1',
      heldOn: '2025-05-05',
      participationCode: 'PN6',
      participationMethod: 'consultation-form',
      advocacy: { offered: true, referralMade: true, provider: 'Coram Voice', declined: false },
      recordOfReviewCompletedOn: '2025-05-20',
      decisionsSentOn: '2025-05-06',
      managerSignOffOn: '2025-05-08',
      lateReason: 'The carer, and the child, were on holiday',
    },
  ],
  escalations: [],
  iros: [{ id: 'i1', name: 'Priya Raman', fte: 0.6 }],
  holidays: bankHolidaysFromFeed({
    division: 'england-and-wales',
    events: [{ title: 'Early May bank holiday', date: '2025-05-05', notes: '', bunting: true }],
  }),
  today: '2026-11-23',
});
/** Every late review on one page, as the backend sends the report. */
function pageOfAll<T>(items: T[]) {
  return { items, page: 1, pageSize: 50, totalItems: items.length, totalPages: 1 };
}
const report: AnnualReport = {
  ...figures,
  scope: { iroId: null, description: 'All children, all IROs' },
  today: '2026-11-23',
  lateReviews: {
    ...figures.lateReviews,
    value: pageOfAll(figures.lateReviews.value.map((l) => ({ ...l, childRef: 'LA100001' }))),
  },
};
const sections = reportSections(report, {
  childHref: (id) => `/children/${id}`,
  caseloadBand: { min: 50, max: 70 },
});
function table(id: string): ReportTable {
  const found = sections.flatMap((s) => s.tables).find((t) => t.id === id);
  if (found === undefined) throw new Error(`No table ${id}`);
  return found;
}

describe('reportSections', () => {
  it('puts every figure beside its definition', () => {
    expect(tableCsvRows(table('reviews'))).toEqual([
      ['Figure', 'Value', 'What it counts'],
      ['Reviews held', 1, figures.reviewsHeld.definition],
      ['Reviews held in timescale', '0.0% (0 of 1)', figures.reviewsInTimescale.definition],
    ]);
  });

  it('lists late reviews by reference with why they were due then and the reason recorded', () => {
    const late = table('late-reviews');
    expect(late.rows[0]?.[0]).toEqual({ text: 'LA100001', href: '/children/c1' });
    expect(toCsv(tableCsvRows(late))).toBe(
      'Child,Held on,Due on,Days late,Why it was due then,Reason it was late\r\n' +
        'LA100001,5 May 2025,30 April 2025,5,3 months after the first review held on 30 January 2025,"The carer, and the child, were on holiday"\r\n',
    );
  });

  it('ends count tables with a total row', () => {
    const months = tableCsvRows(table('reviews-by-month'));
    expect(months).toHaveLength(1 + 12 + 1);
    expect(months[2]).toEqual(['May 2025', 1, 0, 1, '0.0%']);
    expect(months[1]).toEqual(['April 2025', 0, 0, 0, 'n/a']);
    expect(months.at(-1)).toEqual(['Total', 1, 0, 1, '0.0%']);
    expect(tableCsvRows(table('participation-codes')).at(-1)).toEqual(['Total', '', 1, '100.0%']);
  });

  it('scales the recommended caseload by FTE', () => {
    expect(tableCsvRows(table('caseloads'))).toEqual([
      ['IRO', 'FTE', 'Children', 'Children per FTE', 'Recommended for their FTE'],
      ['Priya Raman', 0.6, 1, 1.7, '30 to 42'],
      ['All IROs', 0.6, 1, 1.7, '30 to 42'],
    ]);
  });

  it('says so instead of an empty table', () => {
    const none = reportSections(
      { ...report, lateReviews: { ...report.lateReviews, value: pageOfAll([]) } },
      { childHref: () => '', caseloadBand: { min: 50, max: 70 } },
    )
      .flatMap((s) => s.tables)
      .find((t) => t.id === 'late-reviews');
    expect(none?.rows).toEqual([]);
    expect(none?.empty).toBe('No reviews were held late in this period.');
  });
});

describe('ratioText', () => {
  it('gives the percentage with its count, or n/a with nothing to count', () => {
    expect(ratioText({ count: 1, outOf: 8, percent: 12.5 })).toBe('12.5% (1 of 8)');
    expect(ratioText({ count: 0, outOf: 0, percent: null })).toBe('n/a (none to count)');
  });
});
