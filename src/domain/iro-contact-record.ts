import { addMonths, compareDates, formatDate, type IsoDate } from './calendar';
import { FieldProblemList, type FieldProblem } from './field-problems';

// The IRO's contacts with the child between reviews: the "footprint" inspectors look for (Ofsted
// ILACS Annex A, List 8, "date of the last IRO visit or contact").

export const IRO_CONTACT_TYPES = ['visit', 'phone-call', 'video-call', 'message'] as const;
export type IroContactType = (typeof IRO_CONTACT_TYPES)[number];

export const IRO_CONTACT_TYPE_LABELS: Record<IroContactType, string> = {
  visit: 'Visit',
  'phone-call': 'Phone call',
  'video-call': 'Video call',
  message: 'Message',
};

/** The longest note a contact keeps: a short note, not a case record. */
export const IRO_CONTACT_NOTE_LIMIT = 500;

/** The label of the contact's date, as the form and the API's schema word it. */
export const IRO_CONTACT_DATE_LABEL = 'Date of the contact';

/** The default of the setting `iroContactMonths`: "seen by the IRO in the last 6 months". */
export const DEFAULT_IRO_CONTACT_MONTHS = 6;

/**
 * Whether a contact of this type sees the child: a visit or a video call does (and so asks whether
 * the child was seen alone); a phone call or a message is a contact that does not.
 */
export function iroContactSeesChild(type: IroContactType): boolean {
  return type === 'visit' || type === 'video-call';
}

/** "a visit, seen alone", "a phone call": how the child's record words one contact. */
export function describeIroContact(contact: {
  type: IroContactType;
  seenAlone: boolean | null;
}): string {
  const type = `a ${IRO_CONTACT_TYPE_LABELS[contact.type].toLowerCase()}`;
  if (contact.seenAlone === null || !iroContactSeesChild(contact.type)) return type;
  return `${type}, ${contact.seenAlone ? 'seen alone' : 'not seen alone'}`;
}

/** The child's period of care the contact must fall in: its start, and the day they left (or null). */
export interface IroContactPeriod {
  start: IsoDate;
  end: IsoDate | null;
}

/**
 * A contact is on a date today or in the past, inside the child's period of care: not before they
 * became looked after (the period's start) and not after they left care (the day of leaving is
 * allowed: the IRO may see the child that day). Whether the child was seen alone is answered for a
 * visit or a video call, and only for them.
 */
export function iroContactProblems(
  contact: { contactOn: IsoDate | null; type: IroContactType; seenAlone: boolean | null },
  context: { today: IsoDate; period: IroContactPeriod | null },
): FieldProblem[] {
  const problems = new FieldProblemList();
  const field = 'contactOn';
  problems.notInFuture(field, IRO_CONTACT_DATE_LABEL, contact.contactOn, context.today);
  const period = context.period;
  if (period !== null) {
    problems.notBefore(
      field,
      `${IRO_CONTACT_DATE_LABEL} cannot be before the child became looked after on ${formatDate(period.start)}`,
      contact.contactOn,
      period.start,
    );
    if (
      period.end !== null &&
      contact.contactOn !== null &&
      compareDates(contact.contactOn, period.end) > 0
    ) {
      problems.add(
        field,
        `${IRO_CONTACT_DATE_LABEL} cannot be after the child left care on ${formatDate(period.end)}`,
      );
    }
  }
  if (iroContactSeesChild(contact.type)) {
    if (contact.seenAlone === null) {
      problems.add('seenAlone', 'Select whether the child was seen alone');
    }
  } else if (contact.seenAlone !== null) {
    problems.add('seenAlone', 'Only a visit or a video call says whether the child was seen alone');
  }
  return problems.list();
}

/** The first day that counts as "in the last `months` months" on `today`. */
export function iroContactWindowStart(today: IsoDate, months: number): IsoDate {
  return addMonths(today, -months);
}

/**
 * Whether the IRO has seen the child (a visit or a video call) in the last `months` months on
 * `today`: the last time seen is on or after the same day `months` months ago.
 */
export function seenByIroWithin(
  lastSeenOn: IsoDate | null,
  today: IsoDate,
  months: number,
): boolean {
  return (
    lastSeenOn !== null &&
    compareDates(lastSeenOn, iroContactWindowStart(today, months)) >= 0 &&
    compareDates(lastSeenOn, today) <= 0
  );
}

/** The latest day the child was seen (a visit or video call) among contacts on or before `asAt`. */
export function lastSeenByIroOn(
  contacts: readonly { contactOn: IsoDate; type: IroContactType }[],
  asAt: IsoDate,
): IsoDate | null {
  let last: IsoDate | null = null;
  for (const contact of contacts) {
    if (!iroContactSeesChild(contact.type) || compareDates(contact.contactOn, asAt) > 0) continue;
    if (last === null || compareDates(contact.contactOn, last) > 0) last = contact.contactOn;
  }
  return last;
}
