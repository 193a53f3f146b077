// Configuration is checked once, at start-up: a typo in an environment variable is a clear error,
// not a silently wrong backend. (Plain checks, not zod: this module is in the first download, and
// zod loads with the API schemas when the first response needs checking.)

export interface AppConfig {
  /** e.g. '/api' or 'https://iro.example.gov.uk/api' (VITE_API_BASE_URL). */
  apiBaseUrl: string;
  /** The bundled mock backend (MSW) instead of a server (VITE_USE_MOCKS, default true). */
  useMocks: boolean;
  /** Sign out after this many minutes without a key press or click (VITE_SESSION_TIMEOUT_MINUTES). */
  sessionTimeoutMinutes: number;
  /** Warn this many minutes before (GOV.UK timeout warning pattern: 2). */
  sessionWarningMinutes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: Record<string, string | boolean | undefined>): AppConfig {
  const rawBaseUrl = env.VITE_API_BASE_URL;
  const baseUrl =
    typeof rawBaseUrl === 'string' && rawBaseUrl !== '' ? rawBaseUrl.replace(/\/+$/, '') : '/api';
  if (!(baseUrl.startsWith('/') || /^https?:\/\/./.test(baseUrl))) {
    throw new ConfigError('VITE_API_BASE_URL must be a path such as /api or an http(s) URL');
  }
  const rawTimeout = env.VITE_SESSION_TIMEOUT_MINUTES;
  // A local policy, not a statutory rule: 30 minutes unless the council sets otherwise.
  const sessionTimeoutMinutes =
    rawTimeout === undefined || rawTimeout === '' ? 30 : Number(rawTimeout);
  if (
    !Number.isInteger(sessionTimeoutMinutes) ||
    sessionTimeoutMinutes < 2 ||
    sessionTimeoutMinutes > 24 * 60
  ) {
    throw new ConfigError(
      'VITE_SESSION_TIMEOUT_MINUTES must be a whole number of minutes from 2 to 1440',
    );
  }
  const rawUseMocks = env.VITE_USE_MOCKS;
  return {
    apiBaseUrl: baseUrl,
    // The demo runs on the bundled mock backend unless it is switched off explicitly.
    useMocks: rawUseMocks === undefined ? true : String(rawUseMocks) !== 'false',
    sessionTimeoutMinutes,
    sessionWarningMinutes: 2,
  };
}

export const appConfig: AppConfig = readConfig(import.meta.env);
