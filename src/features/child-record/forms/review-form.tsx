import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import {
  DATE_HINT,
  DateField,
  dateInputToIso,
  FormPage,
  Input,
  InsetText,
  Radios,
  type DateInputValue,
} from '@/components';
import {
  formatDate,
  participationCodesToOffer,
  PARTICIPATION_CODES,
  PARTICIPATION_METHODS,
  PN0_AGE_HINT,
  PN1_TO_PN7_AGE_HINT,
  type ReviewTimingContext,
} from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';
import { useFormSubmission } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useFormDraft } from '@/lib/use-form-draft';
import { FollowUpFields } from './follow-up-fields';
import { QualityCheckFields } from './quality-check-fields';
import { RecommendationFields } from './recommendation-fields';
import { RecordOfReviewFields } from './record-of-review-fields';
import { followUpRowsFor, refreshedFollowUps } from './review-record-values';
import { reviewTimingView } from './review-timing';
import { ReviewTimingFields } from './review-timing-fields';
import {
  advocacyDecisionError,
  checkReviewForm,
  participationAgeNote,
  REVIEW_FIELD_ORDER,
  reviewFieldId,
  type AdvocacyDecision,
  type CheckedReview,
  type ReviewFormValues,
} from './review-form-values';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type ReviewFormProps = {
  mode: 'create' | 'edit';
  child: ChildDetail;
  initial: ReviewFormValues;
  /** Where the review falls in its period of care (WithReviewTiming); null: not judged. */
  timing: ReviewTimingContext | null;
  /** Saves; resolves with the message for the success banner on the child record. */
  save: (checked: CheckedReview) => Promise<string>;
  /** 409: load the current record (the page re-creates the form with it). */
  onReloadCurrent?: () => Promise<void>;
  /** Shown above the form, e.g. after reloading the current record. */
  notice?: ReactNode;
  /** The record the form edits, for its draft: the child (a new review) or the review. */
  draftOf: { subjectId: string; recordVersion: number };
};

/** Record (or change) a held review: GOV.UK form with the domain's participation rules. */
export function ReviewForm({
  mode,
  child,
  initial,
  timing,
  save,
  onReloadCurrent,
  notice,
  draftOf,
}: ReviewFormProps) {
  const today = useToday();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [initialJson] = useState(() => JSON.stringify(initial));
  const submission = useFormSubmission();
  const { errors } = submission;
  const dirty = JSON.stringify(values) !== initialJson;
  const draft = useFormDraft({
    form: mode === 'create' ? 'record-review' : 'change-review',
    subjectId: draftOf.subjectId,
    initial,
    values,
    recordVersion: draftOf.recordVersion,
    restore: setValues,
  });
  const { blocker, allowLeaving } = useLeaveGuard(dirty);
  // A new review follows up the record's open recommendations as they are now: when the record is
  // loaded again (after someone else marked one), the list follows it, keeping what was answered.
  const [followUpSource, setFollowUpSource] = useState(child.reviews);
  if (mode === 'create' && child.reviews !== followUpSource) {
    setFollowUpSource(child.reviews);
    setValues((current) => ({
      ...current,
      followUps: refreshedFollowUps(current.followUps, followUpRowsFor(child)),
    }));
  }
  const title = mode === 'create' ? 'Record a review' : 'Change a review';

  function set<K extends keyof ReviewFormValues>(key: K, value: ReviewFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  const heldIso = dateInputToIso(values.heldOn);
  const ageNote = participationAgeNote(child.dateOfBirth, heldIso);
  // Only the codes the child's age on the date typed allows: Tab and Space cannot pick a refused one.
  const offered = participationCodesToOffer(child.dateOfBirth, heldIso);
  const codeHint =
    offered.length === PARTICIPATION_CODES.length
      ? 'The DfE participation code (SSDA903).'
      : offered.includes('PN0')
        ? `The DfE participation code (SSDA903). ${PN1_TO_PN7_AGE_HINT}.`
        : `The DfE participation code (SSDA903). ${PN0_AGE_HINT}.`;
  const timingView = reviewTimingView(heldIso, timing, today);

  /** A new review date may rule out the code chosen: it is cleared rather than kept out of sight. */
  function changeHeldOn(heldOn: DateInputValue) {
    const allowed = participationCodesToOffer(child.dateOfBirth, dateInputToIso(heldOn));
    setValues((current) => ({
      ...current,
      heldOn,
      participationCode: (allowed as string[]).includes(current.participationCode)
        ? current.participationCode
        : '',
    }));
  }

  async function onSubmit() {
    const checked = checkReviewForm(values, {
      today,
      dateOfBirth: child.dateOfBirth,
      periodStart: child.currentPeriod.start,
      mode,
      timing,
    });
    await submission.submit(checked.errors, async () => {
      const banner = await save(checked);
      draft.saved();
      allowLeaving();
      await navigate(paths.child(child.id), { state: { banner } });
    });
  }

  const dateField = (
    path: 'heldOn' | 'recordOfReviewCompletedOn' | 'decisionsSentOn' | 'managerSignOffOn',
    legend: string,
    hint?: ReactNode,
  ) => (
    <DateField
      id={path}
      legend={legend}
      legendSize={path === 'heldOn' ? 'm' : 's'}
      hint={hint}
      error={errors[path]}
      value={values[path]}
      onChange={(value: DateInputValue) => {
        if (path === 'heldOn') changeHeldOn(value);
        else set(path, value);
      }}
    />
  );

  return (
    <FormPage
      caption="Child record"
      title={title}
      submission={submission}
      fieldOrder={REVIEW_FIELD_ORDER}
      idFor={reviewFieldId}
      onSubmit={onSubmit}
      submitLabel={mode === 'create' ? 'Save review' : 'Save changes'}
      cancelHref={paths.child(child.id)}
      blocker={blocker}
      onReload={onReloadCurrent}
      notice={notice}
      draft={draft}
    >
      {dateField('heldOn', 'Date the review was held')}
      <ReviewTimingFields
        view={timingView}
        options={timing?.lateReviewReasons ?? []}
        values={values}
        errors={errors}
        set={set}
      />

      <InsetText id="participation-age-note">{ageNote}</InsetText>
      <Radios
        name="participationCode"
        legend="How did the child participate in the review?"
        legendSize="m"
        hint={codeHint}
        describedBy="participation-age-note"
        error={errors.participationCode}
        value={values.participationCode}
        onChange={(value) => {
          set('participationCode', value);
        }}
        items={PARTICIPATION_CODES.filter((code) => offered.includes(code.code)).map((code) => ({
          value: code.code,
          text: code.code,
          hint: capitalise(code.meaning),
        }))}
      />

      <Radios
        name="participationMethod"
        legend="How did the child take part?"
        legendSize="m"
        error={errors.participationMethod}
        value={values.participationMethod}
        onChange={(value) => {
          set('participationMethod', value);
        }}
        items={PARTICIPATION_METHODS.map((method) => ({
          value: method.method,
          text: method.label,
        }))}
      />

      <h2 className="govuk-heading-m">Advocacy</h2>
      <Radios
        name="advocacyOffered"
        legend="Was the child offered an advocate?"
        legendSize="s"
        inline
        error={errors['advocacy.offered']}
        value={values.advocacyOffered}
        onChange={(value) => {
          set('advocacyOffered', value === 'yes' ? 'yes' : 'no');
        }}
        items={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ]}
      />
      <Radios
        name="advocacyDecision"
        legend="Was the child referred to an advocacy service?"
        legendSize="s"
        error={advocacyDecisionError(errors)}
        value={values.advocacyDecision}
        onChange={(value) => {
          set('advocacyDecision', value as AdvocacyDecision);
        }}
        items={[
          {
            value: 'referred',
            text: 'Yes, a referral was made',
            conditional: (
              <>
                <DateField
                  id="referralDate"
                  legend="Date of the referral"
                  legendSize="s"
                  error={errors['advocacy.referralDate']}
                  value={values.referralDate}
                  onChange={(value) => {
                    set('referralDate', value);
                  }}
                />
                <Input
                  id="provider"
                  label="Advocacy provider"
                  hint="For example, Coram Voice"
                  error={errors['advocacy.provider']}
                  value={values.provider}
                  onChange={(event) => {
                    set('provider', event.target.value);
                  }}
                />
              </>
            ),
          },
          { value: 'declined', text: 'No, the child declined advocacy' },
          { value: 'none', text: 'No, a referral was not needed' },
        ]}
      />
      <Input
        id="advocacyOutcome"
        label="Advocacy outcome (optional)"
        error={errors['advocacy.outcome']}
        value={values.advocacyOutcome}
        onChange={(event) => {
          set('advocacyOutcome', event.target.value);
        }}
      />

      {/* Each section re-renders only when its own values change (a long form, typed into). */}
      <RecordOfReviewFields
        attendees={values.attendees}
        childViews={values.childViews}
        decisions={values.decisions}
        carePlanEndorsed={values.carePlanEndorsed}
        errors={errors}
        update={setValues}
        signedOffOn={mode === 'edit' ? dateInputToIso(values.managerSignOffOn) : null}
      />
      {mode === 'create' && (
        <FollowUpFields
          followUps={values.followUps}
          errors={errors}
          update={setValues}
          today={today}
          heldOn={heldIso}
        />
      )}
      <RecommendationFields
        mode={mode}
        recommendations={values.recommendations}
        errors={errors}
        update={setValues}
      />
      <QualityCheckFields qualityChecks={values.qualityChecks} errors={errors} update={setValues} />

      <h2 className="govuk-heading-m">After the review</h2>
      {dateField(
        'recordOfReviewCompletedOn',
        'Date the record of the review was completed (optional)',
      )}
      {dateField(
        'decisionsSentOn',
        'Date the decisions were sent (optional)',
        mode === 'create'
          ? `${DATE_HINT}. You can add the manager’s sign-off later by changing the review.`
          : undefined,
      )}
      {mode === 'edit' && <SignOffNote signedOffOn={dateInputToIso(values.managerSignOffOn)} />}
    </FormPage>
  );
}

/** The sign-off is the team manager's to record (from the sign-off queue), never the IRO's. */
function SignOffNote({ signedOffOn }: { signedOffOn: string | null }) {
  return (
    <p className="govuk-body">
      {signedOffOn === null
        ? 'Manager’s sign-off: not yet. A team manager records it from the sign-off queue.'
        : `Manager’s sign-off: recorded by a team manager on ${formatDate(signedOffOn)}.`}
    </p>
  );
}
