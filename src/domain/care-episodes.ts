// A child's journey through care in the SSDA903's terms: episodes (start, RNE, legal status,
// placement, end, REC) grouped into periods of care. Answers "is this child looked after on this
// date", "which period is current", checks a sequence of episodes as the DfE does, and turns each
// care event (becoming looked after, a change, leaving, returning) into the next list of episodes
// or the problems that stop it. The form and the backend both call these.
import {
  EPISODE_CONTINUES,
  isLegalStatus,
  isPlacementType,
  isReasonEpisodeCeased,
  isReasonForNewEpisode,
  describeCode,
} from './care-codes';
import { compareDates, formatDate, type IsoDate } from './calendar';
import { FieldProblemList, isBlank, type FieldProblem } from './field-problems';
import {
  groupIntoPeriodsOfCare,
  isShortBreakLegalStatus,
  REASONS_CONTINUING_PERIOD_OF_CARE,
} from './schedule';

export interface CareEpisode {
  /** DECOM. */
  start: IsoDate;
  /** RNE: S starts a period of care; P, L, T, U, B continue it. */
  reasonForNewEpisode: string;
  /** LS. */
  legalStatus: string;
  /** PLACE. */
  placementType: string;
  /** DEC; null while the episode is open. */
  end: IsoDate | null;
  /** REC; null while open. X1: a new episode begins the same day; any other: left care. */
  reasonEnded: string | null;
}

/** Only the episode's own fields (a tracker record may carry more, such as its id). */
export const careEpisodeFields = (episode: CareEpisode): CareEpisode => ({
  start: episode.start,
  end: episode.end,
  reasonForNewEpisode: episode.reasonForNewEpisode,
  legalStatus: episode.legalStatus,
  placementType: episode.placementType,
  reasonEnded: episode.reasonEnded,
});

export interface CarePeriod<E extends CareEpisode = CareEpisode> {
  start: IsoDate;
  /** The day the child left care (the last episode's DEC), or null while the period goes on. */
  end: IsoDate | null;
  /** REC of the leaving, or null while the period goes on. */
  reasonEnded: string | null;
  episodes: E[];
}

export type CareStatus =
  | { lookedAfter: true; period: CarePeriod; episode: CareEpisode }
  | {
      lookedAfter: false;
      /** The last period, when the child has left care; null before the first episode. */
      lastPeriod: CarePeriod | null;
    };

const leftCareOn = (episode: CareEpisode): boolean =>
  episode.end !== null && episode.reasonEnded !== null && episode.reasonEnded !== EPISODE_CONTINUES;

/**
 * The periods of care, in date order: each starts with an S episode (or the earliest on record, or
 * after a gap) and ends on the first DEC whose REC is not X1.
 */
export function carePeriods<E extends CareEpisode>(episodes: readonly E[]): CarePeriod<E>[] {
  return groupIntoPeriodsOfCare(episodes).map((period) => {
    const list = period.episodes as E[];
    const last = list[list.length - 1];
    const left = last !== undefined && leftCareOn(last);
    return {
      start: period.start,
      end: left ? last.end : null,
      reasonEnded: left ? last.reasonEnded : null,
      episodes: list,
    };
  });
}

/**
 * Whether the child is looked after on `date`: inside a period that started on or before it and
 * has not ended by it. The day of leaving (DEC) is not a day in care: from it nothing is due.
 */
export function careStatusOn(episodes: readonly CareEpisode[], date: IsoDate): CareStatus {
  const periods = carePeriods(episodes).filter((period) => compareDates(period.start, date) <= 0);
  const period = periods[periods.length - 1];
  if (period === undefined) return { lookedAfter: false, lastPeriod: null };
  if (period.end !== null && compareDates(period.end, date) <= 0) {
    return { lookedAfter: false, lastPeriod: period };
  }
  const started = period.episodes.filter((episode) => compareDates(episode.start, date) <= 0);
  const episode = started[started.length - 1] ?? period.episodes[0];
  if (episode === undefined) return { lookedAfter: false, lastPeriod: null };
  return { lookedAfter: true, period, episode };
}

/** The period of care going on on `date`, or null when the child is not looked after then. */
export function currentCarePeriod(
  episodes: readonly CareEpisode[],
  date: IsoDate,
): CarePeriod | null {
  const status = careStatusOn(episodes, date);
  return status.lookedAfter ? status.period : null;
}

export interface CareContext {
  dateOfBirth: IsoDate | null;
  today: IsoDate;
}

/** 0 for an episode that ended the day it started: on a tie it comes first (the next began then). */
const zeroDay = (episode: CareEpisode) => (episode.end === episode.start ? 0 : 1);

const byStart = (episodes: readonly CareEpisode[]) =>
  episodes
    .map((episode, index) => ({ episode, index }))
    .sort(
      (a, b) =>
        compareDates(a.episode.start, b.episode.start) ||
        zeroDay(a.episode) - zeroDay(b.episode) ||
        a.index - b.index,
    );

/**
 * A child's episodes checked as the DfE checks them (rule numbers from its validation rules):
 * known codes; DEC and REC both filled or both blank (148); the first episode is S (357); an
 * episode continuing the period starts on the previous DEC (433) and one after X1 is not S (431);
 * after leaving care the next episode is S (432); episodes do not overlap (501); none starts
 * before the child was born or ends in the future. Fields are `episodes.<i>.<field>`.
 */
export function careEpisodeProblems(
  episodes: readonly CareEpisode[],
  context: CareContext,
): FieldProblem[] {
  const problems = new FieldProblemList();
  const at = (index: number, field: string) => `episodes.${index}.${field}`;
  episodes.forEach((episode, i) => {
    const n = i + 1;
    if (!isReasonForNewEpisode(episode.reasonForNewEpisode)) {
      problems.add(
        at(i, 'reasonForNewEpisode'),
        `Episode ${n} has an unknown reason for new episode (RNE) ‘${episode.reasonForNewEpisode}’`,
      );
    }
    if (!isLegalStatus(episode.legalStatus)) {
      problems.add(
        at(i, 'legalStatus'),
        `Episode ${n} has an unknown legal status (LS) ‘${episode.legalStatus}’`,
      );
    }
    if (!isPlacementType(episode.placementType)) {
      problems.add(
        at(i, 'placementType'),
        `Episode ${n} has an unknown placement type (PLACE) ‘${episode.placementType}’`,
      );
    }
    if (episode.reasonEnded !== null && !isReasonEpisodeCeased(episode.reasonEnded)) {
      problems.add(
        at(i, 'reasonEnded'),
        `Episode ${n} has an unknown reason episode ceased (REC) ‘${episode.reasonEnded}’`,
      );
    }
    if ((episode.end === null) !== (episode.reasonEnded === null)) {
      problems.add(
        at(i, episode.end === null ? 'end' : 'reasonEnded'),
        `Episode ${n} needs both an end date (DEC) and a reason it ceased (REC), or neither`,
      );
    }
    problems.notInFuture(at(i, 'start'), `The start of episode ${n}`, episode.start, context.today);
    problems.notInFuture(at(i, 'end'), `The end of episode ${n}`, episode.end, context.today);
    if (context.dateOfBirth !== null) {
      problems.notBefore(
        at(i, 'start'),
        `Episode ${n} cannot start before the child was born (${formatDate(context.dateOfBirth)})`,
        episode.start,
        context.dateOfBirth,
      );
    }
    problems.notBefore(
      at(i, 'end'),
      `Episode ${n} cannot end before it starts (${formatDate(episode.start)})`,
      episode.end,
      episode.start,
    );
  });
  const sorted = byStart(episodes);
  sorted.forEach(({ episode, index }, position) => {
    const n = index + 1;
    const rne = episode.reasonForNewEpisode;
    const before = sorted[position - 1]?.episode;
    if (before === undefined) {
      if (rne !== 'S') {
        problems.add(
          at(index, 'reasonForNewEpisode'),
          `The first episode must start with S (started to be looked after), not ${rne}`,
        );
      }
      return;
    }
    if (before.end === null) {
      problems.add(
        at(index, 'start'),
        `Episode ${n} starts before the previous episode ended: end that episode first`,
      );
    } else if (before.reasonEnded === EPISODE_CONTINUES) {
      if (rne === 'S') {
        problems.add(
          at(index, 'reasonForNewEpisode'),
          `Episode ${n} cannot be S: the previous episode ended with X1, so the child was still looked after`,
        );
      } else if (episode.start !== before.end) {
        problems.add(
          at(index, 'start'),
          `Episode ${n} continues the period, so it must start on ${formatDate(before.end)}, when the previous episode ended`,
        );
      }
    } else if (before.reasonEnded !== null) {
      if (rne !== 'S') {
        problems.add(
          at(index, 'reasonForNewEpisode'),
          `Episode ${n} must be S: the child left care on ${formatDate(before.end)}`,
        );
      } else if (compareDates(episode.start, before.end) < 0) {
        problems.add(
          at(index, 'start'),
          `Episode ${n} starts before the child left care on ${formatDate(before.end)}`,
        );
      }
    }
  });
  return problems.list();
}

// ---------------------------------------------------------------------------------------------
// Care events: each gives the episodes after it, or the problems that stop it (form field names).
// ---------------------------------------------------------------------------------------------

export type CareEventResult =
  { ok: true; episodes: CareEpisode[] } | { ok: false; problems: FieldProblem[] };

export interface StartCareEvent {
  date: IsoDate | null;
  legalStatus: string;
  placementType: string;
}

function episodeCodes(problems: FieldProblemList, legalStatus: string, placementType: string) {
  if (isBlank(legalStatus)) problems.add('legalStatus', 'Select the legal status');
  else if (!isLegalStatus(legalStatus)) {
    problems.add(
      'legalStatus',
      `Select a legal status from the list: ‘${legalStatus}’ is not an SSDA903 code`,
    );
  }
  if (isBlank(placementType)) problems.add('placementType', 'Select the placement type');
  else if (!isPlacementType(placementType)) {
    problems.add(
      'placementType',
      `Select a placement type from the list: ‘${placementType}’ is not an SSDA903 code`,
    );
  }
}

const sortedEpisodes = (episodes: readonly CareEpisode[]) =>
  byStart(episodes).map((e) => e.episode);

/**
 * A child becoming looked after: a new child, or a known child returning to care after leaving.
 * Starts a new period (an S episode), so the 20-working-day clock starts on `date`.
 */
export function startCare(
  episodes: readonly CareEpisode[],
  event: StartCareEvent,
  context: CareContext,
): CareEventResult {
  const problems = new FieldProblemList();
  const { date } = event;
  if (date === null) problems.add('date', 'Enter the date the child became looked after');
  problems.notInFuture('date', 'The date the child became looked after', date, context.today);
  problems.notBefore(
    'date',
    'The date the child became looked after must be on or after their date of birth',
    date,
    context.dateOfBirth,
  );
  episodeCodes(problems, event.legalStatus, event.placementType);
  const sorted = sortedEpisodes(episodes);
  const last = sorted[sorted.length - 1];
  if (date !== null && last !== undefined && !problems.has('date')) {
    if (last.end === null || last.reasonEnded === EPISODE_CONTINUES) {
      problems.add(
        'date',
        'The child is already looked after: record a change of placement or legal status instead',
      );
    } else if (compareDates(date, last.end) < 0) {
      problems.add(
        'date',
        `The date the child became looked after must be on or after ${formatDate(last.end)}, when they last left care`,
      );
    }
  }
  const list = problems.list();
  if (list.length > 0 || date === null) return { ok: false, problems: list };
  return {
    ok: true,
    episodes: [
      ...sorted,
      {
        start: date,
        reasonForNewEpisode: 'S',
        legalStatus: event.legalStatus,
        placementType: event.placementType,
        end: null,
        reasonEnded: null,
      },
    ],
  };
}

export interface ChangeCareEvent {
  date: IsoDate | null;
  /** P, L, T, U or B. */
  reasonForNewEpisode: string;
  legalStatus: string;
  placementType: string;
}

/** RNEs whose meaning includes a change of legal status (the others keep it). */
const CHANGES_LEGAL_STATUS = ['L', 'T', 'B'];

/**
 * A change of placement and/or legal status: the open episode ends on `date` with X1 and a new
 * one starts the same day. The period of care, and its review clock, go on.
 */
export function changeCare(
  episodes: readonly CareEpisode[],
  event: ChangeCareEvent,
  context: CareContext,
): CareEventResult {
  const problems = new FieldProblemList();
  const { date } = event;
  const rne = event.reasonForNewEpisode;
  if (date === null) problems.add('date', 'Enter the date of the change');
  problems.notInFuture('date', 'The date of the change', date, context.today);
  if (isBlank(rne)) problems.add('reasonForNewEpisode', 'Select what changed');
  else if (!REASONS_CONTINUING_PERIOD_OF_CARE.includes(rne)) {
    problems.add(
      'reasonForNewEpisode',
      'Select what changed: P, L, T, U or B (S is for a child becoming looked after)',
    );
  }
  episodeCodes(problems, event.legalStatus, event.placementType);
  const sorted = sortedEpisodes(episodes);
  const open = sorted[sorted.length - 1];
  if (open === undefined || open.end !== null) {
    problems.add(
      'date',
      'The child is not looked after: record them becoming looked after instead',
    );
  } else if (date !== null && !problems.has('date') && compareDates(date, open.start) <= 0) {
    problems.add(
      'date',
      `The date of the change must be after ${formatDate(open.start)}, when the current episode started`,
    );
  } else if (!problems.has('reasonForNewEpisode') && !problems.has('legalStatus')) {
    const legalStatusChanges = event.legalStatus !== open.legalStatus;
    if (CHANGES_LEGAL_STATUS.includes(rne) && !legalStatusChanges) {
      problems.add(
        'legalStatus',
        `${describeCode('reasonForNewEpisode', rne)}: choose the new legal status (it is ${open.legalStatus} now)`,
      );
    } else if (!CHANGES_LEGAL_STATUS.includes(rne) && legalStatusChanges) {
      problems.add(
        'reasonForNewEpisode',
        `The legal status changes from ${open.legalStatus} to ${event.legalStatus}: choose L, T or B`,
      );
    }
  }
  const list = problems.list();
  if (list.length > 0 || date === null || open === undefined) return { ok: false, problems: list };
  return {
    ok: true,
    episodes: [
      ...sorted.slice(0, -1),
      { ...open, end: date, reasonEnded: EPISODE_CONTINUES },
      {
        start: date,
        reasonForNewEpisode: rne,
        legalStatus: event.legalStatus,
        placementType: event.placementType,
        end: null,
        reasonEnded: null,
      },
    ],
  };
}

export interface LeaveCareEvent {
  date: IsoDate | null;
  /** REC: any code but X1. */
  reasonEnded: string;
}

/** The child leaves care on `date`: the open episode ends with the reason; from then nothing is due. */
export function leaveCare(
  episodes: readonly CareEpisode[],
  event: LeaveCareEvent,
  context: CareContext,
): CareEventResult {
  const problems = new FieldProblemList();
  const { date } = event;
  if (date === null) problems.add('date', 'Enter the date the child left care');
  problems.notInFuture('date', 'The date the child left care', date, context.today);
  if (isBlank(event.reasonEnded)) problems.add('reasonEnded', 'Select why the child left care');
  else if (event.reasonEnded === EPISODE_CONTINUES || !isReasonEpisodeCeased(event.reasonEnded)) {
    problems.add('reasonEnded', 'Select why the child left care from the list');
  }
  const sorted = sortedEpisodes(episodes);
  const open = sorted[sorted.length - 1];
  if (open === undefined || open.end !== null) {
    problems.add('date', 'The child is not looked after, so cannot leave care');
  } else if (date !== null && !problems.has('date') && compareDates(date, open.start) < 0) {
    problems.add(
      'date',
      `The date the child left care must be on or after ${formatDate(open.start)}, when the current episode started`,
    );
  }
  const list = problems.list();
  if (list.length > 0 || date === null || open === undefined) return { ok: false, problems: list };
  return {
    ok: true,
    episodes: [...sorted.slice(0, -1), { ...open, end: date, reasonEnded: event.reasonEnded }],
  };
}

/**
 * What a change of legal status does to the review rules: a period of care follows the
 * short-break rules (reg. 48) only while every episode is V3/V4, so a change to or from them
 * changes the rule set from the next review on. Null when the rule set stays the same.
 */
export function ruleSetChangeNotice(
  period: CarePeriod | null,
  newLegalStatus: string,
): string | null {
  if (period === null || isBlank(newLegalStatus)) return null;
  const shortBreaksNow = period.episodes.every((e) => isShortBreakLegalStatus(e.legalStatus));
  const toShortBreaks = isShortBreakLegalStatus(newLegalStatus);
  if (shortBreaksNow && !toShortBreaks) {
    return 'This ends the series of short breaks: from the next review on, the child’s reviews follow the standard cycle (second review within 3 months of the first, then every 6 months).';
  }
  if (!shortBreaksNow && toShortBreaks) {
    return 'The reviews stay on the standard cycle: the short-break rules (reg. 48) apply only to a period of care made up of short breaks alone. For a child who now has only short breaks, record them leaving care and becoming looked after again on V3 or V4.';
  }
  return null;
}
