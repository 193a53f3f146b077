export type DomainErrorCode =
  | 'invalid-date'
  | 'review-before-looked-after'
  | 'duplicate-review-date'
  | 'invalid-participation-code'
  | 'participation-code-not-allowed-for-age'
  | 'invalid-argument';

/**
 * The one error the domain throws. Bad input always becomes a DomainError rather than a wrong
 * date: a wrong statutory due date is worse than no date.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field?: string;

  constructor(code: DomainErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
