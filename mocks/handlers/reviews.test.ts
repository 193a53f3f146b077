import { describe, expect, it } from 'vitest';
import { addDays, ageOn, formatDate } from '@/domain';
import { childDetailSchema, reviewSchema, type Child } from '@/lib/api/schemas';
import { currentPeriodOf, heldReviewsOf, isActiveChild, summariseChild } from '../compute';
import { TEST_TODAY } from '../node';
import {
  call,
  childOf,
  fieldErrors,
  signInAs,
  staff,
  useMockBackend,
  type Json,
} from '../test/support';
import { reviewableChild, reviewBody } from '../test/review-kit';

const ctx = useMockBackend({ size: 120 });

const validBody = (heldOn = TEST_TODAY) => ({
  heldOn,
  participationCode: 'PN1',
  participationMethod: 'in-person',
  advocacy: { offered: true, referralMade: false },
  recommendations: [
    { action: 'Arrange family time', owner: 'Social worker', targetDate: addDays(heldOn, 30) },
  ],
});

const fourOrOver = (child: Child) => ageOn(child.dateOfBirth, TEST_TODAY) >= 5;

describe('POST /api/children/:id/reviews', () => {
  it('records a review for the allocated IRO, moves the next due date on and writes an audit event', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id, fourOrOver);
    const before = childDetailSchema.parse(
      (await call('GET', `/children/${child.id}`, { token })).body,
    );
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: validBody(),
    });
    expect(result.status).toBe(201);
    const review = reviewSchema.parse(result.body);
    expect(review).toMatchObject({
      childId: child.id,
      heldOn: TEST_TODAY,
      version: 1,
      recordedBy: user.id,
      managerSignOffOn: null,
      advocacy: {
        offered: true,
        referralMade: false,
        referralDate: null,
        provider: null,
        declined: false,
        outcome: null,
      },
    });
    expect(review.recommendations[0]!.id).toMatch(/^rec_/);

    const after = childDetailSchema.parse(
      (await call('GET', `/children/${child.id}`, { token })).body,
    );
    expect(after.history.length).toBe(before.history.length + 1);
    expect(after.nextReview!.sequence).toBe(before.nextReview!.sequence + 1);
    expect(after.nextReview!.reason).toContain(formatDate(TEST_TODAY));
    expect(after.reviews.at(-1)!.id).toBe(review.id);

    const audit = await call('GET', `/audit-events?childId=${child.id}`, { token });
    const event = audit.body.items[0];
    expect(event).toMatchObject({
      entity: 'review',
      entityId: review.id,
      action: 'created',
      actorId: user.id,
    });
    expect(event.changes).toContainEqual({ field: 'heldOn', before: null, after: TEST_TODAY });
  });

  it('marks a meeting booked for that day as held', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const support = await signInAs(ctx.db, 'business-support');
    const child = childOf(
      ctx.db,
      iro.user.id,
      (c) => fourOrOver(c) && ctx.db.forChild('meetings', c.id).every((m) => m.status !== 'booked'),
    );
    const booked = await call('POST', `/children/${child.id}/meetings`, {
      token: support.token,
      body: {
        date: TEST_TODAY,
        startTime: '10:00',
        format: 'virtual',
        virtualLink: 'https://meet.example.org/x',
        outOfTimescaleReason: 'Test',
      },
    });
    expect(booked.status).toBe(201);
    await call('POST', `/children/${child.id}/reviews`, { token: iro.token, body: validBody() });
    expect(ctx.db.get('meetings', booked.body.id)!.status).toBe('held');
  });

  it.each([
    [
      'a date that does not exist',
      { heldOn: '2026-02-30' },
      'heldOn',
      'Date the review was held must be a real date',
    ],
    ['no date', { heldOn: undefined }, 'heldOn', 'Enter the date the review was held'],
    [
      'a date in the future',
      { heldOn: addDays(TEST_TODAY, 1) },
      'heldOn',
      'Date the review was held must be today or in the past',
    ],
    [
      'no participation code',
      { participationCode: undefined },
      'participationCode',
      'Select how the child participated in the review',
    ],
    [
      'an unknown participation code',
      { participationCode: 'PN9' },
      'participationCode',
      'Participation code must be one of PN0 to PN7',
    ],
    [
      'PN0 for a child aged 4 or over',
      { participationCode: 'PN0' },
      'participationCode',
      'PN0 is only for children under 4 on the review date',
    ],
    [
      'no method',
      { participationMethod: 'carrier pigeon' },
      'participationMethod',
      'Select how the child took part in the review',
    ],
    [
      'a referral without date or provider',
      { advocacy: { offered: true, referralMade: true } },
      'advocacy.referralDate',
      'Enter the date of the advocacy referral',
    ],
    [
      'a record completed before the review',
      { recordOfReviewCompletedOn: '2020-01-01' },
      'recordOfReviewCompletedOn',
      'Date the record of the review was completed must be the same as or after the date the review was held',
    ],
    [
      'a recommendation target before the review',
      { recommendations: [{ action: 'x', owner: 'y', targetDate: '2020-01-01' }] },
      'recommendations.0.targetDate',
      'Target date must be the same as or after the date the review was held',
    ],
    [
      'a recommendation with no action',
      { recommendations: [{ action: ' ', owner: 'y', targetDate: TEST_TODAY }] },
      'recommendations.0.action',
      'Enter the recommended action',
    ],
  ])('answers 422 for %s', async (_name, change, field, message) => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id, fourOrOver);
    const before = ctx.db.count('reviews');
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: { ...validBody(), ...change },
    });
    expect(result.status).toBe(422);
    expect(result.contentType).toBe('application/problem+json');
    expect(fieldErrors(result.body)[field]).toBe(message);
    expect(ctx.db.count('reviews')).toBe(before);
  });

  it('answers 422 for a personal adviser owning a recommendation for a child under 16, and takes one for a 16-year-old', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const young = reviewableChild(ctx.db, user.id);
    const age = ageOn(young.dateOfBirth, TEST_TODAY);
    const body = validBody();
    const adviser = { ...body.recommendations[0], owner: 'Personal adviser' };
    const refused = await call('POST', `/children/${young.id}/reviews`, {
      token,
      body: { ...body, recommendations: [body.recommendations[0], adviser] },
    });
    expect(refused.status).toBe(422);
    expect(fieldErrors(refused.body)).toEqual({
      'recommendations.1.owner': `A personal adviser is for young people aged 16 or over leaving care: this child was ${age} on the review date. Enter who else is responsible, for example the social worker`,
    });
    // 16 or over, in care, with the next review not yet due (so today's needs no late reason).
    const older = childOf(
      ctx.db,
      user.id,
      (child) =>
        ageOn(child.dateOfBirth, TEST_TODAY) >= 16 &&
        isActiveChild(ctx.db, child) &&
        summariseChild(ctx.db, child).nextReview.due >= TEST_TODAY &&
        (currentPeriodOf(child, heldReviewsOf(ctx.db, child.id)).episode.reviews.at(-1) ?? '') <
          TEST_TODAY,
    );
    const taken = await call('POST', `/children/${older.id}/reviews`, {
      token,
      body: { ...body, recommendations: [adviser] },
    });
    expect(taken.status).toBe(201);
  });

  it('answers 422 for PN1-PN7 for a child under 4 (the domain’s message)', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const baby = [...ctx.db.all('children')].find((c) => ageOn(c.dateOfBirth, TEST_TODAY) < 3)!;
    const iroToken = (
      await signInAs(
        ctx.db,
        'iro',
        [...ctx.db.all('staff')]
          .filter((s) => s.role === 'iro' && s.active)
          .findIndex((s) => s.id === baby.iroId),
      )
    ).token;
    expect(token).not.toBe(iroToken);
    const result = await call('POST', `/children/${baby.id}/reviews`, {
      token: iroToken,
      body: validBody(),
    });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body).participationCode).toMatch(
      /^PN1 to PN7 are for children aged 4 or over on the review date/,
    );
    const ok = await call('POST', `/children/${baby.id}/reviews`, {
      token: iroToken,
      body: {
        ...validBody(),
        participationCode: 'PN0',
        advocacy: { offered: false, referralMade: false },
      },
    });
    expect(ok.status).toBe(201);
  });

  it('answers 422 for a review before the child became looked after, and for a duplicate date', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(
      ctx.db,
      user.id,
      (c) => fourOrOver(c) && ctx.db.forChild('reviews', c.id).length > 0,
    );
    const start = currentPeriodOf(child, ctx.db.forChild('reviews', child.id)).start;
    const early = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: validBody(addDays(start, -1)),
    });
    expect(fieldErrors(early.body).heldOn).toBe(
      `Review date cannot be before the child became looked after on ${formatDate(start)}`,
    );
    const existing = ctx.db.forChild('reviews', child.id).at(-1)!;
    const duplicate = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: validBody(existing.heldOn),
    });
    expect(duplicate.status).toBe(422);
    expect(fieldErrors(duplicate.body).heldOn).toBe(
      `A review has already been recorded on ${formatDate(existing.heldOn)}`,
    );
  });

  it('lists every invalid field at once', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id, fourOrOver);
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: { advocacy: {} },
    });
    expect(result.status).toBe(422);
    expect(Object.keys(fieldErrors(result.body))).toEqual(
      expect.arrayContaining([
        'heldOn',
        'participationCode',
        'participationMethod',
        'advocacy.offered',
      ]),
    );
  });

  it('answers 403 to an IRO for a child not allocated to them, to business support and to a team manager', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const other = childOf(ctx.db, staff(ctx.db, 'iro', 1).id, fourOrOver);
    const denied = await call('POST', `/children/${other.id}/reviews`, {
      token: iro.token,
      body: validBody(),
    });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe(
      'Only the child’s allocated IRO can record a review: this child is not allocated to you',
    );
    for (const role of ['business-support', 'team-manager'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const result = await call('POST', `/children/${other.id}/reviews`, {
        token,
        body: validBody(),
      });
      expect(result.status).toBe(403);
      expect(result.body.detail).toBe('Only the child’s allocated IRO can record a review');
    }
  });

  it('answers 401 without a session and 404 for an unknown child', async () => {
    expect((await call('POST', '/children/c_x/reviews', { body: validBody() })).status).toBe(401);
    const { token } = await signInAs(ctx.db, 'iro');
    expect((await call('POST', '/children/c_x/reviews', { token, body: validBody() })).status).toBe(
      404,
    );
  });
});

describe('PATCH /api/reviews/:id', () => {
  async function recorded() {
    const iro = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, iro.user.id, fourOrOver);
    const created = await call('POST', `/children/${child.id}/reviews`, {
      token: iro.token,
      body: {
        ...validBody(),
        decisions: 'The care plan is endorsed.',
        carePlanEndorsed: true,
        decisionsSentOn: TEST_TODAY,
      },
    });
    return { iro, child, review: reviewSchema.parse(created.body) };
  }

  it('lets the allocated IRO change a review, with before/after in the audit', async () => {
    const { iro, review } = await recorded();
    const result = await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: {
        version: 1,
        participationCode: 'PN6',
        participationMethod: 'consultation-form',
        recordOfReviewCompletedOn: TEST_TODAY,
      },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      version: 2,
      participationCode: 'PN6',
      recordOfReviewCompletedOn: TEST_TODAY,
    });
    const audit = await call('GET', `/audit-events?childId=${review.childId}`, {
      token: iro.token,
    });
    const event = audit.body.items.find((e: Json) => e.action === 'updated');
    expect(event.changes).toEqual(
      expect.arrayContaining([
        { field: 'participationCode', before: 'PN1', after: 'PN6' },
        { field: 'participationMethod', before: 'in-person', after: 'consultation-form' },
        { field: 'recordOfReviewCompletedOn', before: null, after: TEST_TODAY },
      ]),
    );
  });

  it('answers 409 with the current review when the version is stale', async () => {
    const { iro, review } = await recorded();
    await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: { version: 1, participationCode: 'PN2' },
    });
    const stale = await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: { version: 1, participationCode: 'PN3' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      id: review.id,
      version: 2,
      participationCode: 'PN2',
    });
    expect(ctx.db.get('reviews', review.id)!.participationCode).toBe('PN2');
  });

  it('refuses the sign-off to the IRO, even on their own child’s review (403, nothing changes)', async () => {
    const { iro, review } = await recorded();
    const own = await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: { version: 1, managerSignOffOn: TEST_TODAY },
    });
    expect(own.status).toBe(403);
    expect(own.body.detail).toBe(
      'Only a team manager can sign off a review’s decisions, after reading them on the sign-off page',
    );
    expect(ctx.db.get('reviews', review.id)).toMatchObject({ managerSignOffOn: null, version: 1 });
    // Sending the sign-off as it stands (unchanged) with other changes is fine.
    const unchanged = await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: { version: 1, managerSignOffOn: null, participationMethod: 'virtual' },
    });
    expect(unchanged.status).toBe(200);
  });

  it('refuses a team manager and business support (403): the manager signs off on the sign-off page', async () => {
    const { review } = await recorded();
    for (const role of ['team-manager', 'business-support'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const refused = await call('PATCH', `/reviews/${review.id}`, {
        token,
        body: { version: 1, managerSignOffOn: TEST_TODAY },
      });
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe(
        'Only the child’s allocated IRO can change a review: a team manager agrees or queries the decisions on the sign-off page',
      );
    }
    expect(ctx.db.get('reviews', review.id)).toMatchObject({ managerSignOffOn: null, version: 1 });
  });

  it('answers 422 when the decisions are sent without their words or the care plan answer, and 404 for an unknown review', async () => {
    const { iro, review } = await recorded();
    const blank = await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: { version: 1, decisions: '  ', carePlanEndorsed: null },
    });
    expect(blank.status).toBe(422);
    expect(fieldErrors(blank.body)).toMatchObject({
      decisions: 'Enter the decisions before the date they were sent',
      carePlanEndorsed:
        'Select whether the review endorsed the care plan before the date the decisions were sent',
    });
    expect(
      (await call('PATCH', '/reviews/rv_nope', { token: iro.token, body: { version: 1 } })).status,
    ).toBe(404);
  });
});

describe('the IRO’s quality checks and the record the sign-off reads', () => {
  const allYes = {
    permanencePlan: { answer: 'yes' },
    healthAssessment: { answer: 'yes', note: 'Done in January' },
    educationPlan: { answer: 'yes' },
    socialWorkerVisits: { answer: 'no', note: 'One visit missed in February' },
    toldAboutAdvocacy: { answer: 'yes' },
  };

  it('keeps the attendees, views, decisions and checks as recorded', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = reviewableChild(ctx.db, user.id);
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: reviewBody(TEST_TODAY, {
        attendees: [{ name: 'Sam Carer', role: 'Foster carer', method: 'video' }],
        childViews: 'Wants to stay at school',
        decisions: 'The plan is endorsed.',
        carePlanEndorsed: true,
        decisionsSentOn: TEST_TODAY,
        qualityChecks: allYes,
      }),
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      attendees: [{ name: 'Sam Carer', role: 'Foster carer', method: 'video' }],
      childViews: 'Wants to stay at school',
      decisions: 'The plan is endorsed.',
      carePlanEndorsed: true,
      qualityChecks: {
        healthAssessment: { answer: 'yes', note: 'Done in January' },
        educationPlan: { answer: 'yes', note: null },
      },
      signOffQueries: [],
      signedOffBy: null,
    });
  });

  it('answers 422 for “not applicable” where the check applies, a missing answer and a bad attendee', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    // A child of school age with a review already in the period: this is at least the second.
    const child = reviewableChild(ctx.db, user.id);
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: reviewBody(TEST_TODAY, {
        attendees: [{ name: ' ', role: 'Parent', method: 'carrier pigeon' }],
        qualityChecks: {
          ...allYes,
          permanencePlan: { answer: 'not-applicable' },
          educationPlan: { answer: 'not-applicable' },
        },
      }),
    });
    expect(result.status).toBe(422);
    const errors = fieldErrors(result.body);
    expect(errors['attendees.0.name']).toBe('Enter the name of the person who took part');
    expect(errors['attendees.0.method']).toBe('Select how the person took part');
    const afterShape = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: reviewBody(TEST_TODAY, {
        qualityChecks: {
          ...allYes,
          permanencePlan: { answer: 'not-applicable' },
          educationPlan: { answer: 'not-applicable' },
        },
      }),
    });
    const rules = fieldErrors(afterShape.body);
    expect(rules['qualityChecks.permanencePlan.answer']).toBe(
      'A permanence plan is expected by the second review: answer yes or no',
    );
    expect(rules['qualityChecks.educationPlan.answer']).toMatch(
      /^The child has been of compulsory school age since .+ and needs a personal education plan: answer yes or no$/,
    );
    const missing = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: reviewBody(TEST_TODAY, {
        qualityChecks: { ...allYes, toldAboutAdvocacy: { note: 'Not asked' } },
      }),
    });
    expect(fieldErrors(missing.body)['qualityChecks.toldAboutAdvocacy.answer']).toBe(
      'Select an answer to “Was the child told about advocacy and their entitlements?”',
    );
  });
});
