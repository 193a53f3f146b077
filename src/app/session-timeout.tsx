import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components';
import { api, isApiError } from '@/lib/api/client';
import type { SessionTimes } from '@/lib/api/schemas';
import {
  expiredSessionEndedMessage,
  idleSessionEndedMessage,
  SESSION_WARNING_MINUTES,
} from '@/lib/api/session-policy';
import { sessionQuery } from '@/lib/session';
import {
  lastSignedInRequestAt,
  sessionClock,
  useSessionStore,
  type SessionLimits,
} from '@/stores/session-store';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown'] as const;

/** How old a cached GET /session answer may be to say when the session ends. */
const FRESH_MS = 5_000;

/** A key press or click tells the backend the person is there, at most this often. */
export const ACTIVITY_KEEP_ALIVE_MS = 60_000;

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

type Ending = { kind: 'idle' | 'lifetime'; at: number };

/** The session's next end (sessionClock): the idle deadline or its longest life. */
function nextEnding(limits: SessionLimits): Ending {
  const idleAt = (lastSignedInRequestAt() ?? sessionClock()) + limits.idleMinutes * 60_000;
  return idleAt < limits.expiresAt
    ? { kind: 'idle', at: idleAt }
    : { kind: 'lifetime', at: limits.expiresAt };
}

function reasonFor(kind: Ending['kind'], limits: SessionLimits): string {
  return kind === 'idle'
    ? idleSessionEndedMessage(limits.idleMinutes)
    : expiredSessionEndedMessage(limits.maxHours);
}

export interface SessionTimeoutProps {
  /** Minutes before the backend would end the session to warn (GOV.UK and HMRC: 2). */
  warningMinutes?: number;
  /**
   * The session has ended (at its deadline, or the backend said so): sign out (forms keep
   * their drafts in the backend as they go); `reason` is for the sign-in page.
   */
  onTimeout: (reason: string) => void;
  /** "Sign out" in the warning. */
  onSignOut: () => void;
  /** A signed-in request that keeps the session alive and says its times (GET /session). */
  keepAlive?: () => Promise<SessionTimes>;
}

/**
 * The GOV.UK (HMRC) timeout warning, timed from the backend's deadlines: it ends a session after
 * `sessionIdleMinutes` without a signed-in request, or `sessionMaxHours` after signing in. Every
 * request the app makes moves the idle deadline on, and so does a key press or click (telling the
 * backend at most once a minute). Shown `warningMinutes` before the end, as a modal dialog with a
 * countdown: "Stay signed in" (or Escape) asks the backend to carry on. At the end it calls
 * `onTimeout`, which keeps unsaved forms for when they sign back in.
 */
export function SessionTimeout({
  warningMinutes = SESSION_WARNING_MINUTES,
  onTimeout,
  onSignOut,
  keepAlive = () => api.getSession(),
}: SessionTimeoutProps) {
  const limits = useSessionStore((state) => state.limits);
  const updateTimes = useSessionStore((state) => state.updateTimes);
  const [warning, setWarning] = useState<Ending | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  /** Warned of the session's longest life: nothing can extend it, so warn once. */
  const [lifetimeWarned, setLifetimeWarned] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<Element | null>(null);
  const headingId = useId();
  const bodyId = useId();

  const onTimeoutRef = useRef(onTimeout);
  const keepAliveRef = useRef(keepAlive);
  useEffect(() => {
    onTimeoutRef.current = onTimeout;
    keepAliveRef.current = keepAlive;
  }, [onTimeout, keepAlive]);

  // The session's times as GET /session last gave them (the layout loads it). Only a fresh answer:
  // one kept in the cache from a while ago would put the backend's last sight of it too late.
  const session = useQuery(sessionQuery());
  useEffect(() => {
    if (session.data === undefined) return;
    if (Date.now() - session.dataUpdatedAt < FRESH_MS) updateTimes(session.data);
  }, [session.data, session.dataUpdatedAt, updateTimes]);

  const inFlight = useRef(false);
  /** Asks the backend to carry on; false when it could not be reached (it has said nothing). */
  const carryOn = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) return true;
    inFlight.current = true;
    try {
      const times = await keepAliveRef.current();
      useSessionStore.getState().updateTimes(times);
      return true;
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        onTimeoutRef.current(error.message);
        return true;
      }
      return false;
    } finally {
      inFlight.current = false;
    }
  }, []);

  // Before the warning: one timer to the warning time of the next end, checked again when it fires
  // (requests since have moved it on). A tab woken after the end signs out at once.
  useEffect(() => {
    if (limits === null || warning !== null) return;
    const warningMs = warningMinutes * 60_000;
    let timer: number | undefined;
    const check = () => {
      const ending = nextEnding(limits);
      const now = sessionClock();
      if (now >= ending.at) {
        onTimeoutRef.current(reasonFor(ending.kind, limits));
        return;
      }
      const warnAt =
        ending.kind === 'lifetime' && lifetimeWarned ? ending.at : ending.at - warningMs;
      if (now >= warnAt) {
        setSecondsLeft(Math.ceil((ending.at - now) / 1000));
        setWarning(ending);
        return;
      }
      timer = window.setTimeout(check, warnAt - now);
    };
    check();
    return () => {
      window.clearTimeout(timer);
    };
  }, [limits, warning, warningMinutes, lifetimeWarned]);

  // A key press or click is activity the backend cannot see: tell it, at most once a minute. Not
  // while warned: then the person must choose (GOV.UK pattern), so a stray key does not dismiss it.
  useEffect(() => {
    if (limits === null || warning !== null) return;
    const onActivity = () => {
      const last = lastSignedInRequestAt();
      if (last === null || sessionClock() - last >= ACTIVITY_KEEP_ALIVE_MS) void carryOn();
    };
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, onActivity, true);
    return () => {
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, onActivity, true);
    };
  }, [limits, warning, carryOn]);

  // Warned: one timer signs out at the end (a background tab may slow intervals, never skip this);
  // the countdown shown is worked out from the deadline each second.
  useEffect(() => {
    if (warning === null || limits === null) return;
    const end = window.setTimeout(
      () => {
        onTimeoutRef.current(reasonFor(warning.kind, limits));
      },
      Math.max(0, warning.at - sessionClock()),
    );
    const tick = window.setInterval(() => {
      setSecondsLeft(Math.max(0, Math.ceil((warning.at - sessionClock()) / 1000)));
    }, 1000);
    return () => {
      window.clearTimeout(end);
      window.clearInterval(tick);
    };
  }, [warning, limits]);

  // Open and close the native modal dialog (it traps focus and makes the page behind inert); focus
  // goes to the dialog, so its name and words are read out.
  const open = warning !== null;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.focus();
    }
    if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (returnFocusTo.current instanceof HTMLElement) returnFocusTo.current.focus();
    }
  }, [open]);

  const staySignedIn = useCallback(async () => {
    setProblem(null);
    if (await carryOn()) setWarning(null);
    else setProblem('The service could not be reached. Check your connection and try again.');
  }, [carryOn]);

  const dismiss = useCallback(() => {
    if (warning?.kind === 'lifetime') {
      setLifetimeWarned(true);
      setWarning(null);
    } else {
      void staySignedIn();
    }
  }, [warning, staySignedIn]);

  return (
    <dialog
      ref={dialogRef}
      className="app-timeout-dialog"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      tabIndex={-1}
      onCancel={(event) => {
        // Escape means "stay signed in" (or, at the session's longest, "carry on").
        event.preventDefault();
        dismiss();
      }}
    >
      {warning !== null && limits !== null && (
        <>
          <h2 className="govuk-heading-m" id={headingId}>
            You’re about to be signed out
          </h2>
          <div id={bodyId}>
            {warning.kind === 'lifetime' && (
              <p className="govuk-body">
                You have been signed in for nearly {limits.maxHours}{' '}
                {limits.maxHours === 1 ? 'hour' : 'hours'}, the longest a session can last.
              </p>
            )}
            <p className="govuk-body">
              For your security, we will sign you out in{' '}
              <strong aria-hidden="true">{minutesAndSeconds(secondsLeft)}</strong>
              <span className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
                {spokenRemaining(secondsLeft)}
              </span>
              .
            </p>
            <p className="govuk-body">
              What you have typed is saved as a draft as you go, for when you sign back in.
            </p>
          </div>
          {problem !== null && (
            <p className="govuk-error-message" role="alert">
              <span className="govuk-visually-hidden">Error:</span> {problem}
            </p>
          )}
          <div className="govuk-button-group">
            {warning.kind === 'idle' ? (
              <Button onClick={() => void staySignedIn()}>Stay signed in</Button>
            ) : (
              <Button onClick={dismiss}>Carry on until then</Button>
            )}
            <button type="button" className="govuk-link app-link-button" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
