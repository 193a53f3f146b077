// The child's journey through care: becoming looked after, changes, leaving and returning, the
// child's details, the allocation queue and the children who have left care. Every sequence rule
// is the domain's (src/domain/care-episodes.ts), so the form and the backend refuse the same things.
import {
  ageOn,
  carePeriods,
  careStatusOn,
  changeCare,
  compareDates,
  formatDate,
  leaveCare,
  participationCodeProblem,
  startCare,
  type CareEpisode,
  type CareEventResult,
  type FieldProblem,
} from '@/domain';
import {
  allocationQueueQuerySchema,
  careEventBodySchema,
  createChildBodySchema,
  leftCareQuerySchema,
  updateChildDetailsBodySchema,
  type AllocationQueue,
  type CareRecord,
  type Child,
  type Episode,
  type LeftCareList,
  type UpdateChildDetailsResult,
} from '@/lib/api/schemas';
import { careStateOf, childIdentityOf, heldReviewsOf, summariseChild } from '../compute';
import type { Database } from '../db/database';
import { iroScope } from '../http/filters';
import { pageOf } from '../http/paging';
import { problems } from '../http/problem';
import { route } from '../http/route';
import {
  assertCanReadChild,
  assertVersion,
  auditEvent,
  changesBetween,
  loadChild,
  newId,
  storedEpisode,
} from '../http/support';
import { json, readBody, readQuery } from '../http/validation';

/** A child is under 18 (Children Act 1989, s.105): nobody becomes looked after at 18 or over. */
const ADULT_AGE = 18;

function withIds(episodes: readonly CareEpisode[], existing: readonly Episode[]): Episode[] {
  return episodes.map((episode) => {
    const same = existing.find(
      (e) => e.start === episode.start && e.reasonForNewEpisode === episode.reasonForNewEpisode,
    );
    return storedEpisode(episode, same?.id);
  });
}

function refuse(found: readonly FieldProblem[], rename: Record<string, string> = {}): never {
  throw problems.validation(
    found.map((problem) => ({
      field: rename[problem.field] ?? problem.field,
      message: problem.message,
    })),
  );
}

function episodesOrRefuse(result: CareEventResult, rename?: Record<string, string>): CareEpisode[] {
  if (!result.ok) refuse(result.problems, rename);
  return result.episodes;
}

/** Under 18 on the date looked after, and born on or before it (the date's own rule checks that). */
function ageProblems(
  dateOfBirth: string,
  today: string,
  lookedAfterOn: string | null,
): FieldProblem[] {
  if (compareDates(dateOfBirth, today) > 0) {
    return [{ field: 'dateOfBirth', message: 'Date of birth must be today or in the past' }];
  }
  if (lookedAfterOn !== null && compareDates(dateOfBirth, lookedAfterOn) <= 0) {
    if (ageOn(dateOfBirth, lookedAfterOn) >= ADULT_AGE) {
      return [
        {
          field: 'dateOfBirth',
          message: `The child must be under ${ADULT_AGE} on the date they became looked after (${formatDate(lookedAfterOn)})`,
        },
      ];
    }
  }
  return [];
}

export function careRecord(db: Database, child: Child): CareRecord {
  const care = careStateOf(child, db.today);
  const summary = summariseChild(db, child);
  const inCare = care.status === 'looked-after';
  return {
    ...childIdentityOf(child),
    sex: child.sex,
    age: summary.age,
    legalStatus: child.legalStatus,
    placement: child.placement,
    socialWorker: child.socialWorker,
    iroId: child.iroId,
    iroName: child.iroId === null ? null : (db.get('staff', child.iroId)?.name ?? child.iroId),
    version: child.version,
    care,
    periods: carePeriods(child.episodes),
    allocation: inCare ? summary.allocation : null,
    nextReview: inCare ? { due: summary.nextReview.due, reason: summary.nextReview.reason } : null,
    bookedMeetings: db
      .forChild('meetings', child.id)
      .filter((meeting) => meeting.status === 'booked' && meeting.date >= db.today)
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((meeting) => ({ id: meeting.id, date: meeting.date })),
  };
}

const fullName = (child: { givenName: string; familyName: string }) =>
  `${child.givenName} ${child.familyName}`;

export const careHandlers = [
  route('createChild', async ({ request, db, user }) => {
    const body = await readBody(request, createChildBodySchema);
    const childRef = body.childRef.toUpperCase();
    const found: FieldProblem[] = [];
    if ([...db.all('children')].some((child) => child.childRef.toUpperCase() === childRef)) {
      found.push({
        field: 'childRef',
        message: `A child with the reference ${childRef} is already in the tracker: record their return to care from their record`,
      });
    }
    found.push(...ageProblems(body.dateOfBirth, db.today, body.becameLookedAfterOn));
    const result = startCare(
      [],
      {
        date: body.becameLookedAfterOn,
        legalStatus: body.legalStatus,
        placementType: body.placementType,
      },
      { dateOfBirth: body.dateOfBirth, today: db.today },
    );
    const all = [...found, ...(result.ok ? [] : result.problems)];
    if (all.length > 0 || !result.ok) refuse(all, { date: 'becameLookedAfterOn' });
    const child: Child = {
      id: newId('c'),
      childRef,
      givenName: body.givenName,
      familyName: body.familyName,
      dateOfBirth: body.dateOfBirth,
      sex: body.sex,
      legalStatus: body.legalStatus,
      placement: { type: body.placementType, description: body.placementDescription },
      socialWorker: body.socialWorker,
      iroId: null,
      version: 1,
      episodes: withIds(result.episodes, []),
    };
    const event = auditEvent(db, user, {
      entity: 'child',
      entityId: child.id,
      childId: child.id,
      action: 'became-looked-after',
      summary: `${user.name} recorded ${fullName(child)} becoming looked after on ${formatDate(body.becameLookedAfterOn)}`,
      changes: changesBetween(null, child),
    });
    await db.commit({ puts: { children: [child], auditEvents: [event] }, deletes: {} });
    return json(careRecord(db, child), 201);
  }),

  // Registered before /children/{childId}/... so the path is not taken for an id.
  route('listLeftCare', ({ db, url, user }) => {
    const query = readQuery(url, leftCareQuerySchema);
    const forIro = iroScope(db, user, query.iroId);
    const pool =
      forIro === undefined
        ? [...db.all('children')]
        : [...db.childIdsOf(forIro)].flatMap((id) => db.get('children', id) ?? []);
    const items: LeftCareList['items'] = pool.flatMap((child) => {
      const care = careStateOf(child, db.today);
      if (care.leftCare === null) return [];
      const periods = carePeriods(child.episodes);
      return [
        {
          ...childIdentityOf(child),
          iroId: child.iroId,
          periodStart: periods[periods.length - 1]?.start ?? care.leftCare.on,
          leftCareOn: care.leftCare.on,
          reasonEnded: care.leftCare.reasonEnded,
          reason: care.leftCare.reason,
          meetingsStillBooked: db
            .forChild('meetings', child.id)
            .filter((meeting) => meeting.status === 'booked' && meeting.date >= db.today).length,
        },
      ];
    });
    items.sort(
      (a, b) => compareDates(b.leftCareOn, a.leftCareOn) || a.childRef.localeCompare(b.childRef),
    );
    return json({ ...pageOf(items, query) } satisfies LeftCareList);
  }),

  route('getChildCare', ({ db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    assertCanReadChild(user, child);
    return json(careRecord(db, child));
  }),

  route('recordCareEvent', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    const body = await readBody(request, careEventBodySchema);
    assertVersion(child, body.version, () => careRecord(db, child), 'child’s record');
    const context = { dateOfBirth: child.dateOfBirth, today: db.today };
    let updated: Child;
    let summary: string;
    let action: 'care-changed' | 'left-care' | 'returned-to-care';
    if (body.kind === 'change') {
      const episodes = episodesOrRefuse(changeCare(child.episodes, body, context));
      updated = {
        ...child,
        episodes: withIds(episodes, child.episodes),
        legalStatus: body.legalStatus,
        placement: { type: body.placementType, description: body.placementDescription },
      };
      action = 'care-changed';
      summary = `${user.name} recorded a change (${body.reasonForNewEpisode}) for ${fullName(child)} on ${formatDate(body.date)}`;
    } else if (body.kind === 'leave') {
      const episodes = episodesOrRefuse(leaveCare(child.episodes, body, context));
      // A review already held in this period must stay inside it (else it is in no period of care
      // and the annual report cannot count the child).
      const periodStart = carePeriods(child.episodes).at(-1)?.start ?? body.date;
      const lastHeld = heldReviewsOf(db, child.id)
        .map((review) => review.heldOn)
        .filter((heldOn) => compareDates(heldOn, periodStart) >= 0)
        .sort(compareDates)
        .at(-1);
      if (lastHeld !== undefined && compareDates(body.date, lastHeld) < 0) {
        refuse([
          {
            field: 'date',
            message: `The date the child left care must be on or after ${formatDate(lastHeld)}, when their last review was held`,
          },
        ]);
      }
      updated = { ...child, episodes: withIds(episodes, child.episodes) };
      action = 'left-care';
      summary = `${user.name} recorded ${fullName(child)} leaving care on ${formatDate(body.date)} (${body.reasonEnded})`;
    } else {
      const episodes = episodesOrRefuse(startCare(child.episodes, body, context));
      // The IRO who knew the child stays with them when still working (continuity), else none.
      const iro = child.iroId === null ? undefined : db.get('staff', child.iroId);
      updated = {
        ...child,
        episodes: withIds(episodes, child.episodes),
        legalStatus: body.legalStatus,
        placement: { type: body.placementType, description: body.placementDescription },
        iroId: iro?.active === true ? iro.id : null,
      };
      action = 'returned-to-care';
      summary = `${user.name} recorded ${fullName(child)} returning to care on ${formatDate(body.date)}`;
    }
    updated = { ...updated, version: child.version + 1 };
    const event = auditEvent(db, user, {
      entity: 'child',
      entityId: child.id,
      childId: child.id,
      action,
      summary,
      changes: changesBetween(child, updated),
    });
    await db.commit({ puts: { children: [updated], auditEvents: [event] }, deletes: {} });
    return json(careRecord(db, updated), 201);
  }),

  route('updateChildDetails', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    const body = await readBody(request, updateChildDetailsBodySchema);
    assertVersion(child, body.version, () => careRecord(db, child), 'child’s record');
    const first = [...child.episodes].sort((a, b) => compareDates(a.start, b.start))[0];
    const found = ageProblems(body.dateOfBirth, db.today, first?.start ?? null);
    if (
      found.length === 0 &&
      first !== undefined &&
      compareDates(body.dateOfBirth, first.start) > 0
    ) {
      found.push({
        field: 'dateOfBirth',
        message: `Date of birth must be on or before ${formatDate(first.start)}, when the child first became looked after`,
      });
    }
    if (found.length > 0) refuse(found);
    const updated: Child = {
      ...child,
      givenName: body.givenName,
      familyName: body.familyName,
      dateOfBirth: body.dateOfBirth,
      sex: body.sex,
      placement: { ...child.placement, description: body.placementDescription },
      socialWorker: body.socialWorker,
      version: child.version + 1,
    };
    const changes = changesBetween(child, updated);
    const events =
      changes.length === 0
        ? []
        : [
            auditEvent(db, user, {
              entity: 'child',
              entityId: child.id,
              childId: child.id,
              action: 'updated',
              summary: `${user.name} changed ${fullName(updated)}’s details`,
              changes,
            }),
          ];
    if (events.length > 0) {
      await db.commit({ puts: { children: [updated], auditEvents: events }, deletes: {} });
    }
    const saved = loadChild(db, child.id);
    const participationNoLongerFits = heldReviewsOf(db, child.id)
      .flatMap((review) => {
        const problem = participationCodeProblem(
          review.participationCode,
          saved.dateOfBirth,
          review.heldOn,
        );
        return problem === null
          ? []
          : [
              {
                reviewId: review.id,
                heldOn: review.heldOn,
                code: review.participationCode,
                message: `The review on ${formatDate(review.heldOn)}: ${problem.message}`,
              },
            ];
      })
      .sort((a, b) => compareDates(a.heldOn, b.heldOn));
    return json({
      care: careRecord(db, saved),
      participationNoLongerFits,
    } satisfies UpdateChildDetailsResult);
  }),

  route('getAllocationQueue', ({ db, url }) => {
    const query = readQuery(url, allocationQueueQuerySchema);
    const items: AllocationQueue['items'] = [...db.all('children')].flatMap((child) => {
      if (child.iroId !== null) return [];
      const status = careStatusOn(child.episodes, db.today);
      if (!status.lookedAfter) return [];
      const summary = summariseChild(db, child);
      if (summary.allocation === null) return [];
      return [
        {
          ...childIdentityOf(child),
          version: child.version,
          becameLookedAfterOn: status.period.start,
          allocation: summary.allocation,
          nextReview: { due: summary.nextReview.due, reason: summary.nextReview.reason },
        },
      ];
    });
    items.sort(
      (a, b) =>
        compareDates(a.becameLookedAfterOn, b.becameLookedAfterOn) ||
        a.childRef.localeCompare(b.childRef),
    );
    return json({
      allocationWorkingDays: db.meta.settings.allocationWorkingDays,
      late: items.filter((item) => item.allocation.late).length,
      ...pageOf(items, query),
    } satisfies AllocationQueue);
  }),
];
