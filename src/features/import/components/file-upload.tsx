import type { ChangeEvent, ReactNode } from 'react';
import { cx, ErrorMessage, Hint, Label } from '@/components';

export type FileUploadProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  accept?: string;
  onChange: (file: File | null) => void;
};

/**
 * GOV.UK file upload (the plain input: govuk-frontend's drop-zone enhancement needs its script,
 * which we do not run). Uncontrolled: a browser keeps the chosen file itself.
 */
export function FileUpload({ id, label, hint, error, accept, onChange }: FileUploadProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('govuk-form-group', Boolean(error) && 'govuk-form-group--error')}>
      <Label htmlFor={id} size="s">
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        className={cx('govuk-file-upload', Boolean(error) && 'govuk-file-upload--error')}
        id={id}
        name={id}
        type="file"
        accept={accept}
        aria-describedby={describedBy}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          onChange(event.currentTarget.files?.[0] ?? null);
        }}
      />
    </div>
  );
}
