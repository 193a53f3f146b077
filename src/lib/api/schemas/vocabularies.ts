// The API's vocabularies: every enumerated value a field may take.
import { z } from 'zod';
import { isParticipationCode } from '@/domain';

export const STAFF_ROLES = ['iro', 'team-manager', 'business-support'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const REVIEW_STATUSES = ['overdue', 'booked-late', 'at-risk', 'booked', 'on-track'] as const;
export const reviewStatusSchema = z.enum(REVIEW_STATUSES);

export const REVIEW_KINDS = ['first', 'second', 'subsequent'] as const;
export const reviewKindSchema = z.enum(REVIEW_KINDS);

export const RULE_SET_IDS = ['standard', 'short-breaks'] as const;
export const ruleSetIdSchema = z.enum(RULE_SET_IDS);

export const PARTICIPATION_CODE_VALUES = [
  'PN0',
  'PN1',
  'PN2',
  'PN3',
  'PN4',
  'PN5',
  'PN6',
  'PN7',
] as const;
export const participationCodeSchema = z
  .string({ error: 'Select how the child participated in the review' })
  .refine(isParticipationCode, { message: 'Participation code must be one of PN0 to PN7' })
  .meta({ enum: [...PARTICIPATION_CODE_VALUES] });

export const PARTICIPATION_METHOD_VALUES = [
  'in-person',
  'virtual',
  'hybrid',
  'via-advocate',
  'consultation-form',
] as const;
export const participationMethodSchema = z.enum(PARTICIPATION_METHOD_VALUES, {
  error: 'Select how the child took part in the review',
});

/** SSDA903 reason for new episode: S starts a new period of care; P, L, T, U, B continue it. */
export const REASON_FOR_NEW_EPISODE_VALUES = ['S', 'P', 'L', 'T', 'U', 'B'] as const;
export const reasonForNewEpisodeSchema = z.enum(REASON_FOR_NEW_EPISODE_VALUES);

export const MEETING_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;
export const meetingFormatSchema = z.enum(MEETING_FORMATS, {
  error: 'Select whether the meeting is in person, virtual or hybrid',
});

export const MEETING_STATUSES = ['booked', 'held', 'cancelled', 'postponed', 'adjourned'] as const;
export const meetingStatusSchema = z.enum(MEETING_STATUSES);

export const INVITEE_ROLES = [
  'child',
  'parent',
  'carer',
  'social-worker',
  'advocate',
  'health',
  'school',
  'interpreter',
  'other',
] as const;
export const inviteeRoleSchema = z.enum(INVITEE_ROLES, { error: 'Select the invitee’s role' });

export const CONTACT_METHODS = ['email', 'post', 'phone', 'in-person', 'app'] as const;
export const contactMethodSchema = z.enum(CONTACT_METHODS, {
  error: 'Select how the invitation is sent',
});

export const MIDPOINT_OUTCOMES = ['on-track', 'concerns', 'escalated'] as const;
export const midpointOutcomeSchema = z.enum(MIDPOINT_OUTCOMES, {
  error: 'Select the outcome of the midpoint check',
});

export const MIDPOINT_STATES = ['not-yet-due', 'due', 'done', 'missed'] as const;
export const midpointStateSchema = z.enum(MIDPOINT_STATES);

export const ADVOCACY_STATES = ['none', 'offered', 'referred', 'declined'] as const;
export const advocacyStateSchema = z.enum(ADVOCACY_STATES);

export const ESCALATION_STAGES = [1, 2, 3] as const;
export const escalationStageSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'Stage must be 1, 2 or 3',
});

export const AUDIT_ENTITIES = [
  'child',
  'review',
  'midpoint-check',
  'meeting',
  'escalation',
  'iro-contact',
  'settings',
  'document-template',
  'report',
] as const;
export const auditEntitySchema = z.enum(AUDIT_ENTITIES);

export const AUDIT_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'reallocated',
  'signed-off',
  'rescheduled',
  'postponed',
  'adjourned',
  'cancelled',
  'held',
  'advanced',
  'resolved',
  'referred-to-cafcass',
  'became-looked-after',
  'care-changed',
  'left-care',
  'returned-to-care',
  'allocated',
  'withdrawn',
  'queried',
  'query-answered',
  'recommendation-followed-up',
  'downloaded',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
