// How long a request takes when no scenario says otherwise: zero in Node, a realistic random delay
// in the browser (mocks/browser.ts switches it on).
let defaultLatency: () => number = () => 0;

export function useBrowserLatency(minMs = 150, maxMs = 450): void {
  defaultLatency = () => minMs + Math.floor(Math.random() * (maxMs - minMs + 1));
}

export function useNoLatency(): void {
  defaultLatency = () => 0;
}

export function defaultLatencyMs(): number {
  return defaultLatency();
}
