import { z } from 'zod';

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
  });
}

export const appConfig: AppConfig = readConfig(import.meta.env);
