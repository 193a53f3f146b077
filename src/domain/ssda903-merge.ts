// Refreshing the tracker from an SSDA903 return: each child of the checked return is matched to
// the tracker's child with the same CHILD reference, and what the return adds (new children,
// episodes, the end of an open episode, leaving and returning to care, reviews) is worked out,
// with every conflict between the two. Pure: the same function runs in the import preview and in
// the backend's import endpoint, so the preview shows exactly what the import will do.
//
// What a conflict does (the rule in one place; src/domain/README.md says it in words):
// - A conflict about who the child is or about their episodes holds the whole child back: nothing
//   about them changes (not their episodes, not their reviews) and the conflicts are listed. These
//   are a different date of birth, an episode the return contradicts (same start with a different
//   RNE, LS or PLACE, or a different end), the merged episodes breaking the DfE's sequence rules
//   (`careEpisodeProblems`), and a review in the tracker that the merged episodes would put
//   outside care. Episodes set a child's periods of care and so their due dates in either
//   direction: part of a history is never merged (the reason `validateSsda903` leaves a child out
//   when any episode has a problem).
// - A conflict about one review keeps the tracker's review as it is and lets the rest of the
//   child's changes apply: a review in the tracker that the return lacks (kept), or a review on
//   the same day with a different REVIEW_CODE (the tracker's code is kept).
// Nothing is ever deleted or overwritten by a return: an open episode is given its end (DEC and
// REC) only when the return's episode is otherwise the same.
import { describeCode } from './care-codes';
import {
  careEpisodeFields,
  careEpisodeProblems,
  carePeriods,
  type CareEpisode,
} from './care-episodes';
import { compareDates, formatDate, type IsoDate } from './calendar';
import type { Ssda903Child, Ssda903Episode, Ssda903Review } from './ssda903-types';

export interface Ssda903TrackerReview {
  heldOn: IsoDate;
  /** PN0-PN7 (as the tracker holds it). */
  participationCode: string;
}

/** A child as the tracker holds them, for matching against the return. */
export interface Ssda903TrackerChild {
  childRef: string;
  dateOfBirth: IsoDate;
  episodes: readonly CareEpisode[];
  reviews: readonly Ssda903TrackerReview[];
}

/** The kinds of change, in the order a child's changes are listed. */
export const SSDA903_CHANGE_KINDS = [
  'new-child',
  'new-episodes',
  'episode-closed',
  'returned',
  'left-care',
  'new-reviews',
] as const;
export type Ssda903ChangeKind = (typeof SSDA903_CHANGE_KINDS)[number];

export interface Ssda903Change {
  kind: Ssda903ChangeKind;
  /** What changes, in words. */
  message: string;
  /** How many episodes, reviews or periods the change is about (1 for the others). */
  count: number;
}

export const SSDA903_CONFLICT_KINDS = [
  'date-of-birth',
  'episode-contradicted',
  'episode-sequence',
  'tracker-review-outside-care',
  'review-not-in-return',
  'review-code-differs',
] as const;
export type Ssda903ConflictKind = (typeof SSDA903_CONFLICT_KINDS)[number];

/** Conflicts that hold the whole child back (nothing about them changes). */
export const SSDA903_BLOCKING_CONFLICTS: readonly Ssda903ConflictKind[] = [
  'date-of-birth',
  'episode-contradicted',
  'episode-sequence',
  'tracker-review-outside-care',
];

export interface Ssda903Conflict {
  kind: Ssda903ConflictKind;
  /** What differs and what happens, in words. */
  message: string;
  /** True: nothing about the child changes. False: only this part is left as the tracker has it. */
  blocking: boolean;
}

/**
 * - `new-child`: not in the tracker; imported with the return's episodes and reviews.
 * - `changed`: in the tracker; the changes listed are made.
 * - `unchanged`: in the tracker and the return adds nothing (review conflicts may still be listed).
 * - `held-back`: a blocking conflict: nothing about the child changes (a new child is not added).
 */
export const SSDA903_MERGE_OUTCOMES = ['new-child', 'changed', 'unchanged', 'held-back'] as const;
export type Ssda903MergeOutcome = (typeof SSDA903_MERGE_OUTCOMES)[number];

/** An episode after the merge, with the tracker's episode it is (to keep its identity) or null. */
export interface Ssda903MergedEpisode extends CareEpisode {
  /** Index into the tracker child's `episodes` as given; null for an episode from the return. */
  trackerIndex: number | null;
}

export interface Ssda903ChildMerge {
  childRef: string;
  outcome: Ssda903MergeOutcome;
  /** What the import changes for this child, in this order of kinds; empty unless new or changed. */
  changes: Ssda903Change[];
  conflicts: Ssda903Conflict[];
  /** Index into the tracker's children as given; null when the child is not in the tracker. */
  trackerIndex: number | null;
  /** The child's episodes after the import, in date order (empty for a new child held back). */
  episodes: Ssda903MergedEpisode[];
  /** The return's reviews the import adds, by date. */
  newReviews: Ssda903Review[];
}

export interface Ssda903MergeTotals {
  /** Children in the return. */
  children: number;
  newChildren: number;
  changed: number;
  unchanged: number;
  heldBack: number;
  /** Children whose records the import changes (new + changed): 0 means it changes nothing. */
  changes: number;
  /** Every conflict listed (blocking or not). */
  conflicts: number;
  /** Episodes added, new children's included. */
  newEpisodes: number;
  closedEpisodes: number;
  leftCare: number;
  returned: number;
  /** Reviews added, new children's included. */
  newReviews: number;
}

export interface Ssda903Merge {
  /** In the return's order. Tracker children not in the return are not touched and not listed. */
  children: Ssda903ChildMerge[];
  totals: Ssda903MergeTotals;
  /**
   * The earliest REVIEW in the return (any child): a tracker review from this day on that the
   * return lacks is a conflict; earlier ones are history the return does not cover. Null when the
   * return has no reviews (then it says nothing about reviews).
   */
  reviewsFrom: IsoDate | null;
}

export interface Ssda903MergeOptions {
  today: IsoDate;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** The return's episode as the tracker holds one: REC null when blank. */
function fromReturn(episode: Ssda903Episode): CareEpisode {
  return {
    start: episode.start,
    end: episode.end,
    reasonForNewEpisode: episode.reasonForNewEpisode,
    legalStatus: episode.legalStatus,
    placementType: episode.placementType,
    reasonEnded: episode.reasonEnded === '' ? null : episode.reasonEnded,
  };
}

/** 0 for an episode that ended the day it started: on a tie it comes first (the next began then). */
const zeroDay = (episode: CareEpisode) => (episode.end === episode.start ? 0 : 1);

/** Indexes of the episodes in date order (the order `careEpisodeProblems` and periods use). */
function inDateOrder(episodes: readonly CareEpisode[]): number[] {
  return episodes
    .map((_, index) => index)
    .sort((a, b) => {
      const x = episodes[a] as CareEpisode;
      const y = episodes[b] as CareEpisode;
      return compareDates(x.start, y.start) || zeroDay(x) - zeroDay(y) || a - b;
    });
}

const describeEpisode = (episode: CareEpisode) =>
  `RNE ${episode.reasonForNewEpisode}, LS ${episode.legalStatus}, PLACE ${episode.placementType}`;

const describeEnd = (episode: CareEpisode) =>
  episode.end === null
    ? 'is still open'
    : `ended on ${formatDate(episode.end)} (${episode.reasonEnded ?? 'no REC'})`;

const sameEnd = (a: CareEpisode, b: CareEpisode) =>
  a.end === b.end && (a.reasonEnded ?? null) === (b.reasonEnded ?? null);

/** What differs between two episodes that started on the same day, or null when nothing does. */
function contradiction(tracker: CareEpisode, file: CareEpisode): string | null {
  const differences: string[] = [];
  const fields = [
    ['reason for new episode (RNE)', tracker.reasonForNewEpisode, file.reasonForNewEpisode],
    ['legal status (LS)', tracker.legalStatus, file.legalStatus],
    ['placement type (PLACE)', tracker.placementType, file.placementType],
  ] as const;
  for (const [label, mine, theirs] of fields) {
    if (mine !== theirs)
      differences.push(`${label} ${mine} in the tracker, ${theirs} in the return`);
  }
  // An open episode the return ends is a change, not a contradiction.
  if (tracker.end !== null && !sameEnd(tracker, file)) {
    differences.push(
      `it ${describeEnd(tracker)} in the tracker but ${describeEnd(file)} in the return`,
    );
  }
  if (differences.length === 0) return null;
  return `The episode that started on ${formatDate(tracker.start)} differs: ${differences.join('; ')}. Nothing about this child is changed: correct the tracker or the case system`;
}

const inPeriods = (periods: readonly { start: IsoDate; end: IsoDate | null }[], date: IsoDate) =>
  periods.some(
    (period) =>
      compareDates(period.start, date) <= 0 &&
      (period.end === null || compareDates(date, period.end) <= 0),
  );

/** A problem of `careEpisodeProblems`, the same whatever the episode's position in the list. */
function problemKey(origin: string, field: string, message: string): string {
  const suffix = field.replace(/^episodes\.\d+\./, '');
  return `${origin}|${suffix}|${message.replace(/Episode \d+/g, 'Episode')}`;
}

const originOf = (episode: Ssda903MergedEpisode, index: number) =>
  episode.trackerIndex === null ? `return:${index}` : `tracker:${episode.trackerIndex}`;

const indexOfField = (field: string): number | null => {
  const match = /^episodes\.(\d+)\./.exec(field);
  return match === null ? null : Number(match[1]);
};

/**
 * The merged episodes' breaches of the DfE's sequence rules that the tracker's own episodes do not
 * already have (a tracker record with an old code is not the return's doing), in words.
 */
function newSequenceProblems(
  tracker: readonly CareEpisode[],
  merged: readonly Ssda903MergedEpisode[],
  dateOfBirth: IsoDate,
  today: IsoDate,
): string[] {
  const context = { dateOfBirth, today };
  const existing = new Set(
    careEpisodeProblems(tracker, context).map((problem) => {
      const index = indexOfField(problem.field);
      return problemKey(index === null ? '' : `tracker:${index}`, problem.field, problem.message);
    }),
  );
  return careEpisodeProblems(merged, context).flatMap((problem) => {
    const index = indexOfField(problem.field);
    const episode = index === null ? undefined : merged[index];
    const origin = episode === undefined || index === null ? '' : originOf(episode, index);
    if (existing.has(problemKey(origin, problem.field, problem.message))) return [];
    const which =
      episode === undefined ? '' : ` (the episode starting on ${formatDate(episode.start)})`;
    return [`${problem.message}${which}`];
  });
}

function leftCareChange(periods: ReturnType<typeof carePeriods>): Ssda903Change | null {
  const last = periods[periods.length - 1];
  if (last?.end == null || last.reasonEnded === null) return null;
  return {
    kind: 'left-care',
    message: `Left care on ${formatDate(last.end)} (${describeCode('reasonEnded', last.reasonEnded)}): from then nothing is due and they are in no caseload`,
    count: 1,
  };
}

function newEpisodesChange(episodes: readonly CareEpisode[]): Ssda903Change | null {
  if (episodes.length === 0) return null;
  const list = episodes
    .map((episode) => `from ${formatDate(episode.start)} (${describeEpisode(episode)})`)
    .join('; ');
  return {
    kind: 'new-episodes',
    message: `${plural(episodes.length, 'new episode')}: ${list}`,
    count: episodes.length,
  };
}

function newReviewsChange(reviews: readonly Ssda903Review[]): Ssda903Change | null {
  if (reviews.length === 0) return null;
  const list = reviews
    .map((review) => `${formatDate(review.heldOn)} (${review.participationCode})`)
    .join(', ');
  return {
    kind: 'new-reviews',
    message: `${plural(reviews.length, 'new review')}: ${list}`,
    count: reviews.length,
  };
}

const present = (items: readonly (Ssda903Change | null)[]): Ssda903Change[] =>
  items.filter((item) => item !== null);

function mergeNewChild(file: Ssda903Child, today: IsoDate): Ssda903ChildMerge {
  const episodes = inDateOrder(file.episodes.map(fromReturn)).map((index) => ({
    ...fromReturn(file.episodes[index] as Ssda903Episode),
    trackerIndex: null,
  }));
  const problems = newSequenceProblems([], episodes, file.dateOfBirth, today);
  if (problems.length > 0) {
    return {
      childRef: file.childRef,
      outcome: 'held-back',
      changes: [],
      conflicts: problems.map((message) => ({
        kind: 'episode-sequence',
        message: `The return’s episodes break the DfE’s rules: ${message}. The child is not added`,
        blocking: true,
      })),
      trackerIndex: null,
      episodes: [],
      newReviews: [],
    };
  }
  const periods = carePeriods(episodes);
  const changes = present([
    {
      kind: 'new-child',
      message: `New child: ${plural(episodes.length, 'episode')} in ${plural(periods.length, 'period')} of care and ${plural(file.reviews.length, 'review')}`,
      count: 1,
    },
    leftCareChange(periods),
  ]);
  return {
    childRef: file.childRef,
    outcome: 'new-child',
    changes,
    conflicts: [],
    trackerIndex: null,
    episodes,
    newReviews: [...file.reviews],
  };
}

function mergeKnownChild(
  tracker: Ssda903TrackerChild,
  trackerIndex: number,
  file: Ssda903Child,
  reviewsFrom: IsoDate | null,
  today: IsoDate,
): Ssda903ChildMerge {
  const blocking: Ssda903Conflict[] = [];
  const other: Ssda903Conflict[] = [];
  const block = (kind: Ssda903ConflictKind, message: string) => {
    blocking.push({ kind, message, blocking: true });
  };
  if (tracker.dateOfBirth !== file.dateOfBirth) {
    block(
      'date-of-birth',
      `The return gives the date of birth as ${formatDate(file.dateOfBirth)}, the tracker has ${formatDate(tracker.dateOfBirth)}. Nothing about this child is changed: check which is right`,
    );
  }

  // Episodes: paired by start date (the k-th starting on a day with the k-th), in date order.
  const trackerOrder = inDateOrder(tracker.episodes);
  const fileEpisodes = file.episodes.map(fromReturn);
  const unmatched = new Map<IsoDate, number[]>();
  for (const index of trackerOrder) {
    const start = (tracker.episodes[index] as CareEpisode).start;
    unmatched.set(start, [...(unmatched.get(start) ?? []), index]);
  }
  const merged: Ssda903MergedEpisode[] = [];
  const used = new Set<number>();
  const added: CareEpisode[] = [];
  const closed: { before: CareEpisode; after: CareEpisode }[] = [];
  for (const index of inDateOrder(fileEpisodes)) {
    const episode = fileEpisodes[index] as CareEpisode;
    // Of the tracker's episodes that started that day, the one the return's agrees with, if any.
    const candidates = unmatched.get(episode.start) ?? [];
    const agreeing = candidates.findIndex(
      (i) => contradiction(tracker.episodes[i] as CareEpisode, episode) === null,
    );
    const match = candidates.splice(Math.max(agreeing, 0), 1)[0];
    if (match === undefined) {
      added.push(episode);
      merged.push({ ...episode, trackerIndex: null });
      continue;
    }
    used.add(match);
    const mine = careEpisodeFields(tracker.episodes[match] as CareEpisode);
    const differs = contradiction(mine, episode);
    if (differs !== null) block('episode-contradicted', differs);
    if (differs === null && mine.end === null && episode.end !== null) {
      const after = { ...mine, end: episode.end, reasonEnded: episode.reasonEnded };
      closed.push({ before: mine, after });
      merged.push({ ...after, trackerIndex: match });
    } else {
      merged.push({ ...mine, trackerIndex: match });
    }
  }
  for (const index of trackerOrder) {
    if (!used.has(index))
      merged.push({
        ...careEpisodeFields(tracker.episodes[index] as CareEpisode),
        trackerIndex: index,
      });
  }
  const episodes = inDateOrder(merged).map((index) => merged[index] as Ssda903MergedEpisode);
  const episodesChange = added.length > 0 || closed.length > 0;
  const trackerPeriods = carePeriods(trackerOrder.map((i) => tracker.episodes[i] as CareEpisode));
  const periods = episodesChange ? carePeriods(episodes) : trackerPeriods;

  if (episodesChange && blocking.every((c) => c.kind !== 'episode-contradicted')) {
    for (const message of newSequenceProblems(
      tracker.episodes,
      episodes,
      tracker.dateOfBirth,
      today,
    )) {
      block(
        'episode-sequence',
        `With the return’s episodes the child’s episodes would break the DfE’s rules: ${message}. Nothing about this child is changed`,
      );
    }
  }

  // Reviews: by date.
  const trackerReviews = new Map(tracker.reviews.map((review) => [review.heldOn, review]));
  const fileDates = new Set(file.reviews.map((review) => review.heldOn));
  const newReviews: Ssda903Review[] = [];
  for (const review of file.reviews) {
    const mine = trackerReviews.get(review.heldOn);
    // The return's check put it inside the return's periods of care, which the merged episodes
    // (every one of the return's, when nothing blocks) cover.
    if (mine === undefined) newReviews.push(review);
    else if (mine.participationCode !== review.participationCode) {
      other.push({
        kind: 'review-code-differs',
        message: `The review held on ${formatDate(review.heldOn)} is ${mine.participationCode} in the tracker but ${review.participationCode} in the return: the tracker’s is kept`,
        blocking: false,
      });
    }
  }
  const sortedTrackerReviews = [...tracker.reviews].sort((a, b) =>
    compareDates(a.heldOn, b.heldOn),
  );
  for (const review of sortedTrackerReviews) {
    if (episodesChange && !inPeriods(periods, review.heldOn)) {
      block(
        'tracker-review-outside-care',
        `The review held on ${formatDate(review.heldOn)} in the tracker would be outside the child’s periods of care with the return’s episodes. Nothing about this child is changed`,
      );
    }
    if (
      !fileDates.has(review.heldOn) &&
      reviewsFrom !== null &&
      compareDates(review.heldOn, reviewsFrom) >= 0
    ) {
      other.push({
        kind: 'review-not-in-return',
        message: `The review held on ${formatDate(review.heldOn)} (${review.participationCode}) is in the tracker but not in the return: it is kept`,
        blocking: false,
      });
    }
  }

  const conflicts = [...blocking, ...other];
  if (blocking.length > 0) {
    return {
      childRef: file.childRef,
      outcome: 'held-back',
      changes: [],
      conflicts,
      trackerIndex,
      episodes: trackerOrder.map((index) => ({
        ...careEpisodeFields(tracker.episodes[index] as CareEpisode),
        trackerIndex: index,
      })),
      newReviews: [],
    };
  }

  const lastBefore = trackerPeriods[trackerPeriods.length - 1];
  const returned = periods.filter(
    (period) => lastBefore !== undefined && compareDates(period.start, lastBefore.start) > 0,
  );
  const lastAfter = periods[periods.length - 1];
  const leftNow =
    lastAfter?.end != null &&
    (lastBefore === undefined || lastBefore.start !== lastAfter.start || lastBefore.end === null);
  const changes = present([
    newEpisodesChange(added),
    ...closed.map(({ after }) => ({
      kind: 'episode-closed' as const,
      message: `The episode that started on ${formatDate(after.start)} ended on ${formatDate(after.end ?? '')} (${describeCode('reasonEnded', after.reasonEnded ?? '')})`,
      count: 1,
    })),
    ...returned.map((period) => ({
      kind: 'returned' as const,
      message: `Became looked after again on ${formatDate(period.start)}: a new period of care, so the review cycle starts again`,
      count: 1,
    })),
    leftNow ? leftCareChange(periods) : null,
    newReviewsChange(newReviews),
  ]);
  return {
    childRef: file.childRef,
    outcome: changes.length > 0 ? 'changed' : 'unchanged',
    changes,
    conflicts,
    trackerIndex,
    episodes,
    newReviews,
  };
}

/** A merge of nothing: what a return with no children would change. */
export const NO_SSDA903_CHANGES: Readonly<Ssda903MergeTotals> = {
  children: 0,
  newChildren: 0,
  changed: 0,
  unchanged: 0,
  heldBack: 0,
  changes: 0,
  conflicts: 0,
  newEpisodes: 0,
  closedEpisodes: 0,
  leftCare: 0,
  returned: 0,
  newReviews: 0,
};

function totalsOf(children: readonly Ssda903ChildMerge[]): Ssda903MergeTotals {
  const totals: Ssda903MergeTotals = { ...NO_SSDA903_CHANGES, children: children.length };
  for (const child of children) {
    if (child.outcome === 'new-child') totals.newChildren++;
    else if (child.outcome === 'changed') totals.changed++;
    else if (child.outcome === 'unchanged') totals.unchanged++;
    else totals.heldBack++;
    totals.conflicts += child.conflicts.length;
    for (const change of child.changes) {
      if (change.kind === 'new-child') totals.newEpisodes += child.episodes.length;
      if (change.kind === 'new-episodes') totals.newEpisodes += change.count;
      if (change.kind === 'episode-closed') totals.closedEpisodes += change.count;
      if (change.kind === 'left-care') totals.leftCare += change.count;
      if (change.kind === 'returned') totals.returned += change.count;
    }
    totals.newReviews += child.newReviews.length;
  }
  totals.changes = totals.newChildren + totals.changed;
  return totals;
}

/**
 * Matches the checked return's children (`validateSsda903(...).children`) to the tracker's by
 * CHILD (exactly, as the case system writes it) and works out, child by child, what importing
 * the return changes and every conflict. See the top of this file for what a conflict does.
 * Importing the same return twice: the second time every child is `unchanged`.
 */
export function mergeSsda903(
  tracker: readonly Ssda903TrackerChild[],
  children: readonly Ssda903Child[],
  options: Ssda903MergeOptions,
): Ssda903Merge {
  const byRef = new Map<string, number>();
  tracker.forEach((child, index) => {
    if (!byRef.has(child.childRef)) byRef.set(child.childRef, index);
  });
  let reviewsFrom: IsoDate | null = null;
  for (const child of children) {
    for (const review of child.reviews) {
      if (reviewsFrom === null || compareDates(review.heldOn, reviewsFrom) < 0) {
        reviewsFrom = review.heldOn;
      }
    }
  }
  const merged = children.map((child) => {
    const index = byRef.get(child.childRef);
    const known = index === undefined ? undefined : tracker[index];
    return index === undefined || known === undefined
      ? mergeNewChild(child, options.today)
      : mergeKnownChild(known, index, child, reviewsFrom, options.today);
  });
  return { children: merged, totals: totalsOf(merged), reviewsFrom };
}
