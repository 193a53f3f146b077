import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import {
  AcceptClashesField,
  Button,
  Checkboxes,
  ErrorState,
  ErrorSummary,
  formatIsoDate,
  LoadingState,
  NotificationBanner,
  Select,
  Table,
  type ErrorSummaryItem,
  clashesOrError,
} from '@/components';
import { ACCEPT_CLASHES_FIELD, caseloadBandPosition, perFte, REVIEW_STATUS_LABELS } from '@/domain';
import { isApiError, type ApiError } from '@/lib/api/client';
import type { ChildSummary } from '@/lib/api/schemas';
import type { TeamIroRow, TeamOverview } from '@/lib/api/team-schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useIroChildren } from '../api/get-iro-children';
import { useTeamOverview } from '../api/get-team-overview';
import { useReallocateChildren } from '../api/reallocate-children';
import { BandTag } from '../components/band-tag';
import { childrenText, formatPerFte, fullName } from '../lib/format';

interface Done {
  count: number;
  fromName: string;
  toName: string;
  names: string[];
  /** How many clashes in the new IRO's diary the manager was told of and accepted. */
  clashesAccepted: number;
}

type Errors = Partial<Record<'children' | 'to' | 'acceptClashes', string>>;

/** Every message the backend gave for one field (a clash each on the IRO field). */
function messagesFor(error: ApiError, fields: readonly string[]): string[] {
  return (error.problem?.errors ?? [])
    .filter((each) => fields.includes(each.field))
    .map((each) => each.message);
}

function CaseloadChange({
  overview,
  from,
  to,
  moving,
}: {
  overview: TeamOverview;
  from: TeamIroRow;
  to: TeamIroRow | undefined;
  moving: number;
}) {
  const rows = [
    { iro: from, after: from.children - moving },
    ...(to === undefined ? [] : [{ iro: to, after: to.children + moving }]),
  ];
  return (
    <Table
      caption="Caseloads before and after"
      captionClassName="govuk-table__caption--m"
      firstCellIsHeader
      rowKeys={rows.map((row) => row.iro.id)}
      head={[
        { content: 'IRO' },
        { content: 'Children now', numeric: true },
        { content: 'Children after', numeric: true },
        { content: 'Per FTE after', numeric: true },
      ]}
      rows={rows.map(({ iro, after }) => {
        const afterPerFte = perFte(after, iro.fte);
        return [
          { content: iro.name },
          { content: iro.children, numeric: true },
          { content: after, numeric: true },
          {
            content: (
              <>
                {formatPerFte(afterPerFte)}{' '}
                <span className="govuk-!-display-block">
                  <BandTag
                    position={caseloadBandPosition(afterPerFte, overview.band)}
                    band={overview.band}
                  />
                </span>
              </>
            ),
            numeric: true,
          },
        ];
      })}
    />
  );
}

function childLabel(child: ChildSummary) {
  return `${fullName(child)} (${child.childRef})`;
}

function childHint(child: ChildSummary) {
  return `Next review due ${formatIsoDate(child.nextReview.due)}: ${REVIEW_STATUS_LABELS[child.nextReview.status].toLowerCase()}`;
}

/**
 * Moves one child or several (an IRO leaving) to another IRO, showing both caseloads before and
 * after. The backend records each move in the child's audit history.
 */
export function ReallocatePage() {
  const [searchParams, setSearchParams] = useUrlSearchParams();
  const fromId = searchParams.get('from') || null;
  const preselected = searchParams.get('child');
  const overview = useTeamOverview();
  const children = useIroChildren(fromId);
  const reallocate = useReallocateChildren();
  const [selected, setSelected] = useState<string[]>(preselected === null ? [] : [preselected]);
  const [toId, setToId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [done, setDone] = useState<Done | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The overlaps the backend found in the new IRO's diary, until the choice of children or IRO
  // changes (then they may no longer be the ones that would happen).
  const [clashes, setClashes] = useState<string[]>([]);
  const [acceptClashes, setAcceptClashes] = useState(false);
  const hasErrors = Object.keys(errors).length > 0 || failure !== null;
  useDocumentTitle('Reallocate children', { hasErrors });

  const iros = overview.data?.iros ?? [];
  const from = iros.find((row) => row.id === fromId);
  const targets = iros.filter((row) => row.active && row.id !== fromId);
  const to = targets.find((row) => row.id === toId);
  const list = children.data?.items ?? [];
  // Only children still allocated to this IRO count (the list may have been refreshed).
  const chosen = list.filter((child) => selected.includes(child.id));

  function forgetClashes() {
    setClashes([]);
    setAcceptClashes(false);
    setErrors((current) => {
      const { acceptClashes: _confirm, ...rest } = current;
      return rest;
    });
  }

  function chooseFrom(id: string) {
    forgetClashes();
    setSelected([]);
    setErrors({});
    setFailure(null);
    setSearchParams(id === '' ? {} : { from: id });
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    setFailure(null);
    const next: Errors = {};
    if (chosen.length === 0) next.children = 'Select at least one child to reallocate';
    if (to === undefined) next.to = 'Select the IRO to allocate the children to';
    setErrors(next);
    if (Object.keys(next).length > 0 || to === undefined || from === undefined) return;
    try {
      const accepted = acceptClashes && clashes.length > 0;
      await reallocate.mutateAsync({
        children: chosen.map((child) => ({ id: child.id, version: child.version })),
        toIroId: to.id,
        acceptClashes: accepted,
      });
      setDone({
        count: chosen.length,
        fromName: from.name,
        toName: to.name,
        names: chosen.map(fullName),
        clashesAccepted: accepted ? clashes.length : 0,
      });
      setSelected([]);
      forgetClashes();
    } catch (error) {
      if (isApiError(error) && error.isConflict) {
        setFailure(
          'Someone else changed this child’s record while you were choosing. The list has been refreshed: check it and try again.',
        );
      } else if (
        isApiError(error) &&
        error.isValidation &&
        ACCEPT_CLASHES_FIELD in error.fieldErrors
      ) {
        // Booked meetings would overlap the new IRO's: say which, and ask to confirm or choose again.
        setClashes(messagesFor(error, ['toIroId', 'iroId']));
        setAcceptClashes(false);
        setErrors({ acceptClashes: error.fieldErrors[ACCEPT_CLASHES_FIELD] });
      } else if (isApiError(error) && error.isValidation) {
        forgetClashes();
        setErrors({ to: error.fieldErrors.toIroId ?? error.fieldErrors.iroId ?? error.message });
      } else {
        setFailure(
          isApiError(error) && error.kind === 'network'
            ? 'The service could not be reached. Check your connection and try again: your choices are still here.'
            : 'Sorry, there is a problem with the service. Try again: your choices are still here.',
        );
      }
    }
  }

  const summaryItems: ErrorSummaryItem[] = [
    ...(errors.children ? [{ href: '#children', text: errors.children }] : []),
    ...(errors.to ? [{ href: '#to', text: errors.to }] : []),
    ...clashes.map((text) => ({ href: '#to', text })),
    ...(errors.acceptClashes
      ? [{ href: `#${ACCEPT_CLASHES_FIELD}`, text: errors.acceptClashes }]
      : []),
  ];
  const afterFrom = iros.find((row) => row.name === done?.fromName);
  const afterTo = iros.find((row) => row.name === done?.toName);

  return (
    <>
      {failure !== null && (
        <ErrorSummary
          title="The children have not been reallocated"
          description={failure}
          errors={[]}
          focusKey={submitCount}
        />
      )}
      {summaryItems.length > 0 && <ErrorSummary errors={summaryItems} focusKey={submitCount} />}
      {done !== null && (
        <NotificationBanner type="success" focusOnMount>
          <h3 className="govuk-notification-banner__heading">
            {childrenText(done.count)} reallocated from {done.fromName} to {done.toName}
          </h3>
          <p className="govuk-body">
            {done.names.join(', ')}.{' '}
            {afterFrom && afterTo && !overview.isFetching
              ? `${afterFrom.name} now has ${childrenText(afterFrom.children)} and ${afterTo.name} has ${childrenText(afterTo.children)}.`
              : ''}{' '}
            Each move is recorded in the child’s history.
          </p>
          {done.clashesAccepted > 0 && (
            <p className="govuk-body">
              {done.clashesAccepted === 1
                ? 'One review meeting now overlaps another'
                : 'Review meetings now overlap others'}{' '}
              in {done.toName}’s diary: rearrange them. The team calendar marks each clash.
            </p>
          )}
        </NotificationBanner>
      )}

      <h1 className="govuk-heading-l">Reallocate children</h1>
      <p className="govuk-body">
        Move one child, or several at once (for example when an IRO leaves), to another IRO. The
        child’s IRO changes everywhere, including review meetings still to come.
      </p>

      {overview.isPending ? (
        <LoadingState label="Loading the team" />
      ) : overview.isError ? (
        <ErrorState
          message="The team could not be loaded."
          onRetry={() => void overview.refetch()}
        />
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Select
            id="from"
            label="Reallocate children of"
            labelSize="m"
            value={fromId ?? ''}
            onChange={(event) => {
              chooseFrom(event.target.value);
            }}
            options={[
              { value: '', text: 'Choose an IRO' },
              ...iros.map((row) => ({
                value: row.id,
                text: `${row.name} (${childrenText(row.children)})`,
              })),
            ]}
          />

          {fromId !== null && from === undefined && (
            <p className="govuk-body">That IRO is not in the team. Choose another.</p>
          )}

          {from !== undefined &&
            (children.isPending ? (
              <LoadingState label={`Loading the children of ${from.name}`} />
            ) : children.isError ? (
              <ErrorState
                message="The children could not be loaded."
                onRetry={() => void children.refetch()}
              />
            ) : list.length === 0 ? (
              <p className="govuk-body">{from.name} has no children allocated.</p>
            ) : (
              <>
                <div className="govuk-button-group">
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => {
                      setSelected(list.map((child) => child.id));
                    }}
                  >
                    Select all {childrenText(list.length)}
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => {
                      setSelected([]);
                    }}
                  >
                    Clear selection
                  </Button>
                </div>
                <Checkboxes
                  name="children"
                  legend={`Children to reallocate (${chosen.length} of ${list.length} selected)`}
                  legendSize="s"
                  small
                  error={errors.children}
                  values={selected}
                  onChange={(values) => {
                    forgetClashes();
                    setSelected(values);
                  }}
                  items={list.map((child) => ({
                    value: child.id,
                    text: childLabel(child),
                    hint: childHint(child),
                  }))}
                  className="app-reallocate-children"
                />

                <Select
                  id="to"
                  label="Allocate them to"
                  labelSize="m"
                  error={clashesOrError(clashes, errors.to)}
                  value={toId}
                  onChange={(event) => {
                    forgetClashes();
                    setToId(event.target.value);
                  }}
                  options={[
                    { value: '', text: 'Choose an IRO' },
                    ...targets.map((row) => ({
                      value: row.id,
                      text: `${row.name} (${childrenText(row.children)})`,
                    })),
                  ]}
                />

                {clashes.length > 0 && (
                  <AcceptClashesField
                    checked={acceptClashes}
                    onChange={setAcceptClashes}
                    error={errors.acceptClashes}
                    hint={`The meetings move to ${to?.name ?? 'the new IRO'} as booked; the team calendar marks each clash until it is rearranged.`}
                  />
                )}

                <CaseloadChange
                  overview={overview.data}
                  from={from}
                  to={to}
                  moving={chosen.length}
                />

                <Button type="submit" disabled={reallocate.isPending}>
                  {chosen.length === 0
                    ? 'Reallocate children'
                    : `Reallocate ${childrenText(chosen.length)}`}
                </Button>
              </>
            ))}
        </form>
      )}

      <p className="govuk-body">
        <Link className="govuk-link" to={paths.team}>
          Back to the team overview
        </Link>
      </p>
    </>
  );
}
