// The import page's first step: choose the return's three files (header, episodes, reviews).
import { useState } from 'react';
import { AppLink, Button, ErrorSummary, type ErrorSummaryItem } from '@/components';
import { SSDA903_FILE_LABELS, type Ssda903FileKind } from '@/domain';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { upperFirst } from '../lib/words';
import { FileUpload } from './file-upload';

const FILES: readonly { kind: Ssda903FileKind; hint: string }[] = [
  { kind: 'header', hint: 'One row per child: CHILD, SEX, DOB (and the return’s other columns)' },
  {
    kind: 'episodes',
    hint: 'One row per episode of care: CHILD, DECOM, RNE, LS, PLACE, DEC, REC (and the return’s other columns)',
  },
  { kind: 'reviews', hint: 'One row per review: CHILD, DOB, REVIEW, REVIEW_CODE' },
];

type ChosenFiles = Partial<Record<Ssda903FileKind, File>>;

export function ChooseFiles({
  onRead,
  readFailure,
}: {
  onRead: (files: Record<Ssda903FileKind, File>) => void;
  readFailure: string | null;
}) {
  const [files, setFiles] = useState<ChosenFiles>({});
  const [errors, setErrors] = useState<Partial<Record<Ssda903FileKind, string>>>({});
  const [submitCount, setSubmitCount] = useState(0);
  useDocumentTitle('Import the SSDA903 return', {
    hasErrors: Object.keys(errors).length > 0 || readFailure !== null,
  });

  function submit() {
    setSubmitCount((count) => count + 1);
    const found: Partial<Record<Ssda903FileKind, string>> = {};
    for (const { kind } of FILES) {
      const file = files[kind];
      if (file === undefined) found[kind] = `Select the ${SSDA903_FILE_LABELS[kind]}`;
      else if (file.size === 0) found[kind] = `The selected ${SSDA903_FILE_LABELS[kind]} is empty`;
      else if (!/\.(csv|txt)$/i.test(file.name)) {
        found[kind] = `The ${SSDA903_FILE_LABELS[kind]} must be a CSV file`;
      }
    }
    setErrors(found);
    const { header, episodes, reviews } = files;
    if (Object.keys(found).length === 0 && header && episodes && reviews) {
      onRead({ header, episodes, reviews });
    }
  }

  const summary: ErrorSummaryItem[] = FILES.flatMap(({ kind }) => {
    const message = errors[kind];
    return message === undefined ? [] : [{ href: `#file-${kind}`, text: message }];
  });

  return (
    <>
      {readFailure === null ? (
        <ErrorSummary errors={summary} focusKey={submitCount} />
      ) : (
        <ErrorSummary
          title="The files could not be read"
          description={readFailure}
          errors={[]}
          focusKey={submitCount}
        />
      )}
      <h1 className="govuk-heading-l">Import the SSDA903 return</h1>
      <p className="govuk-body">
        Upload the CSV files of your council’s SSDA903 return (children looked after) to load
        children, their episodes of care and their reviews into the tracker. Dates in the files are
        dd/mm/yyyy, as the DfE specifies.
      </p>
      <p className="govuk-body">
        Nothing is saved until you have checked what was found and chosen to import it.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {FILES.map(({ kind, hint }) => (
          <FileUpload
            key={kind}
            id={`file-${kind}`}
            label={upperFirst(SSDA903_FILE_LABELS[kind])}
            hint={hint}
            accept=".csv,text/csv"
            error={errors[kind]}
            onChange={(file) => {
              setFiles((current) =>
                file === null
                  ? Object.fromEntries(Object.entries(current).filter(([key]) => key !== kind))
                  : { ...current, [kind]: file },
              );
            }}
          />
        ))}
        <Button type="submit">Check the files</Button>
      </form>
      <p className="govuk-body">
        <AppLink href={paths.ssda903Export} className="govuk-link">
          Download the reviews file for a collection year
        </AppLink>
      </p>
    </>
  );
}
