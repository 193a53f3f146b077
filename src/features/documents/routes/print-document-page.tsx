import { useParams } from 'react-router';
import { BackLink, Button } from '@/components';
import type { RenderedDocument } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMeetingDocuments, useReviewDocuments } from '../api/get-documents';
import { DocumentText } from '../components/document-text';
import { Loaded } from '../components/loaded';
import { ReadingAgeNote } from '../components/reading-age-note';

const TITLE = 'Print a document';

function NotThere({ backHref }: { backHref: string }) {
  useDocumentTitle('Document not found');
  return (
    <>
      <h1 className="govuk-heading-l">Document not found</h1>
      <p className="govuk-body">There is no such document. Go back and choose one from the list.</p>
      <BackLink href={backHref}>Back to the documents</BackLink>
    </>
  );
}

/** One document alone, as it prints: the page's header, navigation and buttons are not printed. */
function Printable({ document, backHref }: { document: RenderedDocument; backHref: string }) {
  // The page title names the kind of document only: page titles never name a child.
  useDocumentTitle(document.name);
  return (
    <article className="app-document">
      <BackLink href={backHref}>Back to the documents</BackLink>
      <div className="app-no-print">
        <p className="govuk-body">
          {document.name}
          {document.recipient &&
            `, for ${document.recipient.name} (${document.recipient.delivery.toLowerCase()})`}
          . Print it, or choose “Save as PDF” as the printer. Only the document is printed.
        </p>
        {document.kind === 'letter-to-child' && <ReadingAgeNote text={document.text} />}
        <Button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          Print this page
        </Button>
      </div>
      <div className="app-document__sheet">
        <h1 className="govuk-heading-l">{document.title}</h1>
        <DocumentText text={document.text} />
      </div>
    </article>
  );
}

/** Route: paths.printMeetingDocumentPattern (an invitation or consultation form). */
export function PrintMeetingDocumentPage() {
  const { meetingId = '', documentId = '' } = useParams();
  const query = useMeetingDocuments(meetingId);
  const backHref = paths.meetingDocuments(meetingId);
  return (
    <Loaded query={query} title={TITLE} loading="Loading the document">
      {(data) => {
        const document = data.documents.find((each) => each.id === documentId);
        return document === undefined ? (
          <NotThere backHref={backHref} />
        ) : (
          <Printable document={document} backHref={backHref} />
        );
      }}
    </Loaded>
  );
}

/** Route: paths.printReviewDocumentPattern (the letter to the child or the decisions summary). */
export function PrintReviewDocumentPage() {
  const { childId = '', reviewId = '', documentId = '' } = useParams();
  const query = useReviewDocuments(reviewId);
  const backHref = paths.reviewDocuments(childId, reviewId);
  return (
    <Loaded query={query} title={TITLE} loading="Loading the document">
      {(data) => {
        const document = data.documents.find((each) => each.id === documentId);
        return document === undefined ? (
          <NotThere backHref={backHref} />
        ) : (
          <Printable document={document} backHref={backHref} />
        );
      }}
    </Loaded>
  );
}
