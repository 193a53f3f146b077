import {
  addMinutesToLocalTime,
  compareDates,
  DEFAULT_SLOT_COUNT,
  findClashes,
  formatDateWithWeekday,
  isTimeOfDay,
  meetingClashMessage,
  meetingDateWarnings,
  suggestSlots,
  type IsoDate,
  type MeetingDateWarning,
  type SuggestedSlot,
} from '@/domain';
import { Button, LoadingState, Table, WarningText } from '@/components';
import type { MeetingListItem } from '@/lib/api/schemas';
import { useSettings, useToday } from '@/lib/session';
import { useBankHolidays } from '@/lib/queries/get-bank-holidays';
import { useIroDiary } from '../api/get-iro-meetings';
import { MEETING_STATUS_LABELS } from '../lib/labels';

export interface DateCheckInput {
  /** The chosen date, or null while it is not a real date. */
  date: IsoDate | null;
  startTime: string;
  durationMinutes: number;
  /** The review's due date. */
  due: IsoDate;
  iroId: string;
  iroName: string;
  /** The meeting being moved (it does not clash with itself). */
  meetingId?: string;
  /** Where the meeting being moved is now: not offered as a suggestion. */
  current?: { date: IsoDate; startTime: string };
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** The wall-clock time in England now, 'HH:MM'. */
function londonTimeNow(): string {
  return LONDON_TIME.format(new Date());
}

function endOf(meeting: { date: IsoDate; startTime: string; durationMinutes: number }): string {
  return addMinutesToLocalTime(meeting.date, meeting.startTime, meeting.durationMinutes).time;
}

/** The domain's words, as in the backend's 422, so the person sees one message whichever catches it. */
export function clashMessage(iroName: string, clash: MeetingListItem): string {
  return meetingClashMessage(iroName, clash, clash.child.childRef);
}

/**
 * Everything the booking form checks about a date and time, each in words: warnings (after the due
 * date, weekend, bank holiday, in the past, beyond the holiday data) that do not stop a booking,
 * clashes in the IRO's diary that do, the IRO's other meetings that day, and suggested slots on the
 * latest in-timescale working days with free time.
 */
export function useDateChecks(input: DateCheckInput) {
  const today = useToday();
  const settings = useSettings();
  const holidays = useBankHolidays();
  const { date, startTime, durationMinutes, due, iroId, meetingId, current } = input;
  // The IRO's diary from today to the due date: for suggestions.
  const beforeDue = compareDates(due, today) >= 0;
  const diary = useIroDiary({ iroId, from: today, to: beforeDue ? due : today }, beforeDue);
  // The chosen day.
  const day = useIroDiary({ iroId, from: date ?? today, to: date ?? today }, date !== null);

  const others = (meetings: readonly MeetingListItem[]) =>
    meetings.filter((meeting) => meeting.id !== meetingId);

  const warnings: MeetingDateWarning[] =
    date !== null && holidays.data
      ? meetingDateWarnings({
          date,
          due,
          today,
          holidays: holidays.data.calendar,
          holidayTitles: holidays.data.titles,
          time: { startTime, durationMinutes },
          workingHours: settings.meetingWorkingHours,
        })
      : [];
  const dayMeetings = date !== null && day.data ? others(day.data) : [];
  const validTime = isTimeOfDay(startTime);
  const clashes =
    date !== null && validTime && day.data
      ? findClashes(
          { id: meetingId ?? null, iroId, date, startTime, durationMinutes },
          others(day.data),
        )
      : [];
  const slots: SuggestedSlot[] =
    beforeDue && holidays.data && diary.data
      ? suggestSlots({
          due,
          today,
          iroMeetings: others(diary.data),
          holidays: holidays.data.calendar,
          durationMinutes,
          // Slots today that have already started are not offered.
          nowTime: londonTimeNow(),
          // One more, in case the meeting's own slot is among them.
          count: DEFAULT_SLOT_COUNT + 1,
        })
          .filter(
            (slot) =>
              current === undefined ||
              slot.date !== current.date ||
              slot.startTime !== current.startTime,
          )
          .slice(0, DEFAULT_SLOT_COUNT)
      : [];
  return {
    warnings,
    clashes,
    dayMeetings,
    slots,
    afterDue: date !== null && compareDates(date, due) > 0,
    loading: holidays.isPending || (date !== null && day.isPending),
    slotsLoading: beforeDue && (holidays.isPending || diary.isPending),
    beforeDue,
  };
}

export type DateChecks = ReturnType<typeof useDateChecks>;

export type DateChecksPanelProps = {
  checks: DateChecks;
  input: DateCheckInput;
  onUseSlot: (slot: SuggestedSlot) => void;
};

/** Shows the checks in words beside the date and time fields. */
export function DateChecksPanel({ checks, input, onUseSlot }: DateChecksPanelProps) {
  const { warnings, clashes, dayMeetings, slots } = checks;
  return (
    <div className="app-date-checks">
      <div aria-live="polite" aria-atomic="false">
        {warnings.map((warning) => (
          <WarningText key={warning.code}>{warning.message}</WarningText>
        ))}
        {clashes.map((clash) => (
          <div key={clash.id} className="govuk-error-message app-date-checks__clash">
            <span className="govuk-visually-hidden">Error:</span> Clash:{' '}
            {clashMessage(input.iroName, clash)}
          </div>
        ))}
      </div>

      {input.date !== null && (
        <>
          <h3 className="govuk-heading-s">
            {input.iroName}’s other meetings on {formatDateWithWeekday(input.date)}
          </h3>
          {checks.loading ? (
            <LoadingState label="Loading the IRO’s diary" />
          ) : dayMeetings.length === 0 ? (
            <p className="govuk-body">No other meetings that day.</p>
          ) : (
            <Table
              caption={`${input.iroName}’s other meetings that day`}
              captionClassName="govuk-visually-hidden"
              head={[{ content: 'Time' }, { content: 'Child' }, { content: 'Status' }]}
              rowKeys={dayMeetings.map((meeting) => meeting.id)}
              rows={dayMeetings.map((meeting) => [
                { content: `${meeting.startTime} to ${endOf(meeting)}` },
                { content: meeting.child.childRef },
                { content: MEETING_STATUS_LABELS[meeting.status] },
              ])}
            />
          )}
        </>
      )}

      <h3 className="govuk-heading-s">Suggested dates in timescale</h3>
      {!checks.beforeDue ? (
        <p className="govuk-body">
          The review is already overdue: there is no date left in timescale. Book the earliest date
          you can.
        </p>
      ) : checks.slotsLoading ? (
        <LoadingState label="Finding free times" />
      ) : slots.length === 0 ? (
        <p className="govuk-body">
          {input.iroName} has no free working day left before the review is due.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            The latest working days on or before the due date when {input.iroName} is free for the
            length of this meeting:
          </p>
          <ul className="govuk-list">
            {slots.map((slot) => (
              <li key={`${slot.date}-${slot.startTime}`}>
                <Button
                  type="button"
                  variant="secondary"
                  className="govuk-!-margin-bottom-2"
                  onClick={() => {
                    onUseSlot(slot);
                  }}
                >
                  Use {formatDateWithWeekday(slot.date)} at {slot.startTime}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
