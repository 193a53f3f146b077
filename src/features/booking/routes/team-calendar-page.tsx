import { useState, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, Checkboxes, ErrorState, LoadingState } from '@/components';
import {
  calendarLayout,
  calendarPeriod,
  isCalendarView,
  isIsoDate,
  type CalendarPeriod,
  type CalendarView,
  type IsoDate,
} from '@/domain';
import type { CalendarMeetingItem } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useCurrentUser, useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import { ListTooLong, useTeamCalendar } from '../api/get-team-calendar';
import { useIros } from '../api/get-iros';
import { CalendarGrid, CalendarList } from '../components/calendar-views';

// Everything the calendar shows is in the address (?view=week&date=…&iros=…&show=list), so a view
// can be shared or bookmarked and the back button returns to the one before.

type Show = 'grid' | 'list';

interface CalendarState {
  view: CalendarView;
  date: IsoDate;
  iros: readonly string[];
  show: Show;
}

const VIEW_LABELS: Record<CalendarView, string> = { day: 'Day', week: 'Week', month: 'Month' };
const VIEW_NOUNS: Record<CalendarView, string> = { day: 'day', week: 'week', month: 'month' };

function readState(search: URLSearchParams, today: IsoDate): CalendarState {
  const view = search.get('view');
  const date = search.get('date') ?? '';
  const iros = (search.get('iros') ?? '').split(',').filter((id) => id !== '');
  return {
    view: isCalendarView(view) ? view : 'week',
    date: isIsoDate(date) ? date : today,
    iros: [...new Set(iros)].sort(),
    show: search.get('show') === 'list' ? 'list' : 'grid',
  };
}

function calendarHref(state: CalendarState): string {
  const params = new URLSearchParams({ view: state.view, date: state.date });
  if (state.iros.length > 0) params.set('iros', state.iros.join(','));
  if (state.show === 'list') params.set('show', 'list');
  return `${paths.calendar}?${params.toString()}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function IroFilter({
  chosen,
  onApply,
}: {
  chosen: readonly string[];
  onApply: (iros: string[]) => void;
}) {
  const iros = useIros();
  const [values, setValues] = useState<string[]>([...chosen]);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form onSubmit={submit} className="app-calendar__filter" aria-label="Choose IROs">
      <Checkboxes
        name="iros"
        small
        className="app-calendar__iros"
        legend="IROs"
        legendSize="s"
        hint="Choose none to see every IRO’s meetings."
        items={(iros.data ?? []).map((iro) => ({ value: iro.id, text: iro.name }))}
        values={values}
        onChange={setValues}
      />
      <Button type="submit" variant="secondary">
        Show meetings
      </Button>
    </form>
  );
}

function PeriodNavigation({
  state,
  period,
  today,
}: {
  state: CalendarState;
  period: CalendarPeriod;
  today: IsoDate;
}) {
  const noun = VIEW_NOUNS[state.view];
  const current = calendarPeriod(state.view, today);
  const onCurrent = today >= period.periodFrom && today <= period.periodTo;
  return (
    <nav aria-label="Calendar views and dates" className="app-calendar__nav">
      <ul className="govuk-list app-calendar__links">
        {(['day', 'week', 'month'] as const).map((view) => (
          <li key={view}>
            <Link
              className="govuk-link"
              aria-current={view === state.view ? 'page' : undefined}
              to={calendarHref({ ...state, view })}
            >
              {VIEW_LABELS[view]} view
            </Link>
          </li>
        ))}
      </ul>
      <ul className="govuk-list app-calendar__links">
        <li>
          <Link className="govuk-link" to={calendarHref({ ...state, date: period.previous })}>
            Previous {noun}
            <span className="govuk-visually-hidden">
              : {calendarPeriod(state.view, period.previous).label}
            </span>
          </Link>
        </li>
        <li>
          <Link
            className="govuk-link"
            aria-current={onCurrent ? 'date' : undefined}
            to={calendarHref({ ...state, date: today })}
          >
            {state.view === 'day' ? 'Today' : `This ${noun}`}
            <span className="govuk-visually-hidden">: {current.label}</span>
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={calendarHref({ ...state, date: period.next })}>
            Next {noun}
            <span className="govuk-visually-hidden">
              : {calendarPeriod(state.view, period.next).label}
            </span>
          </Link>
        </li>
      </ul>
      <p className="govuk-body app-calendar__show">
        <Link
          className="govuk-link"
          to={calendarHref({ ...state, show: state.show === 'grid' ? 'list' : 'grid' })}
        >
          {state.show === 'grid' ? 'Show as a list' : 'Show as a grid'}
        </Link>
      </p>
    </nav>
  );
}

function Meetings({ state, today, own }: { state: CalendarState; today: IsoDate; own: boolean }) {
  const period = calendarPeriod(state.view, state.date);
  // An IRO's calendar is their own: the backend gives them nothing else.
  const calendar = useTeamCalendar({
    from: period.from,
    to: period.to,
    ...(!own && state.iros.length > 0 ? { iroIds: state.iros.join(',') } : {}),
  });
  if (calendar.isPending) return <LoadingState label="Loading the calendar" />;
  if (calendar.error instanceof ListTooLong) {
    return (
      <p className="govuk-body" role="status">
        There are {calendar.error.totalItems.toLocaleString('en-GB')} meetings in this view, too
        many to show at once: choose some IROs or a shorter view.
      </p>
    );
  }
  if (calendar.isError) {
    return (
      <ErrorState
        message="The calendar could not be loaded."
        onRetry={() => void calendar.refetch()}
      />
    );
  }
  const { items, iros } = calendar.data;
  const layout = calendarLayout<CalendarMeetingItem>(state.view, state.date, items);
  const inPeriod = items.filter(
    (meeting) => meeting.date >= period.periodFrom && meeting.date <= period.periodTo,
  );
  const clashes = inPeriod.filter((meeting) => meeting.clashes.length > 0).length;
  const late = inPeriod.filter((meeting) => meeting.outsideTimescale).length;
  const names = new Map(
    items.map((meeting) => [meeting.id, `${meeting.child.givenName} ${meeting.child.familyName}`]),
  );
  const whose = own
    ? 'Your meetings'
    : state.iros.length === 0
      ? 'Every IRO’s meetings'
      : `Meetings of ${iros.map((iro) => iro.name).join(', ')}`;
  const props = {
    layout,
    today,
    showIro: !own,
    childOf: (meetingId: string) => names.get(meetingId),
  };
  return (
    <>
      <h2 className="govuk-heading-m">{period.label}</h2>
      <p className="govuk-body" role="status">
        {whose}: {count(inPeriod.length, 'meeting')}; {count(clashes, 'meeting')} with a clash;{' '}
        {count(late, 'meeting')} outside timescale.
      </p>
      {state.show === 'grid' ? <CalendarGrid {...props} /> : <CalendarList {...props} />}
    </>
  );
}

/** Route: paths.calendar ('/calendar'): review meetings by day, week or month. */
export function TeamCalendarPage() {
  const user = useCurrentUser();
  const own = user.role === 'iro';
  const title = own ? 'My calendar' : 'Team calendar';
  useDocumentTitle(title);
  const today = useToday();
  const [searchParams] = useSearchParams();
  const [, setSearchParams] = useUrlSearchParams();
  const state = readState(searchParams, today);
  const period = calendarPeriod(state.view, state.date);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {own
          ? 'The review meetings you chair. Clashes and meetings after a review’s due date are marked.'
          : 'Review meetings for every IRO or the ones you choose. Clashes and meetings after a review’s due date are marked.'}
      </p>
      {!own && (
        <IroFilter
          key={state.iros.join(',')}
          chosen={state.iros}
          onApply={(iros) => {
            const href = calendarHref({ ...state, iros: [...iros].sort() });
            setSearchParams(new URLSearchParams(href.split('?')[1]));
          }}
        />
      )}
      <PeriodNavigation state={state} period={period} today={today} />
      <Meetings state={state} today={today} own={own} />
    </>
  );
}
