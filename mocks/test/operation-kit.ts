// One request for every operation of src/lib/api/operations.ts that the backend accepts, built on
// records prepared in a freshly seeded database: the contract fuzz test breaks each of them in
// every way it can, and the authorisation matrix sends each as every kind of caller.
import { addDays, ageOn, type IsoDate } from '@/domain';
import { OPERATION_IDS, operation, type OperationId } from '@/lib/api/operations';
import type {
  Child,
  Escalation,
  MidpointCheck,
  Review,
  ReviewMeeting,
  StaffMember,
  StaffRole,
} from '@/lib/api/schemas';
import { currentPeriodOf, heldReviewsOf, isActiveChild, summariseChild } from '../compute';
import type { Database } from '../db/database';
import { digestMessageId } from '../digest-compute';
import { TEST_TODAY } from '../node';
import { API, call, signIn, type CallResult } from './support';

/** A request: the path with its ids filled in, the query and the JSON body (if any). */
export interface Sample {
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

/** The records of one child that the operations on a child's things need. */
export interface ChildRecords {
  child: Child;
  /** Held, counted, with an open recommendation (own) or any held review (other). */
  review: Review;
  recommendationId: string;
  /** An open recommendation of the current period, to follow up at the next review (if any). */
  followUp: { reviewId: string; recommendationId: string } | null;
  /** Booked, today or later, chaired by the child's IRO. */
  meeting: ReviewMeeting;
  check: MidpointCheck;
  /** Open, at stage 1. */
  escalation: Escalation;
}

export interface Fixtures {
  db: Database;
  today: IsoDate;
  /** The IRO the requests are made as (their own children). */
  iro: StaffMember;
  /** Another IRO, whose children the first may not touch. */
  otherIro: StaffMember;
  manager: StaffMember;
  support: StaffMember;
  /** The IRO's child every child operation is sent for (no meeting booked, a review due). */
  own: ChildRecords;
  /** A child of the other IRO. */
  other: ChildRecords;
  /** A review of another of the IRO's children, its decisions sent and awaiting sign-off. */
  awaitingSignOff: Review;
  /** A review of a third child of the IRO whose decisions the manager has queried. */
  queried: { review: Review; queryId: string };
  /** A reminder message to the IRO (own) and one to the other IRO (other), in the outbox. */
  outbox: Record<Side, string>;
}

/** Which child (or caseload) a request is about: the caller's own, or another IRO's. */
export type Side = 'own' | 'other';

/**
 * Children of the IRO whose next review can be recorded now in timescale (6 to 15 years old, a
 * review held at least 10 days ago in this period, the next due at least 5 days ahead).
 */
function reviewableChildren(db: Database, iroId: string): Child[] {
  const found: Child[] = [];
  for (const id of db.childIdsOf(iroId)) {
    const child = db.get('children', id);
    if (child === undefined || !isActiveChild(db, child)) continue;
    const age = ageOn(child.dateOfBirth, db.today);
    if (age < 6 || age > 15) continue;
    const period = currentPeriodOf(child, heldReviewsOf(db, child.id));
    const latest = period.episode.reviews.at(-1);
    if (latest === undefined || latest > addDays(db.today, -10)) continue;
    if (summariseChild(db, child).nextReview.due < addDays(db.today, 5)) continue;
    found.push(child);
  }
  return found;
}

const openRecommendation = (review: Review) =>
  review.recommendations.find((r) => r.completedOn === null && r.noLongerNeeded === null);

async function expectOk<T>(what: string, result: Promise<CallResult<T>>): Promise<T> {
  const done = await result;
  if (done.status >= 300) {
    throw new Error(`Preparing the fixtures, ${what}: ${done.status} ${JSON.stringify(done.body)}`);
  }
  return done.body;
}

function reviewWithDecisions(today: IsoDate) {
  return {
    heldOn: addDays(today, -5),
    participationCode: 'PN1',
    participationMethod: 'in-person',
    advocacy: { offered: true, referralMade: false },
    decisions: 'The care plan is endorsed. Family time stays at twice a month.',
    carePlanEndorsed: true,
    decisionsSentOn: today,
  };
}

/** A meeting booked today + `days` at `startTime` for the child (as business support). */
async function bookedMeeting(
  db: Database,
  token: string,
  child: Child,
  startTime: string,
): Promise<ReviewMeeting> {
  const booked = db
    .forChild('meetings', child.id)
    .find((meeting) => meeting.status === 'booked' && meeting.date >= db.today);
  if (booked !== undefined) return booked;
  const due = summariseChild(db, child).nextReview.due;
  const date = addDays(db.today, 3) <= due ? addDays(db.today, 3) : db.today;
  return expectOk(
    'booking a meeting',
    call<ReviewMeeting>('POST', `/children/${child.id}/meetings`, {
      token,
      body: {
        date,
        startTime,
        durationMinutes: 60,
        format: 'in-person',
        venue: 'Civic Centre, Room 3',
        invitees: [{ role: 'carer', name: 'A carer', contactMethod: 'email' }],
        outOfTimescaleReason: date > due ? 'The only day the family can come' : null,
      },
    }),
  );
}

async function childRecords(
  db: Database,
  tokens: { iro: string; support: string },
  child: Child,
  review: Review,
  meetingChild: Child,
): Promise<ChildRecords> {
  const recommendation = openRecommendation(review) ?? review.recommendations[0];
  const reviews = heldReviewsOf(db, child.id);
  const period = currentPeriodOf(child, reviews);
  const inPeriod = reviews.filter((each) => each.heldOn >= period.start);
  const toFollow = inPeriod.find((each) => openRecommendation(each) !== undefined);
  const open = toFollow === undefined ? undefined : openRecommendation(toFollow);
  const escalation = await expectOk(
    'raising an escalation',
    call<Escalation>('POST', `/children/${meetingChild.id}/escalations`, {
      token: tokens.iro,
      body: { reason: 'The care plan is not being followed', raisedOn: db.today },
    }),
  );
  const check = await expectOk(
    'recording a midpoint check',
    call<MidpointCheck>('POST', `/children/${meetingChild.id}/midpoint-checks`, {
      token: tokens.iro,
      body: { checkedOn: db.today, outcome: 'on-track', note: 'Spoke to the social worker' },
    }),
  );
  return {
    child,
    review,
    recommendationId: recommendation?.id ?? 'no-recommendation',
    followUp:
      toFollow === undefined || open === undefined
        ? null
        : { reviewId: toFollow.id, recommendationId: open.id },
    meeting: await bookedMeeting(db, tokens.support, meetingChild, '16:00'),
    check,
    escalation,
  };
}

/**
 * Prepares the records every sample needs, through the API, in the database the test just seeded
 * (mocks/test/support.ts useMockBackend; size 60 or more).
 */
export async function prepareFixtures(db: Database): Promise<Fixtures> {
  const iros = [...db.all('staff')].filter((s) => s.role === 'iro' && s.active);
  const iro = iros.find((candidate) => reviewableChildren(db, candidate.id).length >= 3);
  if (iro === undefined) throw new Error('No IRO with three reviewable children: seed more');
  const otherIro = iros.find((s) => s.id !== iro.id && db.childIdsOf(s.id).size >= 2);
  if (otherIro === undefined) throw new Error('No second IRO with children');
  const manager = [...db.all('staff')].find((s) => s.role === 'team-manager' && s.active);
  const support = [...db.all('staff')].find((s) => s.role === 'business-support' && s.active);
  if (manager === undefined || support === undefined) throw new Error('No manager or support');
  const tokens = {
    iro: await signIn(iro.id),
    otherIro: await signIn(otherIro.id),
    manager: await signIn(manager.id),
    support: await signIn(support.id),
  };

  // The own child: no meeting booked, a held review with an open recommendation if any has one.
  const reviewable = reviewableChildren(db, iro.id);
  const unbooked = reviewable.filter((child) => summariseChild(db, child).meeting === null);
  const ownChild =
    unbooked.find((child) =>
      heldReviewsOf(db, child.id).some((review) => openRecommendation(review) !== undefined),
    ) ?? unbooked[0];
  if (ownChild === undefined) throw new Error('No reviewable child without a meeting booked');
  const [second, third] = reviewable.filter((child) => child.id !== ownChild.id);
  if (second === undefined || third === undefined) throw new Error('Too few reviewable children');
  const ownReviews = heldReviewsOf(db, ownChild.id);
  const ownReview =
    ownReviews.filter((review) => openRecommendation(review) !== undefined).at(-1) ??
    ownReviews.at(-1);
  if (ownReview === undefined) throw new Error('The own child has no review');

  const awaitingSignOff = await expectOk(
    'recording a review with decisions',
    call<Review>('POST', `/children/${second.id}/reviews`, {
      token: tokens.iro,
      body: reviewWithDecisions(db.today),
    }),
  );
  const toQuery = await expectOk(
    'recording a second review with decisions',
    call<Review>('POST', `/children/${third.id}/reviews`, {
      token: tokens.iro,
      body: reviewWithDecisions(db.today),
    }),
  );
  const queried = await expectOk(
    'querying the decisions',
    call<Review>('POST', `/reviews/${toQuery.id}/sign-off`, {
      token: tokens.manager,
      body: { version: toQuery.version, decision: 'query', reason: 'Say who arranges contact' },
    }),
  );
  const queryId = queried.signOffQueries.at(-1)?.id;
  if (queryId === undefined) throw new Error('No query raised');

  const own = await childRecords(
    db,
    { iro: tokens.iro, support: tokens.support },
    ownChild,
    ownReview,
    second,
  );
  const otherChild = [...db.childIdsOf(otherIro.id)]
    .flatMap((id) => db.get('children', id) ?? [])
    .find((child) => isActiveChild(db, child) && heldReviewsOf(db, child.id).length > 0);
  const otherReview = otherChild === undefined ? undefined : heldReviewsOf(db, otherChild.id)[0];
  if (otherChild === undefined || otherReview === undefined) throw new Error('No other child');
  const other = await childRecords(
    db,
    { iro: tokens.otherIro, support: tokens.support },
    otherChild,
    otherReview,
    otherChild,
  );
  // Each person's draft of the form a draft sample names (getDraft finds it).
  await db.commit({
    puts: {
      drafts: [iro, manager, support].map((member) => ({
        id: `${member.id}:${draftKeyFor(own, member.role)}`,
        staffId: member.id,
        key: draftKeyFor(own, member.role),
        values: { note: 'Typed before a reload' },
        recordVersion: 1,
        savedAt: `${db.today}T09:00:00.000Z`,
      })),
    },
    deletes: {},
  });
  // A reminder to each IRO, as today's digest would leave it in the outbox.
  const outbox = {
    own: digestMessageId(iro.id, db.today),
    other: digestMessageId(otherIro.id, db.today),
  };
  await db.commit({
    puts: {
      outbox: [iro, otherIro].map((member) => ({
        id: digestMessageId(member.id, db.today),
        kind: 'task-digest' as const,
        day: db.today,
        createdAt: `${db.today}T07:00:00.000Z`,
        to: { staffId: member.id, name: member.name, email: member.email, role: member.role },
        subject: 'IRO Review Tracker: 1 task due',
        taskCount: 1,
        lateCount: 0,
        status: 'queued' as const,
        attempts: 0,
        sentAt: null,
        error: null,
        text: 'Hello',
        html: '<p>Hello</p>',
        taskIds: ['task-1'],
        lines: [],
      })),
    },
    deletes: {},
  });
  return {
    db,
    today: db.today,
    outbox,
    iro,
    otherIro,
    manager,
    support,
    own,
    other,
    awaitingSignOff: db.get('reviews', awaitingSignOff.id) ?? awaitingSignOff,
    queried: { review: db.get('reviews', queried.id) ?? queried, queryId },
  };
}

/** The record's version as it is now (a sample sends the current one). */
function now(
  db: Database,
  table: 'children' | 'reviews' | 'meetings' | 'midpointChecks' | 'escalations',
  record: { id: string; version: number },
): number {
  return db.get(table, record.id)?.version ?? record.version;
}

const newChild = (today: IsoDate) => ({
  childRef: 'NEW-0001',
  givenName: 'Ava',
  familyName: 'Newton',
  dateOfBirth: '2016-05-01',
  sex: '2',
  becameLookedAfterOn: today,
  legalStatus: 'C1',
  placementType: 'U6',
  placementDescription: 'Foster carers in Hull',
  socialWorker: { name: 'Sam Worker', team: 'East' },
});

const ssda903Return = (iroId: string) => ({
  iroId,
  header: [
    { CHILD: 'NB903001', SEX: '1', DOB: '14/03/2015' },
    { CHILD: 'NB903002', SEX: '2', DOB: '02/02/2024' },
  ],
  episodes: [
    { CHILD: 'NB903001', DECOM: '01/05/2025', RNE: 'S', LS: 'C2', PLACE: 'U4', DEC: '', REC: '' },
    {
      CHILD: 'NB903002',
      DECOM: '01/12/2024',
      RNE: 'S',
      LS: 'V2',
      PLACE: 'U6',
      DEC: '10/01/2025',
      REC: 'E11',
    },
    { CHILD: 'NB903002', DECOM: '02/03/2026', RNE: 'S', LS: 'C1', PLACE: 'U6', DEC: '', REC: '' },
  ],
  reviews: [
    { CHILD: 'NB903001', DOB: '14/03/2015', REVIEW: '28/05/2025', REVIEW_CODE: 'PN1' },
    { CHILD: 'NB903001', DOB: '14/03/2015', REVIEW: '20/08/2025', REVIEW_CODE: 'PN5' },
    { CHILD: 'NB903002', DOB: '02/02/2024', REVIEW: '20/12/2024', REVIEW_CODE: 'PN0' },
  ],
});

const qualityCheck = { answer: 'yes', note: null };

type SampleBuilder = (f: Fixtures, side: Side, role: StaffRole | null) => Sample;

/**
 * A request each operation accepts from a caller it admits (for an IRO: about their own child),
 * and the same request about the other IRO's child or caseload (`side: 'other'`).
 */
export const samples: Record<OperationId, SampleBuilder> = {
  signIn: (f) => ({ path: '/session', body: { staffId: f.iro.id } }),
  getSession: () => ({ path: '/session' }),
  signOut: () => ({ path: '/session' }),
  listDemoStaff: () => ({ path: '/demo/staff' }),
  getClock: () => ({ path: '/clock' }),
  getCouncil: () => ({ path: '/council' }),
  getSettings: () => ({ path: '/settings' }),
  updateSettings: (f) => ({ path: '/settings', body: { ...f.db.meta.settings } }),
  listStaff: () => ({ path: '/staff' }),
  getBankHolidays: () => ({ path: '/bank-holidays' }),
  listChildren: (f, side) => ({
    path: '/children',
    query: {
      iroId: iroOf(f, side).id,
      status: 'overdue,on-track,at-risk',
      dueAfter: '2000-01-01',
      dueBefore: '2100-12-31',
      sort: 'name',
      order: 'desc',
      page: '1',
      pageSize: '20',
    },
  }),
  getCaseloadSummary: (f, side) => ({
    path: '/caseload-summary',
    query: { iroId: iroOf(f, side).id },
  }),
  searchChildren: (f, side) => ({
    path: '/children/search',
    body: {
      q: childOf(f, side).familyName,
      iroId: iroOf(f, side).id,
      status: ['overdue', 'on-track', 'at-risk', 'booked'],
      dueAfter: '2000-01-01',
      dueBefore: '2100-12-31',
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 20,
    },
  }),
  reallocateChildren: (f, side) => ({
    path: '/children/reallocate',
    body: {
      childIds: [childOf(f, side).id],
      toIroId: iroOf(f, side === 'own' ? 'other' : 'own').id,
      // A booked meeting may overlap one of the new IRO's: the sample confirms, so it succeeds.
      acceptClashes: true,
    },
  }),
  getChild: (f, side) => ({ path: `/children/${childOf(f, side).id}` }),
  reallocateChild: (f, side) => ({
    path: `/children/${childOf(f, side).id}`,
    body: {
      iroId: iroOf(f, side === 'own' ? 'other' : 'own').id,
      version: now(f.db, 'children', childOf(f, side)),
      acceptClashes: true,
    },
  }),
  createChild: (f) => ({ path: '/children', body: newChild(f.today) }),
  listLeftCare: (f, side) => ({ path: '/children/left-care', query: { iroId: iroOf(f, side).id } }),
  getChildCare: (f, side) => ({ path: `/children/${childOf(f, side).id}/care` }),
  recordCareEvent: (f, side) => {
    const child = childOf(f, side);
    const open = child.episodes.find((episode) => episode.end === null);
    return {
      path: `/children/${child.id}/care-events`,
      body: {
        kind: 'change',
        date: f.today,
        reasonForNewEpisode: 'P',
        legalStatus: open?.legalStatus ?? child.legalStatus,
        placementType: open?.placementType === 'K2' ? 'U4' : 'K2',
        placementDescription: 'Oak House children’s home',
        version: now(f.db, 'children', child),
      },
    };
  },
  updateChildDetails: (f, side) => {
    const child = childOf(f, side);
    return {
      path: `/children/${child.id}/details`,
      body: {
        givenName: child.givenName,
        familyName: `${child.familyName}-Jones`,
        dateOfBirth: child.dateOfBirth,
        sex: child.sex ?? '1',
        placementDescription: 'Foster carers in Leeds',
        socialWorker: { name: 'Sam Worker', team: 'East' },
        version: now(f.db, 'children', child),
      },
    };
  },
  getAllocationQueue: () => ({ path: '/allocation-queue' }),
  recordReview: (f, side) => ({
    path: `/children/${childOf(f, side).id}/reviews`,
    body: {
      heldOn: addDays(f.today, -5),
      participationCode: 'PN1',
      participationMethod: 'in-person',
      advocacy: { offered: true, referralMade: false },
      recommendations: [
        {
          action: 'Arrange a dental check-up',
          owner: 'Social worker',
          targetDate: addDays(f.today, 30),
        },
      ],
      attendees: [{ name: 'Sam Worker', role: 'Social worker', method: 'in-person' }],
      childViews: 'Happy at school and wants to keep seeing their brother',
      qualityChecks: {
        permanencePlan: qualityCheck,
        healthAssessment: qualityCheck,
        educationPlan: qualityCheck,
        socialWorkerVisits: qualityCheck,
        toldAboutAdvocacy: qualityCheck,
      },
      followUps:
        records(f, side).followUp === null
          ? []
          : [{ ...records(f, side).followUp, outcome: 'done', on: f.today, note: null }],
    },
  }),
  updateReview: (f, side) => {
    const { review } = records(f, side);
    return {
      path: `/reviews/${review.id}`,
      body: {
        version: now(f.db, 'reviews', review),
        childViews: 'Wants more time with their grandmother',
        attendees: [{ name: 'Sam Worker', role: 'Social worker', method: 'video' }],
        // As recorded, each with its id (the form sends them back so).
        recommendations: (f.db.get('reviews', review.id) ?? review).recommendations.map(
          ({ id, action, owner, targetDate, completedOn }) => ({
            id,
            action,
            owner,
            targetDate,
            completedOn,
          }),
        ),
      },
    };
  },
  signOffReview: (f) => ({
    path: `/reviews/${f.awaitingSignOff.id}/sign-off`,
    body: {
      version: now(f.db, 'reviews', f.awaitingSignOff),
      decision: 'query',
      reason: 'Say who arranges the contact',
    },
  }),
  answerSignOffQuery: (f, side) => {
    const review = side === 'own' ? f.queried.review : f.other.review;
    return {
      path: `/reviews/${review.id}/sign-off-queries/${f.queried.queryId}/answer`,
      body: {
        version: now(f.db, 'reviews', review),
        answer: 'The social worker arranges it',
        decisions: 'The care plan is endorsed. The social worker arranges family time.',
      },
    };
  },
  updateRecommendation: (f, side) => {
    const { review, recommendationId } = records(f, side);
    return {
      path: `/reviews/${review.id}/recommendations/${recommendationId}`,
      body: { version: now(f.db, 'reviews', review), outcome: 'done', on: f.today, note: null },
    };
  },
  listOutstandingRecommendations: (f, side) => ({
    path: '/recommendations/outstanding',
    query: { iroId: iroOf(f, side).id, page: '1', pageSize: '20' },
  }),
  withdrawReview: (f, side) => {
    const { review } = records(f, side);
    return {
      path: `/reviews/${review.id}/withdraw`,
      body: { reason: 'Recorded against the wrong child', version: now(f.db, 'reviews', review) },
    };
  },
  recordMidpointCheck: (f, side) => ({
    path: `/children/${childOf(f, side).id}/midpoint-checks`,
    body: { checkedOn: f.today, outcome: 'concerns', note: 'The school placement is at risk' },
  }),
  updateMidpointCheck: (f, side) => {
    const { check } = records(f, side);
    return {
      path: `/midpoint-checks/${check.id}`,
      body: {
        version: now(f.db, 'midpointChecks', check),
        checkedOn: f.today,
        outcome: 'concerns',
        note: 'Updated',
      },
    };
  },
  raiseEscalation: (f, side) => ({
    path: `/children/${childOf(f, side).id}/escalations`,
    body: {
      reason: 'The care plan is not being followed',
      raisedOn: f.today,
      stage: 1,
      cafcassReferredOn: f.today,
      cafcassNote: 'Referred at the same time',
    },
  }),
  updateEscalation: (f, side, role) => {
    const { escalation } = records(f, side);
    const version = now(f.db, 'escalations', escalation);
    return {
      path: `/escalations/${escalation.id}`,
      // A team manager may resolve an escalation; only the allocated IRO moves one on.
      body:
        role === 'team-manager'
          ? { action: 'resolve', version, resolvedOn: f.today, outcome: 'Agreed a new plan' }
          : { action: 'advance', version, on: f.today, note: 'No answer from the team manager' },
    };
  },
  listIroContacts: (f, side) => ({ path: `/children/${childOf(f, side).id}/iro-contacts` }),
  recordIroContact: (f, side) => ({
    path: `/children/${childOf(f, side).id}/iro-contacts`,
    body: { contactOn: f.today, type: 'visit', seenAlone: true, note: 'Saw them at home' },
  }),
  listMeetings: (f, side) => ({
    path: '/meetings',
    query: {
      iroId: iroOf(f, side).id,
      childId: childOf(f, side).id,
      from: addDays(f.today, -365),
      to: addDays(f.today, 365),
    },
  }),
  getTeamCalendar: (f, side) => ({
    path: '/calendar',
    query: { from: f.today, to: addDays(f.today, 41), iroIds: iroOf(f, side).id },
  }),
  bookMeeting: (f, side) => ({
    path: `/children/${childOf(f, side).id}/meetings`,
    body: {
      date: addDays(f.today, 3),
      startTime: '10:30',
      durationMinutes: 90,
      format: 'hybrid',
      venue: 'Civic Centre, Room 3',
      virtualLink: 'https://meet.example.org/abc',
      invitees: [
        { role: 'child', name: 'The child', contactMethod: 'app', invitationSentOn: f.today },
        { role: 'carer', name: 'A carer', contactMethod: 'email' },
      ],
      outOfTimescaleReason: null,
      iroId: iroOf(f, side).id,
    },
  }),
  updateMeeting: (f, side) => {
    const { meeting } = records(f, side);
    const [invited] = f.db.get('meetings', meeting.id)?.invitees ?? [];
    return {
      path: `/meetings/${meeting.id}`,
      body: {
        action: 'update',
        version: now(f.db, 'meetings', meeting),
        startTime: '16:30',
        durationMinutes: 45,
        format: 'hybrid',
        venue: 'Civic Centre, Room 4',
        virtualLink: 'https://meet.example.org/room-4',
        invitees: [
          ...(invited === undefined ? [] : [{ ...invited, invitationSentOn: f.today }]),
          { role: 'child', name: 'The child', contactMethod: 'app', invitationSentOn: f.today },
        ],
        socialWorkerReportReceivedOn: f.today,
        iroSpokeToChildOn: f.today,
      },
    };
  },
  getMeeting: (f, side) => ({ path: `/meetings/${records(f, side).meeting.id}` }),
  getMeetingDocuments: (f, side) => ({
    path: `/meetings/${records(f, side).meeting.id}/documents`,
  }),
  getReviewDocuments: (f, side) => ({ path: `/reviews/${records(f, side).review.id}/documents` }),
  listDocumentTemplates: () => ({ path: '/document-templates' }),
  updateDocumentTemplate: (f) => {
    const template = f.db.get('documentTemplates', 'invitation');
    return {
      path: '/document-templates/invitation',
      body: {
        title: 'Invitation to {{child.firstName}}’s review meeting',
        body: template?.body ?? 'Dear {{invitee.name}},',
        version: template?.version ?? 1,
      },
    };
  },
  getBookingQueue: (f, side) => ({
    path: '/booking-queue',
    query: { iroId: iroOf(f, side).id, weeks: '8' },
  }),
  getChildBooking: (f, side) => ({ path: `/children/${childOf(f, side).id}/booking` }),
  listAuditEvents: (f, side) => ({
    path: '/audit-events',
    query: { childId: childOf(f, side).id, page: '1', pageSize: '20' },
  }),
  getAnnualReport: (f, side) => ({
    path: '/reports/annual',
    query: { from: '2025-04-01', to: '2026-03-31', iroId: iroOf(f, side).id },
  }),
  getAnnexAList8: (f) => ({
    path: '/reports/annex-a/list-8',
    query: { asAt: f.today, format: 'csv' },
  }),
  getTeamOverview: () => ({ path: '/team/overview' }),
  listReviewsAtRisk: (f, side) => ({
    path: '/team/reviews-at-risk',
    query: {
      until: addDays(f.today, 60),
      iroId: iroOf(f, side).id,
      category: 'overdue,not-booked',
      page: '1',
      pageSize: '10',
    },
  }),
  getSignOffQueue: (f, side) => ({
    path: '/team/sign-off-queue',
    query: { iroId: iroOf(f, side).id },
  }),
  listOpenEscalations: (f, side) => ({
    path: '/team/escalations',
    query: { iroId: iroOf(f, side).id },
  }),
  importSsda903: (f, side) => ({ path: '/ssda903/import', body: ssda903Return(iroOf(f, side).id) }),
  checkSsda903: (f, side) => {
    const { header, episodes, reviews } = ssda903Return(iroOf(f, side).id);
    return { path: '/ssda903/check', body: { header, episodes, reviews } };
  },
  compareSsda903: (f, side) => {
    const { header, episodes, reviews } = ssda903Return(iroOf(f, side).id);
    return { path: '/ssda903/compare', body: { header, episodes, reviews } };
  },
  getSsda903Reviews: () => ({ path: '/ssda903/reviews', query: { year: '2025' } }),
  resetMockDatabase: (f) => ({
    path: '/__mock/reset',
    body: { seed: f.db.meta.seed, size: f.db.meta.size, today: f.today },
  }),
  setMockClock: (f) => ({ path: '/__mock/clock', body: { today: f.today } }),
  setMockScenario: () => ({
    path: '/__mock/scenario',
    body: { latencyMs: 0, errorRate: 0, offline: false, failWrites: false },
  }),
  getMockState: () => ({ path: '/__mock/state' }),
  listTasks: () => ({ path: '/tasks', query: { page: '1', pageSize: '20' } }),
  getTaskSummary: () => ({ path: '/tasks/summary' }),
  sendDigests: () => ({ path: '/digests' }),
  listOutbox: (f, side) => ({
    path: '/outbox',
    query: { staffId: iroOf(f, side).id, page: '1', pageSize: '20' },
  }),
  getOutboxMessage: (f, side) => ({ path: `/outbox/${f.outbox[side]}` }),
  listDrafts: () => ({ path: '/drafts' }),
  getDraft: (f, side, role) => ({ path: `/drafts/${draftKeyFor(records(f, side), role)}` }),
  saveDraft: (f, side, role) => ({
    path: `/drafts/${draftKeyFor(records(f, side), role)}`,
    body: {
      values: { heldOn: { day: '20', month: '11', year: '2026' }, participationCode: 'PN1' },
      recordVersion: 3,
    },
  }),
  deleteDraft: (f, side, role) => ({ path: `/drafts/${draftKeyFor(records(f, side), role)}` }),
};

/** A draft each role may keep: an IRO's review of a child, a booker's reschedule of a meeting. */
function draftKeyFor(about: ChildRecords, role: StaffRole | null): string {
  return role === 'iro' || role === null
    ? `record-review.${about.child.id}`
    : `reschedule-meeting.${about.meeting.id}`;
}

function records(f: Fixtures, side: Side): ChildRecords {
  return side === 'own' ? f.own : f.other;
}
function childOf(f: Fixtures, side: Side): Child {
  return records(f, side).child;
}
function iroOf(f: Fixtures, side: Side): StaffMember {
  return side === 'own' ? f.iro : f.otherIro;
}

/** Who a sample is sent as when it should succeed: the first role the table admits. */
export function allowedRole(id: OperationId): StaffRole | null {
  return operation(id).roles?.[0] ?? null;
}

/** The staff member of a role in the fixtures (an IRO: the one whose children are "own"). */
export function memberOf(f: Fixtures, role: StaffRole): StaffMember {
  return role === 'iro' ? f.iro : role === 'team-manager' ? f.manager : f.support;
}

/** The sample's URL (relative to /api) with its query string. */
export function urlOf(sample: Sample): string {
  const query = new URLSearchParams(sample.query ?? {}).toString();
  return `${sample.path}${query === '' ? '' : `?${query}`}`;
}

export interface RawResult {
  status: number;
  contentType: string | null;
  body: unknown;
  ms: number;
}

/** Sends exactly what it is given (any body text, any headers) and reads the answer. */
export async function send(
  method: string,
  url: string,
  init: { token?: string | null; body?: string; headers?: Record<string, string> },
): Promise<RawResult> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const started = performance.now();
  const response = await fetch(`${API}${url}`, {
    method: method.toUpperCase(),
    headers,
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the failure message.
  }
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    body,
    ms: performance.now() - started,
  };
}

/** Every operation id, in the table's order. */
export const ALL_OPERATIONS: readonly OperationId[] = OPERATION_IDS;

export { TEST_TODAY };
