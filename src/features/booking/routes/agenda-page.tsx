import { Link, useSearchParams } from 'react-router';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import {
  EmptyState,
  ErrorState,
  ListPagination,
  LoadingState,
  Select,
  Table,
  Tag,
} from '@/components';
import {
  addDays,
  addMinutesToLocalTime,
  dayOfWeek,
  formatDate,
  formatDateWithWeekday,
  isIsoDate,
  type IsoDate,
} from '@/domain';
import type { MeetingListItem } from '@/lib/api/schemas';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useIroMeetings } from '../api/get-iro-meetings';
import { useIros } from '../api/get-iros';
import { FORMAT_LABELS, MEETING_STATUS_COLOURS, MEETING_STATUS_LABELS } from '../lib/labels';

const TITLE = 'Agenda';

/** The Monday on or before a date. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

function agendaHref(iro: string, week: IsoDate): string {
  const params = new URLSearchParams();
  if (iro !== '') params.set('iro', iro);
  params.set('week', week);
  return `${paths.agenda}?${params.toString()}`;
}

function DayTable({ date, meetings }: { date: IsoDate; meetings: MeetingListItem[] }) {
  return (
    <section aria-labelledby={`day-${date}`}>
      <h3 className="govuk-heading-s" id={`day-${date}`}>
        {formatDateWithWeekday(date)}
      </h3>
      {meetings.length === 0 ? (
        <p className="govuk-body">No meetings.</p>
      ) : (
        <Table
          caption={`Meetings on ${formatDateWithWeekday(date)}`}
          captionClassName="govuk-visually-hidden"
          firstCellIsHeader
          head={[
            { content: 'Time' },
            { content: 'Child' },
            { content: 'Where' },
            { content: 'Status' },
          ]}
          rowKeys={meetings.map((meeting) => meeting.id)}
          rows={meetings.map((meeting) => [
            {
              content: `${meeting.startTime} to ${addMinutesToLocalTime(meeting.date, meeting.startTime, meeting.durationMinutes).time}`,
            },
            {
              content: (
                <Link className="govuk-link" to={paths.bookingMeeting(meeting.id)}>
                  {meeting.child.givenName} {meeting.child.familyName}
                  <span className="govuk-visually-hidden">, meeting at {meeting.startTime}</span>
                </Link>
              ),
            },
            {
              content: [FORMAT_LABELS[meeting.format], meeting.venue].filter(Boolean).join(': '),
            },
            {
              content: (
                <Tag colour={MEETING_STATUS_COLOURS[meeting.status]}>
                  {MEETING_STATUS_LABELS[meeting.status]}
                </Tag>
              ),
            },
          ])}
        />
      )}
    </section>
  );
}

function Week({
  iroId,
  iroName,
  week,
  page,
  hrefFor,
}: {
  iroId: string;
  iroName: string;
  week: IsoDate;
  page: number;
  hrefFor: (page: number) => string;
}) {
  const to = addDays(week, 6);
  const meetings = useIroMeetings({ iroId, from: week, to, page });
  if (meetings.isPending) return <LoadingState label="Loading the agenda" />;
  if (meetings.isError) {
    return (
      <ErrorState
        message="The agenda could not be loaded."
        onRetry={() => void meetings.refetch()}
      />
    );
  }
  const { items, ...info } = meetings.data;
  const days = Array.from({ length: 7 }, (_, i) => addDays(week, i)).filter(
    (day, i) => i < 5 || items.some((meeting) => meeting.date === day),
  );
  const active = items.filter(
    (meeting) => meeting.status !== 'cancelled' && meeting.status !== 'postponed',
  );
  return (
    <>
      <h2 className="govuk-heading-m">
        {iroName}: week of {formatDate(week)}
      </h2>
      <p className="govuk-body" role="status">
        {info.totalPages > 1
          ? `${info.totalItems} meetings this week, a page at a time`
          : `${active.length} meeting${active.length === 1 ? '' : 's'} this week${
              items.length > active.length
                ? ` (and ${items.length - active.length} cancelled or postponed)`
                : ''
            }`}
      </p>
      {days.map((day) => (
        <DayTable key={day} date={day} meetings={items.filter((meeting) => meeting.date === day)} />
      ))}
      <ListPagination
        info={info}
        noun="Meetings"
        hrefFor={hrefFor}
        landmarkLabel="Pages of this week’s meetings"
      />
    </>
  );
}

/** Route: paths.agenda ('/agenda'): an IRO's meetings by week. */
export function AgendaPage() {
  useDocumentTitle(TITLE);
  const today = useToday();
  const [searchParams] = useSearchParams();
  const iros = useIros();
  const iroId = searchParams.get('iro') ?? '';
  const weekParam = searchParams.get('week') ?? '';
  const week = mondayOf(isIsoDate(weekParam) ? weekParam : today);
  const iro = iros.data?.find((member) => member.id === iroId);
  const [, setSearchParams] = useUrlSearchParams();

  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">An IRO’s review meetings, a week at a time.</p>
      <Select
        id="iro"
        label="IRO"
        value={iroId}
        onChange={(event) => {
          const params = new URLSearchParams();
          if (event.target.value !== '') params.set('iro', event.target.value);
          params.set('week', week);
          setSearchParams(params);
        }}
        options={[
          { value: '', text: 'Choose an IRO' },
          ...(iros.data ?? []).map((member) => ({ value: member.id, text: member.name })),
        ]}
      />
      <nav aria-label="Weeks" className="govuk-!-margin-bottom-6">
        <ul className="govuk-list app-agenda-weeks">
          <li>
            <Link className="govuk-link" to={agendaHref(iroId, addDays(week, -7))}>
              Previous week
              <span className="govuk-visually-hidden">: {formatDate(addDays(week, -7))}</span>
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={agendaHref(iroId, mondayOf(today))}>
              This week
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={agendaHref(iroId, addDays(week, 7))}>
              Next week
              <span className="govuk-visually-hidden">: {formatDate(addDays(week, 7))}</span>
            </Link>
          </li>
        </ul>
      </nav>
      {iro === undefined ? (
        <EmptyState title="Choose an IRO">
          <p className="govuk-body">Choose an IRO to see their meetings for the week.</p>
        </EmptyState>
      ) : (
        <Week
          iroId={iro.id}
          iroName={iro.name}
          week={week}
          page={pageFromSearch(searchParams.get('page'))}
          hrefFor={(page) => hrefForPage(paths.agenda, searchParams, page)}
        />
      )}
    </>
  );
}
