// The feature's routes as the app mounts them, for page tests (not used by the app itself).
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { updateEscalationPattern } from '../lib/child-paths';
import { ChildRecordPage } from '../routes/child-record-page';
import { EditReviewPage } from '../routes/edit-review-page';
import { RaiseEscalationPage } from '../routes/raise-escalation-page';
import { RecordIroContactPage } from '../routes/record-iro-contact-page';
import { RecordMidpointCheckPage } from '../routes/record-midpoint-check-page';
import { RecordReviewPage } from '../routes/record-review-page';
import { UpdateEscalationPage } from '../routes/update-escalation-page';
import { WithdrawReviewPage } from '../routes/withdraw-review-page';

export const childRecordRoutes: RouteObject[] = [
  { path: paths.caseload, element: <h1>Caseload page</h1> },
  { path: paths.childPattern, element: <ChildRecordPage /> },
  { path: paths.recordReviewPattern, element: <RecordReviewPage /> },
  { path: paths.editReviewPattern, element: <EditReviewPage /> },
  { path: paths.withdrawReviewPattern, element: <WithdrawReviewPage /> },
  { path: paths.recordMidpointPattern, element: <RecordMidpointCheckPage /> },
  { path: paths.raiseEscalationPattern, element: <RaiseEscalationPage /> },
  { path: paths.recordIroContactPattern, element: <RecordIroContactPage /> },
  { path: updateEscalationPattern, element: <UpdateEscalationPage /> },
];
