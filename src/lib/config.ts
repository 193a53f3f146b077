import { z } from 'zod';

// zod compiles object parsers with `new Function` when it can; the production Content Security
// Policy forbids eval, so parse without it (and without the violation report its probe causes).
z.config({ jitless: true });

// Configuration is validated once, at start-up: a typo in an environment variable is a clear error,
// not a silently wrong backend.
const configSchema = z.object({
  apiBaseUrl: z
    .string()
    .min(1)
    .refine((value) => value.startsWith('/') || /^https?:\/\//.test(value), {
      message: 'VITE_API_BASE_URL must be a path such as /api or an http(s) URL',
    }),
  useMocks: z.boolean(),
  /** Sign out after this many minutes without a key press or click (VITE_SESSION_TIMEOUT_MINUTES). */
  sessionTimeoutMinutes: z
    .number()
    .int()
    .min(2)
    .max(24 * 60),
  /** Warn this many minutes before (GOV.UK timeout warning pattern: 2). */
  sessionWarningMinutes: z.number().int().min(1),
});

export type AppConfig = z.infer<typeof configSchema>;

export function readConfig(env: Record<string, string | boolean | undefined>): AppConfig {
  const rawUseMocks = env.VITE_USE_MOCKS;
  const baseUrl =
    typeof env.VITE_API_BASE_URL === 'string' && env.VITE_API_BASE_URL !== ''
      ? env.VITE_API_BASE_URL
      : '/api';
  return configSchema.parse({
    apiBaseUrl: baseUrl.replace(/\/+$/, ''),
    // The demo runs on the bundled mock backend unless it is switched off explicitly.
    useMocks: rawUseMocks === undefined ? true : String(rawUseMocks) !== 'false',
    // A local policy, not a statutory rule: 30 minutes unless the council sets otherwise.
    sessionTimeoutMinutes:
      env.VITE_SESSION_TIMEOUT_MINUTES === undefined || env.VITE_SESSION_TIMEOUT_MINUTES === ''
        ? 30
        : Number(env.VITE_SESSION_TIMEOUT_MINUTES),
    sessionWarningMinutes: 2,
  });
}

export const appConfig: AppConfig = readConfig(import.meta.env);
