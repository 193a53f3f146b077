import { addDays, dayOfWeek, type IsoDate } from './calendar';

/** What grouping needs of a review at risk. */
export interface GroupableReviewAtRisk {
  due: IsoDate;
  iroId: string;
  iroName: string;
  childRef: string;
}

export interface AtRiskIroGroup {
  iroId: string;
  iroName: string;
  count: number;
}

export interface AtRiskWeekGroup {
  /** The Monday of the week the reviews are due in. */
  weekOf: IsoDate;
  count: number;
  /** By IRO name, within the week. */
  iros: AtRiskIroGroup[];
}

/** The Monday on or before a date (weeks run Monday to Sunday, as a working week does). */
export function weekStarting(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reviews at risk in the order the list groups them: by the week they are due, then by IRO (name,
 * then id, so two IROs with one name stay apart), then by due date and child reference. Pages are
 * cut from this order, so a group continues across a page boundary rather than repeating.
 */
export function orderReviewsAtRisk<T extends GroupableReviewAtRisk>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, week: weekStarting(item.due) }))
    .sort(
      (a, b) =>
        compareText(a.week, b.week) ||
        compareText(a.item.iroName, b.item.iroName) ||
        compareText(a.item.iroId, b.item.iroId) ||
        compareText(a.item.due, b.item.due) ||
        compareText(a.item.childRef, b.item.childRef),
    )
    .map(({ item }) => item);
}

/** The counts per week and per IRO within it, for items already in `orderReviewsAtRisk` order. */
export function groupReviewsAtRisk(ordered: readonly GroupableReviewAtRisk[]): AtRiskWeekGroup[] {
  const weeks: AtRiskWeekGroup[] = [];
  for (const item of ordered) {
    const weekOf = weekStarting(item.due);
    let week = weeks.at(-1);
    if (week?.weekOf !== weekOf) {
      week = { weekOf, count: 0, iros: [] };
      weeks.push(week);
    }
    week.count++;
    let iro = week.iros.at(-1);
    if (iro?.iroId !== item.iroId) {
      iro = { iroId: item.iroId, iroName: item.iroName, count: 0 };
      week.iros.push(iro);
    }
    iro.count++;
  }
  return weeks;
}
