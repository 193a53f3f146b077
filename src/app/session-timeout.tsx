import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components';
import { appConfig } from '@/lib/config';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown'] as const;

function minutesAndSeconds(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** The spoken countdown changes less often than the visible one, so it does not talk over itself. */
function spokenRemaining(totalSeconds: number): string {
  if (totalSeconds > 60) return `${Math.ceil(totalSeconds / 60)} minutes`;
  if (totalSeconds > 20) return `${Math.ceil(totalSeconds / 20) * 20} seconds`;
  return 'less than 20 seconds';
}

export interface SessionTimeoutProps {
  /** Minutes without a key press or click before signing out. */
  timeoutMinutes?: number;
  /** Minutes before that to warn. */
  warningMinutes?: number;
  onTimeout: () => void;
  onSignOut: () => void;
}

/**
 * The GOV.UK timeout warning: after a period without activity, a modal dialog warns that the
 * person is about to be signed out, counting down; "Stay signed in" (or Escape) carries on. At
 * zero it calls `onTimeout`, which keeps unsaved forms for when they sign back in.
 */
export function SessionTimeout({
  timeoutMinutes = appConfig.sessionTimeoutMinutes,
  warningMinutes = appConfig.sessionWarningMinutes,
  onTimeout,
  onSignOut,
}: SessionTimeoutProps) {
  const warningSeconds = Math.min(warningMinutes, timeoutMinutes - 1) * 60;
  const quietMs = timeoutMinutes * 60_000 - warningSeconds * 1000;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<Element | null>(null);
  const headingId = useId();
  const bodyId = useId();
  const warning = secondsLeft !== null;

  // Quiet period: any activity starts it again. Only runs while no warning is showing: once warned,
  // the person must choose (GOV.UK pattern), so a stray key press does not dismiss it unseen.
  useEffect(() => {
    if (warning) return;
    let timer = window.setTimeout(() => {
      setSecondsLeft(warningSeconds);
    }, quietMs);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setSecondsLeft(warningSeconds);
      }, quietMs);
    };
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, restart, true);
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, restart, true);
    };
  }, [warning, quietMs, warningSeconds]);

  // Warning: one timer signs out at the end (a background tab may slow intervals, never skip
  // this); the countdown shown is worked out from the deadline each second.
  const onTimeoutRef = useRef(onTimeout);
  useEffect(() => {
    onTimeoutRef.current = onTimeout;
  }, [onTimeout]);
  useEffect(() => {
    if (!warning) return;
    const deadline = Date.now() + warningSeconds * 1000;
    const signOut = window.setTimeout(() => {
      onTimeoutRef.current();
    }, warningSeconds * 1000);
    const tick = window.setInterval(() => {
      setSecondsLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    }, 1000);
    return () => {
      window.clearTimeout(signOut);
      window.clearInterval(tick);
    };
  }, [warning, warningSeconds]);

  // Open and close the native modal dialog (it traps focus and makes the page behind inert).
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (warning && !dialog.open) {
      returnFocusTo.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!warning && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (returnFocusTo.current instanceof HTMLElement) returnFocusTo.current.focus();
    }
  }, [warning]);

  const staySignedIn = useCallback(() => {
    setSecondsLeft(null);
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="app-timeout-dialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape means "stay signed in".
        event.preventDefault();
        staySignedIn();
      }}
    >
      {warning && (
        <>
          <h2 className="govuk-heading-m" id={headingId}>
            You’re about to be signed out
          </h2>
          <div id={bodyId}>
            <p className="govuk-body">
              For your security, we will sign you out in{' '}
              <strong aria-hidden="true">{minutesAndSeconds(secondsLeft)}</strong>
              <span className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
                {spokenRemaining(secondsLeft)}
              </span>
              .
            </p>
            <p className="govuk-body">
              Anything you have not saved will be kept for when you sign back in, in this browser
              tab.
            </p>
          </div>
          <div className="govuk-button-group">
            <Button onClick={staySignedIn}>Stay signed in</Button>
            <button type="button" className="govuk-link app-link-button" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
