import { useState } from 'react';
import {
  Button,
  Checkboxes,
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
import {
  NO_SSDA903_CHANGES,
  SSDA903_FILE_LABELS,
  ssda903RowsOf,
  type Ssda903FileKind,
} from '@/domain';
import { isApiError } from '@/lib/api/client';
import type {
  Ssda903CheckBody,
  Ssda903CheckResult,
  Ssda903CompareResult,
  Ssda903ImportResult,
  Ssda903Notice,
} from '@/lib/api/ssda903-schemas';
import { useStaff } from '@/lib/queries/get-staff';
import { useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { checkReturn } from '../api/check-return';
import { compareReturn } from '../api/compare-return';
import { useImportReturn } from '../api/import-return';
import { AllocateImported } from '../components/allocate-imported';
import { ChooseFiles } from '../components/choose-files';
import { ChangesTable, conflictsOf, ConflictsTable } from '../components/merge-tables';
import { PagedMerge } from '../components/paged-merge';
import { PagedProblems } from '../components/paged-problems';
import { ReadingProgress } from '../components/reading-progress';
import type { ImportProblem, ReturnAnalysis } from '../lib/analyse-return';
import { readReturn } from '../lib/read-return';
import { describeMergeTotals, formatSeconds, plural, ruleLabel, upperFirst } from '../lib/words';
import '../import.css';

type Step =
  | { name: 'choose' }
  | { name: 'reading'; fraction: number; stage: string }
  | {
      name: 'preview';
      analysis: ReturnAnalysis;
      check: Ssda903CheckResult | null;
      checkBody: Ssda903CheckBody | null;
      /** The server's comparison with the tracker (null: no children in the return to compare). */
      compare: Ssda903CompareResult | null;
    }
  | { name: 'imported'; analysis: ReturnAnalysis; result: Ssda903ImportResult; iroId: string };

const NO_REVIEWS_ERROR = 'Confirm the reviews file is meant to be empty, or choose the right file';

/** A whole file's problem (row 0) is said once, as a notice, not as a row of the table. */
const isWholeFile = (problem: { row: number; code: string }) =>
  problem.row === 0 && problem.code === 'date-format';

/**
 * What the preview shows: the backend's check (the rules the import applies) when it answered,
 * with the problems only the browser can see (the CSV itself); else the browser's own check.
 */
function previewProblems(analysis: ReturnAnalysis, check: Ssda903CheckResult | null) {
  const csv = analysis.problems.filter((problem) => problem.code.startsWith('csv-'));
  if (check === null) {
    const rows = analysis.problems.filter((problem) => !isWholeFile(problem));
    const notices: Ssda903Notice[] = analysis.problems.filter(isWholeFile).map((problem) => ({
      kind: 'problem',
      file: problem.file,
      code: 'date-format',
      rule: problem.rule,
      message: problem.message,
      childRefs: [],
    }));
    return { rows, total: rows.length, count: analysis.problems.length, notices };
  }
  const wholeFile = check.problems.filter(isWholeFile).length;
  const rows: ImportProblem[] = [...csv, ...check.problems.filter((p) => !isWholeFile(p))];
  return {
    rows,
    total: csv.length + check.totalProblems - wholeFile,
    count: csv.length + check.totalProblems,
    notices: check.notices,
  };
}

/** Page `page` of the comparison's changes and conflicts, the same size as its first. */
const comparePage = (body: Ssda903CheckBody, first: Ssda903CompareResult, page: number) =>
  compareReturn({ ...body, page, pageSize: first.changes.pageSize });

function Notices({ notices }: { notices: readonly Ssda903Notice[] }) {
  const problems = notices.filter((notice) => notice.kind === 'problem');
  if (problems.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">
        {problems.length === 1 ? 'A file could not be read' : 'Files that could not be read'}
      </h2>
      {problems.map((notice) => (
        <WarningText key={`${notice.file}-${notice.code}`}>
          {upperFirst(SSDA903_FILE_LABELS[notice.file])}: {ruleLabel(notice.rule)}
          {notice.message}
        </WarningText>
      ))}
    </>
  );
}

function Preview({
  analysis,
  check,
  checkBody,
  compare,
  onImported,
  onStartAgain,
}: {
  analysis: ReturnAnalysis;
  check: Ssda903CheckResult | null;
  checkBody: Ssda903CheckBody | null;
  compare: Ssda903CompareResult | null;
  onImported: (result: Ssda903ImportResult, iroId: string) => void;
  onStartAgain: () => void;
}) {
  const { validation } = analysis;
  const shown = previewProblems(analysis, check);
  const problems = shown.rows;
  const problemCount = shown.count;
  const noReviews = shown.notices.find((notice) => notice.code === 'no-reviews');
  const { counts, children, excluded } = validation;
  // The server's comparison; with no children to compare, nothing changes.
  const totals = compare?.totals ?? NO_SSDA903_CHANGES;
  // Only new children need an IRO: children already in the tracker keep theirs.
  const needsIro = totals.newChildren > 0;
  const staff = useStaff();
  const importReturn = useImportReturn();
  const [choice, setChoice] = useState(problemCount === 0 ? 'import' : '');
  const [confirmed, setConfirmed] = useState<string[]>([]);
  // The import checks the rows it is sent again: it may ask for a confirmation the preview did not.
  const [askedToConfirm, setAskedToConfirm] = useState<string | null>(null);
  const needsConfirmation = noReviews !== undefined || askedToConfirm !== null;
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
    if (needsConfirmation && !confirmed.includes('no-reviews')) found.confirm = NO_REVIEWS_ERROR;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const rows = ssda903RowsOf(children);
    try {
      const result = await importReturn.mutateAsync({
        iroId: needsIro ? iroId : null,
        header: rows.header.rows as Record<string, string>[],
        episodes: rows.episodes.rows as Record<string, string>[],
        reviews: rows.reviews.rows as Record<string, string>[],
        ...(confirmed.includes('no-reviews') ? { confirm: ['no-reviews' as const] } : {}),
      });
      onImported(result, iroId);
    } catch (error) {
      if (isApiError(error) && error.isValidation) {
        const items = (error.problem?.errors ?? [])
          .filter((item) => item.field !== 'iroId' && item.field !== 'confirm')
          .map((item) => item.message);
        if (error.fieldErrors.iroId !== undefined) setErrors({ iroId: error.fieldErrors.iroId });
        const confirm = error.fieldErrors.confirm;
        if (confirm !== undefined) {
          setAskedToConfirm(confirm.replace(/^Confirm no-reviews: /, ''));
          setErrors((current) => ({ ...current, confirm: NO_REVIEWS_ERROR }));
        }
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
    ...(errors.confirm === undefined ? [] : [{ href: '#confirm', text: errors.confirm }]),
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
            value: problemCount === 0 ? 'None' : plural(problemCount, 'problem'),
          },
          { key: 'In the tracker', value: describeMergeTotals(totals) },
          {
            key: 'Conflicts',
            value: totals.conflicts === 0 ? 'None' : plural(totals.conflicts, 'conflict'),
          },
          { key: 'Read and checked in', value: formatSeconds(analysis.elapsedMs) },
        ]}
      />
      <Notices notices={shown.notices} />
      {problemCount > 0 && (
        <>
          <h2 className="govuk-heading-m">{plural(problemCount, 'problem')} found</h2>
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
          {problems.length > 0 && (
            <PagedProblems
              first={problems}
              total={shown.total}
              check={check}
              body={checkBody}
              isShown={(problem) => !isWholeFile(problem)}
            />
          )}
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
          {compare !== null && checkBody !== null && (
            <PagedMerge
              first={compare.changes}
              fetchPage={async (page) =>
                (await comparePage(checkBody, compare, page)).changes.items
              }
              name="changes"
              noun="Children"
            >
              {(rows) => <ChangesTable rows={rows} title="What will change, child by child" />}
            </PagedMerge>
          )}
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
          {compare !== null && checkBody !== null && (
            <PagedMerge
              first={compare.conflicts}
              fetchPage={async (page) =>
                (await comparePage(checkBody, compare, page)).conflicts.items
              }
              name="conflicts"
              noun="Conflicts"
            >
              {(rows) => <ConflictsTable conflicts={rows} />}
            </PagedMerge>
          )}
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
          {problemCount > 0 && (
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
          {choice !== 'fix' && needsConfirmation && (
            <Checkboxes
              name="confirm"
              legend="The reviews file has no rows"
              legendSize="m"
              hint={noReviews?.message ?? askedToConfirm ?? ''}
              error={errors.confirm}
              values={confirmed}
              onChange={setConfirmed}
              items={[
                {
                  value: 'no-reviews',
                  text: 'I confirm the reviews file is meant to be empty',
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
      {totals.conflicts > 0 && <ConflictsTable conflicts={conflictsOf(result.outcomes)} />}
      {result.children.length > 0 && (
        <AllocateImported analysis={analysis} result={result} initialIroId={iroId} />
      )}
    </>
  );
}

/** Route: paths.ssda903Import. Team managers only (src/app/route-table.tsx; the backend too). */
export function ImportReturnPage() {
  const today = useToday();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [readFailure, setReadFailure] = useState<string | null>(null);

  async function read(files: Record<Ssda903FileKind, File>) {
    setReadFailure(null);
    setStep({ name: 'reading', fraction: 0, stage: 'Opening the files' });
    await readReturn(files, today, (fraction, stage) => {
      setStep({ name: 'reading', fraction, stage });
    }).then(
      async (analysis) => {
        // The backend's own check: the rules the import applies, and the whole-file notices.
        let check: Ssda903CheckResult | null = null;
        let checkBody: Ssda903CheckBody | null = null;
        let compare: Ssda903CompareResult | null = null;
        if (analysis.rows.header.length > 0) {
          setStep({ name: 'reading', fraction: 1, stage: 'Checking the return with the service' });
          checkBody = {
            header: analysis.rows.header as Record<string, string>[],
            episodes: analysis.rows.episodes as Record<string, string>[],
            reviews: analysis.rows.reviews as Record<string, string>[],
            rowNumbers: {
              header: [...analysis.rowNumbers.header],
              episodes: [...analysis.rowNumbers.episodes],
              reviews: [...analysis.rowNumbers.reviews],
            },
          };
          check = await checkReturn(checkBody).catch(() => null);
          // The tracker as it is now, compared on the server (the import merges again the same way).
          setStep({ name: 'reading', fraction: 1, stage: 'Comparing the return with the tracker' });
          try {
            compare = await compareReturn(checkBody);
          } catch (error) {
            setReadFailure(
              isApiError(error) && error.kind === 'network'
                ? 'The service could not be reached to compare the return with the tracker. Check your connection and try again.'
                : 'The return could not be compared with the tracker. Try again.',
            );
            setStep({ name: 'choose' });
            return;
          }
        }
        setStep({ name: 'preview', analysis, check, checkBody, compare });
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
          check={step.check}
          checkBody={step.checkBody}
          compare={step.compare}
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
