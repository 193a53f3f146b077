import { Link, useLocation, useParams } from 'react-router';
import { BackLink, Button, Details, NotificationBanner, WarningText } from '@/components';
import { formatDate, formatDateWithWeekday } from '@/domain';
import type { CareRecord } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CareLoader } from '../components/care-loader';
import { CareSummary } from '../components/care-summary';
import { EpisodesTable, periodText } from '../components/episodes-table';
import {
  bannerFrom,
  fullName,
  isLookedAfter,
  meetingsText,
  participationWarningsFrom,
} from '../lib/care-format';

const TITLE = 'Care record';

function Actions({ record }: { record: CareRecord }) {
  const inCare = isLookedAfter(record);
  return (
    <div className="govuk-button-group">
      {inCare && (
        <>
          <Button href={paths.careChange(record.id)}>
            Record a change of placement or legal status
          </Button>
          <Button href={paths.careLeave(record.id)} variant="secondary">
            Record leaving care
          </Button>
        </>
      )}
      {!inCare && <Button href={paths.careReturn(record.id)}>Record a return to care</Button>}
      <Button href={paths.careDetails(record.id)} variant="secondary">
        Correct the child’s details
      </Button>
    </div>
  );
}

function BookedMeetings({ record }: { record: CareRecord }) {
  const meetings = record.bookedMeetings;
  if (meetings.length === 0) return null;
  const inCare = isLookedAfter(record);
  return (
    <section aria-labelledby="booked-meetings">
      <h2 className="govuk-heading-m" id="booked-meetings">
        Meetings still booked
      </h2>
      {!inCare && (
        <WarningText>
          The child left care, so nothing is due: business support should cancel{' '}
          {meetings.length === 1 ? 'this meeting' : `these ${meetingsText(meetings.length)}`}.
        </WarningText>
      )}
      <ul className="govuk-list">
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            <Link className="govuk-link" to={paths.bookingMeeting(meeting.id)}>
              {formatDateWithWeekday(meeting.date)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Periods({ record }: { record: CareRecord }) {
  const current = record.periods[record.periods.length - 1];
  const earlier = record.periods.slice(0, -1).reverse();
  if (current === undefined) return null;
  const inCare = isLookedAfter(record);
  return (
    <>
      <section aria-labelledby="current-period">
        <h2 className="govuk-heading-m" id="current-period">
          {inCare ? 'Current period of care' : 'Last period of care'}
        </h2>
        <p className="govuk-body">{periodText(current)}.</p>
        <EpisodesTable period={current} caption="Episodes in this period of care" />
      </section>
      {earlier.length > 0 && (
        <Details
          summary={`Earlier periods of care (${earlier.length})`}
          className="govuk-!-margin-top-4"
        >
          {earlier.map((period) => (
            <EpisodesTable key={period.start} period={period} caption={periodText(period)} />
          ))}
        </Details>
      )}
    </>
  );
}

function Saved({ banner, participation }: { banner: string | null; participation: string[] }) {
  return (
    <>
      {banner && <NotificationBanner type="success" focusOnMount heading={banner} />}
      {participation.length > 0 && (
        <section aria-labelledby="participation-no-longer-fits">
          <WarningText>
            <span id="participation-no-longer-fits">
              With the new date of birth, the participation code recorded for{' '}
              {participation.length === 1 ? 'one review' : `${participation.length} reviews`} no
              longer fits the child’s age. Ask the child’s IRO to correct it.
            </span>
          </WarningText>
          <ul className="govuk-list govuk-list--bullet">
            {participation.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function Record({ record }: { record: CareRecord }) {
  const user = useCurrentUser();
  const location = useLocation();
  const recorder = user.role === 'team-manager' || user.role === 'business-support';
  return (
    <>
      <Saved
        banner={bannerFrom(location.state)}
        participation={participationWarningsFrom(location.state)}
      />
      <span className="govuk-caption-l">{TITLE}</span>
      <h1 className="govuk-heading-l">{fullName(record)}</h1>
      {recorder && <Actions record={record} />}
      <CareSummary record={record} canAllocate={user.role === 'team-manager'} />
      <BookedMeetings record={record} />
      <Periods record={record} />
      {record.care.leftCare !== null && (
        <p className="govuk-body govuk-!-margin-top-6">
          Nothing is due for the child after {formatDate(record.care.leftCare.on)}, and they are on
          no IRO’s caseload.
        </p>
      )}
    </>
  );
}

/**
 * Route: paths.careRecordPattern ('/care/children/:childId'). Every role; an IRO only their own
 * children (the backend's 403). Title 'Care record': never the child's name.
 */
export function CareRecordPage() {
  const { childId = '' } = useParams();
  const user = useCurrentUser();
  useDocumentTitle(TITLE);
  return (
    <>
      {user.role === 'business-support' ? (
        <BackLink href={paths.bookingChild(childId)}>Back to the booking view</BackLink>
      ) : (
        <BackLink href={paths.child(childId)}>Back to the child record</BackLink>
      )}
      <CareLoader childId={childId} title={TITLE}>
        {(record) => <Record record={record} />}
      </CareLoader>
    </>
  );
}
