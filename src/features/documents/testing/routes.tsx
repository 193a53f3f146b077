// The feature's routes as the app mounts them, for page tests (not used by the app itself).
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { EditDocumentTemplatePage } from '../routes/edit-template-page';
import { MeetingDocumentsPage } from '../routes/meeting-documents-page';
import { PrintMeetingDocumentPage, PrintReviewDocumentPage } from '../routes/print-document-page';
import { ReviewDocumentsPage } from '../routes/review-documents-page';
import { DocumentTemplatesPage } from '../routes/templates-page';

export const documentRoutes: RouteObject[] = [
  { path: paths.documentTemplates, element: <DocumentTemplatesPage /> },
  { path: paths.editDocumentTemplatePattern, element: <EditDocumentTemplatePage /> },
  { path: paths.meetingDocumentsPattern, element: <MeetingDocumentsPage /> },
  { path: paths.printMeetingDocumentPattern, element: <PrintMeetingDocumentPage /> },
  { path: paths.reviewDocumentsPattern, element: <ReviewDocumentsPage /> },
  { path: paths.printReviewDocumentPattern, element: <PrintReviewDocumentPage /> },
];
