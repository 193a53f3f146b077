import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormPage, Input, Table, Textarea } from '@/components';
import { TEMPLATE_BODY_LIMIT, templateProblems, unknownPlaceholders } from '@/domain';
import type { DocumentTemplate } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useDocumentTemplates, useUpdateDocumentTemplate } from '../api/document-templates';
import { Loaded } from '../components/loaded';

const TITLE = 'Change a document template';
const FIELD_ORDER = ['title', 'body', 'version'];

function Placeholders({ template }: { template: DocumentTemplate }) {
  return (
    <Table
      caption="Placeholders this template can use"
      captionClassName="govuk-table__caption--s"
      firstCellIsHeader
      head={[{ content: 'Placeholder' }, { content: 'Stands for' }]}
      rowKeys={template.placeholders.map((each) => each.name)}
      rows={template.placeholders.map((each) => [
        { content: <code className="app-placeholder">{`{{${each.name}}}`}</code> },
        { content: each.description },
      ])}
    />
  );
}

function TemplateForm({ template }: { template: DocumentTemplate }) {
  const navigate = useNavigate();
  const update = useUpdateDocumentTemplate();
  const submission = useFormSubmission();
  const [title, setTitle] = useState(template.title);
  const [body, setBody] = useState(template.body);
  const changed = title !== template.title || body !== template.body;
  const { blocker, allowLeaving } = useLeaveGuard(changed);
  const { errors } = submission;
  // An unknown placeholder is shown at once, as it is typed (the domain's own words).
  const live = unknownPlaceholders(template.kind, body).length > 0;
  const liveBody = live
    ? templateProblems(template.kind, { title, body }).find((each) => each.field === 'body')
    : undefined;

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    for (const problem of templateProblems(template.kind, { title, body })) {
      clientErrors[problem.field] = problem.message;
    }
    await submission.submit(clientErrors, async () => {
      await update.mutateAsync({
        kind: template.kind,
        body: { title, body, version: template.version },
      });
      allowLeaving();
      await navigate(paths.documentTemplates);
    });
  }

  return (
    <FormPage
      caption="Document templates"
      title={`${TITLE}: ${template.name}`}
      submission={submission}
      fieldOrder={FIELD_ORDER}
      idFor={(field) => (field === 'title' || field === 'body' ? field : undefined)}
      onSubmit={onSubmit}
      submitLabel="Save template"
      cancelHref={paths.documentTemplates}
      blocker={blocker}
      intro={
        <p className="govuk-body">
          Write in plain English: short sentences and everyday words. Put a placeholder where the
          meeting’s or review’s details go; only those listed below can be used.
        </p>
      }
    >
      <Input
        id="title"
        label="Title"
        labelSize="m"
        hint="The document’s heading. It can use placeholders too."
        value={title}
        error={errors.title}
        onChange={(event) => {
          setTitle(event.target.value);
        }}
      />
      <Textarea
        id="body"
        label="Text"
        labelSize="m"
        hint={`Up to ${TEMPLATE_BODY_LIMIT.toLocaleString('en-GB')} characters. Leave a blank line between paragraphs; start a line with “- ” for a list.`}
        rows={20}
        value={body}
        error={errors.body ?? liveBody?.message}
        spellCheck
        onChange={(event) => {
          setBody(event.target.value);
        }}
      />
      <Placeholders template={template} />
    </FormPage>
  );
}

function NoSuchTemplate() {
  useDocumentTitle('Template not found');
  return (
    <>
      <h1 className="govuk-heading-l">Template not found</h1>
      <p className="govuk-body">There is no template of this kind. Choose one from the list.</p>
    </>
  );
}

/** Route: paths.editDocumentTemplatePattern ('/documents/templates/:kind'). Team managers. */
export function EditDocumentTemplatePage() {
  const { kind = '' } = useParams();
  const query = useDocumentTemplates();
  return (
    <Loaded query={query} title={TITLE} loading="Loading the template">
      {(list) => {
        const template = list.templates.find((each) => each.kind === kind);
        return template === undefined ? (
          <NoSuchTemplate />
        ) : (
          <TemplateForm key={`${template.kind}-${template.version}`} template={template} />
        );
      }}
    </Loaded>
  );
}
