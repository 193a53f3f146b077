import { useEffect, useState, type ChangeEvent } from 'react';
import { cx } from '../cx';
import { labelledField, type LabelledFieldProps } from './form-field';
import { LabelledFormGroup } from './form-group';

export type CharacterCountProps = Omit<LabelledFieldProps, 'describedBy' | 'formGroupClassName'> & {
  /** Maximum number of characters. The field does not block typing past it (GOV.UK behaviour). */
  limit: number;
  /** Show the count only once this fraction of the limit is used (0 to 1); always shown by default. */
  threshold?: number;
  value: string;
  onChange: (value: string, event: ChangeEvent<HTMLTextAreaElement>) => void;
  rows?: number;
  spellCheck?: boolean;
  disabled?: boolean;
  /** Delay before the remaining count is announced politely (GOV.UK waits for a pause in typing). */
  announceDelayMs?: number;
  className?: string;
};

function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

/** The GOV.UK count message, e.g. 'You have 12 characters remaining'. */
export function characterCountMessage(limit: number, length: number): string {
  const remaining = limit - length;
  if (remaining === 0) return 'You have 0 characters remaining';
  if (remaining > 0) return `You have ${plural(remaining, 'character', 'characters')} remaining`;
  return `You have ${plural(-remaining, 'character', 'characters')} too many`;
}

/**
 * GOV.UK character count, rendered in its enhanced form without govuk-frontend's JavaScript: a
 * visible count (hidden from screen readers) and a polite live region updated after a pause.
 */
export function CharacterCount({
  limit,
  threshold,
  value,
  onChange,
  rows = 5,
  spellCheck,
  disabled,
  announceDelayMs = 1000,
  className,
  ...props
}: CharacterCountProps) {
  const message = characterCountMessage(limit, value.length);
  const [announced, setAnnounced] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => {
      setAnnounced(message);
    }, announceDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [message, announceDelayMs]);

  const isOver = value.length > limit;
  const isShown = threshold === undefined || value.length >= limit * threshold;
  const infoId = `${props.id}-info`;
  const { group, id, name, hasError, ariaDescribedBy } = labelledField({
    ...props,
    describedBy: infoId,
    formGroupClassName: 'govuk-character-count',
  });
  return (
    <LabelledFormGroup {...group} data-maxlength={limit}>
      <textarea
        className={cx(
          'govuk-textarea',
          (hasError || isOver) && 'govuk-textarea--error',
          'govuk-js-character-count',
          className,
        )}
        id={id}
        name={name}
        rows={rows}
        spellCheck={spellCheck}
        disabled={disabled}
        aria-describedby={ariaDescribedBy}
        value={value}
        onChange={(event) => {
          onChange(event.target.value, event);
        }}
      />
      <div id={infoId} className="govuk-hint govuk-character-count__message govuk-visually-hidden">
        You can enter up to {limit} characters
      </div>
      <div
        className={cx(
          'govuk-character-count__message',
          'govuk-character-count__status',
          isOver ? 'govuk-error-message' : 'govuk-hint',
          !isShown && 'govuk-character-count__message--disabled',
        )}
        aria-hidden="true"
      >
        {message}
      </div>
      <div
        className="govuk-character-count__sr-status govuk-visually-hidden"
        aria-live="polite"
        aria-hidden={isShown ? undefined : true}
      >
        {announced}
      </div>
    </LabelledFormGroup>
  );
}
