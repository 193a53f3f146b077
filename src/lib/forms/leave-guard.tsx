import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { Button, NotificationBanner } from '@/components';

/**
 * Asks before leaving a form with unsaved changes: a confirmation inside the app (react-router's
 * blocker) and the browser's own prompt on reload or close (beforeunload).
 */
export function useLeaveGuard(dirty: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);

  return {
    blocker,
    /** Call before navigating away after a successful save. */
    allowLeaving: () => {
      allowed.current = true;
    },
  };
}

/** The confirmation shown while a navigation is blocked. */
export function LeaveConfirmation({ blocker }: { blocker: ReturnType<typeof useBlocker> }) {
  if (blocker.state !== 'blocked') return null;
  return (
    <NotificationBanner
      role="alert"
      focusOnMount
      title="Unsaved changes"
      heading="You have not saved your changes"
    >
      <p className="govuk-body">If you leave this page, what you have entered will be lost.</p>
      <div className="govuk-button-group">
        <Button
          type="button"
          variant="warning"
          onClick={() => {
            blocker.proceed();
          }}
        >
          Leave without saving
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            blocker.reset();
          }}
        >
          Stay on this page
        </Button>
      </div>
    </NotificationBanner>
  );
}
