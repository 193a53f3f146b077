// The documents IROs and business support send: the council's templates (src/domain/
// document-templates.ts checks them) and documents written from them for a meeting or a review.
import { z } from 'zod';
import { DOCUMENT_KINDS } from '@/domain';
import { idSchema, instantSchema, isoDateSchema, versionField } from './common';
import { contactMethodSchema, inviteeRoleSchema } from './vocabularies';

export const documentKindSchema = z
  .enum(DOCUMENT_KINDS, { error: 'Choose a kind of document from the list' })
  .meta({ id: 'DocumentKind' });

export const placeholderSchema = z
  .object({ name: z.string(), description: z.string() })
  .meta({ id: 'Placeholder' });

export const documentTemplateSchema = z
  .object({
    id: documentKindSchema,
    kind: documentKindSchema,
    /** What the document is, in words ("Invitation to the review"). */
    name: z.string(),
    title: z.string(),
    body: z.string(),
    /** The placeholders this kind may use, each with what it stands for. */
    placeholders: z.array(placeholderSchema),
    version: z.number().int(),
    /** null: the default the council started with, never changed. */
    updatedAt: instantSchema.nullable(),
    updatedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
  })
  .meta({ id: 'DocumentTemplate' });
export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;

export const documentTemplateListSchema = z
  .object({ templates: z.array(documentTemplateSchema) })
  .meta({ id: 'DocumentTemplateList' });
export type DocumentTemplateList = z.infer<typeof documentTemplateListSchema>;

/** PUT /document-templates/{kind}: the domain's templateProblems says what is wrong (422). */
export const updateDocumentTemplateBodySchema = z
  .strictObject({
    title: z.string({ error: 'Enter the document’s title' }),
    body: z.string({ error: 'Enter the text of the template' }),
    version: versionField,
  })
  .meta({ id: 'UpdateDocumentTemplateBody' });
export type UpdateDocumentTemplateBody = z.input<typeof updateDocumentTemplateBodySchema>;

export const renderedDocumentSchema = z
  .object({
    /** Stable within the response: the kind, and the invitee for a meeting's documents. */
    id: z.string(),
    kind: documentKindSchema,
    name: z.string(),
    title: z.string(),
    text: z.string(),
    /** Who it is for (a meeting's documents): their contact method says how it is sent. */
    recipient: z
      .object({
        name: z.string(),
        role: inviteeRoleSchema,
        contactMethod: contactMethodSchema,
        /** What to do with it: "Send by email", "Print and post as a letter". */
        delivery: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'RenderedDocument' });
export type RenderedDocument = z.infer<typeof renderedDocumentSchema>;

const documentChildSchema = z.object({
  id: idSchema,
  childRef: z.string(),
  givenName: z.string(),
  familyName: z.string(),
});

/** GET /meetings/{meetingId}/documents: invitations and consultation forms (no review content). */
export const meetingDocumentsSchema = z
  .object({
    meetingId: idSchema,
    meetingDate: isoDateSchema,
    child: documentChildSchema,
    documents: z.array(renderedDocumentSchema),
    /** Invitees given no consultation form, and why (a professional; a child under 4). */
    noConsultation: z.array(z.object({ name: z.string(), reason: z.string() })),
  })
  .meta({ id: 'MeetingDocuments' });
export type MeetingDocuments = z.infer<typeof meetingDocumentsSchema>;

/** GET /reviews/{reviewId}/documents: the letter to the child and the decisions summary. */
export const reviewDocumentsSchema = z
  .object({
    reviewId: idSchema,
    heldOn: isoDateSchema,
    child: documentChildSchema,
    documents: z.array(renderedDocumentSchema),
  })
  .meta({ id: 'ReviewDocuments' });
export type ReviewDocuments = z.infer<typeof reviewDocumentsSchema>;
