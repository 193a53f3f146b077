// Configuration is checked once, at start-up: a typo in an environment variable is a clear error,
// not a silently wrong backend. (Plain checks, not zod: this module is in the first download, and
// zod loads with the API schemas when the first response needs checking.)

export interface AppConfig {
  /** e.g. '/api' or 'https://iro.example.gov.uk/api' (VITE_API_BASE_URL). */
  apiBaseUrl: string;
  /** The bundled mock backend (MSW) instead of a server (VITE_USE_MOCKS, default true). */
  useMocks: boolean;
}
// The session's idle and absolute limits are the council's settings, enforced by the backend; the
// app times its warning from the deadlines the backend returns (src/app/session-timeout.tsx).

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
  const rawUseMocks = env.VITE_USE_MOCKS;
  return {
    apiBaseUrl: baseUrl,
    // The demo runs on the bundled mock backend unless it is switched off explicitly.
    useMocks: rawUseMocks === undefined ? true : String(rawUseMocks) !== 'false',
  };
}

// Outside Vite (a Playwright spec that reads the route table) there is no import.meta.env: the
// defaults then apply.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined outside Vite
export const appConfig: AppConfig = readConfig(import.meta.env ?? {});
