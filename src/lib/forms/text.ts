export interface TextRule {
  /** The field's name in a sentence, e.g. 'Reason for rescheduling'. */
  label: string;
  /** The most characters allowed (after trimming). */
  limit: number;
  /** The message when it is blank; without it the text is optional. */
  required?: string;
}

/**
 * Checks typed text with GOV.UK's wording ('Enter …', '… must be 2000 characters or fewer').
 * Returns the trimmed text and the message, if any.
 */
export function checkText(value: string, rule: TextRule): { text: string; error: string | null } {
  const text = value.trim();
  if (text === '') return { text, error: rule.required ?? null };
  if (text.length > rule.limit) {
    return { text, error: `${rule.label} must be ${rule.limit} characters or fewer` };
  }
  return { text, error: null };
}
