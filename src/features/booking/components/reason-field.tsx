import { CharacterCount } from '@/components';
import { checkText } from '@/lib/forms/text';
import { REASON_LIMIT } from './meeting-when-fields';

/** Checks the reason for a change to a meeting: 'Enter reason for …', at most REASON_LIMIT characters. */
export function checkReason(value: string, label: string) {
  return checkText(value, { label, limit: REASON_LIMIT, required: `Enter ${label.toLowerCase()}` });
}

/** Why a meeting is changing (rescheduled, postponed, adjourned or cancelled): kept in its history. */
export function ReasonField({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <CharacterCount
      id="reason"
      label={label}
      labelSize="m"
      hint="This is kept in the meeting’s history."
      limit={REASON_LIMIT}
      threshold={0.75}
      error={error}
      value={value}
      onChange={onChange}
    />
  );
}
