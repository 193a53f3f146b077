// The rules the SSDA903 checks label their problems with: the DfE's validation rule numbers, in
// our own plain words (the DfE's wording is the reference; see src/domain/README.md), and the
// tracker's integrity checks between files, which the DfE's XML return makes impossible and a set
// of CSV files does not.
import type { Ssda903FileKind, Ssda903ProblemCode, Ssda903Rule } from './ssda903-types';

export const SSDA903_RULES: Readonly<Record<string, string>> = Object.freeze({
  '102': 'The date of birth must be a real date, written dd/mm/yyyy.',
  '141': 'The date the episode began (DECOM) must be a real date, written dd/mm/yyyy.',
  '142': 'A new episode has started, but the episode before it has not ended.',
  '143': 'The reason for new episode (RNE) must be one of the DfE’s codes.',
  '144': 'The legal status (LS) must be one of the DfE’s codes.',
  '145': 'The category of need (CIN) must be one of the DfE’s codes.',
  '146': 'The placement type (PLACE) must be one of the DfE’s codes for the year.',
  '147': 'The date the episode ceased (DEC) must be a real date, written dd/mm/yyyy.',
  '148': 'The date the episode ceased (DEC) and the reason (REC) are both filled in or both blank.',
  '149': 'The reason the episode ceased (REC) must be one of the DfE’s codes.',
  '166': 'The review date (REVIEW) must be a real date, written dd/mm/yyyy.',
  '167': 'The participation code (REVIEW_CODE) must be PN0 to PN7.',
  '302': 'The first episode cannot start before the child was born.',
  '354': 'An episode cannot begin after the end of the collection year.',
  '356': 'An episode cannot cease before it began.',
  '357': 'A child’s first episode must have RNE S (started to be looked after).',
  '385': 'An episode cannot cease after the end of the collection year.',
  '399': 'A child whose episodes are all short breaks (LS V3 or V4) has no reviews in the return.',
  '431':
    'RNE S (started to be looked after) is wrong when the previous episode ended that same day.',
  '432': 'After a child leaves care (REC other than X1), the next episode has RNE S.',
  '433': 'An episode that continues the period of care starts on the day the previous one ended.',
  '440': 'PN0 is for a child under 4 on the review date.',
  '441': 'PN1 to PN7 are for a child aged 4 or over on the review date.',
  '501': 'A new episode cannot start before the previous episode ended.',
  INT01: 'Every child in the episodes and reviews files is in the header file.',
  INT02: 'A child’s date of birth in the reviews file is the one in the header file.',
  INT03: 'Each child is in the header file once.',
  INT04: 'CHILD is up to 10 letters and digits, and cannot look like a spreadsheet formula.',
});

/** The rule a problem breaks, from where it is and what it is; null for the tracker's own checks. */
export function ruleOf(
  file: Ssda903FileKind,
  field: string,
  code: Ssda903ProblemCode,
): Ssda903Rule | null {
  if (code === 'unknown-child') return 'INT01';
  if (code === 'date-of-birth-mismatch') return 'INT02';
  if (code === 'invalid-child-ref') return 'INT04';
  if (file === 'header') {
    if (field === 'CHILD' && (code === 'duplicate-row' || code === 'conflicting-row')) {
      return 'INT03';
    }
    if (field === 'DOB' && (code === 'invalid-date' || code === 'blank')) return '102';
    return null;
  }
  if (file === 'episodes') {
    const unreadable = code === 'invalid-date' || code === 'blank' || code === 'invalid-code';
    if (field === 'DECOM' && unreadable) return '141';
    if (field === 'DECOM' && code === 'before-birth') return '302';
    if (field === 'DECOM' && code === 'after-collection-year') return '354';
    if (field === 'DEC' && code === 'after-collection-year') return '385';
    if (field === 'DEC' && code === 'invalid-date') return '147';
    if (code === 'ends-before-start') return '356';
    if (code === 'end-and-reason-mismatch') return '148';
    if (code === 'invalid-reason-for-new-episode') return '143';
    if (field === 'LS' && unreadable) return '144';
    if (field === 'CIN' && unreadable) return '145';
    if (field === 'PLACE' && unreadable) return '146';
    if (field === 'REC' && unreadable) return '149';
    if (code === 'first-episode-not-started') return '357';
    if (code === 'started-on-previous-end') return '431';
    if (code === 'left-care-not-started') return '432';
    if (code === 'continuing-not-on-previous-end') return '433';
    return null;
  }
  if (field === 'REVIEW' && (code === 'invalid-date' || code === 'blank')) return '166';
  if (code === 'invalid-review-code') return '167';
  if (code === 'short-break-review') return '399';
  return null;
}
