import { useCallback, useSyncExternalStore } from 'react';

/** GOV.UK's tablet breakpoint (641 px) and up: govuk-media-query($from: tablet). */
export const FROM_TABLET = '(min-width: 40.0625em)';

/**
 * Whether the media query matches now, following it as the window is resized. Where there is no
 * matchMedia (jsdom) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback: boolean): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') {
        return () => undefined;
      }
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => {
        list.removeEventListener('change', changed);
      };
    },
    [query],
  );
  const matches = () =>
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(query).matches
      : fallback;
  return useSyncExternalStore(subscribe, matches, () => fallback);
}
