// The seeded periods of care: each child's date of birth, the reviews held in each period and the
// episodes (placements, legal statuses) that make up the periods.
import {
  addDays,
  addMonths,
  addWorkingDays,
  compareDates,
  nextReviewDue,
  type IsoDate,
  type ReviewRuleSet,
} from '@/domain';
import type { Episode } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { maxDate, nextId, type Context, type TargetState } from './context';
import { PLACEMENTS } from './names';
import type { Random } from './prng';

export function pickDateOfBirth(rng: Random, today: IsoDate): IsoDate {
  const [low, high] = rng.weighted([
    [[0, 3], 11],
    [[4, 9], 19],
    [[10, 15], 42],
    [[16, 17], 28],
  ] as const);
  const years = rng.int(low, high);
  // A whole number of years plus up to a year of days: always under 18 today.
  return addDays(addMonths(today, -12 * years), -rng.int(20, 360));
}

/** `n` working days before `date`. */
function workingDaysBefore(date: IsoDate, n: number): IsoDate {
  return addWorkingDays(date, -n, calendar);
}

export interface PeriodPlan {
  start: IsoDate;
  reviews: IsoDate[];
}

/**
 * Builds the current period backwards from the next review's intended due date, so that the mix of
 * states is controlled (at risk: due within the at-risk window); previous reviews are mostly in
 * timescale, a few late.
 */
export function planCurrentPeriod(
  rng: Random,
  today: IsoDate,
  dateOfBirth: IsoDate,
  rules: ReviewRuleSet,
  state: TargetState,
  atRiskWorkingDays: number,
): PeriodPlan {
  const shortBreaks = rules.id === 'short-breaks';
  const kind = shortBreaks
    ? rng.weighted([
        ['first', 10],
        ['subsequent', 90],
      ] as const)
    : rng.weighted([
        ['first', 5],
        ['second', 8],
        ['subsequent', 87],
      ] as const);
  const horizon = kind === 'first' ? (shortBreaks ? 60 : 20) : kind === 'second' ? 62 : 125;
  let due: IsoDate;
  switch (state) {
    case 'overdue':
      due = addDays(today, -rng.int(1, kind === 'first' ? 10 : 40));
      break;
    case 'at-risk':
      due = addWorkingDays(today, rng.int(0, Math.min(atRiskWorkingDays, horizon)), calendar);
      break;
    case 'booked-late':
      due = addWorkingDays(today, rng.int(0, Math.min(20, horizon)), calendar);
      break;
    case 'booked':
      due = addWorkingDays(today, rng.int(1, Math.min(60, horizon)), calendar);
      break;
    case 'on-track':
      due = addWorkingDays(
        today,
        rng.int(atRiskWorkingDays + 1, Math.max(atRiskWorkingDays + 1, horizon)),
        calendar,
      );
      break;
  }

  const late = () => rng.chance(0.04);
  const ageDays = compareDates(today, dateOfBirth);
  if (kind === 'first') {
    const start = shortBreaks ? addMonths(due, -3) : workingDaysBefore(due, 20);
    return { start, reviews: [] };
  }
  // The last review held, from which the next due date runs.
  const last = kind === 'second' ? addMonths(due, -3) : addMonths(due, -6);
  const reviews = [last];
  if (kind === 'subsequent') {
    // How many reviews before `last` fit since birth (keep a few weeks of life before care).
    const maxEarlier = Math.max(1, Math.floor((ageDays - 200) / 183));
    const earlier = shortBreaks
      ? rng.int(0, Math.min(6, maxEarlier))
      : rng.int(1, Math.min(12, maxEarlier));
    for (let i = 0; i < earlier; i++) {
      const following = reviews[0] as IsoDate;
      const isSecond = !shortBreaks && i === earlier - 1;
      const months = isSecond ? 3 : 6;
      const previous = late()
        ? addDays(addMonths(following, -months), -rng.int(1, 20))
        : addDays(addMonths(following, -months), rng.int(3, 14));
      reviews.unshift(previous);
    }
  }
  const first = reviews[0] as IsoDate;
  let start: IsoDate;
  if (shortBreaks) {
    start = addDays(addMonths(first, -3), rng.int(3, 14));
  } else {
    start = late()
      ? workingDaysBefore(first, rng.int(21, 30))
      : workingDaysBefore(first, rng.int(2, 20));
  }
  return { start, reviews };
}

export function planPreviousPeriod(
  rng: Random,
  dateOfBirth: IsoDate,
  currentStart: IsoDate,
  rules: ReviewRuleSet,
): (PeriodPlan & { end: IsoDate }) | null {
  const end = addDays(currentStart, -rng.int(60, 400));
  const start = addDays(end, -rng.int(120, 900));
  if (compareDates(start, addDays(dateOfBirth, 30)) <= 0) return null;
  const reviews: IsoDate[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const next = nextReviewDue({ becameLookedAfter: start, reviews }, calendar, rules);
    const heldOn = addDays(next.due, -rng.int(0, 10));
    if (compareDates(heldOn, end) > 0) break;
    reviews.push(maxDate(heldOn, addDays(reviews[reviews.length - 1] ?? start, 1)));
  }
  return { start, end, reviews };
}

export function episodesFor(
  ctx: Context,
  rng: Random,
  periods: readonly (PeriodPlan & { end: IsoDate | null })[],
  legalStatus: string,
  shortBreaks: boolean,
  today: IsoDate,
): Episode[] {
  const episodes: Episode[] = [];
  const placementOptions = PLACEMENTS.map((p) => [p.type, p.weight] as const);
  periods.forEach((period, index) => {
    const isCurrent = index === periods.length - 1;
    const periodEnd = period.end ?? today;
    const span = compareDates(periodEnd, period.start);
    const changes =
      span > 60
        ? rng.weighted([
            [0, 55],
            [1, 30],
            [2, 15],
          ] as const)
        : 0;
    const starts: IsoDate[] = [period.start];
    for (let i = 0; i < changes; i++) {
      const previous = starts[starts.length - 1] as IsoDate;
      const remaining = compareDates(periodEnd, previous);
      if (remaining < 20) break;
      starts.push(addDays(previous, rng.int(10, remaining - 5)));
    }
    const reasons = starts.map((_, i) =>
      i === 0
        ? ('S' as const)
        : rng.weighted([
            ['P', 50],
            ['L', 25],
            ['T', 10],
            ['U', 10],
            ['B', 5],
          ] as const),
    );
    starts.forEach((start, i) => {
      const nextStart = starts[i + 1];
      const lastInPeriod = nextStart === undefined;
      // Before a change of legal status (RNE L) the child was on an interim care order.
      const status = shortBreaks
        ? legalStatus
        : !isCurrent
          ? rng.pick(['V2', 'C1', 'C2'] as const)
          : reasons[i + 1] === 'L'
            ? 'C1'
            : legalStatus;
      episodes.push({
        id: nextId(ctx, 'ep'),
        start,
        end: lastInPeriod ? (isCurrent ? null : period.end) : nextStart,
        reasonForNewEpisode: reasons[i] ?? 'S',
        legalStatus: status,
        placementType: shortBreaks ? 'T4' : rng.weighted(placementOptions),
        // X1 within a period; an earlier period ended with the child going home (E4A).
        reasonEnded: lastInPeriod ? (isCurrent ? null : 'E4A') : 'X1',
      });
    });
  });
  return episodes;
}
