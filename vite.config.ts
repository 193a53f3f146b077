/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const alias = [
  // Design-system images referenced from Sass as url("@design-assets/images/..."): GOV.UK Frontend's
  // own files from its package, the rest from MOJ Frontend's.
  {
    find: /^@design-assets\/images\/(govuk-[^/]+)$/,
    replacement: fileURLToPath(
      new URL('./node_modules/govuk-frontend/dist/govuk/assets/images/$1', import.meta.url),
    ),
  },
  {
    find: '@design-assets',
    replacement: fileURLToPath(
      new URL('./node_modules/@ministryofjustice/frontend/moj/assets', import.meta.url),
    ),
  },
  { find: '@mocks', replacement: fileURLToPath(new URL('./mocks', import.meta.url)) },
  { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
];

// The statutory clock must give the same answer wherever the machine is: the domain tests run once
// per time zone below (UTC, the UK, a zone behind UTC and the furthest zone ahead of it).
const timeZones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'];

/**
 * The production build's Content Security Policy: no inline script or style, nothing from other
 * origins except the API's (when VITE_API_BASE_URL is an absolute URL). It goes into the built
 * page as a meta tag (so any static host applies it) and is served as a header by `vite preview`
 * (adding frame-ancestors, which a meta tag cannot carry). The dev server has none: React's fast
 * refresh needs an inline script.
 */
export function contentSecurityPolicy(apiBaseUrl: string | undefined): string {
  const apiOrigin =
    apiBaseUrl !== undefined && /^https?:\/\//.test(apiBaseUrl) ? new URL(apiBaseUrl).origin : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${apiOrigin === '' ? '' : ` ${apiOrigin}`}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function contentSecurityPolicyMeta(policy: string): Plugin {
  return {
    name: 'iro-content-security-policy',
    apply: 'build',
    // Straight after the charset, so that it governs everything the page loads.
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      ),
  };
}

/**
 * The built page's stylesheet is fetched at once but not render-blocking: a <link rel=stylesheet>
 * also holds back the scripts after it until it arrives, so the app's code could not start until
 * the CSS had downloaded (Lighthouse on a phone: 150 ms, bench/lighthouse.bench.ts). Nothing is
 * drawn before the app renders, and src/main.tsx applies the stylesheet and waits for it before
 * the first render, so no unstyled page is ever shown.
 */
function stylesheetWithoutBlocking(): Plugin {
  return {
    name: 'iro-stylesheet-without-blocking',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g,
          '<link rel="preload" as="style" crossorigin href="$1" data-app-stylesheet>',
        ),
    },
  };
}

/**
 * Few, larger chunks, because each round of requests costs a phone a round trip (Lighthouse
 * mobile, bench/lighthouse.bench.ts): the first download is one chunk (it was four), zod with the
 * schemas every response check needs (common, vocabularies) another, and what two or more
 * features share (components, domain, queries, form helpers) a third, so a feature's page is its
 * own chunk and that one (it was up to 34). Higher priority first: the shell keeps everything the
 * entry imports statically.
 *
 * Each resource's response schemas (src/lib/api/schemas/<resource>.ts, team-schemas.ts,
 * ssda903-schemas.ts) stay chunks of their own, a kilobyte or a few each, fetched beside the
 * request that needs them (client.ts): building every schema at once was the first load's longest
 * task on a throttled phone (160-360 ms), and the sign-in page needs three of them.
 */
const firstLoadChunks = {
  groups: [
    { name: 'index', tags: ['$initial' as const], priority: 3 },
    {
      name: 'schemas',
      test: /node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]api[\\/](schemas[\\/](common|vocabularies)\.ts$|schema-runtime\.ts$)/,
      priority: 2,
    },
    {
      name: 'shared',
      test: /src[\\/](components|domain|stores|lib(?![\\/]api[\\/](schemas[\\/]|[\w-]*schemas\.ts$)))[\\/]/,
      minShareCount: 2,
      priority: 1,
    },
  ],
};

export default defineConfig(({ mode }) => {
  const policy = contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL);
  return {
    plugins: [react(), contentSecurityPolicyMeta(policy), stylesheetWithoutBlocking()],
    preview: {
      headers: {
        'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    },
    resolve: { alias },
    css: {
      preprocessorOptions: {
        // govuk-frontend and MOJ Frontend are loaded by path from the project root.
        scss: { loadPaths: [fileURLToPath(new URL('.', import.meta.url))], quietDeps: true },
      },
    },
    build: {
      sourcemap: true,
      target: 'es2022',
      // dist/.vite/manifest.json: the bundle benchmark reads which chunks the first page loads.
      manifest: true,
      // lightningcss rejects a legacy media-query hack inside govuk-frontend's service navigation.
      cssMinify: 'esbuild',
      rolldownOptions: { output: { codeSplitting: firstLoadChunks } },
    },
    test: {
      restoreMocks: true,
      projects: [
        ...timeZones.map((tz) => ({
          resolve: { alias },
          test: {
            name: `domain (${tz})`,
            environment: 'node',
            include: ['src/domain/**/*.test.ts'],
            env: { TZ: tz },
          },
        })),
        {
          resolve: { alias },
          test: {
            name: 'mock backend',
            environment: 'node',
            include: ['mocks/**/*.test.ts', 'src/lib/**/*.test.ts', 'eslint-rules/**/*.test.ts'],
            env: { TZ: 'Europe/London' },
          },
        },
        {
          plugins: [react()],
          resolve: { alias },
          test: {
            name: 'ui',
            environment: 'jsdom',
            // Pure helpers of a feature (src/features/*/lib) keep their tests beside them as .test.ts.
            include: [
              'src/**/*.test.tsx',
              'src/features/**/*.test.ts',
              'src/components/**/*.test.ts',
            ],
            setupFiles: ['./src/test/setup-ui.ts'],
            // Whole journeys through forms, rendered in jsdom: seconds each when the machine is busy.
            testTimeout: 20_000,
            env: { TZ: 'Europe/London' },
          },
        },
      ],
    },
  };
});
