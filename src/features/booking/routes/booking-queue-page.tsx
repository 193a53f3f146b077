import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import {
  DueDate,
  ErrorState,
  formatCount,
  formatIsoDate,
  ListPagination,
  LoadingState,
  ReviewStatusTag,
  Select,
  Table,
  Tag,
  type TableCell,
} from '@/components';
import { formatDateWithWeekday } from '@/domain';
import {
  BOOKING_HORIZON_WEEKS,
  DEFAULT_BOOKING_HORIZON_WEEKS,
  type BookingQueueItem,
  type BookingQueueLeftCare,
  type BookingQueueMeeting,
} from '@/lib/api/schemas';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useBookingQueue } from '../api/get-booking-queue';
import { useIros } from '../api/get-iros';
import { MEETING_STATUS_LABELS } from '../lib/labels';

const TITLE = 'Booking queue';

function parseWeeks(value: string | null): number {
  const n = Number(value);
  return (BOOKING_HORIZON_WEEKS as readonly number[]).includes(n)
    ? n
    : DEFAULT_BOOKING_HORIZON_WEEKS;
}

function ChildCell({ item }: { item: { child: BookingQueueItem['child'] } }) {
  return (
    <>
      <Link className="govuk-link" to={paths.bookingChild(item.child.id)}>
        {item.child.givenName} {item.child.familyName}
      </Link>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
        {item.child.childRef}
      </span>
    </>
  );
}

function DueCell({ item }: { item: { review: BookingQueueItem['review'] } }) {
  return (
    <>
      <DueDate
        due={item.review.due}
        workingDaysLeft={item.review.workingDaysLeft}
        daysOverdue={item.review.daysOverdue}
      />
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
        {item.review.reason}
      </span>
    </>
  );
}

function Section({
  id,
  title,
  count,
  shown,
  empty,
  children,
}: {
  id: string;
  title: string;
  /** In the whole list, on every page. */
  count: number;
  /** On this page. */
  shown: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={id}>
        {title}{' '}
        <span className="govuk-caption-m govuk-!-display-inline">({formatCount(count)})</span>
      </h2>
      {count === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : shown === 0 ? (
        <p className="govuk-body">All of these are on earlier pages.</p>
      ) : (
        children
      )}
    </section>
  );
}

function bookLink(item: BookingQueueItem): TableCell {
  return {
    content: (
      <Link className="govuk-link" to={paths.bookMeeting(item.child.id)}>
        Book
        <span className="govuk-visually-hidden">
          {' '}
          a meeting for {item.child.givenName} {item.child.familyName}
        </span>
      </Link>
    ),
  };
}

function toBookRows(items: readonly BookingQueueItem[]): TableCell[][] {
  return items.map((item) => [
    { content: <ChildCell item={item} /> },
    { content: item.child.iro.name },
    { content: <DueCell item={item} /> },
    {
      content:
        item.review.daysOverdue > 0
          ? 'None left'
          : formatDateWithWeekday(item.review.latestWorkingDay),
    },
    {
      content: item.review.workingDaysToLatest < 0 ? '0' : String(item.review.workingDaysToLatest),
      numeric: true,
    },
    {
      content: (
        <>
          <ReviewStatusTag status={item.review.status} />
          {item.lastMeeting && (
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
              Last meeting {MEETING_STATUS_LABELS[item.lastMeeting.status].toLowerCase()}
            </span>
          )}
        </>
      ),
    },
    bookLink(item),
  ]);
}

const TO_BOOK_HEAD: TableCell[] = [
  { content: 'Child' },
  { content: 'IRO' },
  { content: 'Review due' },
  { content: 'Latest working day in timescale' },
  { content: 'Working days left', numeric: true },
  { content: 'Status' },
  { content: <span className="govuk-visually-hidden">Action</span> },
];

function meetingLink(entry: BookingQueueMeeting): ReactNode {
  return (
    <Link className="govuk-link" to={paths.bookingMeeting(entry.meeting.id)}>
      {formatDateWithWeekday(entry.meeting.date)} at {entry.meeting.startTime}
    </Link>
  );
}

function leftCareRows(items: readonly BookingQueueLeftCare[]): TableCell[][] {
  return items.map((item) => {
    const name = `${item.child.givenName} ${item.child.familyName}`;
    const when = `${formatDateWithWeekday(item.meeting.date)} at ${item.meeting.startTime}`;
    return [
      {
        content: (
          <>
            {name}
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
              {item.child.childRef}
            </span>
          </>
        ),
      },
      {
        content: (
          <>
            {when}
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
              {item.meeting.iro.name}
            </span>
          </>
        ),
      },
      { content: item.reason },
      {
        content: (
          <Link className="govuk-link" to={paths.changeMeetingStatus(item.meeting.id)}>
            Cancel{' '}
            <span className="govuk-visually-hidden">
              the meeting on {when} for {name}
            </span>
          </Link>
        ),
      },
    ];
  });
}

/** Route: paths.booking ('/booking'): business support's home. */
export function BookingQueuePage() {
  useDocumentTitle(TITLE);
  const [searchParams, setSearchParams] = useUrlSearchParams();
  const iroId = searchParams.get('iro') ?? '';
  const weeks = parseWeeks(searchParams.get('weeks'));
  const iros = useIros();
  const page = pageFromSearch(searchParams.get('page'));
  const queue = useBookingQueue({ iroId: iroId === '' ? undefined : iroId, weeks, page });

  function update(next: { iro?: string; weeks?: number }) {
    const params = new URLSearchParams();
    const iro = next.iro ?? iroId;
    if (iro !== '') params.set('iro', iro);
    const w = next.weeks ?? weeks;
    if (w !== DEFAULT_BOOKING_HORIZON_WEEKS) params.set('weeks', String(w));
    setSearchParams(params);
  }

  const data = queue.data;
  // This page's share of each list; the counts are of the whole queue.
  const overdue = data?.toBook.filter((item) => item.review.daysOverdue > 0) ?? [];
  const inTime = data?.toBook.filter((item) => item.review.daysOverdue === 0) ?? [];
  const counts = data?.counts;

  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Reviews with no meeting booked, the most urgent first, and meetings that need attention.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            id="iro"
            label="IRO"
            value={iroId}
            onChange={(event) => {
              update({ iro: event.target.value });
            }}
            options={[
              { value: '', text: 'All IROs' },
              ...(iros.data ?? []).map((iro) => ({ value: iro.id, text: iro.name })),
            ]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="weeks"
            label="Reviews due within"
            value={String(weeks)}
            onChange={(event) => {
              update({ weeks: Number(event.target.value) });
            }}
            options={BOOKING_HORIZON_WEEKS.map((w) => ({ value: String(w), text: `${w} weeks` }))}
          />
        </div>
      </div>

      <div role="status" aria-live="polite" aria-atomic="true" className="govuk-body">
        {data
          ? `${formatCount(data.counts.toBook)} review${data.counts.toBook === 1 ? '' : 's'} to book, due by ${formatIsoDate(data.horizon.to)} or overdue`
          : ''}
      </div>

      {queue.isPending ? (
        <LoadingState label="Loading the booking queue" />
      ) : queue.isError ? (
        <ErrorState
          message="The booking queue could not be loaded."
          onRetry={() => void queue.refetch()}
        />
      ) : (
        <>
          <Section
            id="in-timescale"
            title="Reviews to book in timescale"
            count={(counts?.toBook ?? 0) - (counts?.overdue ?? 0)}
            shown={inTime.length}
            empty="No review due in this period is waiting for a meeting."
          >
            <Table
              caption="Reviews to book in timescale, the earliest due first"
              captionClassName="govuk-visually-hidden"
              head={TO_BOOK_HEAD}
              rowKeys={inTime.map((item) => item.child.id)}
              rows={toBookRows(inTime)}
            />
          </Section>

          <Section
            id="overdue"
            title="Overdue reviews with no meeting"
            count={counts?.overdue ?? 0}
            shown={overdue.length}
            empty="No overdue review is waiting for a meeting."
          >
            <Table
              caption="Overdue reviews with no meeting booked"
              captionClassName="govuk-visually-hidden"
              head={TO_BOOK_HEAD}
              rowKeys={overdue.map((item) => item.child.id)}
              rows={toBookRows(overdue)}
            />
          </Section>

          <Section
            id="left-care"
            title="Meetings to cancel: the child has left care"
            count={queue.data.counts.leftCare}
            shown={queue.data.leftCare.length}
            empty="No meeting is booked for a child who has left care."
          >
            <p className="govuk-body">
              Nothing is due for a child who has left care. Cancel these meetings and let the people
              invited know.
            </p>
            <Table
              caption="Meetings still booked for children who have left care"
              captionClassName="govuk-visually-hidden"
              head={[
                { content: 'Child' },
                { content: 'Meeting' },
                { content: 'Left care' },
                { content: <span className="govuk-visually-hidden">Action</span> },
              ]}
              rowKeys={queue.data.leftCare.map((item) => item.meeting.id)}
              rows={leftCareRows(queue.data.leftCare)}
            />
          </Section>

          <Section
            id="invitations"
            title="Invitations not sent"
            count={queue.data.counts.invitationsNotSent}
            shown={queue.data.invitationsNotSent.length}
            empty={`Every meeting in the next ${queue.data.invitationsDueWorkingDays} working days has its invitations sent.`}
          >
            <p className="govuk-body">
              Meetings in the next {queue.data.invitationsDueWorkingDays} working days (a setting)
              where someone has not been sent an invitation.
            </p>
            <Table
              caption="Meetings whose invitations have not all been sent"
              captionClassName="govuk-visually-hidden"
              head={[
                { content: 'Child' },
                { content: 'Meeting' },
                { content: 'IRO' },
                { content: 'Not sent' },
              ]}
              rowKeys={queue.data.invitationsNotSent.map((entry) => entry.meeting.id)}
              rows={queue.data.invitationsNotSent.map((entry) => [
                { content: <ChildCell item={entry} /> },
                { content: meetingLink(entry) },
                { content: entry.child.iro.name },
                {
                  content: (
                    <>
                      <Tag colour="red">Invitations not sent</Tag>
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                        {entry.meeting.readiness.find((r) => r.code === 'invitations-sent')
                          ?.detail ?? ''}
                      </span>
                    </>
                  ),
                },
              ])}
            />
          </Section>

          <Section
            id="booked-late"
            title="Meetings booked after the due date"
            count={queue.data.counts.bookedAfterDue}
            shown={queue.data.bookedAfterDue.length}
            empty="No meeting is booked after its review’s due date."
          >
            <Table
              caption="Meetings booked after the review’s due date"
              captionClassName="govuk-visually-hidden"
              head={[
                { content: 'Child' },
                { content: 'Review due' },
                { content: 'Meeting' },
                { content: 'Reason given' },
              ]}
              rowKeys={queue.data.bookedAfterDue.map((entry) => entry.meeting.id)}
              rows={queue.data.bookedAfterDue.map((entry) => [
                { content: <ChildCell item={entry} /> },
                { content: formatIsoDate(entry.review.due) },
                { content: meetingLink(entry) },
                { content: entry.meeting.outOfTimescaleReason ?? 'None recorded' },
              ])}
            />
          </Section>

          <Section
            id="cancelled"
            title="Cancelled or postponed with no new date"
            count={queue.data.counts.cancelledWithoutNewDate}
            shown={queue.data.cancelledWithoutNewDate.length}
            empty="Every cancelled or postponed meeting has a new date."
          >
            <Table
              caption="Meetings cancelled or postponed with no new date booked"
              captionClassName="govuk-visually-hidden"
              head={[
                { content: 'Child' },
                { content: 'Review due' },
                { content: 'Last meeting' },
                { content: <span className="govuk-visually-hidden">Action</span> },
              ]}
              rowKeys={queue.data.cancelledWithoutNewDate.map((item) => item.child.id)}
              rows={queue.data.cancelledWithoutNewDate.map((item) => [
                { content: <ChildCell item={item} /> },
                { content: <DueCell item={item} /> },
                {
                  content: item.lastMeeting ? (
                    <>
                      <Link className="govuk-link" to={paths.bookingMeeting(item.lastMeeting.id)}>
                        {formatIsoDate(item.lastMeeting.date)}
                      </Link>{' '}
                      {MEETING_STATUS_LABELS[item.lastMeeting.status].toLowerCase()}
                      {item.lastMeeting.reason && (
                        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
                          {item.lastMeeting.reason}
                        </span>
                      )}
                    </>
                  ) : (
                    ''
                  ),
                },
                bookLink(item),
              ])}
            />
          </Section>
          <ListPagination
            info={queue.data}
            noun="Items"
            summary={`Page ${formatCount(queue.data.page)} of ${formatCount(queue.data.totalPages)}: up to ${formatCount(queue.data.pageSize)} of each list`}
            hrefFor={(n) => hrefForPage(paths.booking, searchParams, n)}
            landmarkLabel="Pages of the booking queue"
          />
        </>
      )}
    </>
  );
}
