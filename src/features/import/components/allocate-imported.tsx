import { useMemo, useState } from 'react';
import {
  AcceptClashesField,
  AppLink,
  Button,
  Checkboxes,
  ErrorSummary,
  formatCount,
  NotificationBanner,
  Select,
  type ErrorSummaryItem,
  clashesOrError,
} from '@/components';
import { ACCEPT_CLASHES_FIELD, formatDate } from '@/domain';
import { isApiError, type ApiError } from '@/lib/api/client';
import type { Ssda903ImportResult } from '@/lib/api/ssda903-schemas';
import { paths } from '@/lib/paths';
import { useStaff } from '@/lib/queries/get-staff';
import { useAllocateChildren } from '../api/allocate-children';
import type { ReturnAnalysis } from '../lib/analyse-return';
import { plural } from '../lib/words';

/** Checkboxes beyond this many make the page slow; "Select all" still covers every child. */
export const CHILDREN_LISTED = 500;

type Errors = Partial<Record<'children' | 'toIroId' | 'acceptClashes', string>>;

/** Every message the backend gave on the IRO field: one for each clash in the new IRO's diary. */
function clashMessages(error: ApiError): string[] {
  return (error.problem?.errors ?? [])
    .filter((each) => each.field === 'toIroId')
    .map((each) => each.message);
}

export type AllocateImportedProps = {
  analysis: ReturnAnalysis;
  result: Ssda903ImportResult;
  initialIroId: string;
};

/** Shares the imported children out between IROs (POST /children/reallocate, all or nothing). */
export function AllocateImported({ analysis, result, initialIroId }: AllocateImportedProps) {
  const staff = useStaff();
  const allocate = useAllocateChildren();
  const [allocation, setAllocation] = useState<Record<string, string>>(() =>
    Object.fromEntries(result.children.map((child) => [child.id, child.iroId || initialIroId])),
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [toIroId, setToIroId] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{ heading: string; clashNote: string | null } | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  // The overlaps the backend found in the chosen IRO's diary, until the children or the IRO change
  // (then they may no longer be the ones that would happen, so the manager must be told again).
  const [clashes, setClashes] = useState<string[]>([]);
  const [acceptClashes, setAcceptClashes] = useState(false);

  const dateOfBirth = useMemo(
    () => new Map(analysis.validation.children.map((child) => [child.childRef, child.dateOfBirth])),
    [analysis],
  );
  const iros = (staff.data ?? []).filter((member) => member.role === 'iro' && member.active);
  const nameOf = (id: string) =>
    staff.data?.find((member) => member.id === id)?.name ?? 'the IRO chosen';

  function forgetClashes() {
    setClashes([]);
    setAcceptClashes(false);
    setErrors(({ acceptClashes: _confirm, ...rest }) => rest);
  }

  function choose(children: string[]) {
    forgetClashes();
    setSelected(children);
  }

  async function submit() {
    setSubmitCount((count) => count + 1);
    setFailure(null);
    setDone(null);
    const found: Errors = {};
    if (selected.length === 0) found.children = 'Select the children to allocate';
    if (toIroId === '') found.toIroId = 'Select the IRO to allocate the children to';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const accepted = acceptClashes && clashes.length > 0;
      const response = await allocate.mutateAsync({
        childIds: selected,
        toIroId,
        acceptClashes: accepted,
      });
      setAllocation((current) => {
        const next = { ...current };
        for (const child of response.children) next[child.id] = child.iroId;
        return next;
      });
      setDone({
        heading: `${plural(selected.length, 'child', 'children')} allocated to ${nameOf(toIroId)}`,
        // As the team's reallocate page says it: the clashes accepted are still to be rearranged.
        clashNote: accepted
          ? `${clashes.length === 1 ? 'One review meeting now overlaps another' : 'Review meetings now overlap others'} in ${nameOf(toIroId)}’s diary: rearrange them. The team calendar marks each clash.`
          : null,
      });
      setSelected([]);
      forgetClashes();
    } catch (error) {
      if (isApiError(error) && error.isValidation && ACCEPT_CLASHES_FIELD in error.fieldErrors) {
        // Booked meetings would overlap the chosen IRO's: name each, and ask to confirm or choose again.
        setClashes(clashMessages(error));
        setAcceptClashes(false);
        setErrors({ acceptClashes: error.fieldErrors[ACCEPT_CLASHES_FIELD] });
        return;
      }
      if (isApiError(error) && error.isValidation) {
        forgetClashes();
        setErrors(
          error.fieldErrors.toIroId === undefined ? {} : { toIroId: error.fieldErrors.toIroId },
        );
      }
      // Anything else keeps every choice, a confirmed clash included, to try again as it is.
      setFailure(
        isApiError(error)
          ? error.message
          : 'Sorry, there is a problem with the service. Try again.',
      );
    }
  }

  const summary: ErrorSummaryItem[] = [
    ...(errors.children === undefined ? [] : [{ href: '#children', text: errors.children }]),
    ...(errors.toIroId === undefined ? [] : [{ href: '#toIroId', text: errors.toIroId }]),
    ...clashes.map((text) => ({ href: '#toIroId', text })),
    ...(errors.acceptClashes === undefined
      ? []
      : [{ href: `#${ACCEPT_CLASHES_FIELD}`, text: errors.acceptClashes }]),
  ];
  const allIds = result.children.map((child) => child.id);

  return (
    <>
      {done !== null && (
        <NotificationBanner type="success" focusOnMount heading={done.heading}>
          {done.clashNote !== null && <p className="govuk-body">{done.clashNote}</p>}
          <p className="govuk-body">
            <AppLink href={paths.caseload} className="govuk-notification-banner__link">
              Go to caseloads
            </AppLink>
          </p>
        </NotificationBanner>
      )}
      {failure !== null && Object.keys(errors).length === 0 ? (
        <ErrorSummary
          title="The children have not been allocated"
          description={failure}
          errors={[]}
          focusKey={submitCount}
        />
      ) : (
        <ErrorSummary errors={summary} focusKey={submitCount} />
      )}
      <h2 className="govuk-heading-m govuk-!-margin-top-8">Allocate the imported children</h2>
      <p className="govuk-body">
        They are allocated to {nameOf(initialIroId)} for now. Choose children and an IRO to share
        them out: each IRO’s caseload is shown beside their name.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              choose(allIds);
            }}
          >
            Select all {plural(allIds.length, 'child', 'children')}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              choose([]);
            }}
          >
            Clear the selection
          </button>
        </div>
        {allIds.length > CHILDREN_LISTED && (
          <p className="govuk-body" id="children-listed">
            The first {formatCount(CHILDREN_LISTED)} children are listed.{' '}
            {selected.length > CHILDREN_LISTED
              ? `All ${plural(selected.length, 'child', 'children')} are selected.`
              : 'Select all to allocate every child imported.'}
          </p>
        )}
        <Checkboxes
          name="children"
          legend="Which children?"
          legendSize="s"
          small
          error={errors.children}
          values={selected}
          onChange={choose}
          items={result.children.slice(0, CHILDREN_LISTED).map((child) => {
            const dob = dateOfBirth.get(child.childRef);
            return {
              value: child.id,
              text: `Child ${child.childRef}`,
              hint: `${dob === undefined ? '' : `Born ${formatDate(dob)}. `}Allocated to ${nameOf(allocation[child.id] ?? child.iroId)}`,
            };
          })}
        />
        <Select
          id="toIroId"
          label="Allocate them to"
          labelSize="s"
          error={clashesOrError(clashes, errors.toIroId)}
          value={toIroId}
          onChange={(event) => {
            forgetClashes();
            setToIroId(event.currentTarget.value);
          }}
          options={[
            { value: '', text: 'Choose an IRO' },
            ...iros.map((iro) => ({
              value: iro.id,
              text:
                iro.caseload === null
                  ? iro.name
                  : `${iro.name}: ${plural(iro.caseload.total, 'child', 'children')} (band ${iro.caseload.band.min} to ${iro.caseload.band.max})`,
            })),
          ]}
        />
        {clashes.length > 0 && (
          <AcceptClashesField
            checked={acceptClashes}
            onChange={setAcceptClashes}
            error={errors.acceptClashes}
            hint={`The meetings move to ${nameOf(toIroId)} as booked; the team calendar marks each clash until it is rearranged.`}
          />
        )}
        <div className="govuk-button-group">
          <Button type="submit" disabled={allocate.isPending}>
            Allocate
          </Button>
          <AppLink href={paths.caseload} className="govuk-link">
            Go to caseloads
          </AppLink>
        </div>
      </form>
    </>
  );
}
