// Checking the three files of an SSDA903 return together and working out which children can be
// imported. The same function runs in the import preview and in the backend's import endpoint.
import { formatDate, type IsoDate } from './calendar';
import type { ParticipationCode } from './participation';
import { SSDA903_CODES_ANY_YEAR, ssda903CodeList } from './care-codes';
import { groupIntoPeriodsOfCare, isShortBreakLegalStatus, type PeriodOfCare } from './schedule';
import { checkColumns, Problems } from './ssda903-problems';
import { checkOverlaps, checkSequence, inDateOrder } from './ssda903-sequence';
import { ssda903DateFormatProblem } from './ssda903-whole-file';
import {
  readEpisodes,
  readHeader,
  readReviews,
  type EpisodeEntry,
  type HeaderEntry,
  type ReviewEntry,
  type RowContext,
} from './ssda903-rows';
import {
  SSDA903_FILE_KINDS,
  type Ssda903Child,
  type Ssda903Episode,
  type Ssda903ExcludedChild,
  type Ssda903Files,
  type Ssda903Options,
  type Ssda903Review,
  type Ssda903Validation,
} from './ssda903-types';

/** The year (as text) the collection year containing `date` starts in: April to March. */
function collectionYearStartOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  return String(date.slice(5) >= '04-01' ? year : year - 1).padStart(4, '0');
}

function groupBy<T extends { childRef: string }>(entries: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    if (entry.childRef === '') continue;
    let list = map.get(entry.childRef);
    if (list === undefined) {
      list = [];
      map.set(entry.childRef, list);
    }
    list.push(entry);
  }
  return map;
}

/** Why a review date is outside every period of care, or null when it is inside one. */
function whereInCare(periods: readonly PeriodOfCare[], date: IsoDate): string | null {
  const first = periods[0];
  if (first === undefined) return 'the child has no episodes';
  if (date < first.start) {
    return `REVIEW (${formatDate(date)}) is before the child’s first episode started on ${formatDate(first.start)}`;
  }
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i] as PeriodOfCare;
    if (date >= period.start && (period.end === null || date <= period.end)) return null;
    const next = periods[i + 1];
    if (period.end !== null && date > period.end && next !== undefined && date < next.start) {
      return `REVIEW (${formatDate(date)}) is between periods of care: the child left care on ${formatDate(period.end)} and became looked after again on ${formatDate(next.start)}`;
    }
  }
  const last = periods[periods.length - 1] as PeriodOfCare;
  return `REVIEW (${formatDate(date)}) is after the child’s last episode ended on ${formatDate(last.end ?? '')}`;
}

/**
 * Why a header child cannot be imported, or null when they can. A problem in any episode leaves
 * the child out: a missing episode would change their periods of care and so their due dates.
 */
function exclusionReason(
  problems: Problems,
  entry: HeaderEntry,
  episodes: readonly EpisodeEntry[],
): string | null {
  if (!entry.valid) return `Their row in the header file (row ${entry.row}) has a problem`;
  if (episodes.length === 0) {
    problems.add(
      { file: 'header', row: entry.row, childRef: entry.childRef },
      'CHILD',
      'no-episodes',
      `Child ${entry.childRef} has no episodes in the episodes file: the tracker needs at least one to work out their reviews`,
    );
    return 'They have no episodes';
  }
  // An exact duplicate is left out without harm: only other problems exclude the child.
  const blocking = episodes.filter((episode) => !episode.valid && episode.duplicate !== true);
  if (blocking.length === 0) return null;
  return `Their episodes have problems (row${blocking.length === 1 ? '' : 's'} ${blocking.map((e) => e.row).join(', ')})`;
}

/**
 * The child's valid reviews inside their periods of care, by date. A review left out can only
 * bring the next due date forward, never hide an overdue review, so the others are kept.
 */
function reviewsInCare(
  problems: Problems,
  childRef: string,
  periods: readonly PeriodOfCare[],
  reviews: readonly ReviewEntry[],
): Ssda903Review[] {
  const kept: Ssda903Review[] = [];
  const shortBreaksOnly = periods.every((period) =>
    period.episodes.every((episode) => isShortBreakLegalStatus(episode.legalStatus ?? '')),
  );
  for (const review of reviews) {
    if (!review.valid || review.heldOn === null) continue;
    const outside = whereInCare(periods, review.heldOn);
    if (outside !== null) {
      review.valid = false;
      problems.add(
        { file: 'reviews', row: review.row, childRef },
        'REVIEW',
        'review-outside-care',
        outside,
      );
      continue;
    }
    if (shortBreaksOnly) {
      // Rule 399: the return has no reviews for a child on short breaks only.
      review.valid = false;
      problems.add(
        { file: 'reviews', row: review.row, childRef },
        'REVIEW',
        'short-break-review',
        `Child ${childRef} is looked after only under short-break legal statuses (LS V3 or V4), so the return has no reviews for them: remove this row`,
      );
      continue;
    }
    kept.push({
      heldOn: review.heldOn,
      participationCode: review.code as ParticipationCode,
      row: review.row,
    });
  }
  return kept.sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
}

/** The episode as imported, without what the check kept on it. */
function importedEpisode(episode: EpisodeEntry): Ssda903Episode {
  const { start, end, reasonForNewEpisode, legalStatus, placementType, reasonEnded, row } = episode;
  return { start, end, reasonForNewEpisode, legalStatus, placementType, reasonEnded, row };
}

/** The period as imported: its episodes hold only what the review cycle reads. */
function importedPeriod(period: PeriodOfCare): PeriodOfCare {
  return {
    start: period.start,
    end: period.end,
    episodes: period.episodes.map((episode) => {
      const { start, end, reasonForNewEpisode, legalStatus } = episode as EpisodeEntry;
      return { start, end, reasonForNewEpisode, legalStatus };
    }),
  };
}

function fileCounts(
  files: Ssda903Files,
  children: readonly Ssda903Child[],
  periodsOfCare: number,
): Ssda903Validation['counts'] {
  return {
    header: { rows: files.header.rows.length, valid: children.length },
    episodes: {
      rows: files.episodes.rows.length,
      valid: children.reduce((sum, child) => sum + child.episodes.length, 0),
    },
    reviews: {
      rows: files.reviews.rows.length,
      valid: children.reduce((sum, child) => sum + child.reviews.length, 0),
    },
    periodsOfCare,
  };
}

/**
 * Checks the three files of a return and works out what can be imported. Nothing is guessed:
 * - a child whose header row or any episode has a problem is left out entirely (a missing episode
 *   would change their periods of care and so their due dates);
 * - a review row with a problem is left out and the child's other reviews are kept (a missing
 *   review can only bring the next due date forward, never hide an overdue review);
 * - a header child with no episodes cannot be imported (the tracker needs a period of care).
 */
export function validateSsda903(files: Ssda903Files, options: Ssda903Options): Ssda903Validation {
  const problems = new Problems();
  const { today } = options;
  const columnsOk = SSDA903_FILE_KINDS.map((kind) => checkColumns(problems, kind, files[kind]));
  if (columnsOk.includes(false)) {
    // Nothing else can be trusted without the columns.
    return {
      children: [],
      problems: problems.list,
      excluded: [],
      counts: fileCounts(files, [], 0),
    };
  }

  // A file whose dates are all written the wrong way is one problem, not one per row.
  const [headerDates, episodeDates, reviewDates] = SSDA903_FILE_KINDS.map((kind) =>
    ssda903DateFormatProblem(kind, files[kind]),
  );
  for (const whole of [headerDates, episodeDates, reviewDates]) {
    if (whole != null) {
      problems.add(
        { file: whole.file, row: 0, childRef: null },
        'dates',
        whole.code,
        whole.message,
        whole.rule,
      );
    }
  }
  if (headerDates != null || episodeDates != null) {
    // Without readable dates of birth or episodes no child can be imported.
    return {
      children: [],
      problems: problems.list,
      excluded: [],
      counts: fileCounts(files, [], 0),
    };
  }
  const year = options.collectionYear ?? null;
  const context: RowContext = {
    codes: year === null ? SSDA903_CODES_ANY_YEAR : ssda903CodeList(year.label),
    collectionEnd: year?.end ?? null,
  };
  // 357 looks at first episodes from the collection year's start: the given year's, or else the
  // one today is in (an earlier first episode may continue a period the return does not cover).
  const firstEpisodeFrom = year?.start ?? `${collectionYearStartOf(today)}-04-01`;
  const reviewsFile = reviewDates == null ? files.reviews : { ...files.reviews, rows: [] };

  const header = readHeader(problems, files.header, today);
  const episodesByChild = groupBy(readEpisodes(problems, files.episodes, header, today, context));
  const reviewsByChild = groupBy(readReviews(problems, reviewsFile, header, today));

  const children: Ssda903Child[] = [];
  const excluded: Ssda903ExcludedChild[] = [];
  let periodsOfCare = 0;
  for (const entry of header.values()) {
    const childRef = entry.childRef;
    const childEpisodes = episodesByChild.get(childRef) ?? [];
    const sorted = inDateOrder(childEpisodes);
    checkOverlaps(problems, sorted);
    checkSequence(problems, sorted, firstEpisodeFrom);
    const reason = exclusionReason(problems, entry, childEpisodes);
    if (reason !== null) {
      excluded.push({ childRef, reason });
      continue;
    }
    const periods = groupIntoPeriodsOfCare(childEpisodes.filter((episode) => episode.valid));
    periodsOfCare += periods.length;
    const reviews = reviewsInCare(problems, childRef, periods, reviewsByChild.get(childRef) ?? []);
    const sortedEpisodes = periods.flatMap((period) => period.episodes) as EpisodeEntry[];
    children.push({
      childRef,
      sex: entry.sex,
      dateOfBirth: entry.dateOfBirth ?? '',
      episodes: sortedEpisodes.map(importedEpisode),
      periods: periods.map(importedPeriod),
      reviews,
      headerRow: entry.row,
    });
  }

  return {
    children,
    problems: problems.sorted(),
    excluded,
    counts: fileCounts(files, children, periodsOfCare),
  };
}
