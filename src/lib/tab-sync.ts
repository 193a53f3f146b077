// Tabs of the app in one browser tell each other when one of them has changed something, so the
// others refetch what they show instead of offering a stale copy to edit. (A stale save is still
// refused by the backend with a 409: this only keeps what the other tabs show fresh.)
const CHANNEL = 'iro-review-tracker-changes';

let channel: BroadcastChannel | null | undefined;

function open(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  }
  return channel;
}

/** Called after a write succeeds: every other tab of the app hears of it. */
export function announceChange(): void {
  open()?.postMessage('changed');
}

/** Listens for another tab's writes; returns the function that stops listening. */
export function onChangeInAnotherTab(listener: () => void): () => void {
  const current = open();
  if (current === null) return () => undefined;
  const handle = () => {
    listener();
  };
  current.addEventListener('message', handle);
  return () => {
    current.removeEventListener('message', handle);
  };
}
