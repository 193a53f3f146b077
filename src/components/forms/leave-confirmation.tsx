import { Button } from '../govuk/button';
import { NotificationBanner } from '../govuk/notification-banner';

/**
 * A navigation held back while a form has unsaved changes (react-router's Blocker, from
 * useLeaveGuard, is one): blocked until the person chooses to leave or to stay.
 */
export type LeaveBlocker =
  | { state: 'blocked'; proceed: () => void; reset: () => void }
  | { state: 'unblocked' | 'proceeding' };

/** The confirmation shown while a navigation is blocked. */
export function LeaveConfirmation({ blocker }: { blocker: LeaveBlocker }) {
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
