import { useParams } from 'react-router';
import { BackLink, formatIsoDate } from '@/components';
import type { MeetingDocuments, RenderedDocument } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMeetingDocuments } from '../api/get-documents';
import { DocumentActions } from '../components/document-actions';
import { Loaded } from '../components/loaded';

const TITLE = 'Invitations and consultation forms';

function DocumentRow({
  data,
  document,
  index,
}: {
  data: MeetingDocuments;
  document: RenderedDocument;
  index: number;
}) {
  const recipient = document.recipient;
  const forWhom = `${document.name.toLowerCase()} for ${recipient?.name ?? 'the invitee'}`;
  return (
    <li className="app-document-list__item">
      <h3 className="govuk-heading-s">
        {recipient?.name ?? document.name}
        {recipient && <span className="govuk-caption-m">{document.name}</span>}
      </h3>
      {recipient && <p className="govuk-body">{recipient.delivery}.</p>}
      <DocumentActions
        document={document}
        printHref={paths.printMeetingDocument(data.meetingId, document.id)}
        childRef={data.child.childRef}
        index={index + 1}
        forWhom={forWhom}
      />
    </li>
  );
}

function Documents({ data }: { data: MeetingDocuments }) {
  useDocumentTitle(TITLE);
  const invitations = data.documents.filter((each) => each.kind === 'invitation');
  const forms = data.documents.filter((each) => each.kind !== 'invitation');
  return (
    <div className="app-document">
      <BackLink href={paths.bookingMeeting(data.meetingId)}>Back to the meeting</BackLink>
      <span className="govuk-caption-l">
        {data.child.givenName} {data.child.familyName} ({data.child.childRef})
      </span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        For the review meeting on {formatIsoDate(data.meetingDate)}, written from the council’s
        templates. Each is sent the way the invitee asked to be contacted. Record when you sent them
        on the meeting page.
      </p>
      <h2 className="govuk-heading-m">Invitations</h2>
      {invitations.length === 0 ? (
        <p className="govuk-body">No one has been invited yet. Add invitees on the meeting page.</p>
      ) : (
        <ul className="govuk-list app-document-list">
          {invitations.map((document, index) => (
            <DocumentRow key={document.id} data={data} document={document} index={index} />
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Consultation forms</h2>
      {forms.length === 0 ? (
        <p className="govuk-body">No invitee is sent a consultation form.</p>
      ) : (
        <ul className="govuk-list app-document-list">
          {forms.map((document, index) => (
            <DocumentRow key={document.id} data={data} document={document} index={index} />
          ))}
        </ul>
      )}
      {data.noConsultation.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Not sent a consultation form</h3>
          <ul className="govuk-list govuk-list--bullet">
            {data.noConsultation.map((each) => (
              <li key={each.name}>
                {each.name}: {each.reason.charAt(0).toLowerCase() + each.reason.slice(1)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * Route: paths.meetingDocumentsPattern ('/booking/meetings/:meetingId/documents'). Business
 * support and team managers (and the IRO who chairs): no review content in any of them.
 */
export function MeetingDocumentsPage() {
  const { meetingId = '' } = useParams();
  const query = useMeetingDocuments(meetingId);
  return (
    <Loaded query={query} title={TITLE} loading="Loading the documents">
      {(data) => <Documents data={data} />}
    </Loaded>
  );
}
