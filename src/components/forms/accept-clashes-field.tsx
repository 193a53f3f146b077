// The box a team manager ticks to move booked meetings into a clash they have been shown (a
// reallocation, allocating one child, sharing out imported children): the same words wherever an
// IRO changes. The label is the domain's, as the backend's message quotes it.
import { ACCEPT_CLASHES_FIELD, ACCEPT_CLASHES_LABEL } from '@/domain';
import type { ReactNode } from 'react';
import { Checkboxes } from '../govuk/checkboxes';

export interface AcceptClashesFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  /** What happens to the meetings, e.g. "The meetings move to Gareth Lloyd as booked; ...". */
  hint: string;
}

export function AcceptClashesField({ checked, onChange, error, hint }: AcceptClashesFieldProps) {
  return (
    <Checkboxes
      name={ACCEPT_CLASHES_FIELD}
      error={error}
      values={checked ? ['yes'] : []}
      onChange={(values) => {
        onChange(values.includes('yes'));
      }}
      items={[{ value: 'yes', text: ACCEPT_CLASHES_LABEL, hint }]}
    />
  );
}

/**
 * The IRO field's error while clashes are shown: every clash the backend named, one a line, or the
 * field's own error when there is none.
 */
export function clashesOrError(clashes: readonly string[], error?: string): ReactNode {
  if (clashes.length === 0) return error;
  return clashes.map((text) => (
    <span key={text} className="govuk-!-display-block">
      {text}
    </span>
  ));
}
