import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { isApiError } from './api/client';

/** Worth trying again: no response, or the server failed (5xx). Never a 4xx. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.kind === 'network' || error.status >= 500;
}

export const MAX_RETRIES = 3;

/** 1 s, 2 s, 4 s ... capped at 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 30_000);
}

/**
 * The app's QueryClient: retries only network failures and 5xx with exponential backoff; nothing
 * is persisted (no child data is kept on the device). Tests pass `{ defaultOptions: { queries:
 * { retry: false } } }` or use their own client.
 */
export function createQueryClient(config: QueryClientConfig = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: {
        retry: (failureCount, error) => isRetryable(error) && failureCount < MAX_RETRIES,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        ...config.defaultOptions?.queries,
      },
      mutations: {
        retry: false,
        // A save is tried when asked, even offline, so that it fails visibly (form kept, "try
        // again") rather than waiting silently behind a disabled button.
        networkMode: 'always',
        ...config.defaultOptions?.mutations,
      },
    },
  });
}
