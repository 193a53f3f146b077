import {
  addDays,
  addMonths,
  addWorkingDays,
  ageOn,
  allowedParticipationCodes,
  compareDates,
  DEFAULT_READINESS_SETTINGS,
  midpointCheckDue,
  nextReviewDue,
  reviewRulesForLegalStatus,
  type IsoDate,
  type ParticipationCode,
  type ParticipationMethod,
  type ReviewRuleSet,
} from '@/domain';
import type {
  Child,
  Episode,
  Escalation,
  Invitee,
  MidpointCheck,
  Recommendation,
  Review,
  ReviewMeeting,
  Settings,
  StaffMember,
} from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { SCHEMA_VERSION, type Snapshot } from '../db/types';
import {
  ADULT_GIVEN_NAMES,
  ADVOCACY_PROVIDERS,
  ESCALATION_REASONS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDPOINT_NOTES,
  PLACEMENTS,
  RECOMMENDATION_ACTIONS,
  RECOMMENDATION_OWNERS,
  SOCIAL_WORK_TEAMS,
} from './names';
import { opaqueId, Random } from './prng';

export const DEFAULT_SEED = 20260314;
export const DEFAULT_SIZE = 450;

export interface SeedOptions {
  seed?: number;
  size?: number;
  today: IsoDate;
}

export const DEFAULT_SETTINGS: Settings = {
  councilName: 'Northbridge City Council',
  childTerm: 'looked after children',
  atRiskWorkingDays: 15,
  recordOfReviewTargetWorkingDays: 15,
  recordOfReviewLimitWorkingDays: 20,
  managerSignOffWorkingDays: 5,
  caseloadBand: { min: 50, max: 70 },
  escalationOpenWorkingDaysLimit: 20,
  socialWorkerReportWorkingDays: DEFAULT_READINESS_SETTINGS.socialWorkerReportWorkingDays,
  invitationsDueWorkingDays: DEFAULT_READINESS_SETTINGS.invitationsDueWorkingDays,
  version: 1,
};

export const DEFAULT_SCENARIO = {
  latencyMs: null,
  errorRate: 0,
  offline: false,
  failWrites: false,
};

// ---------------------------------------------------------------------------------------------
// Staff: fixed, so that documentation and tests can name people. IRO shares of the caseload are
// for the default 450 children and scale with the size: one full-time IRO deliberately above the
// 50-70 band (74), one below it (44), one part-time at 0.6 FTE.
// ---------------------------------------------------------------------------------------------

interface StaffSpec {
  name: string;
  role: StaffMember['role'];
  fte: number;
  active: boolean;
  share: number;
}

const STAFF: readonly StaffSpec[] = [
  { name: 'Hannah Okoye', role: 'iro', fte: 1, active: true, share: 74 },
  { name: 'Daniel Fletcher', role: 'iro', fte: 1, active: true, share: 58 },
  { name: 'Priya Raman', role: 'iro', fte: 0.6, active: true, share: 34 },
  { name: 'Gareth Lloyd', role: 'iro', fte: 1, active: true, share: 44 },
  { name: 'Funmi Adebayo', role: 'iro', fte: 1, active: true, share: 61 },
  { name: 'Claire Whitfield', role: 'iro', fte: 1, active: true, share: 60 },
  { name: 'Imran Siddiqui', role: 'iro', fte: 1, active: true, share: 59 },
  { name: 'Joanna Kowalczyk', role: 'iro', fte: 1, active: true, share: 60 },
  { name: 'Peter Marsh', role: 'iro', fte: 1, active: false, share: 0 },
  { name: 'Margaret Osei-Bonsu', role: 'team-manager', fte: 1, active: true, share: 0 },
  { name: 'Richard Hale', role: 'team-manager', fte: 1, active: true, share: 0 },
  { name: 'Tracey Dunn', role: 'business-support', fte: 1, active: true, share: 0 },
  { name: 'Bilal Chaudhry', role: 'business-support', fte: 1, active: true, share: 0 },
  { name: 'Ewa Nowicka', role: 'business-support', fte: 0.8, active: true, share: 0 },
];

function staffId(index: number): string {
  return `st_${String(index + 1).padStart(2, '0')}`;
}

export function seedStaff(): StaffMember[] {
  return STAFF.map((spec, index) => ({
    id: staffId(index),
    name: spec.name,
    role: spec.role,
    fte: spec.fte,
    email: `${spec.name.toLowerCase().replace(/[^a-z]+/g, '.')}@northbridge.example.gov.uk`,
    active: spec.active,
  }));
}

/** Largest-remainder apportionment of `size` children to the IROs' shares. */
function iroSlots(size: number): string[] {
  const specs = STAFF.map((spec, index) => ({ id: staffId(index), share: spec.share })).filter(
    (spec) => spec.share > 0,
  );
  const total = specs.reduce((sum, spec) => sum + spec.share, 0);
  const exact = specs.map((spec) => (spec.share * size) / total);
  const counts = exact.map(Math.floor);
  let left = size - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  const slots: string[] = [];
  specs.forEach((spec, i) => {
    for (let n = 0; n < (counts[i] ?? 0); n++) slots.push(spec.id);
  });
  return slots;
}

// ---------------------------------------------------------------------------------------------
// Children
// ---------------------------------------------------------------------------------------------

type TargetState = 'overdue' | 'at-risk' | 'booked-late' | 'booked' | 'on-track';

const PARTICIPATION_WEIGHTS: readonly (readonly [ParticipationCode, number])[] = [
  ['PN1', 46],
  ['PN2', 5],
  ['PN3', 5],
  ['PN4', 5],
  ['PN5', 7],
  ['PN6', 23],
  ['PN7', 9],
];

const LEGAL_STATUSES: readonly (readonly [string, number])[] = [
  ['C2', 62],
  ['V2', 18],
  ['C1', 10],
  ['E1', 7],
  ['J2', 1],
  ['L2', 2],
];

const START_TIMES = ['09:30', '10:00', '11:00', '13:30', '14:00', '15:30', '16:00'] as const;
const VENUES = [
  'Carer’s home',
  'Northbridge Civic Centre, Room 3',
  'The child’s school',
  'Riverside Family Centre',
] as const;

interface Context {
  rng: Random;
  today: IsoDate;
  counters: Record<string, number>;
  out: Snapshot['tables'];
}

function nextId(ctx: Context, prefix: string): string {
  const n = ctx.counters[prefix] ?? 0;
  ctx.counters[prefix] = n + 1;
  return opaqueId(prefix, n);
}

// Real 'YYYY-MM-DD' dates sort as strings.
function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

function personName(rng: Random): string {
  return `${rng.pick(ADULT_GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
}

function participationFor(
  rng: Random,
  dateOfBirth: IsoDate,
  heldOn: IsoDate,
): { code: ParticipationCode; method: ParticipationMethod } {
  const allowed = allowedParticipationCodes(dateOfBirth, heldOn);
  if (allowed.length === 1) {
    return { code: 'PN0', method: rng.chance(0.8) ? 'in-person' : 'virtual' };
  }
  const code = rng.weighted(PARTICIPATION_WEIGHTS);
  let method: ParticipationMethod;
  switch (code) {
    case 'PN5':
      method = 'via-advocate';
      break;
    case 'PN6':
      method = rng.chance(0.75) ? 'consultation-form' : 'virtual';
      break;
    default:
      method = rng.weighted([
        ['in-person', 62],
        ['virtual', 24],
        ['hybrid', 14],
      ] as const);
  }
  return { code, method };
}

interface ReviewPlan {
  heldOn: IsoDate;
  latest: boolean;
  recent: boolean;
}

function makeReview(
  ctx: Context,
  child: Child,
  plan: ReviewPlan,
  periodStart: IsoDate,
  recordTarget: number,
): Review {
  const { rng, today } = ctx;
  const { heldOn } = plan;
  const participation = participationFor(rng, child.dateOfBirth, heldOn);
  const underFour = participation.code === 'PN0';
  const offered = !underFour && rng.chance(0.92);
  const referralMade = offered && (participation.code === 'PN5' || rng.chance(0.12));
  const declined = offered && !referralMade && rng.chance(0.25);
  const recommendations: Recommendation[] = [];
  // Recommendations are kept for the recent reviews only (keeps 100,000-child seeds fast).
  const recommendationCount = plan.recent ? rng.int(1, 4) : 0;
  for (let i = 0; i < recommendationCount; i++) {
    const targetDate = addDays(heldOn, rng.int(20, 120));
    const done = targetDate < today && rng.chance(0.8);
    recommendations.push({
      id: nextId(ctx, 'rec'),
      action: rng.pick(RECOMMENDATION_ACTIONS),
      owner: rng.pick(RECOMMENDATION_OWNERS),
      targetDate,
      completedOn: done ? maxDate(heldOn, addDays(targetDate, -rng.int(0, 15))) : null,
    });
  }

  // Record of review: mostly within the local target, some within the 20-day limit, a few later;
  // the latest review is occasionally still outstanding past the target (recordOfReviewOverdue).
  const recordWorkingDays = rng.weighted([
    [rng.int(3, recordTarget), 85],
    [rng.int(recordTarget + 1, recordTarget + 5), 10],
    [rng.int(recordTarget + 6, recordTarget + 15), 5],
  ] as const);
  let recordOn: IsoDate | null = addWorkingDays(heldOn, recordWorkingDays, calendar);
  if (compareDates(recordOn, today) > 0) recordOn = null;
  if (plan.latest && recordOn !== null && rng.chance(0.03)) {
    const targetDate = addWorkingDays(heldOn, recordTarget, calendar);
    if (compareDates(targetDate, today) < 0) recordOn = null;
  }
  let decisionsSentOn: IsoDate | null = addWorkingDays(heldOn, rng.int(1, 5), calendar);
  if (compareDates(decisionsSentOn, today) > 0) decisionsSentOn = null;
  let managerSignOffOn: IsoDate | null =
    decisionsSentOn === null ? null : addWorkingDays(decisionsSentOn, rng.int(0, 6), calendar);
  if (managerSignOffOn !== null && compareDates(managerSignOffOn, today) > 0) {
    managerSignOffOn = null;
  }
  if (plan.latest && rng.chance(0.05)) managerSignOffOn = null;

  return {
    id: nextId(ctx, 'rv'),
    childId: child.id,
    heldOn,
    participationCode: participation.code,
    participationMethod: participation.method,
    advocacy: {
      offered,
      referralMade,
      referralDate: referralMade ? maxDate(periodStart, addDays(heldOn, -rng.int(3, 30))) : null,
      provider: referralMade ? rng.pick(ADVOCACY_PROVIDERS) : null,
      declined,
      outcome: referralMade
        ? rng.pick([
            'Advocate met the child before the review and presented their views',
            'Advocate supported the child to speak for themselves at the review',
            'Child met the advocate and chose to give their views by consultation form',
          ] as const)
        : null,
    },
    recommendations,
    recordOfReviewCompletedOn: recordOn,
    decisionsSentOn,
    managerSignOffOn,
    version: 1,
    recordedBy: child.iroId,
    recordedAt: `${recordOn ?? heldOn}T16:30:00.000Z`,
  };
}

function makeMidpointCheck(ctx: Context, childId: string, checkedOn: IsoDate): MidpointCheck {
  const { rng } = ctx;
  const outcome = rng.weighted([
    ['on-track', 76],
    ['concerns', 19],
    ['escalated', 5],
  ] as const);
  return {
    id: nextId(ctx, 'mc'),
    childId,
    checkedOn,
    outcome,
    note: rng.pick(MIDPOINT_NOTES),
    version: 1,
  };
}

function makeInvitees(
  ctx: Context,
  child: Child,
  meetingDate: IsoDate,
  advocate: string | null,
): Invitee[] {
  const { rng, today } = ctx;
  const sent = addWorkingDays(meetingDate, -15, calendar);
  const invitationSentOn = compareDates(sent, today) <= 0 ? sent : null;
  const invitees: Invitee[] = [];
  const add = (role: Invitee['role'], name: string, contactMethod: Invitee['contactMethod']) => {
    const consultation = role === 'child' || role === 'carer' || role === 'parent';
    const returned =
      consultation && invitationSentOn !== null && rng.chance(0.55)
        ? minDate(today, addWorkingDays(invitationSentOn, rng.int(2, 10), calendar))
        : null;
    invitees.push({
      id: nextId(ctx, 'inv'),
      role,
      name,
      contactMethod,
      invitationSentOn,
      consultationSentOn: consultation ? invitationSentOn : null,
      consultationReturnedOn: returned,
    });
  };
  const age = ageOn(child.dateOfBirth, meetingDate);
  if (age >= 4) add('child', `${child.givenName} ${child.familyName}`, age >= 11 ? 'app' : 'post');
  add('carer', personName(rng), 'email');
  add('social-worker', child.socialWorker.name, 'email');
  if (rng.chance(0.6)) add('parent', personName(rng), rng.chance(0.5) ? 'post' : 'phone');
  if (advocate !== null) add('advocate', `${personName(rng)} (${advocate})`, 'email');
  if (rng.chance(0.2)) add('health', personName(rng), 'email');
  if (age >= 5 && age <= 16 && rng.chance(0.4)) add('school', personName(rng), 'email');
  if (rng.chance(0.05)) add('interpreter', personName(rng), 'phone');
  return invitees;
}

function makeMeeting(
  ctx: Context,
  child: Child,
  date: IsoDate,
  status: ReviewMeeting['status'],
  advocate: string | null,
): ReviewMeeting {
  const { rng } = ctx;
  const format = rng.weighted([
    ['in-person', 55],
    ['virtual', 25],
    ['hybrid', 20],
  ] as const);
  const id = nextId(ctx, 'mt');
  return {
    id,
    childId: child.id,
    iroId: child.iroId,
    date,
    startTime: rng.pick(START_TIMES),
    durationMinutes: rng.pick([60, 90, 90, 120] as const),
    format,
    venue: format === 'virtual' ? null : rng.pick(VENUES),
    virtualLink: format === 'in-person' ? null : `https://meet.example.org/review-${id}`,
    invitees: makeInvitees(ctx, child, date, advocate),
    status,
    history: [
      {
        at: `${addWorkingDays(date, -20, calendar)}T09:15:00.000Z`,
        by: staffId(11),
        action: 'booked',
        reason: null,
      },
    ],
    outOfTimescaleReason: null,
    ...seededReadiness(ctx.today, id, date, status),
    version: 1,
  };
}

/**
 * Readiness of a seeded meeting without drawing on the random stream (so adding it changed no other
 * seeded data): held meetings had the report and the IRO's conversation; most upcoming meetings
 * whose report date has passed have the report, chosen by the meeting's id.
 */
function seededReadiness(
  today: IsoDate,
  id: string,
  date: IsoDate,
  status: ReviewMeeting['status'],
): Pick<ReviewMeeting, 'socialWorkerReportReceivedOn' | 'iroSpokeToChildOn'> {
  const reportDue = addWorkingDays(date, -DEFAULT_SETTINGS.socialWorkerReportWorkingDays, calendar);
  const spokeBy = addWorkingDays(date, -2, calendar);
  if (status === 'held')
    return { socialWorkerReportReceivedOn: reportDue, iroSpokeToChildOn: spokeBy };
  const lucky = id.charCodeAt(id.length - 1) % 4 !== 0;
  return {
    socialWorkerReportReceivedOn: lucky && compareDates(reportDue, today) <= 0 ? reportDue : null,
    iroSpokeToChildOn: lucky && compareDates(spokeBy, today) <= 0 ? spokeBy : null,
  };
}

function pickDateOfBirth(rng: Random, today: IsoDate): IsoDate {
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

/** Working days before `date`, not before `floor`. */
function workingDaysBefore(date: IsoDate, n: number): IsoDate {
  return addWorkingDays(date, -n, calendar);
}

interface PeriodPlan {
  start: IsoDate;
  reviews: IsoDate[];
}

/**
 * Builds the current period backwards from the next review's intended due date, so that the mix of
 * states is controlled; previous reviews are mostly in timescale, a few late.
 */
function planCurrentPeriod(
  rng: Random,
  today: IsoDate,
  dateOfBirth: IsoDate,
  rules: ReviewRuleSet,
  state: TargetState,
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
      due = addWorkingDays(today, rng.int(0, Math.min(15, horizon)), calendar);
      break;
    case 'booked-late':
      due = addWorkingDays(today, rng.int(0, Math.min(20, horizon)), calendar);
      break;
    case 'booked':
      due = addWorkingDays(today, rng.int(1, Math.min(60, horizon)), calendar);
      break;
    case 'on-track':
      due = addWorkingDays(today, rng.int(16, Math.max(16, horizon)), calendar);
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

function planPreviousPeriod(
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

function episodesFor(
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
      });
    });
  });
  return episodes;
}

function addChild(ctx: Context, index: number, iroId: string, settings: Settings): void {
  const { rng, today, out } = ctx;
  let dateOfBirth = pickDateOfBirth(rng, today);
  const shortBreaks = ageOn(dateOfBirth, today) >= 4 && rng.chance(0.03);
  const legalStatus = shortBreaks ? rng.pick(['V3', 'V4'] as const) : rng.weighted(LEGAL_STATUSES);
  const rules = reviewRulesForLegalStatus(legalStatus);
  const state = rng.weighted([
    ['overdue', 4],
    ['at-risk', 7],
    ['booked-late', 2],
    ['booked', 33],
    ['on-track', 54],
  ] as const);

  const current = planCurrentPeriod(rng, today, dateOfBirth, rules, state);
  if (compareDates(current.start, dateOfBirth) <= 0) {
    dateOfBirth = addDays(current.start, -rng.int(7, 60));
  }
  const previous =
    !shortBreaks && rng.chance(0.1)
      ? planPreviousPeriod(rng, dateOfBirth, current.start, rules)
      : null;
  const periods = [...(previous ? [previous] : []), { ...current, end: null }];

  const givenName = rng.pick(GIVEN_NAMES);
  const familyName = rng.pick(FAMILY_NAMES);
  const id = opaqueId('c', index);
  const episodes = episodesFor(ctx, rng, periods, legalStatus, shortBreaks, today);
  const lastEpisode = episodes[episodes.length - 1];
  const placement =
    PLACEMENTS.find((p) => p.type === lastEpisode?.placementType) ??
    (shortBreaks
      ? { type: 'T4', description: 'Short breaks with a foster carer' }
      : { type: 'U6', description: 'Foster placement with other foster carer, not long term' });
  const child: Child = {
    id,
    childRef: `LA${String(100000 + ((index * 7919) % 900000))}`,
    givenName,
    familyName,
    dateOfBirth,
    legalStatus,
    placement: { type: placement.type, description: placement.description },
    socialWorker: {
      name: personName(rng),
      team: shortBreaks ? 'Disabled Children’s Team' : rng.pick(SOCIAL_WORK_TEAMS),
    },
    iroId,
    version: 1,
    episodes,
  };
  out.children.push(child);

  // Reviews of every period, the latest flagged (it may be awaiting its record or sign-off).
  const allHeld = periods.flatMap((period) =>
    period.reviews.map((heldOn) => ({ heldOn, start: period.start })),
  );
  const reviews = allHeld.map(({ heldOn, start }, i) =>
    makeReview(
      ctx,
      child,
      { heldOn, latest: i === allHeld.length - 1, recent: i >= allHeld.length - 3 },
      start,
      settings.recordOfReviewTargetWorkingDays,
    ),
  );
  out.reviews.push(...reviews);
  const latest = reviews[reviews.length - 1];

  // Midpoint checks: most intervals of the current period have one (only the recent ones are kept).
  const episode = { becameLookedAfter: current.start, reviews: current.reviews };
  const intervals = current.reviews.length;
  for (let i = Math.max(0, intervals - 2); i < intervals; i++) {
    const mid = midpointCheckDue(
      { becameLookedAfter: current.start, reviews: current.reviews.slice(0, i) },
      calendar,
      rules,
    );
    const heldNext = current.reviews[i] as IsoDate;
    if (rng.chance(0.85)) {
      const checkedOn = addDays(mid.due, rng.int(-3, 7));
      if (compareDates(checkedOn, heldNext) < 0 && compareDates(checkedOn, mid.intervalStart) > 0) {
        out.midpointChecks.push(makeMidpointCheck(ctx, child.id, checkedOn));
      }
    }
  }
  const currentMid = midpointCheckDue(episode, calendar, rules);
  if (compareDates(currentMid.due, today) <= 0 && rng.chance(0.88)) {
    const checkedOn = minDate(today, addDays(currentMid.due, rng.int(-2, 8)));
    if (compareDates(checkedOn, currentMid.intervalStart) > 0) {
      out.midpointChecks.push(makeMidpointCheck(ctx, child.id, checkedOn));
    }
  }

  // Meetings: the one where the latest review was held, and the next one when it is booked.
  const advocate = latest?.advocacy.referralMade ? (latest.advocacy.provider ?? null) : null;
  if (latest !== undefined)
    out.meetings.push(makeMeeting(ctx, child, latest.heldOn, 'held', advocate));
  const next = nextReviewDue(episode, calendar, rules);
  let booking: { date: IsoDate; reason: string | null } | null = null;
  if (state === 'booked') {
    const earliest = maxDate(today, addDays(next.due, -10));
    const date = addDays(earliest, rng.int(0, Math.max(0, compareDates(next.due, earliest))));
    booking = { date: minDate(date, next.due), reason: null };
  } else if (state === 'booked-late') {
    booking = {
      date: maxDate(addDays(today, 1), addDays(next.due, rng.int(1, 14))),
      reason: rng.pick([
        'The child asked for the review after their exams',
        'The only date the carers and the child could all attend',
        'Interpreter not available before the due date',
      ] as const),
    };
  } else if (state === 'overdue' && rng.chance(0.3)) {
    booking = {
      date: addDays(today, rng.int(1, 15)),
      reason: 'The previous meeting was cancelled at short notice: rebooked at the first date',
    };
  }
  if (booking !== null) {
    const meeting = makeMeeting(ctx, child, booking.date, 'booked', advocate);
    meeting.outOfTimescaleReason = booking.reason;
    if (rng.chance(0.08)) {
      const fromDate = addDays(booking.date, -rng.int(3, 14));
      meeting.history.push({
        at: `${minDate(today, fromDate)}T11:00:00.000Z`,
        by: staffId(12),
        action: 'rescheduled',
        reason: 'The social worker was on leave',
        fromDate,
        toDate: booking.date,
      });
      meeting.version = 2;
    }
    out.meetings.push(meeting);
  } else if (state === 'at-risk' && rng.chance(0.12)) {
    const date = addDays(today, -rng.int(1, 5));
    const meeting = makeMeeting(ctx, child, date, 'postponed', advocate);
    meeting.history.push({
      at: `${date}T08:30:00.000Z`,
      by: staffId(11),
      action: 'postponed',
      reason: rng.pick(['The child was unwell', 'The carer could not attend'] as const),
    });
    meeting.version = 2;
    out.meetings.push(meeting);
  }

  // Dispute resolution: a few open escalations at each stage, and some resolved ones.
  if (rng.chance(0.08)) {
    const stage = rng.weighted([
      [1, 60],
      [2, 30],
      [3, 10],
    ] as const);
    // Never after today (a child who became looked after today cannot have one raised tomorrow).
    const raisedOn = minDate(
      today,
      maxDate(addDays(current.start, 1), addDays(today, -rng.int(5, 150))),
    );
    const stages: Escalation['stages'] = [
      { stage: 1, reachedOn: raisedOn, note: 'Raised with the team manager' },
    ];
    let reached = raisedOn;
    for (let s = 2 as 2 | 3; s <= stage; s = (s + 1) as 2 | 3) {
      reached = minDate(today, addDays(reached, rng.int(10, 30)));
      stages.push({
        stage: s,
        reachedOn: reached,
        note: s === 2 ? 'Escalated to the head of service' : 'Escalated to the director',
      });
      if (s === 3) break;
    }
    const resolved = rng.chance(0.45);
    const resolvedOn = resolved ? minDate(today, addDays(reached, rng.int(5, 30))) : null;
    out.escalations.push({
      id: nextId(ctx, 'es'),
      childId: child.id,
      stage,
      reason: rng.pick(ESCALATION_REASONS),
      raisedOn,
      resolvedOn,
      outcome:
        resolvedOn === null ? null : 'Plan agreed with the team manager and actions completed',
      stages,
      version: stages.length + (resolvedOn === null ? 0 : 1),
    });
  }
}

/**
 * The demo database: deterministic for a seed, generated relative to `today` so that the demo
 * always shows a live mix of overdue, at-risk, booked and on-track reviews.
 */
export function seedDatabase(options: SeedOptions): Snapshot {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.size ?? DEFAULT_SIZE;
  const today = options.today;
  const ctx: Context = {
    rng: new Random(seed),
    today,
    counters: {},
    out: {
      staff: seedStaff(),
      children: [],
      reviews: [],
      midpointChecks: [],
      meetings: [],
      escalations: [],
      auditEvents: [],
      sessions: [],
    },
  };
  const slots = ctx.rng.shuffle(iroSlots(size));
  slots.forEach((iroId, index) => {
    addChild(ctx, index, iroId, DEFAULT_SETTINGS);
  });
  return {
    meta: {
      schemaVersion: SCHEMA_VERSION,
      seed,
      size,
      today,
      todayFixed: true,
      settings: DEFAULT_SETTINGS,
      scenario: { ...DEFAULT_SCENARIO },
    },
    tables: ctx.out,
  };
}
