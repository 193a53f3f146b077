import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { draftKey, useDraftStore } from '@/stores/draft-store';
import { useCurrentUser } from './session';

/**
 * Lets a form survive a sign-out for inactivity (src/app/session-timeout.tsx): returns the values
 * to start from (what was typed before the sign-out, else `initial`) and whether they were
 * restored. Pass the current values to `useLiveDraft` so they can be kept.
 */
export function useFormDraft<T>(initial: T): { startValues: T; restored: boolean; key: string } {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const key = draftKey(user.id, pathname);
  const [start] = useState(() => {
    const kept = useDraftStore.getState().takeKept(key);
    return { values: (kept ?? initial) as T, restored: kept !== undefined };
  });
  return { startValues: start.values, restored: start.restored, key };
}

/** Reports the form's values while they differ from how it started; forgets them on unmount. */
export function useLiveDraft(key: string, values: unknown, unchanged: boolean): void {
  const setLive = useDraftStore((state) => state.setLive);
  const dropLive = useDraftStore((state) => state.dropLive);
  useEffect(() => {
    if (unchanged) dropLive(key);
    else setLive(key, values);
  }, [key, values, unchanged, setLive, dropLive]);
  useEffect(
    () => () => {
      dropLive(key);
    },
    [key, dropLive],
  );
}
