import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, isApiError } from '@/lib/api/client';
import { useConnectionStore } from '@/stores/connection-store';

const PROBE_EVERY_MS = 5000;

/**
 * Says so when the service cannot be reached, and goes when it can: reads pause and retry, and
 * nothing typed into a form is lost (a save that fails keeps the form as it was).
 */
export function ConnectionBanner() {
  const browserOffline = useConnectionStore((state) => state.browserOffline);
  const unreachable = useConnectionStore((state) => state.unreachable);
  const setBrowserOffline = useConnectionStore((state) => state.setBrowserOffline);

  useEffect(() => {
    const update = () => {
      setBrowserOffline(!navigator.onLine);
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [setBrowserOffline]);

  // While unreachable, ask again every few seconds; any answer (even "not signed in") means the
  // service is back, and the reads that failed are tried again.
  const queryClient = useQueryClient();
  const setUnreachable = useConnectionStore((state) => state.setUnreachable);
  useEffect(() => {
    if (!unreachable) return;
    const timer = window.setInterval(() => {
      api.getClock().then(
        () => {
          setUnreachable(false);
        },
        (error: unknown) => {
          if (!isApiError(error) || error.kind !== 'network') setUnreachable(false);
        },
      );
    }, PROBE_EVERY_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [unreachable, setUnreachable]);
  useEffect(() => {
    if (!unreachable) {
      void queryClient.refetchQueries({
        type: 'active',
        predicate: (query) => query.state.status === 'error',
      });
    }
  }, [unreachable, queryClient]);

  const offline = browserOffline || unreachable;
  return (
    // The live region is always there, so that screen readers announce the change when it fills.
    <div
      role="status"
      aria-live="polite"
      className="govuk-width-container app-width-container--wide app-connection-status"
    >
      {offline && (
        <div className="govuk-warning-text app-connection-banner govuk-!-margin-bottom-0">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {browserOffline
              ? 'You are offline.'
              : 'The service cannot be reached at the moment.'}{' '}
            You can keep working on this page: nothing you have typed will be lost, and you can save
            once the connection is back. We will keep trying.
          </strong>
        </div>
      )}
    </div>
  );
}
