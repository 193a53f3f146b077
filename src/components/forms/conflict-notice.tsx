import { useState } from 'react';
import { Button } from '../govuk/button';
import { Alert } from '../moj/alert';

export type ConflictNoticeProps = {
  /** What the backend said about the conflict (a 409's message). */
  message: string;
  /** Loads the record as it is now and shows it in the form. */
  onReload: () => Promise<void>;
};

/** 409: someone else saved a change first. Offers to load what is there now. */
export function ConflictNotice({ message, onReload }: ConflictNoticeProps) {
  const [reloading, setReloading] = useState(false);
  return (
    <Alert
      variant="warning"
      title="Someone else has changed this record"
      showTitleAsHeading
      role="alert"
      focusOnMount
    >
      <p className="govuk-body">
        {message} Your changes have not been saved. Reload to see the record as it is now, then make
        your changes again.
      </p>
      <Button
        type="button"
        variant="secondary"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void onReload().finally(() => {
            setReloading(false);
          });
        }}
      >
        Reload the current record
      </Button>
    </Alert>
  );
}
