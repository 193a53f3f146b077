import { addDays, compareDates } from '@/domain';
import { operation, roleMayCall, roleRefusal, type OperationId } from '@/lib/api/operations';
import {
  DRAFT_KEY_MESSAGE,
  DRAFT_RETENTION_DAYS,
  MAX_DRAFTS_PER_PERSON,
  parseDraftKey,
  saveDraftBodySchema,
  type Draft,
  type DraftForm,
  type DraftList,
  type DraftSummary,
  type StaffMember,
} from '@/lib/api/schemas';
import type { Database } from '../db/database';
import type { DraftRecord } from '../db/types';
import { problems } from '../http/problem';
import { route } from '../http/route';
import { assertAllocatedIro, loadChild, nowInstant } from '../http/support';
import { json, readBody } from '../http/validation';

// A person's drafts of forms (src/lib/use-form-draft.ts autosaves them). Each is stored under the
// person's id, so nobody can name another's; and each form's draft is refused exactly as the
// form's own operation would refuse the person (its roles, then the allocation rules), read or
// written, so a draft about a child moved to another IRO is no longer theirs to see.

function careEventCheck(db: Database, _user: StaffMember, childId: string): void {
  loadChild(db, childId);
}

/** What each form saves with, and the allocation check its own operation makes. */
const FORMS: Record<
  DraftForm,
  { operationId: OperationId; check: (db: Database, user: StaffMember, subjectId: string) => void }
> = {
  'record-review': {
    operationId: 'recordReview',
    check: (db, user, childId) => {
      assertAllocatedIro(user, loadChild(db, childId), 'record a review');
    },
  },
  'change-review': {
    operationId: 'updateReview',
    check: (db, user, reviewId) => {
      const review = db.get('reviews', reviewId);
      if (review === undefined) throw problems.notFound('review', reviewId);
      assertAllocatedIro(user, loadChild(db, review.childId), 'change a review');
    },
  },
  'record-midpoint-check': {
    operationId: 'recordMidpointCheck',
    check: (db, user, childId) => {
      assertAllocatedIro(user, loadChild(db, childId), 'record a midpoint check');
    },
  },
  'record-iro-contact': {
    operationId: 'recordIroContact',
    check: (db, user, childId) => {
      assertAllocatedIro(user, loadChild(db, childId), 'record a contact with the child');
    },
  },
  'raise-escalation': {
    operationId: 'raiseEscalation',
    check: (db, user, childId) => {
      assertAllocatedIro(user, loadChild(db, childId), 'raise an escalation');
    },
  },
  'book-meeting': {
    operationId: 'bookMeeting',
    check: (db, _user, childId) => {
      loadChild(db, childId);
    },
  },
  // The care events: recorded for any child by the care recorders (the operation's roles).
  'record-care-change': { operationId: 'recordCareEvent', check: careEventCheck },
  'record-leaving': { operationId: 'recordCareEvent', check: careEventCheck },
  'record-return': { operationId: 'recordCareEvent', check: careEventCheck },
  'reschedule-meeting': {
    operationId: 'updateMeeting',
    check: (db, _user, meetingId) => {
      if (db.get('meetings', meetingId) === undefined) {
        throw problems.notFound('meeting', meetingId);
      }
    },
  },
};

/** The key from the address, checked, and the person's right to the form it names. */
function assertMayDraft(db: Database, user: StaffMember, key: string): void {
  const parsed = parseDraftKey(key);
  if (parsed === null)
    throw problems.validation([{ field: 'formKey', message: DRAFT_KEY_MESSAGE }]);
  const form = FORMS[parsed.form];
  const op = operation(form.operationId);
  if (!roleMayCall(form.operationId, user.role)) {
    throw problems.forbidden(op.refusal ?? roleRefusal(user.role, op.roles ?? []));
  }
  form.check(db, user, parsed.subjectId);
}

function mayDraft(db: Database, user: StaffMember, key: string): boolean {
  try {
    assertMayDraft(db, user, key);
    return true;
  } catch {
    return false;
  }
}

function draftId(user: StaffMember, key: string): string {
  return `${user.id}:${key}`;
}

/** Saved before the retention window (DRAFT_RETENTION_DAYS before the mock's today). */
function expired(db: Database, draft: DraftRecord): boolean {
  const oldest = addDays(db.today, -DRAFT_RETENTION_DAYS);
  return compareDates(draft.savedAt.slice(0, 10), oldest) < 0;
}

function summaryOf(draft: DraftRecord): DraftSummary {
  return { key: draft.key, recordVersion: draft.recordVersion, savedAt: draft.savedAt };
}

function liveDraft(db: Database, user: StaffMember, key: string): DraftRecord {
  const draft = db.get('drafts', draftId(user, key));
  if (draft === undefined || expired(db, draft)) throw problems.notFound('draft', key);
  return draft;
}

export const draftHandlers = [
  route('listDrafts', ({ db, user }) => {
    const items = [...db.all('drafts')]
      .filter((draft) => draft.staffId === user.id && !expired(db, draft))
      .filter((draft) => mayDraft(db, user, draft.key))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
      .map(summaryOf);
    return json({ items } satisfies DraftList);
  }),

  route('getDraft', ({ db, user, params }) => {
    const key = params.formKey ?? '';
    assertMayDraft(db, user, key);
    const draft = liveDraft(db, user, key);
    return json({ ...summaryOf(draft), values: draft.values } satisfies Draft);
  }),

  route('saveDraft', async ({ request, db, user, params }) => {
    const key = params.formKey ?? '';
    assertMayDraft(db, user, key);
    const body = await readBody(request, saveDraftBodySchema);
    const id = draftId(user, key);
    // Everyone's drafts past the retention go with any save (drafts are never counted or listed
    // for anyone else, so nothing needs them sooner).
    const old = [...db.all('drafts')].filter((draft) => expired(db, draft)).map((d) => d.id);
    const kept = [...db.all('drafts')].filter(
      (draft) => draft.staffId === user.id && draft.id !== id && !old.includes(draft.id),
    );
    if (kept.length >= MAX_DRAFTS_PER_PERSON) {
      throw problems.validation([
        {
          field: 'formKey',
          message: `You have ${MAX_DRAFTS_PER_PERSON} drafts: save or discard one of them first`,
        },
      ]);
    }
    const draft: DraftRecord = {
      id,
      staffId: user.id,
      key,
      values: body.values,
      recordVersion: body.recordVersion,
      savedAt: nowInstant(db),
    };
    await db.commit({ puts: { drafts: [draft] }, deletes: { drafts: old } });
    return json(summaryOf(draft));
  }),

  route('deleteDraft', async ({ db, user, params }) => {
    const key = params.formKey ?? '';
    assertMayDraft(db, user, key);
    const id = draftId(user, key);
    if (db.get('drafts', id) !== undefined) {
      await db.commit({ puts: {}, deletes: { drafts: [id] } });
    }
    return new Response(null, { status: 204 });
  }),
];
