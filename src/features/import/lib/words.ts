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
