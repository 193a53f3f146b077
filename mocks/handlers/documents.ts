import {
  DEFAULT_DOCUMENT_TEMPLATES,
  DELIVERY_INSTRUCTION,
  DOCUMENT_KIND_NAMES,
  DOCUMENT_KINDS,
  DOCUMENT_PLACEHOLDERS,
  consultationKindFor,
  isDocumentKind,
  meetingDocumentValues,
  meetingReadiness,
  renderTemplate,
  reviewDocumentValues,
  templateProblems,
  type DocumentKind,
  type DocumentPeople,
  type PlaceholderValues,
} from '@/domain';
import {
  updateDocumentTemplateBodySchema,
  type Child,
  type DocumentTemplate,
  type MeetingDocuments,
  type RenderedDocument,
  type ReviewDocuments,
} from '@/lib/api/schemas';
import { readinessSettings, withReadinessFields } from '../booking-compute';
import { workingDayCalendar as calendar } from '../calendar';
import { heldReviewsOf, summariseChild } from '../compute';
import type { Database } from '../db/database';
import type { StoredDocumentTemplate } from '../db/types';
import { problems } from '../http/problem';
import { route } from '../http/route';
import {
  assertVersion,
  auditEvent,
  changesBetween,
  loadChild,
  loadStaffName,
  nowInstant,
} from '../http/support';
import { json, readBody } from '../http/validation';
import { loadReview } from './review-support';

// The council's document templates, and documents written from them. Who may see a document
// follows who may see what it is written from: a meeting's invitations and consultation forms
// (the booking view: business support too), a review's letter and decisions summary (review
// content: the allocated IRO and team managers).

/** The stored template, or the default for a database stored before templates existed. */
function storedTemplate(db: Database, kind: DocumentKind): StoredDocumentTemplate {
  return (
    db.get('documentTemplates', kind) ?? {
      id: kind,
      ...DEFAULT_DOCUMENT_TEMPLATES[kind],
      version: 1,
      updatedAt: null,
      updatedBy: null,
    }
  );
}

function templateView(stored: StoredDocumentTemplate): DocumentTemplate {
  return {
    ...stored,
    kind: stored.id,
    name: DOCUMENT_KIND_NAMES[stored.id],
    placeholders: [...DOCUMENT_PLACEHOLDERS[stored.id]],
  };
}

function peopleOf(db: Database, child: Child): DocumentPeople {
  return {
    councilName: db.meta.settings.councilName,
    child: { givenName: child.givenName, familyName: child.familyName, childRef: child.childRef },
    iroName:
      child.iroId === null ? 'your Independent Reviewing Officer' : loadStaffName(db, child.iroId),
    socialWorkerName: child.socialWorker.name,
    today: db.today,
  };
}

function render(
  db: Database,
  kind: DocumentKind,
  id: string,
  values: PlaceholderValues,
  recipient: RenderedDocument['recipient'],
): RenderedDocument {
  const template = storedTemplate(db, kind);
  return {
    id,
    kind,
    name: DOCUMENT_KIND_NAMES[kind],
    title: renderTemplate(template.title, values),
    text: renderTemplate(template.body, values),
    recipient,
  };
}

const childView = (child: Child): MeetingDocuments['child'] => ({
  id: child.id,
  childRef: child.childRef,
  givenName: child.givenName,
  familyName: child.familyName,
});

export const documentHandlers = [
  route('listDocumentTemplates', ({ db }) =>
    json({ templates: DOCUMENT_KINDS.map((kind) => templateView(storedTemplate(db, kind))) }),
  ),

  route('updateDocumentTemplate', async ({ request, db, params, user }) => {
    const kind = params.kind ?? '';
    if (!isDocumentKind(kind)) throw problems.notFound('document template', kind);
    const body = await readBody(request, updateDocumentTemplateBodySchema);
    const before = storedTemplate(db, kind);
    assertVersion(before, body.version, () => templateView(before), 'template');
    const found = templateProblems(kind, body);
    if (found.length > 0) throw problems.validation(found);
    const after: StoredDocumentTemplate = {
      ...before,
      title: body.title.trim(),
      body: body.body,
      version: before.version + 1,
      updatedAt: nowInstant(db),
      updatedBy: { id: user.id, name: user.name },
    };
    await db.commit({
      puts: {
        documentTemplates: [after],
        auditEvents: [
          auditEvent(db, user, {
            entity: 'document-template',
            entityId: kind,
            childId: null,
            action: 'updated',
            summary: `${user.name} changed the template: ${DOCUMENT_KIND_NAMES[kind]}`,
            changes: changesBetween(
              { title: before.title, body: before.body },
              { title: after.title, body: after.body },
            ),
          }),
        ],
      },
      deletes: {},
    });
    return json(templateView(after));
  }),

  route('getMeetingDocuments', ({ db, params, user }) => {
    const stored = db.get('meetings', params.meetingId ?? '');
    if (stored === undefined) throw problems.notFound('meeting', params.meetingId ?? '');
    const child = loadChild(db, stored.childId);
    if (user.role === 'iro' && stored.iroId !== user.id && child.iroId !== user.id) {
      throw problems.forbidden('You can only see the meetings you chair');
    }
    const meeting = withReadinessFields(stored);
    const returnBy =
      meetingReadiness({
        date: meeting.date,
        today: db.today,
        holidays: calendar,
        settings: readinessSettings(db),
        invitees: meeting.invitees,
        socialWorkerReportReceivedOn: meeting.socialWorkerReportReceivedOn,
        iroSpokeToChildOn: meeting.iroSpokeToChildOn,
      }).find((item) => item.code === 'consultation-returned')?.due ?? null;
    const people = peopleOf(db, child);
    const documents: RenderedDocument[] = [];
    const noConsultation: MeetingDocuments['noConsultation'] = [];
    for (const invitee of meeting.invitees) {
      const values = meetingDocumentValues(people, meeting, invitee, returnBy);
      const recipient = {
        name: invitee.name,
        role: invitee.role,
        contactMethod: invitee.contactMethod,
        delivery: DELIVERY_INSTRUCTION[invitee.contactMethod],
      };
      documents.push(render(db, 'invitation', `invitation-${invitee.id}`, values, recipient));
    }
    for (const invitee of meeting.invitees) {
      const kind = consultationKindFor(invitee.role, child.dateOfBirth, meeting.date);
      if (kind === null) {
        noConsultation.push({
          name: invitee.name,
          reason:
            invitee.role === 'child'
              ? 'Under 4 on the day of the meeting: the IRO gathers their views another way'
              : 'Professionals send their views in their own reports',
        });
        continue;
      }
      const values = meetingDocumentValues(people, meeting, invitee, returnBy);
      const recipient = {
        name: invitee.name,
        role: invitee.role,
        contactMethod: invitee.contactMethod,
        delivery: DELIVERY_INSTRUCTION[invitee.contactMethod],
      };
      documents.push(render(db, kind, `consultation-${invitee.id}`, values, recipient));
    }
    const body: MeetingDocuments = {
      meetingId: meeting.id,
      meetingDate: meeting.date,
      child: childView(child),
      documents,
      noConsultation,
    };
    return json(body);
  }),

  route('getReviewDocuments', ({ db, params, user }) => {
    const { review, child } = loadReview(db, params.reviewId);
    if (user.role === 'iro' && child.iroId !== user.id) {
      throw problems.forbidden(
        'You can only see the letters and decisions of children allocated to you',
      );
    }
    if (review.withdrawn !== null) {
      throw problems.validation([
        {
          field: 'withdrawn',
          message: 'This review was withdrawn as entered in error: it has no letter or decisions',
        },
      ]);
    }
    const held = heldReviewsOf(db, child.id).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    const later = held.find((each) => each.heldOn > review.heldOn);
    const nextDue = later?.heldOn ?? summariseChild(db, child).nextReview.due;
    const values = reviewDocumentValues(peopleOf(db, child), review, nextDue);
    const body: ReviewDocuments = {
      reviewId: review.id,
      heldOn: review.heldOn,
      child: childView(child),
      documents: [
        render(db, 'letter-to-child', 'letter-to-child', values, null),
        render(db, 'decisions-summary', 'decisions-summary', values, null),
      ],
    };
    return json(body);
  }),
];
