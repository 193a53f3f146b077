// Test support only (not exported from index.ts): SSDA903 rows as the CSV reader gives them, for
// the ssda903-*.test.ts files.
import { validateSsda903 } from './ssda903-validation';
import { SSDA903_REQUIRED_COLUMNS, type Ssda903Files, type Ssda903Problem } from './ssda903-types';

export const TODAY = '2026-11-23';

export type Rows = Record<string, string>[];

function files(parts: { header?: Rows; episodes?: Rows; reviews?: Rows }): Ssda903Files {
  return {
    header: { columns: SSDA903_REQUIRED_COLUMNS.header, rows: parts.header ?? [] },
    episodes: { columns: SSDA903_REQUIRED_COLUMNS.episodes, rows: parts.episodes ?? [] },
    reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: parts.reviews ?? [] },
  };
}

export function child(CHILD: string, DOB = '14/03/2015', SEX = '1'): Record<string, string> {
  return { CHILD, SEX, DOB };
}

export function episode(
  CHILD: string,
  DECOM: string,
  overrides: Partial<Record<'RNE' | 'LS' | 'PLACE' | 'DEC' | 'REC', string>> = {},
): Record<string, string> {
  return { CHILD, DECOM, RNE: 'S', LS: 'C2', PLACE: 'U4', DEC: '', REC: '', ...overrides };
}

export function review(CHILD: string, REVIEW: string, REVIEW_CODE = 'PN1', DOB = '14/03/2015') {
  return { CHILD, DOB, REVIEW, REVIEW_CODE };
}

export function validate(parts: { header?: Rows; episodes?: Rows; reviews?: Rows }) {
  return validateSsda903(files(parts), { today: TODAY });
}

export function brief(problems: readonly Ssda903Problem[]) {
  return problems.map((p) => `${p.file} ${p.row} ${p.field} ${p.code}: ${p.message}`);
}
