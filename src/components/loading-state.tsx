import { useEffect, useRef } from 'react';
import { cx } from './cx';
import { announcePolitely } from './live-announcer';
import { setFocus } from './set-focus';

export type LoadingStateProps = {
  /** What is loading, e.g. 'Loading caseload'; the default is 'Loading…'. */
  label?: string;
  /**
   * A whole page is loading: the label is the page's h1 until the content arrives, and takes
   * focus, so the keyboard starts from the heading (not a lone back link). Its words are the
   * label, not the page's title, so nothing mistakes it for the loaded page.
   */
  pageHeading?: boolean;
  /**
   * Whether the page heading takes focus, and gives it to the content's heading when that comes
   * (default: it does). A route's own loading state leaves focus where the browser or the layout
   * put it, so on a fresh load the first Tab still reaches the skip link.
   */
  takeFocus?: boolean;
  /** Said politely when the content arrives, e.g. 'Child record loaded'. */
  loadedMessage?: string;
  className?: string;
};

/** Focus is "nowhere the person chose": the page itself, or the main region after navigation. */
function focusIsUnclaimed(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active.id === 'main-content';
}

/**
 * A loading message in a polite status region (announced without moving focus). For a whole page
 * loading (pageHeading), the message is the page's heading and takes focus, and when the content replaces it focus moves to
 * the content's own h1 and `loadedMessage` is announced.
 */
export function LoadingState({
  label = 'Loading…',
  pageHeading = false,
  takeFocus = true,
  loadedMessage,
  className,
}: LoadingStateProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const own = takeFocus ? heading.current : null;
    // After the layout's own focus move on navigation (a parent's effect runs after ours).
    const frame = requestAnimationFrame(() => {
      if (own?.isConnected && focusIsUnclaimed()) setFocus(own);
    });
    return () => {
      cancelAnimationFrame(frame);
      const hadFocus = own !== null && document.activeElement === own;
      if (loadedMessage !== undefined) announcePolitely(loadedMessage);
      if (!hadFocus && !(own !== null && focusIsUnclaimed())) return;
      // The heading has gone with the loading state: give focus to the content's heading.
      requestAnimationFrame(() => {
        const next = document.querySelector<HTMLElement>('main h1');
        if (next && focusIsUnclaimed()) setFocus(next);
      });
    };
  }, [loadedMessage, takeFocus]);
  return (
    <div role="status" className={cx('app-loading-state', className)}>
      {pageHeading ? (
        <h1 ref={heading} className="govuk-heading-l">
          {label}
        </h1>
      ) : (
        <p className="govuk-body">{label}</p>
      )}
    </div>
  );
}
