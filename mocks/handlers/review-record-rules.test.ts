// The rules that keep a review record from being silently corrupted: a review dated before the
// latest one is refused unless confirmed as a late entry; a review held late needs a reason from
// the council's list. (Withdrawing a review entered in error: review-withdrawal.test.ts.)
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, formatDate } from '@/domain';
import { childDetailSchema, reviewSchema, type Child, type ChildDetail } from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signIn, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 120 });

const body = (heldOn: string, extra: Record<string, unknown> = {}) => ({
  heldOn,
  participationCode: 'PN1',
  participationMethod: 'in-person',
  advocacy: { offered: true, referralMade: false },
  ...extra,
});

async function detail(token: string, childId: string): Promise<ChildDetail> {
  return childDetailSchema.parse((await call('GET', `/children/${childId}`, { token })).body);
}

/** The IRO's first child aged 5 or over whose record matches. */
async function childWhere(token: string, iroId: string, match: (child: ChildDetail) => boolean) {
  for (const id of ctx.db.childIdsOf(iroId)) {
    const child = ctx.db.get('children', id) as Child;
    if (ageOn(child.dateOfBirth, TEST_TODAY) < 5) continue;
    const record = await detail(token, id);
    if (record.nextReview !== null && match(record)) return record;
  }
  throw new Error('No matching child');
}

describe('POST /api/children/:id/reviews dated before the latest review (a late entry)', () => {
  /** A child with two reviews or more in the current period, far enough apart to fit one between. */
  async function backDating() {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = await childWhere(token, user.id, (c) => {
      const [a, b] = c.history.slice(-2);
      return a !== undefined && b !== undefined && b.held > addDays(a.held, 5);
    });
    const [previous, latest] = child.history.slice(-2) as [
      ChildDetail['history'][number],
      ChildDetail['history'][number],
    ];
    return { token, child, previous, latest, heldOn: addDays(previous.held, 2) };
  }

  it('is refused (422) without the confirmation and the reason, naming the later review', async () => {
    const { token, child, latest, heldOn } = await backDating();
    const refused = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(heldOn),
    });
    expect(refused.status).toBe(422);
    expect(fieldErrors(refused.body)).toEqual({
      'lateEntry.confirmed': `Confirm this is a late entry of a review that really happened: it is dated before the review held on ${formatDate(latest.held)}`,
      'lateEntry.reason': 'Enter the reason for the late entry',
    });
    const unconfirmed = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(heldOn, { lateEntry: { confirmed: false, reason: 'On paper' } }),
    });
    expect(Object.keys(fieldErrors(unconfirmed.body))).toEqual(['lateEntry.confirmed']);
    const tooLong = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(heldOn, { lateEntry: { confirmed: true, reason: 'x'.repeat(501) } }),
    });
    expect(fieldErrors(tooLong.body)).toEqual({
      'lateEntry.reason': 'Reason for the late entry must be 500 characters or fewer',
    });
    // Nothing was written.
    expect((await detail(token, child.id)).history).toEqual(child.history);
  });

  it('once confirmed, is recorded and renumbers the later reviews, with the reason in the audit', async () => {
    const { token, child, latest, heldOn } = await backDating();
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(heldOn, {
        lateEntry: { confirmed: true, reason: ' Recorded on paper at the time ' },
      }),
    });
    expect(result.status).toBe(201);
    const review = reviewSchema.parse(result.body);
    expect(review.lateEntry).toEqual({ reason: 'Recorded on paper at the time' });

    const after = await detail(token, child.id);
    const entered = after.history.find((h) => h.held === heldOn)!;
    const moved = after.history.find((h) => h.held === latest.held)!;
    expect(moved.sequence).toBe(latest.sequence + 1);
    expect(entered.sequence).toBe(latest.sequence);
    expect(moved.reason).toBe(`6 months after the review held on ${formatDate(heldOn)}`);

    const audit = await call('GET', `/audit-events?childId=${child.id}`, { token });
    expect(audit.body.items[0].summary).toContain(
      `as a late entry, dated before the review held on ${formatDate(latest.held)} (1 later review renumbered): Recorded on paper at the time`,
    );
  });

  it('a review after the latest needs no confirmation, and any sent is not kept', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = await childWhere(
      token,
      user.id,
      (c) => c.nextReview!.due >= TEST_TODAY && (c.history.at(-1)?.held ?? '') < TEST_TODAY,
    );
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(TEST_TODAY, {
        lateEntry: { confirmed: true, reason: 'Not needed' },
        lateReason: { code: 'child-unwell' },
      }),
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ lateEntry: null, lateReason: null });
  });
});

describe('a review held after its due date needs a reason from the council’s list', () => {
  /** A child whose next review is overdue, and their IRO signed in. */
  async function overdue() {
    for (const iro of [...ctx.db.all('staff')].filter((s) => s.role === 'iro' && s.active)) {
      const token = await signIn(iro.id);
      try {
        const child = await childWhere(token, iro.id, (c) => c.nextReview!.status === 'overdue');
        return { token, child, due: child.nextReview!.due };
      } catch {
        // None in this caseload: the next IRO's.
      }
    }
    throw new Error('No overdue review in the seed');
  }

  it('is refused (422) without a reason, with an unknown one, and Other without details', async () => {
    const { token, child, due } = await overdue();
    const post = (extra: Record<string, unknown>) =>
      call('POST', `/children/${child.id}/reviews`, { token, body: body(TEST_TODAY, extra) });
    expect(fieldErrors((await post({})).body)).toEqual({
      'lateReason.code': `Select why the review was held late: it was due on ${formatDate(due)}`,
    });
    expect(fieldErrors((await post({ lateReason: { code: 'the-weather' } })).body)).toEqual({
      'lateReason.code': 'Select a reason for holding the review late from the list',
    });
    expect(fieldErrors((await post({ lateReason: { code: 'other', details: ' ' } })).body)).toEqual(
      { 'lateReason.details': 'Enter details of why the review was held late' },
    );
    expect(
      fieldErrors((await post({ lateReason: { code: 'other', details: 'x'.repeat(501) } })).body),
    ).toEqual({
      'lateReason.details':
        'Details of why the review was held late must be 500 characters or fewer',
    });
  });

  it('is recorded with the reason in the list’s words, and the annual report counts it by reason', async () => {
    const { token, child } = await overdue();
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(TEST_TODAY, { lateReason: { code: 'other', details: 'The family were abroad' } }),
    });
    expect(result.status).toBe(201);
    expect(result.body.lateReason).toEqual({
      code: 'other',
      label: 'Other',
      details: 'The family were abroad',
    });
    const manager = await signInAs(ctx.db, 'team-manager');
    const report = await call('GET', '/reports/annual?from=2025-04-01&to=2026-03-31', {
      token: manager.token,
    });
    const late = report.body.lateReviews.value.items.find(
      (r: { childId: string; heldOn: string }) => r.childId === child.id && r.heldOn === TEST_TODAY,
    );
    expect(late).toMatchObject({ reason: 'Other: The family were abroad', reasonCode: 'other' });
    expect(report.body.lateReviewsByReason.value).toContainEqual(
      expect.objectContaining({ code: 'other', label: 'Other' }),
    );
    const overview = await call('GET', '/team/overview', { token: manager.token });
    expect(overview.body.yearToDate.lateByReason.value).toContainEqual(
      expect.objectContaining({ code: 'other' }),
    );
  });

  it('a change to the date or the reason is judged again; a sign-off is not', async () => {
    const { token, child } = await overdue();
    const created = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(TEST_TODAY, {
        lateReason: { code: 'iro-unavailable' },
        decisions: 'The care plan is endorsed.',
        carePlanEndorsed: true,
        decisionsSentOn: TEST_TODAY,
      }),
    });
    const refused = await call('PATCH', `/reviews/${created.body.id}`, {
      token,
      body: { version: 1, lateReason: null },
    });
    expect(Object.keys(fieldErrors(refused.body))).toEqual(['lateReason.code']);
    const manager = await signInAs(ctx.db, 'team-manager');
    const signedOff = await call('POST', `/reviews/${created.body.id}/sign-off`, {
      token: manager.token,
      body: { version: 1, decision: 'agree' },
    });
    expect(signedOff.status).toBe(200);
    expect(signedOff.body.lateReason.code).toBe('iro-unavailable');
  });

  it('offers the council’s own list (a setting, validated)', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const settings = (await call('GET', '/settings', { token: manager.token })).body;
    expect(settings.lateReviewReasons.map((r: { code: string }) => r.code)).toEqual([
      'child-unwell',
      'key-person-unavailable',
      'iro-unavailable',
      'placement-move',
      'other',
    ]);
    const { lateReviewReasons: _list, ...rest } = settings;
    const duplicate = await call('PUT', '/settings', {
      token: manager.token,
      body: {
        ...rest,
        lateReviewReasons: [
          { code: 'court', label: 'A court hearing' },
          { code: 'court', label: 'Court' },
        ],
      },
    });
    expect(fieldErrors(duplicate.body)).toEqual({
      'lateReviewReasons.1.code': 'Reason code court is used more than once',
    });
    const saved = await call('PUT', '/settings', {
      token: manager.token,
      body: { ...rest, lateReviewReasons: [{ code: 'court', label: 'A court hearing' }] },
    });
    expect(saved.status).toBe(200);
    // Left out of a later change, the list is kept.
    const kept = await call('PUT', '/settings', {
      token: manager.token,
      body: { ...rest, version: saved.body.version },
    });
    expect(kept.body.lateReviewReasons).toEqual([
      { code: 'court', label: 'A court hearing', detailsRequired: false },
    ]);

    const { token, child } = await overdue();
    const refused = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(TEST_TODAY, { lateReason: { code: 'child-unwell' } }),
    });
    expect(Object.keys(fieldErrors(refused.body))).toEqual(['lateReason.code']);
    const recorded = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(TEST_TODAY, { lateReason: { code: 'court' } }),
    });
    expect(recorded.body.lateReason).toEqual({
      code: 'court',
      label: 'A court hearing',
      details: null,
    });
  });

  it('a reason removed or reworded later leaves the reviews recorded with it as they were', async () => {
    const { token, child } = await overdue();
    const created = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: body(TEST_TODAY, { lateReason: { code: 'placement-move' } }),
    });
    expect(created.status).toBe(201);
    const manager = await signInAs(ctx.db, 'team-manager');
    const settings = (await call('GET', '/settings', { token: manager.token })).body;
    const changed = await call('PUT', '/settings', {
      token: manager.token,
      body: {
        ...settings,
        lateReviewReasons: [
          { code: 'child-unwell', label: 'The child was ill', detailsRequired: false },
          { code: 'other', label: 'Other', detailsRequired: true },
        ],
      },
    });
    expect(changed.status).toBe(200);

    // The annual report still shows the review with the reason, and the words, it was recorded with.
    const report = await call('GET', '/reports/annual?from=2025-04-01&to=2026-03-31', {
      token: manager.token,
    });
    const late = report.body.lateReviews.value.items.find(
      (r: { childId: string; heldOn: string }) => r.childId === child.id && r.heldOn === TEST_TODAY,
    );
    expect(late).toMatchObject({ reason: 'A placement move', reasonCode: 'placement-move' });
    expect(report.body.lateReviewsByReason.value).toContainEqual(
      expect.objectContaining({ code: 'placement-move', label: 'A placement move' }),
    );

    // Corrected later, the review may keep its reason, in the words it was recorded with.
    const corrected = await call('PATCH', `/reviews/${created.body.id}`, {
      token,
      body: {
        version: 1,
        decisions: 'The care plan is endorsed.',
        lateReason: { code: 'placement-move' },
      },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.lateReason).toEqual({
      code: 'placement-move',
      label: 'A placement move',
      details: null,
    });
  });
});
