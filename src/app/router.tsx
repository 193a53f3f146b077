import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingState } from '@/components';
import { paths } from '@/lib/paths';
import { CaseloadOrBooking, ChildRecordOrBooking } from './business-support-routes';
import { HomeRedirect } from './home-redirect';
import { PublicLayout, SignedInLayout } from './layout';
import { NotFoundPage } from './not-found-page';
import { SignInPage } from './sign-in-page';

// Every feature loads when first opened, so the first download (sign in, the shell, the API client)
// stays small: each role fetches only the pages its job uses (bench/bundle.bench.ts checks the
// budget). A feature's pages share one chunk, so moving around a feature loads nothing new.
const features = {
  caseload: () => import('@/features/caseload'),
  childRecord: () => import('@/features/child-record'),
  team: () => import('@/features/team'),
  booking: () => import('@/features/booking'),
  reports: () => import('@/features/reports'),
  import: () => import('@/features/import'),
};

function lazyPage<M>(load: () => Promise<M>, name: keyof M): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

function page(Page: LazyExoticComponent<ComponentType>, loading = 'Loading the page') {
  return (
    <Suspense fallback={<LoadingState label={loading} />}>
      <Page />
    </Suspense>
  );
}

const CaseloadPage = lazyPage(features.caseload, 'CaseloadPage');
const ChildRecordPage = lazyPage(features.childRecord, 'ChildRecordPage');
const RecordReviewPage = lazyPage(features.childRecord, 'RecordReviewPage');
const EditReviewPage = lazyPage(features.childRecord, 'EditReviewPage');
const RecordMidpointCheckPage = lazyPage(features.childRecord, 'RecordMidpointCheckPage');
const RaiseEscalationPage = lazyPage(features.childRecord, 'RaiseEscalationPage');
const UpdateEscalationPage = lazyPage(features.childRecord, 'UpdateEscalationPage');
const TeamOverviewPage = lazyPage(features.team, 'TeamOverviewPage');
const AtRiskPage = lazyPage(features.team, 'AtRiskPage');
const ReallocatePage = lazyPage(features.team, 'ReallocatePage');
const SignOffPage = lazyPage(features.team, 'SignOffPage');
const EscalationsPage = lazyPage(features.team, 'EscalationsPage');
const BookingQueuePage = lazyPage(features.booking, 'BookingQueuePage');
const AgendaPage = lazyPage(features.booking, 'AgendaPage');
const BookingChildPage = lazyPage(features.booking, 'BookingChildPage');
const BookMeetingPage = lazyPage(features.booking, 'BookMeetingPage');
const MeetingPage = lazyPage(features.booking, 'MeetingPage');
const RescheduleMeetingPage = lazyPage(features.booking, 'RescheduleMeetingPage');
const ChangeMeetingStatusPage = lazyPage(features.booking, 'ChangeMeetingStatusPage');
const MeetingInvitationsPage = lazyPage(features.booking, 'MeetingInvitationsPage');
const ReportsPage = lazyPage(features.reports, 'ReportsPage');
const ImportReturnPage = lazyPage(features.import, 'ImportReturnPage');
const ExportReviewsPage = lazyPage(features.import, 'ExportReviewsPage');

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [{ path: paths.signIn, element: <SignInPage /> }],
  },
  {
    element: <SignedInLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: paths.caseload,
        element: (
          <CaseloadOrBooking>{page(CaseloadPage, 'Loading the caseload')}</CaseloadOrBooking>
        ),
      },
      {
        path: paths.childPattern,
        element: <ChildRecordOrBooking>{page(ChildRecordPage)}</ChildRecordOrBooking>,
      },
      { path: paths.recordReviewPattern, element: page(RecordReviewPage) },
      { path: paths.editReviewPattern, element: page(EditReviewPage) },
      { path: paths.recordMidpointPattern, element: page(RecordMidpointCheckPage) },
      { path: paths.raiseEscalationPattern, element: page(RaiseEscalationPage) },
      { path: paths.updateEscalationPattern, element: page(UpdateEscalationPage) },
      { path: paths.team, element: page(TeamOverviewPage) },
      { path: paths.atRisk, element: page(AtRiskPage) },
      { path: paths.reallocate, element: page(ReallocatePage) },
      { path: paths.signOff, element: page(SignOffPage) },
      { path: paths.escalations, element: page(EscalationsPage) },
      { path: paths.booking, element: page(BookingQueuePage) },
      { path: paths.agenda, element: page(AgendaPage) },
      { path: paths.bookingChildPattern, element: page(BookingChildPage) },
      { path: paths.bookMeetingPattern, element: page(BookMeetingPage) },
      { path: paths.bookingMeetingPattern, element: page(MeetingPage) },
      { path: paths.rescheduleMeetingPattern, element: page(RescheduleMeetingPage) },
      { path: paths.changeMeetingStatusPattern, element: page(ChangeMeetingStatusPage) },
      { path: paths.meetingInvitationsPattern, element: page(MeetingInvitationsPage) },
      {
        path: paths.reports,
        element: page(ReportsPage, 'Loading the report'),
      },
      {
        path: paths.ssda903Import,
        element: page(ImportReturnPage, 'Loading the import'),
      },
      {
        path: paths.ssda903Export,
        element: page(ExportReviewsPage, 'Loading the export'),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
