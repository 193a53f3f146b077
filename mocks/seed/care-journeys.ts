// Children whose journey through care is not simply "looked after now": some who have left care
// (with the SSDA903 reason) and some newly looked after and still awaiting an IRO. Drawn from a
// random stream of their own and added after the main children, so that every other seeded child,
// caseload and count stays exactly as it was (the journeys, unit tests and demo rely on them).
// Returns, moves of placement and short breaks are among the main children already.
import { addDays, addWorkingDays, compareDates, type IsoDate } from '@/domain';
import type { Child, Settings } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { addChild } from './children';
import { personName, type Context } from './context';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import { opaqueId, Random } from './prng';

/** How they left: returned home, with family, adopted, special guardianship, 18 and on. */
const LEAVING_REASONS = ['E4A', 'E13', 'E11', 'E45', 'E17', 'E5', 'E8'] as const;

/**
 * The child leaves care up to four months ago (never before their current episode began), and
 * whatever the main generator recorded for them on or after that day is taken away: nothing is
 * held for a child once they have left care.
 */
interface Leaving {
  leftOn: IsoDate;
  keepBookedMeetings: boolean;
}

/** Ends the child's open episode on a day up to four months ago (never before it began). */
function leaveCare(ctx: Context, rng: Random, child: Child, keepBookedMeetings: boolean): Leaving {
  const open = child.episodes[child.episodes.length - 1];
  if (open === undefined) throw new Error(`Seed: child ${child.id} has no episode`);
  const earliest = addDays(open.start, 1);
  const drawn = addDays(ctx.today, -rng.int(0, 120));
  const later = compareDates(drawn, earliest) < 0 ? earliest : drawn;
  const leftOn = compareDates(later, ctx.today) > 0 ? ctx.today : later;
  open.end = leftOn;
  open.reasonEnded = rng.pick(LEAVING_REASONS);
  return { leftOn, keepBookedMeetings };
}

/**
 * Takes away whatever the main generator recorded for the leavers on or after the day they left
 * (nothing is held for a child once they have left care), one pass over each table. A meeting
 * still booked after the leaving is business support's to cancel: one leaver keeps theirs to show
 * it; the others' are gone.
 */
function dropRecordsAfterLeaving(ctx: Context, leavers: ReadonlyMap<string, Leaving>): void {
  const kept = (childId: string | null, date: IsoDate) => {
    const leaving = childId === null ? undefined : leavers.get(childId);
    return leaving === undefined || compareDates(date, leaving.leftOn) < 0;
  };
  const { out } = ctx;
  out.reviews = out.reviews.filter((r) => kept(r.childId, r.heldOn));
  out.midpointChecks = out.midpointChecks.filter((c) => kept(c.childId, c.checkedOn));
  out.escalations = out.escalations.filter((e) => kept(e.childId, e.raisedOn));
  out.auditEvents = out.auditEvents.filter((e) => kept(e.childId, e.at.slice(0, 10)));
  out.meetings = out.meetings.filter(
    (meeting) =>
      kept(meeting.childId, meeting.date) ||
      (meeting.status === 'booked' && leavers.get(meeting.childId)?.keepBookedMeetings === true),
  );
}

/** A child who became looked after `workingDaysAgo` working days ago and has no IRO yet. */
function awaitingAnIro(ctx: Context, rng: Random, index: number, workingDaysAgo: number): Child {
  const start = addWorkingDays(ctx.today, -workingDaysAgo, calendar);
  const dateOfBirth = addDays(start, -rng.int(2 * 365, 15 * 365));
  const emergency = rng.chance(0.5);
  const legalStatus = emergency ? 'L2' : 'V2';
  const placementType = rng.pick(['U6', 'U3', 'K2'] as const);
  const description =
    placementType === 'K2'
      ? 'Children’s home'
      : placementType === 'U3'
        ? 'Foster placement with a relative'
        : 'Foster placement with other foster carer, not long term';
  return {
    id: opaqueId('c', index),
    childRef: `LA${String(100000 + ((index * 7919) % 900000))}`,
    givenName: rng.pick(GIVEN_NAMES),
    familyName: rng.pick(FAMILY_NAMES),
    dateOfBirth,
    sex: rng.pick(['1', '2'] as const),
    legalStatus,
    placement: { type: placementType, description },
    socialWorker: { name: personName(rng), team: 'Referral and Assessment Team' },
    iroId: null,
    version: 1,
    episodes: [
      {
        id: `ep_new_${String(index)}`,
        start,
        end: null,
        reasonForNewEpisode: 'S',
        legalStatus,
        placementType,
        reasonEnded: null,
      },
    ],
  };
}

/** The leavers and the children awaiting an IRO, one step a child (mocks/seed/steps.ts). */
export function* careJourneySteps(
  ctx: Context,
  seed: number,
  size: number,
  iroIds: readonly string[],
  settings: Settings,
): Generator<void, void> {
  // An empty seed stays empty (tests that hand-build their data start from one).
  if (size === 0 || iroIds.length === 0) return;
  const rng = new Random((seed ^ 0x5eedca7e) >>> 0);
  const journeys: Context = { ...ctx, rng };
  const leavers = Math.max(3, Math.round(size * 0.03));
  const leaving = new Map<string, Leaving>();
  for (let k = 0; k < leavers; k++) {
    const before = ctx.out.children.length;
    addChild(journeys, size + k, rng.pick(iroIds), settings);
    const child = ctx.out.children[before];
    if (child !== undefined) leaving.set(child.id, leaveCare(ctx, rng, child, k === 0));
    yield;
  }
  dropRecordsAfterLeaving(ctx, leaving);
  yield;
  // One well within the allocation target, one on its last day, one late.
  const ago = [1, settings.allocationWorkingDays, settings.allocationWorkingDays + 3];
  ago.forEach((workingDays, j) => {
    ctx.out.children.push(awaitingAnIro(ctx, rng, size + leavers + j, workingDays));
  });
}
