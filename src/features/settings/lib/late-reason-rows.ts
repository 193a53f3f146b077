// The settings form's list of reasons for holding a review late, as rows to add, reword and
// remove. A reason already on the list keeps its code however its words change (reviews store
// the code and the words they were recorded with); a reason added gets a code made from its words.
import { lateReviewReasonCode, type LateReviewReasonOption } from '@/domain';

export interface LateReasonRow {
  /** React's key: the code of a saved reason, 'new-n' for one added here. */
  key: string;
  /** The saved reason's code; null for one added here (made from its words when sent). */
  code: string | null;
  label: string;
  detailsRequired: boolean;
}

let added = 0;

export function newLateReasonRow(): LateReasonRow {
  added += 1;
  return { key: `new-${added}`, code: null, label: '', detailsRequired: false };
}

export function lateReasonRowsOf(options: readonly LateReviewReasonOption[]): LateReasonRow[] {
  return options.map((option) => ({
    key: `saved-${option.code}`,
    code: option.code,
    label: option.label,
    detailsRequired: option.detailsRequired,
  }));
}

/** The list as the API takes it: new reasons get codes not used by any other on the list. */
export function lateReasonsBodyOf(rows: readonly LateReasonRow[]): LateReviewReasonOption[] {
  const taken = new Set(rows.flatMap((row) => (row.code === null ? [] : [row.code])));
  return rows.map((row) => {
    const code = row.code ?? lateReviewReasonCode(row.label, taken);
    taken.add(code);
    return { code, label: row.label, detailsRequired: row.detailsRequired };
  });
}

/** A reason's words box on the page: 'lateReviewReasons-2-label'. */
export const lateReasonLabelId = (index: number) => `lateReviewReasons-${index}-label`;
export const ADD_LATE_REASON_ID = 'lateReviewReasons-add';

/**
 * Where an error on the list goes: a reason's problem (its words, or a code sent by another
 * client) to its words box; one about the whole list (none, too many) to the add button.
 */
export function lateReasonFieldId(path: string, count: number): string | undefined {
  if (path === 'lateReviewReasons') return ADD_LATE_REASON_ID;
  const match = /^lateReviewReasons\.(\d+)(\.|$)/.exec(path);
  if (match === null) return undefined;
  const index = Number(match[1]);
  return index < count ? lateReasonLabelId(index) : ADD_LATE_REASON_ID;
}
