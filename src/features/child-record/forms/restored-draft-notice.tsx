import { NotificationBanner } from '@/components';

/** Shown on a form whose values were kept through a sign-out for inactivity. */
export function RestoredDraftNotice() {
  return (
    <NotificationBanner title="Important">
      <p className="govuk-notification-banner__heading">
        We kept what you had typed before you were signed out.
      </p>
      <p className="govuk-body">Check it, then save. Nothing has been saved yet.</p>
    </NotificationBanner>
  );
}
