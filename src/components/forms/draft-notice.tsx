import { useRef } from 'react';
import { formatClockTime, formatLondonDate } from '../format-date';
import { Button } from '../govuk/button';
import { NotificationBanner } from '../govuk/notification-banner';
import { setFocus } from '../set-focus';

export type DraftOfferNoticeProps = {
  /** When the draft was last saved (an instant). */
  savedAt: string;
  /** The record the form edits has changed since. */
  recordChanged: boolean;
  onContinue: () => void;
  onDiscard: () => void;
};

/** Moves focus to the page's heading once the notice has gone (its buttons go with it). */
function focusHeading(from: HTMLElement | null): void {
  const heading = from?.closest('main')?.querySelector('h1');
  window.setTimeout(() => {
    if (heading instanceof HTMLElement && heading.isConnected) setFocus(heading);
  }, 0);
}

/**
 * A draft from earlier, offered back: "You have a draft from 14:32 on 1 December 2026", with
 * "Continue with the draft" and "Discard the draft".
 */
export function DraftOfferNotice({
  savedAt,
  recordChanged,
  onContinue,
  onDiscard,
}: DraftOfferNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <NotificationBanner
        title="Important"
        heading={`You have a draft from ${formatClockTime(savedAt)} on ${formatLondonDate(savedAt)}`}
      >
        <p className="govuk-body">
          It holds what you typed here before. Nothing in it has been saved to the record yet.
        </p>
        {recordChanged && (
          <p className="govuk-body">
            <strong>The record has changed since you saved the draft.</strong> If you continue,
            check the draft against the record as it is now before you save.
          </p>
        )}
        <div className="govuk-button-group">
          <Button
            onClick={() => {
              focusHeading(ref.current);
              onContinue();
            }}
          >
            Continue with the draft
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              focusHeading(ref.current);
              onDiscard();
            }}
          >
            Discard the draft
          </Button>
        </div>
      </NotificationBanner>
    </div>
  );
}

export type DraftSaveStatusProps = {
  status: { kind: 'idle' } | { kind: 'saved' | 'failed'; at: string };
};

/**
 * "Draft saved at 14:32", quietly: a polite live region that is always there (so the words are
 * announced when they change) and never interrupts. A failed save says so and blocks nothing.
 */
export function DraftSaveStatus({ status }: DraftSaveStatusProps) {
  return (
    <p className="govuk-body-s app-draft-status" role="status" aria-live="polite">
      {status.kind === 'saved' && `Draft saved at ${formatClockTime(status.at)}`}
      {status.kind === 'failed' &&
        `The draft could not be saved at ${formatClockTime(status.at)}. What you have typed is still here: save the form when you can.`}
    </p>
  );
}
