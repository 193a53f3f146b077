/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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

export default defineConfig({
  plugins: [react()],
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
    // lightningcss rejects a legacy media-query hack inside govuk-frontend's service navigation.
    cssMinify: 'esbuild',
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
          include: ['mocks/**/*.test.ts', 'src/lib/**/*.test.ts'],
          env: { TZ: 'Europe/London' },
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/test/setup-ui.ts'],
          env: { TZ: 'Europe/London' },
        },
      },
    ],
  },
});
