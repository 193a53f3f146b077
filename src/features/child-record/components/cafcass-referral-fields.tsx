import { DateField, Textarea, type DateInputValue } from '@/components';
import { CAFCASS_REFERRAL_DATE_LABEL } from '@/domain';
import type { FieldErrors } from '@/lib/forms/use-form-submission';

/** The date and note of a referral to Cafcass: on raising an escalation, or at any stage after. */
export function CafcassReferralFields({
  errors,
  referredOn,
  onReferredOnChange,
  note,
  onNoteChange,
}: {
  errors: FieldErrors;
  referredOn: DateInputValue;
  onReferredOnChange: (value: DateInputValue) => void;
  note: string;
  onNoteChange: (value: string) => void;
}) {
  return (
    <>
      <DateField
        id="cafcassReferredOn"
        legend={CAFCASS_REFERRAL_DATE_LABEL}
        legendSize="s"
        error={errors.cafcassReferredOn}
        value={referredOn}
        onChange={onReferredOnChange}
      />
      <Textarea
        id="cafcassNote"
        label="Note on the referral (optional)"
        rows={3}
        error={errors.cafcassNote}
        value={note}
        onChange={(event) => {
          onNoteChange(event.target.value);
        }}
      />
    </>
  );
}
