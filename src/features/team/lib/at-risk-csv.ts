import { AT_RISK_CATEGORY_LABELS, REVIEW_STATUS_LABELS } from '@/domain';
import type { AtRiskList } from '@/lib/api/team-schemas';
import { toCsv } from '@/lib/csv';

const KIND_LABELS = { first: 'First', second: 'Second', subsequent: 'Subsequent' } as const;

export const AT_RISK_CSV_HEADER = [
  'Child reference',
  'Given name',
  'Family name',
  'IRO',
  'Review',
  'Due date',
  'Working days left',
  'Days overdue',
  'At risk because',
  'Status',
  'Reason',
  'Meeting booked for',
] as const;

/** The at-risk list as the team manager sees it, one review a row, dates as YYYY-MM-DD. */
export function atRiskCsv(list: AtRiskList): string {
  return toCsv(
    AT_RISK_CSV_HEADER,
    list.items.map((item) => [
      item.childRef,
      item.givenName,
      item.familyName,
      item.iroName,
      KIND_LABELS[item.kind],
      item.due,
      item.workingDaysLeft,
      item.daysOverdue,
      AT_RISK_CATEGORY_LABELS[item.category],
      REVIEW_STATUS_LABELS[item.status],
      item.statusReason,
      item.meetingDate,
    ]),
  );
}

/** 'reviews-at-risk-2026-03-16-to-2026-04-13.csv' (no names: file names travel). */
export function atRiskCsvFilename(list: AtRiskList): string {
  return `reviews-at-risk-${list.today}-to-${list.horizon.until}.csv`;
}
