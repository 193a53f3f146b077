import { formatCount } from '@/components';
/** '1 child', '3 children', '0 reviews'. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** '0.4 seconds', '1.2 seconds', '12 seconds'. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  const text = seconds < 10 ? seconds.toFixed(1) : String(Math.round(seconds));
  return `${text} seconds`;
}

/** What a return does to the tracker, in words: '2 new children, 1 child changed, 3 unchanged'. */
export function describeMergeTotals(totals: {
  newChildren: number;
  changed: number;
  unchanged: number;
  heldBack: number;
}): string {
  const parts = [
    totals.newChildren > 0 ? plural(totals.newChildren, 'new child', 'new children') : '',
    totals.changed > 0 ? `${plural(totals.changed, 'child', 'children')} changed` : '',
    totals.unchanged > 0 ? `${plural(totals.unchanged, 'child', 'children')} unchanged` : '',
    totals.heldBack > 0
      ? `${plural(totals.heldBack, 'child', 'children')} held back by a conflict`
      : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? 'No children' : parts.join(', ');
}

/** 'DfE rule 357: ', 'Integrity check INT01: ', or '' for the tracker's own checks. */
export function ruleLabel(rule: string | null): string {
  if (rule === null) return '';
  return rule.startsWith('INT') ? `Integrity check ${rule}: ` : `DfE rule ${rule}: `;
}
