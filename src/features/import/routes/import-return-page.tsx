import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  AppLink,
  Button,
  Details,
  ErrorSummary,
  InsetText,
  Panel,
  Radios,
  Select,
  SummaryList,
  WarningText,
  type ErrorSummaryItem,
} from '@/components';
import { SSDA903_FILE_LABELS, ssda903RowsOf, type Ssda903FileKind } from '@/domain';
import { isApiError } from '@/lib/api/client';
import type { Ssda903Current, Ssda903ImportResult } from '@/lib/api/ssda903-schemas';
import { paths } from '@/lib/paths';
import { useStaff } from '@/lib/queries/get-staff';
import { useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { currentChildrenQuery } from '../api/get-current-children';
import { useImportReturn } from '../api/import-return';
import { AllocateImported } from '../components/allocate-imported';
import { FileUpload } from '../components/file-upload';
import { ChangesTable, ConflictsTable } from '../components/merge-tables';
import { ProblemsTable } from '../components/problems-table';
import { ReadingProgress } from '../components/reading-progress';
import type { ReturnAnalysis } from '../lib/analyse-return';
import { readReturn } from '../lib/read-return';
import { describeMergeTotals, formatSeconds, plural, upperFirst } from '../lib/words';
import '../import.css';

const FILES: readonly { kind: Ssda903FileKind; hint: string }[] = [
  { kind: 'header', hint: 'One row per child: CHILD, SEX, DOB (and the return’s other columns)' },
  {
    kind: 'episodes',
    hint: 'One row per episode of care: CHILD, DECOM, RNE, LS, PLACE, DEC, REC (and the return’s other columns)',
  },
  { kind: 'reviews', hint: 'One row per review: CHILD, DOB, REVIEW, REVIEW_CODE' },
];

type ChosenFiles = Partial<Record<Ssda903FileKind, File>>;

type Step =
  | { name: 'choose' }
  | { name: 'reading'; fraction: number; stage: string }
  | { name: 'preview'; analysis: ReturnAnalysis }
  | { name: 'imported'; analysis: ReturnAnalysis; result: Ssda903ImportResult; iroId: string };

function ChooseFiles({
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

function Preview({
  analysis,
  onImported,
  onStartAgain,
}: {
  analysis: ReturnAnalysis;
  onImported: (result: Ssda903ImportResult, iroId: string) => void;
  onStartAgain: () => void;
}) {
  const { validation, problems, merge } = analysis;
  const { counts, children, excluded } = validation;
  const { totals } = merge;
  // Only new children need an IRO: children already in the tracker keep theirs.
  const needsIro = totals.newChildren > 0;
  const staff = useStaff();
  const importReturn = useImportReturn();
  const [choice, setChoice] = useState(problems.length === 0 ? 'import' : '');
  const [iroId, setIroId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ description: string; items: string[] } | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  useDocumentTitle('Check the return before importing', {
    hasErrors: Object.keys(errors).length > 0 || failure !== null,
  });
  const iros = (staff.data ?? []).filter((member) => member.role === 'iro' && member.active);

  async function submit() {
    setSubmitCount((count) => count + 1);
    setFailure(null);
    const found: Record<string, string> = {};
    if (choice === '') found.choice = 'Select whether to import the valid rows or fix the files';
    if (choice === 'fix') {
      onStartAgain();
      return;
    }
    if (needsIro && iroId === '') {
      found.iroId = 'Select the IRO to allocate the imported children to';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const rows = ssda903RowsOf(children);
    try {
      const result = await importReturn.mutateAsync({
        iroId: needsIro ? iroId : null,
        header: rows.header.rows as Record<string, string>[],
        episodes: rows.episodes.rows as Record<string, string>[],
        reviews: rows.reviews.rows as Record<string, string>[],
      });
      onImported(result, iroId);
    } catch (error) {
      if (isApiError(error) && error.isValidation) {
        const items = (error.problem?.errors ?? [])
          .filter((item) => item.field !== 'iroId')
          .map((item) => item.message);
        if (error.fieldErrors.iroId !== undefined) setErrors({ iroId: error.fieldErrors.iroId });
        if (items.length > 0) {
          setFailure({
            description:
              'The return was checked again when it was sent, and the service found these problems:',
            items,
          });
        }
      } else {
        setFailure({
          description:
            isApiError(error) && error.kind === 'network'
              ? 'The service could not be reached. Check your connection and try again.'
              : 'Sorry, there is a problem with the service. Try again.',
          items: [],
        });
      }
    }
  }

  const summaryItems: ErrorSummaryItem[] = [
    ...(errors.choice === undefined ? [] : [{ href: '#choice', text: errors.choice }]),
    ...(errors.iroId === undefined ? [] : [{ href: '#iroId', text: errors.iroId }]),
  ];

  return (
    <>
      {failure !== null ? (
        <ErrorSummary
          title="Nothing was imported"
          description={failure.description}
          errors={[...summaryItems, ...failure.items.map((text) => ({ text }))]}
          focusKey={submitCount}
        />
      ) : (
        <ErrorSummary errors={summaryItems} focusKey={submitCount} />
      )}
      <h1 className="govuk-heading-l">Check the return before importing</h1>
      <SummaryList
        rows={[
          {
            key: 'Children',
            value: `${plural(counts.header.rows, 'row')} in the header file: ${plural(children.length, 'child', 'children')} can be imported`,
          },
          {
            key: 'Episodes',
            value: `${plural(counts.episodes.rows, 'row')} in the episodes file: ${plural(counts.episodes.valid, 'episode')} in ${plural(counts.periodsOfCare, 'period')} of care`,
          },
          {
            key: 'Reviews',
            value: `${plural(counts.reviews.rows, 'row')} in the reviews file: ${plural(counts.reviews.valid, 'review')}`,
          },
          {
            key: 'Problems',
            value: problems.length === 0 ? 'None' : plural(problems.length, 'problem'),
          },
          { key: 'In the tracker', value: describeMergeTotals(totals) },
          {
            key: 'Conflicts',
            value: totals.conflicts === 0 ? 'None' : plural(totals.conflicts, 'conflict'),
          },
          { key: 'Read and checked in', value: formatSeconds(analysis.elapsedMs) },
        ]}
      />
      {problems.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{plural(problems.length, 'problem')} found</h2>
          <WarningText>
            Rows with problems will not be imported. A child whose header row or episodes have a
            problem is left out completely, so that their review dates are never worked out from
            part of their history.
          </WarningText>
          {excluded.length > 0 && (
            <Details summary={`${plural(excluded.length, 'child', 'children')} will be left out`}>
              <ul className="govuk-list govuk-list--bullet">
                {excluded.slice(0, 500).map((item) => (
                  <li key={item.childRef}>
                    {item.childRef}: {item.reason.charAt(0).toLowerCase() + item.reason.slice(1)}
                  </li>
                ))}
              </ul>
            </Details>
          )}
          <div className="app-import-problems-wrapper">
            <ProblemsTable problems={problems} />
          </div>
        </>
      )}
      {children.length > 0 && totals.changes === 0 && (
        <InsetText>
          Importing this return changes nothing:{' '}
          {totals.heldBack === 0
            ? 'every child in it is already in the tracker as the return has them.'
            : 'its children are already in the tracker as the return has them, or held back by a conflict.'}
        </InsetText>
      )}
      {totals.changes > 0 && (
        <>
          <h2 className="govuk-heading-m">What will change</h2>
          <ChangesTable rows={merge.children} title="What will change, child by child" />
        </>
      )}
      {totals.conflicts > 0 && (
        <>
          <h2 className="govuk-heading-m">
            {plural(totals.conflicts, 'conflict')} with the tracker
          </h2>
          <WarningText>
            A conflict is never overwritten. When it is about a child’s date of birth or episodes,
            nothing about that child changes, so their review dates are never worked out from a mix
            of the two. When it is about one review, the tracker’s review is kept and the child’s
            other changes are made.
          </WarningText>
          <ConflictsTable rows={merge.children} />
        </>
      )}
      {children.length === 0 ? (
        <>
          <InsetText>Nothing can be imported: fix the files and upload them again.</InsetText>
          <Button onClick={onStartAgain}>Upload the files again</Button>
        </>
      ) : totals.changes === 0 ? (
        <Button onClick={onStartAgain}>Choose other files</Button>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {problems.length > 0 && (
            <Radios
              name="choice"
              legend="What do you want to do?"
              legendSize="m"
              error={errors.choice}
              value={choice}
              onChange={setChoice}
              items={[
                {
                  value: 'import',
                  text: `Import the ${plural(children.length, 'child', 'children')} with no problems`,
                  hint: `${plural(counts.episodes.valid, 'episode')} and ${plural(counts.reviews.valid, 'review')}`,
                },
                {
                  value: 'fix',
                  text: 'Fix the files and upload them again',
                  hint: 'Nothing will be imported',
                },
              ]}
            />
          )}
          {choice !== 'fix' && needsIro && (
            <Select
              id="iroId"
              label="Allocate the imported children to"
              labelSize="m"
              hint={
                totals.changed + totals.unchanged + totals.heldBack > 0
                  ? `The ${plural(totals.newChildren, 'new child', 'new children')}: children already in the tracker keep their IRO. You can share the new ones out between IROs after the import.`
                  : 'You can share them out between IROs after the import.'
              }
              error={errors.iroId}
              value={iroId}
              onChange={(event) => {
                setIroId(event.currentTarget.value);
              }}
              options={[
                { value: '', text: staff.isPending ? 'Loading IROs…' : 'Choose an IRO' },
                ...iros.map((iro) => ({
                  value: iro.id,
                  text: `${iro.name} (${plural(iro.caseload?.total ?? 0, 'child', 'children')})`,
                })),
              ]}
            />
          )}
          <div className="govuk-button-group">
            <Button type="submit" disabled={importReturn.isPending}>
              {choice === 'fix'
                ? 'Continue'
                : `Import ${plural(totals.changes, 'child', 'children')}`}
            </Button>
            <button type="button" className="govuk-link app-link-button" onClick={onStartAgain}>
              Cancel and choose other files
            </button>
          </div>
        </form>
      )}
    </>
  );
}

function Imported({
  analysis,
  result,
  iroId,
}: {
  analysis: ReturnAnalysis;
  result: Ssda903ImportResult;
  iroId: string;
}) {
  useDocumentTitle('Return imported');
  const { imported, totals } = result;
  const onlyNew = totals.changed === 0 && totals.newChildren > 0;
  return (
    <>
      {onlyNew ? (
        <Panel title={`${plural(imported.children, 'child', 'children')} imported`}>
          {plural(imported.episodes, 'episode')} in {plural(imported.periodsOfCare, 'period')} of
          care and {plural(imported.reviews, 'review')}
        </Panel>
      ) : (
        <Panel
          title={
            totals.changes === 0
              ? 'Nothing was changed'
              : `${plural(totals.changes, 'child', 'children')} updated from the return`
          }
        >
          {result.summary}
        </Panel>
      )}
      {!onlyNew && totals.changes > 0 && (
        <ChangesTable rows={result.outcomes} title="What changed, child by child" />
      )}
      {totals.conflicts > 0 && <ConflictsTable rows={result.outcomes} />}
      {result.children.length > 0 && (
        <AllocateImported analysis={analysis} result={result} initialIroId={iroId} />
      )}
    </>
  );
}

/** Route: paths.ssda903Import. Team managers only (src/app/route-table.tsx; the backend too). */
export function ImportReturnPage() {
  const today = useToday();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [readFailure, setReadFailure] = useState<string | null>(null);

  async function read(files: Record<Ssda903FileKind, File>) {
    setReadFailure(null);
    setStep({ name: 'reading', fraction: 0, stage: 'Loading the tracker’s children' });
    // The tracker as it is now, to match the return against (the backend matches again).
    let current: Ssda903Current;
    try {
      current = await queryClient.query(currentChildrenQuery());
    } catch (error) {
      setReadFailure(
        isApiError(error) && error.kind === 'network'
          ? 'The service could not be reached to compare the return with the tracker. Check your connection and try again.'
          : 'The tracker’s children could not be loaded to compare with the return. Try again.',
      );
      setStep({ name: 'choose' });
      return;
    }
    setStep({ name: 'reading', fraction: 0, stage: 'Opening the files' });
    await readReturn(
      files,
      today,
      (fraction, stage) => {
        setStep({ name: 'reading', fraction, stage });
      },
      current.children,
    ).then(
      (analysis) => {
        setStep({ name: 'preview', analysis });
      },
      (error: unknown) => {
        setReadFailure(
          `The files could not be read: ${error instanceof Error ? error.message : String(error)}. Check they are the CSV files of the return and try again.`,
        );
        setStep({ name: 'choose' });
      },
    );
  }

  switch (step.name) {
    case 'choose':
      return (
        <ChooseFiles
          onRead={(files) => {
            void read(files);
          }}
          readFailure={readFailure}
        />
      );
    case 'reading':
      return <Reading fraction={step.fraction} stage={step.stage} />;
    case 'preview':
      return (
        <Preview
          analysis={step.analysis}
          onStartAgain={() => {
            setStep({ name: 'choose' });
          }}
          onImported={(result, iroId) => {
            setStep({ name: 'imported', analysis: step.analysis, result, iroId });
          }}
        />
      );
    case 'imported':
      return <Imported analysis={step.analysis} result={step.result} iroId={step.iroId} />;
  }
}

function Reading({ fraction, stage }: { fraction: number; stage: string }) {
  useDocumentTitle('Reading the return');
  return (
    <>
      <h1 className="govuk-heading-l">Reading the return</h1>
      <ReadingProgress fraction={fraction} stage={stage} />
    </>
  );
}
