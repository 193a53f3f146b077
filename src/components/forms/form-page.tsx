import type { ReactNode } from 'react';
import type { FieldErrors, SaveFailure } from '@/lib/forms/use-form-submission';
import { useDocumentTitle } from '@/lib/use-document-title';
import { cx } from '../cx';
import { Button } from '../govuk/button';
import { AppLink } from '../link';
import { ConflictNotice } from './conflict-notice';
import { DraftOfferNotice, DraftSaveStatus, type DraftSaveStatusProps } from './draft-notice';
import { FormProblems, type FieldIdFor } from './form-problems';
import { LeaveConfirmation, type LeaveBlocker } from './leave-confirmation';

/** A form's draft kept by the backend (useFormDraft in src/lib returns one). */
export type FormPageDraft = {
  offer: { savedAt: string; recordChanged: boolean } | null;
  status: DraftSaveStatusProps['status'];
  continueDraft: () => void;
  discardDraft: () => void;
  /** Cancel was chosen. */
  cancelling: () => void;
};

/** Where a form's submission stands (useFormSubmission in src/lib/forms returns one). */
export type FormSubmissionState = {
  errors: FieldErrors;
  failure: SaveFailure | null;
  /** 409: someone else changed the record first, with the backend's message. */
  conflict: { message: string } | null;
  submitCount: number;
  saving: boolean;
  hasErrors: boolean;
};

export type FormPageProps = {
  /** Above the heading: 'Child record', or the child's name and reference. */
  caption: ReactNode;
  /** The page's heading, and the document title ('Error: ' in front while there are problems). */
  title: string;
  /** From useFormSubmission: its errors, failure, conflict and saving state. */
  submission: FormSubmissionState;
  /** The fields in the order they appear, for the error summary. */
  fieldOrder: readonly string[];
  idFor: FieldIdFor;
  /** Runs on submit (the browser's own validation and submission are off). */
  onSubmit: () => Promise<void>;
  submitLabel: ReactNode;
  submitVariant?: 'warning';
  cancelHref: string;
  /** 'Cancel' unless given. */
  cancelText?: ReactNode;
  /** From useLeaveGuard, for a form that asks before its unsaved changes are left. */
  blocker?: LeaveBlocker;
  /** 409: loads the record as it is now. Without it a conflict shows only in the submission. */
  onReload?: () => Promise<void>;
  /** Between the error summary and the caption, e.g. that the record was reloaded. */
  notice?: ReactNode;
  /** Between the heading and the form, e.g. what the form is about. */
  intro?: ReactNode;
  /** The form's draft: offered back above the heading, its saves said under the buttons. */
  draft?: FormPageDraft;
  /** Added to the button group's classes. */
  buttonGroupClassName?: string;
  /** The fields. */
  children: ReactNode;
};

/**
 * What every form page has around its fields: the leave confirmation, the conflict notice, the
 * error summary, the caption and heading, then the form with its submit button (disabled while
 * saving) and a link to cancel. Sets the document title.
 */
export function FormPage({
  caption,
  title,
  submission,
  fieldOrder,
  idFor,
  onSubmit,
  submitLabel,
  submitVariant,
  cancelHref,
  cancelText = 'Cancel',
  blocker,
  onReload,
  notice,
  intro,
  draft,
  buttonGroupClassName,
  children,
}: FormPageProps) {
  useDocumentTitle(title, { hasErrors: submission.hasErrors });
  return (
    <>
      {blocker && <LeaveConfirmation blocker={blocker} />}
      {submission.conflict && onReload && (
        <ConflictNotice message={submission.conflict.message} onReload={onReload} />
      )}
      <FormProblems
        errors={submission.errors}
        failure={submission.failure}
        submitCount={submission.submitCount}
        fieldOrder={fieldOrder}
        idFor={idFor}
      />
      {notice}
      {draft?.offer && (
        <DraftOfferNotice
          savedAt={draft.offer.savedAt}
          recordChanged={draft.offer.recordChanged}
          onContinue={draft.continueDraft}
          onDiscard={draft.discardDraft}
        />
      )}
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {intro}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        {children}
        <div className={cx('govuk-button-group', buttonGroupClassName)}>
          <Button type="submit" variant={submitVariant} disabled={submission.saving}>
            {submitLabel}
          </Button>
          <AppLink className="govuk-link" href={cancelHref} onClick={draft?.cancelling}>
            {cancelText}
          </AppLink>
        </div>
        {draft && <DraftSaveStatus status={draft.status} />}
      </form>
    </>
  );
}
