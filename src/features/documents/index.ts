import './documents.css';

export { EditDocumentTemplatePage } from './routes/edit-template-page';
export { MeetingDocumentsPage } from './routes/meeting-documents-page';
export { PrintMeetingDocumentPage, PrintReviewDocumentPage } from './routes/print-document-page';
export { ReviewDocumentsPage } from './routes/review-documents-page';
export { DocumentTemplatesPage } from './routes/templates-page';
