// The feature's routes as the app mounts them, for page tests (not used by the app itself).
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { AllocateChildPage } from '../routes/allocate-child-page';
import { AllocationQueuePage } from '../routes/allocation-queue-page';
import { CareRecordPage } from '../routes/care-record-page';
import { CorrectDetailsPage } from '../routes/correct-details-page';
import { LeftCarePage } from '../routes/left-care-page';
import { NewChildPage } from '../routes/new-child-page';
import { RecordChangePage } from '../routes/record-change-page';
import { RecordLeavingPage } from '../routes/record-leaving-page';
import { RecordReturnPage } from '../routes/record-return-page';

export const careRoutes: RouteObject[] = [
  { path: paths.careNewChild, element: <NewChildPage /> },
  { path: paths.careRecordPattern, element: <CareRecordPage /> },
  { path: paths.careChangePattern, element: <RecordChangePage /> },
  { path: paths.careLeavePattern, element: <RecordLeavingPage /> },
  { path: paths.careReturnPattern, element: <RecordReturnPage /> },
  { path: paths.careDetailsPattern, element: <CorrectDetailsPage /> },
  { path: paths.allocationQueue, element: <AllocationQueuePage /> },
  { path: paths.allocateChildPattern, element: <AllocateChildPage /> },
  { path: paths.leftCare, element: <LeftCarePage /> },
  { path: paths.booking, element: <h1>Booking queue</h1> },
  { path: paths.bookingChildPattern, element: <h1>Booking view</h1> },
  { path: paths.childPattern, element: <h1>Child record page</h1> },
  { path: paths.caseload, element: <h1>Caseload page</h1> },
];
