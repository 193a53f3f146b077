// The DfE's rules on the order of a child's episodes in an SSDA903 return: overlaps (142, 501),
// the first episode (357) and how each episode follows the one before (431, 432, 433). Each
// breach marks the episode invalid, so the child is left out of the import (their periods of care
// would be wrong otherwise).
import { formatDate, type IsoDate } from './calendar';
import { EPISODE_CONTINUES } from './care-codes';
import type { Problems } from './ssda903-problems';
import type { EpisodeEntry } from './ssda903-rows';
import { REASONS_CONTINUING_PERIOD_OF_CARE } from './schedule';

/** 0 for an episode that ended the day it started: on a tie it comes first (the next began then). */
const zeroDay = (episode: EpisodeEntry) => (episode.end === episode.start ? 0 : 1);

/** The episodes with a start date, in date order (exact repeats left out: reported already). */
export function inDateOrder(episodes: readonly EpisodeEntry[]): EpisodeEntry[] {
  return episodes
    .filter((episode) => episode.start !== '' && episode.duplicate !== true)
    .sort(
      (a, b) =>
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
        zeroDay(a) - zeroDay(b) ||
        a.row - b.row,
    );
}

const at = (episode: EpisodeEntry) => ({
  file: 'episodes' as const,
  row: episode.row,
  childRef: episode.childRef,
});

/** Two rows for one day that are not a zero-day episode and its successor: a repeat, reported. */
const sameDayRepeat = (previous: EpisodeEntry, episode: EpisodeEntry) =>
  previous.start === episode.start && previous.end !== previous.start;

/** Episodes of one child must not overlap: only the latest may be open (142), none starts early (501). */
export function checkOverlaps(problems: Problems, sorted: readonly EpisodeEntry[]): void {
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as EpisodeEntry;
    const episode = sorted[i] as EpisodeEntry;
    if (sameDayRepeat(previous, episode)) continue;
    if (previous.end === null) {
      episode.valid = false;
      problems.add(
        at(episode),
        'DECOM',
        'overlapping-episode',
        `This episode starts on ${formatDate(episode.start)}, but the episode in row ${previous.row} has no end date (DEC): only the latest episode can be open`,
        '142',
      );
    } else if (previous.end > episode.start) {
      episode.valid = false;
      problems.add(
        at(episode),
        'DECOM',
        'overlapping-episode',
        `This episode starts on ${formatDate(episode.start)}, before the episode in row ${previous.row} ended on ${formatDate(previous.end)}`,
        '501',
      );
    }
  }
}

/**
 * 357: the first episode is S; 431: S is wrong when the previous episode ended that day; 432:
 * after leaving care the next episode is S; 433: a continuing episode starts on the previous DEC.
 * `collectionStart`: 357 applies only to a first episode starting on or after it (an earlier one
 * may continue a period the return does not cover), or to every first episode when null.
 */
export function checkSequence(
  problems: Problems,
  sorted: readonly EpisodeEntry[],
  collectionStart: IsoDate | null,
): void {
  const first = sorted[0];
  if (first === undefined) return;
  const continuing = (episode: EpisodeEntry) =>
    REASONS_CONTINUING_PERIOD_OF_CARE.includes(episode.reasonForNewEpisode);
  if (continuing(first) && (collectionStart === null || first.start >= collectionStart)) {
    first.valid = false;
    problems.add(
      at(first),
      'RNE',
      'first-episode-not-started',
      `This is the child’s first episode, so RNE must be S (started to be looked after), not ${first.reasonForNewEpisode}: check whether an earlier episode is missing`,
    );
  }
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as EpisodeEntry;
    const episode = sorted[i] as EpisodeEntry;
    if (sameDayRepeat(previous, episode) || previous.end === null) continue;
    const rne = episode.reasonForNewEpisode;
    const leftCare = previous.reasonEnded !== '' && previous.reasonEnded !== EPISODE_CONTINUES;
    if (rne === 'S' && previous.end === episode.start) {
      episode.valid = false;
      problems.add(
        at(episode),
        'RNE',
        'started-on-previous-end',
        `RNE is S (started to be looked after), but the episode in row ${previous.row} ended on the same day (${formatDate(previous.end)}): if the child stayed in care, RNE says what changed (P, L, T, U or B)`,
      );
    }
    if (!continuing(episode)) continue;
    if (leftCare) {
      episode.valid = false;
      problems.add(
        at(episode),
        'RNE',
        'left-care-not-started',
        `The child left care on ${formatDate(previous.end)} (REC ${previous.reasonEnded} in row ${previous.row}), so this episode starts a new period of care: RNE must be S, not ${rne}`,
      );
    }
    if (episode.start !== previous.end) {
      episode.valid = false;
      problems.add(
        at(episode),
        'DECOM',
        'continuing-not-on-previous-end',
        `RNE ${rne} says this episode continues the one in row ${previous.row}, so it must start on ${formatDate(previous.end)}, when that episode ended: it starts on ${formatDate(episode.start)}`,
      );
    }
  }
}
