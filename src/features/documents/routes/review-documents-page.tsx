import { useParams } from 'react-router';
import { BackLink, formatIsoDate } from '@/components';
import type { ReviewDocuments } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useReviewDocuments } from '../api/get-documents';
import { DocumentActions } from '../components/document-actions';
import { DocumentText } from '../components/document-text';
import { Loaded } from '../components/loaded';
import { ReadingAgeNote } from '../components/reading-age-note';

const TITLE = 'Letter to the child and decisions summary';

function Documents({ data, childId }: { data: ReviewDocuments; childId: string }) {
  useDocumentTitle(TITLE);
  return (
    <div className="app-document">
      <BackLink href={paths.child(childId)}>Back to the child’s record</BackLink>
      <span className="govuk-caption-l">
        {data.child.givenName} {data.child.familyName} ({data.child.childRef})
      </span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        For the review held on {formatIsoDate(data.heldOn)}, written from the review’s record and
        the council’s templates.
      </p>
      {data.documents.map((document) => (
        <section key={document.id} aria-labelledby={`${document.id}-heading`}>
          <h2 className="govuk-heading-m" id={`${document.id}-heading`}>
            {document.name}
          </h2>
          {document.kind === 'letter-to-child' && <ReadingAgeNote text={document.text} />}
          <DocumentActions
            document={document}
            printHref={paths.printReviewDocument(childId, data.reviewId, document.id)}
            childRef={data.child.childRef}
            index={0}
            forWhom={document.name.toLowerCase()}
          />
          <div className="app-document__sheet">
            <h3 className="govuk-heading-s">{document.title}</h3>
            <DocumentText text={document.text} />
          </div>
        </section>
      ))}
    </div>
  );
}

/**
 * Route: paths.reviewDocumentsPattern ('/children/:childId/reviews/:reviewId/documents'). The
 * child's allocated IRO or a team manager: the letter and the decisions are review content.
 */
export function ReviewDocumentsPage() {
  const { childId = '', reviewId = '' } = useParams();
  const query = useReviewDocuments(reviewId);
  return (
    <Loaded query={query} title={TITLE} loading="Loading the documents">
      {(data) => <Documents data={data} childId={childId} />}
    </Loaded>
  );
}
