import { createBrowserRouter, type RouteObject } from 'react-router';
import { CaseloadPage } from '@/features/caseload';
import {
  ChildRecordPage,
  EditReviewPage,
  RaiseEscalationPage,
  RecordMidpointCheckPage,
  RecordReviewPage,
  UpdateEscalationPage,
  updateEscalationPattern,
} from '@/features/child-record';
import { paths } from '@/lib/paths';
import { HomeRedirect } from './home-redirect';
import { PublicLayout, SignedInLayout } from './layout';
import { NotFoundPage } from './not-found-page';
import { SignInPage } from './sign-in-page';

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [{ path: paths.signIn, element: <SignInPage /> }],
  },
  {
    element: <SignedInLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: paths.caseload, element: <CaseloadPage /> },
      { path: paths.childPattern, element: <ChildRecordPage /> },
      { path: paths.recordReviewPattern, element: <RecordReviewPage /> },
      { path: paths.editReviewPattern, element: <EditReviewPage /> },
      { path: paths.recordMidpointPattern, element: <RecordMidpointCheckPage /> },
      { path: paths.raiseEscalationPattern, element: <RaiseEscalationPage /> },
      { path: updateEscalationPattern, element: <UpdateEscalationPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
