import { compareDates, formatDate, toDayNumber, type IsoDate } from './calendar';
import { DomainError } from './errors';
import { addWorkingDays, toCalendar, workingDaysBetween, type HolidaySource } from './working-days';

// Is a review meeting ready? Business support chase five things before the meeting: invitations,
// consultation documents sent and returned, the social worker's report, and the IRO having spoken
// to the child. None of the deadlines is in regulation: each is local practice, so the two lead
// times are settings (DEFAULT_READINESS_SETTINGS), and the two readings we chose are written down:
// - consultation documents are due back when the social worker's report is due, so the IRO reads
//   the child's and family's views with the report;
// - the IRO should have spoken to the child by the last working day before the meeting.

export interface ReadinessSettings {
  /** The social worker's report is due this many working days before the meeting. */
  socialWorkerReportWorkingDays: number;
  /**
   * Invitations and consultation documents should have gone this many working days before the
   * meeting; a meeting this close whose invitations have not all gone is flagged.
   */
  invitationsDueWorkingDays: number;
}

/** Local practice (not regulation): councils set their own. */
export const DEFAULT_READINESS_SETTINGS: Readonly<ReadinessSettings> = Object.freeze({
  socialWorkerReportWorkingDays: 5,
  invitationsDueWorkingDays: 10,
});

/** Invitee roles who are sent a consultation document by default (the child and their family). */
export const CONSULTATION_ROLES: readonly string[] = Object.freeze(['child', 'parent', 'carer']);

export interface ReadinessInvitee {
  role: string;
  name: string;
  invitationSentOn: IsoDate | null;
  consultationSentOn: IsoDate | null;
  consultationReturnedOn: IsoDate | null;
}

export interface ReadinessInput {
  /** The meeting date. */
  date: IsoDate;
  today: IsoDate;
  holidays: HolidaySource;
  settings?: ReadinessSettings;
  invitees: readonly ReadinessInvitee[];
  socialWorkerReportReceivedOn: IsoDate | null;
  iroSpokeToChildOn: IsoDate | null;
}

export type ReadinessCode =
  | 'invitations-sent'
  | 'consultation-sent'
  | 'consultation-returned'
  | 'social-worker-report'
  | 'iro-spoke-to-child';

/** done; to do (deadline not passed); late (deadline passed, not done). */
export type ReadinessState = 'done' | 'to-do' | 'late';

export interface ReadinessItem {
  code: ReadinessCode;
  label: string;
  /** The last day it should be done by. */
  due: IsoDate;
  state: ReadinessState;
  /** In words: what is done, what is missing and by when. */
  detail: string;
}

function assertLeadTime(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new DomainError(
      'invalid-argument',
      `${field} must be a whole number of working days, 0 or more: got ${value}`,
      field,
    );
  }
}

function names(list: readonly ReadinessInvitee[]): string {
  const all = list.map((invitee) => invitee.name);
  if (all.length <= 1) return all[0] ?? '';
  return `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}`;
}

function stateFor(done: boolean, due: IsoDate, today: IsoDate): ReadinessState {
  if (done) return 'done';
  return compareDates(today, due) > 0 ? 'late' : 'to-do';
}

function byWhen(state: ReadinessState, due: IsoDate): string {
  return state === 'late' ? `was due by ${formatDate(due)}` : `due by ${formatDate(due)}`;
}

/** The latest of some dates (null when none). */
function latest(dates: readonly (IsoDate | null)[]): IsoDate | null {
  return dates.reduce<IsoDate | null>(
    (max, date) => (date !== null && (max === null || date > max) ? date : max),
    null,
  );
}

/**
 * The readiness checklist of one meeting, in the order business support work through it. Each item
 * says in words what is done and what is missing; an item is 'late' when its deadline has passed.
 */
export function meetingReadiness(input: ReadinessInput): ReadinessItem[] {
  toDayNumber(input.date, 'date');
  toDayNumber(input.today, 'today');
  const settings = input.settings ?? DEFAULT_READINESS_SETTINGS;
  assertLeadTime(settings.invitationsDueWorkingDays, 'invitationsDueWorkingDays');
  assertLeadTime(settings.socialWorkerReportWorkingDays, 'socialWorkerReportWorkingDays');
  const calendar = toCalendar(input.holidays);
  const { date, today, invitees } = input;
  const invitationsDue = addWorkingDays(date, -settings.invitationsDueWorkingDays, calendar);
  const reportDue = addWorkingDays(date, -settings.socialWorkerReportWorkingDays, calendar);
  const dayBefore = addWorkingDays(date, -1, calendar);
  const items: ReadinessItem[] = [];

  // Invitations.
  const notInvited = invitees.filter((invitee) => invitee.invitationSentOn === null);
  {
    const done = invitees.length > 0 && notInvited.length === 0;
    const state = stateFor(done, invitationsDue, today);
    items.push({
      code: 'invitations-sent',
      label: 'Invitations sent',
      due: invitationsDue,
      state,
      detail:
        invitees.length === 0
          ? `No one has been invited yet: invitations ${byWhen(state, invitationsDue)}`
          : done
            ? `All ${invitees.length} sent, the last on ${formatDate(latest(invitees.map((i) => i.invitationSentOn)) ?? date)}`
            : `Not sent to ${names(notInvited)}: ${byWhen(state, invitationsDue)}`,
    });
  }

  // Consultation documents: to the child and family, and anyone else they were sent to.
  const consulted = invitees.filter(
    (invitee) => CONSULTATION_ROLES.includes(invitee.role) || invitee.consultationSentOn !== null,
  );
  {
    const notSent = consulted.filter((invitee) => invitee.consultationSentOn === null);
    const done = consulted.length > 0 && notSent.length === 0;
    const state = stateFor(done, invitationsDue, today);
    items.push({
      code: 'consultation-sent',
      label: 'Consultation documents sent',
      due: invitationsDue,
      state,
      detail:
        consulted.length === 0
          ? `No child, parent or carer is invited yet: consultation documents ${byWhen(state, invitationsDue)}`
          : done
            ? `Sent to ${names(consulted)}`
            : `Not sent to ${names(notSent)}: ${byWhen(state, invitationsDue)}`,
    });
  }
  {
    const sent = consulted.filter((invitee) => invitee.consultationSentOn !== null);
    const outstanding = sent.filter((invitee) => invitee.consultationReturnedOn === null);
    const done = sent.length > 0 && outstanding.length === 0;
    const state = stateFor(done, reportDue, today);
    items.push({
      code: 'consultation-returned',
      label: 'Consultation documents returned',
      due: reportDue,
      state,
      detail:
        sent.length === 0
          ? `None sent yet: returns ${byWhen(state, reportDue)}`
          : done
            ? `Returned by ${names(sent)}`
            : `Not returned by ${names(outstanding)}: ${byWhen(state, reportDue)}`,
    });
  }

  // The social worker's report.
  {
    const received = input.socialWorkerReportReceivedOn;
    const state = stateFor(received !== null, reportDue, today);
    items.push({
      code: 'social-worker-report',
      label: 'Social worker’s report received',
      due: reportDue,
      state,
      detail:
        received !== null
          ? `Received on ${formatDate(received)}${received > reportDue ? `, ${workingDaysBetween(reportDue, received, calendar)} working days after it was due on ${formatDate(reportDue)}` : ''}`
          : `Not received: ${byWhen(state, reportDue)} (${settings.socialWorkerReportWorkingDays} working days before the meeting)`,
    });
  }

  // The IRO has spoken to the child.
  {
    const spoke = input.iroSpokeToChildOn;
    const state = stateFor(spoke !== null, dayBefore, today);
    items.push({
      code: 'iro-spoke-to-child',
      label: 'IRO has spoken to the child',
      due: dayBefore,
      state,
      detail:
        spoke !== null
          ? `On ${formatDate(spoke)}`
          : `Not yet recorded: ${byWhen(state, dayBefore)}, the last working day before the meeting`,
    });
  }
  return items;
}

/**
 * True when the meeting is within `invitationsDueWorkingDays` working days (today on or after the
 * invitations' deadline, up to the meeting day) and someone has not been sent an invitation.
 */
export function invitationsOverdue(input: {
  date: IsoDate;
  today: IsoDate;
  holidays: HolidaySource;
  invitationsDueWorkingDays: number;
  invitees: readonly Pick<ReadinessInvitee, 'invitationSentOn'>[];
}): boolean {
  assertLeadTime(input.invitationsDueWorkingDays, 'invitationsDueWorkingDays');
  if (compareDates(input.date, input.today) < 0) return false;
  const due = addWorkingDays(input.date, -input.invitationsDueWorkingDays, input.holidays);
  if (compareDates(input.today, due) < 0) return false;
  return (
    input.invitees.length === 0 ||
    input.invitees.some((invitee) => invitee.invitationSentOn === null)
  );
}
