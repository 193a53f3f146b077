import { Link } from 'react-router';
import { formatIsoDate, Table, VisuallyHidden } from '@/components';
import type { DocumentTemplateList } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useDocumentTemplates } from '../api/document-templates';
import { Loaded } from '../components/loaded';

const TITLE = 'Document templates';

function Templates({ list }: { list: DocumentTemplateList }) {
  useDocumentTitle(TITLE);
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        The council’s words for the invitations and consultation forms business support send, and
        the letter to the child and decisions summary the IRO sends after each review. Placeholders
        such as {'{{child.firstName}}'} are filled in from the meeting or the review.
      </p>
      <Table
        caption="Templates"
        captionClassName="govuk-visually-hidden"
        firstCellIsHeader
        head={[{ content: 'Document' }, { content: 'Last changed' }, { content: 'Action' }]}
        rowKeys={list.templates.map((each) => each.kind)}
        rows={list.templates.map((template) => [
          { content: template.name },
          {
            content:
              template.updatedAt === null || template.updatedBy === null
                ? 'Not changed (the default)'
                : `${formatIsoDate(template.updatedAt.slice(0, 10))} by ${template.updatedBy.name}`,
          },
          {
            content: (
              <Link className="govuk-link" to={paths.editDocumentTemplate(template.kind)}>
                Change <VisuallyHidden>{template.name.toLowerCase()}</VisuallyHidden>
              </Link>
            ),
          },
        ])}
      />
    </>
  );
}

/** Route: paths.documentTemplates. Team managers change the council's templates. */
export function DocumentTemplatesPage() {
  const query = useDocumentTemplates();
  return (
    <Loaded query={query} title={TITLE} loading="Loading the templates">
      {(list) => <Templates list={list} />}
    </Loaded>
  );
}
