// The team calendar shown two ways: a grid (a real table, a column per weekday and a row per
// week) and, as its accessible alternative, a list of each day's meetings in a table per day.
import { Table, Tag } from '@/components';
import {
  formatDate,
  formatDateWithWeekday,
  type CalendarDay,
  type CalendarLayout,
  type IsoDate,
} from '@/domain';
import type { CalendarMeetingItem } from '@/lib/api/schemas';
import { CalendarMeetingLink, CalendarMeetingMarks } from './calendar-meeting';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface ViewProps {
  layout: CalendarLayout<CalendarMeetingItem>;
  today: IsoDate;
  /** Whose meetings they are (an IRO's own calendar does not repeat their name). */
  showIro: boolean;
  childOf: (meetingId: string) => string | undefined;
}

function periodCaption(layout: CalendarLayout<CalendarMeetingItem>): string {
  const { period } = layout;
  if (period.view === 'day') return `Meetings on ${formatDateWithWeekday(period.date)}`;
  if (period.view === 'week') return `Meetings from ${period.label}`;
  return `Meetings in ${period.label}`;
}

function dayText(day: CalendarDay<CalendarMeetingItem>): string {
  return formatDate(day.date).replace(/ \d{4}$/, '');
}

function GridDay({
  day,
  today,
  showIro,
  childOf,
}: Omit<ViewProps, 'layout'> & { day: CalendarDay<CalendarMeetingItem> }) {
  const classes = [
    'govuk-table__cell',
    'app-calendar__day',
    day.inPeriod ? '' : 'app-calendar__day--outside',
    day.date === today ? 'app-calendar__day--today' : '',
  ].filter(Boolean);
  return (
    <td className={classes.join(' ')}>
      <p className="app-calendar__date">
        <span className="app-calendar__weekday">
          {formatDateWithWeekday(day.date).split(' ')[0]}{' '}
        </span>
        {dayText(day)}
        {day.date === today && (
          <>
            {' '}
            <Tag colour="grey" className="app-calendar__tag">
              Today
            </Tag>
          </>
        )}
      </p>
      {day.meetings.length === 0 ? (
        <p className="govuk-body-s app-calendar__none">No meetings</p>
      ) : (
        <ul className="govuk-list app-calendar__meetings">
          {day.meetings.map((meeting) => (
            <li
              key={meeting.id}
              className={
                meeting.clashes.length > 0 || meeting.outsideTimescale
                  ? 'app-calendar__meeting app-calendar__meeting--marked'
                  : 'app-calendar__meeting'
              }
            >
              <span className="app-calendar__time">
                {meeting.startTime} to {meeting.endTime}
              </span>{' '}
              <CalendarMeetingLink meeting={meeting} />
              {showIro && <span className="app-calendar__iro">{meeting.iro.name}</span>}
              <CalendarMeetingMarks meeting={meeting} childOf={childOf} />
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}

/** The grid: a table with a caption, a header per weekday and a row per week. */
export function CalendarGrid({ layout, ...props }: ViewProps) {
  const firstWeek = layout.weeks[0] ?? [];
  const columns =
    layout.period.view === 'day'
      ? [formatDateWithWeekday(layout.period.date).split(' ')[0] ?? '']
      : WEEKDAYS.slice(0, firstWeek.length);
  return (
    <div className="app-calendar__scroll">
      <table className="govuk-table app-table--stacked app-calendar__grid">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {periodCaption(layout)}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((name) => (
              <th key={name} scope="col" className="govuk-table__header">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {layout.weeks.map((week) => (
            <tr key={week[0]?.date} className="govuk-table__row">
              {week.map((day) => (
                <GridDay key={day.date} day={day} {...props} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The list: each day with meetings, in a table of its own (time, child, IRO, what to know). */
export function CalendarList({ layout, showIro, childOf }: ViewProps) {
  const days = layout.weeks.flat().filter((day) => day.inPeriod && day.meetings.length > 0);
  if (days.length === 0) {
    return (
      <p className="govuk-body">{periodCaption(layout).replace(/^Meetings/, 'No meetings')}.</p>
    );
  }
  return (
    <>
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`calendar-day-${day.date}`}>
          <h3 className="govuk-heading-s" id={`calendar-day-${day.date}`}>
            {formatDateWithWeekday(day.date)}
          </h3>
          <Table
            caption={`Meetings on ${formatDateWithWeekday(day.date)}`}
            captionClassName="govuk-visually-hidden"
            className="app-calendar__list"
            firstCellIsHeader
            head={[
              { content: 'Time' },
              { content: 'Child' },
              ...(showIro ? [{ content: 'IRO' }] : []),
              { content: 'Status and clashes', label: 'Status and clashes' },
            ]}
            rowKeys={day.meetings.map((meeting) => meeting.id)}
            rows={day.meetings.map((meeting) => [
              { content: `${meeting.startTime} to ${meeting.endTime}` },
              { content: <CalendarMeetingLink meeting={meeting} /> },
              ...(showIro ? [{ content: meeting.iro.name }] : []),
              {
                content:
                  meeting.status === 'booked' &&
                  meeting.clashes.length === 0 &&
                  !meeting.outsideTimescale ? (
                    'Booked'
                  ) : (
                    <CalendarMeetingMarks meeting={meeting} childOf={childOf} />
                  ),
              },
            ])}
          />
        </section>
      ))}
    </>
  );
}
