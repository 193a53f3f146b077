import './styles/main.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppQueryClient } from '@/app/app';
import { startFirstLoad } from '@/app/first-reads';
import { appConfig } from '@/lib/config';

async function startMockBackendIfEnabled(): Promise<void> {
  if (!appConfig.useMocks) return;
  // Imported on demand so that a build with VITE_USE_MOCKS=false carries none of the mock.
  const { startMockBackend } = await import('@mocks/browser');
  await startMockBackend();
}

/**
 * The build preloads its stylesheet instead of blocking on it (vite.config.ts): apply it now, and
 * wait for it (or its failure) so the first render is never unstyled. In dev, Vite adds styles.
 */
function applyStylesheets(): Promise<unknown> {
  const preloads = document.querySelectorAll<HTMLLinkElement>('link[data-app-stylesheet]');
  return Promise.all(
    [...preloads].map(
      (preload) =>
        new Promise((resolve) => {
          const sheet = document.createElement('link');
          sheet.rel = 'stylesheet';
          sheet.crossOrigin = preload.crossOrigin;
          sheet.href = preload.href;
          sheet.addEventListener('load', resolve);
          sheet.addEventListener('error', resolve);
          preload.after(sheet);
        }),
    ),
  );
}

async function main(): Promise<void> {
  const styled = applyStylesheets();
  // The service worker must be listening before the first request the app makes.
  await startMockBackendIfEnabled();
  const queryClient = createAppQueryClient();
  await styled;
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to render into');
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
  // The page's requests and code start once its loading heading is drawn (the task after the
  // next frame), not before: the first paint waits for nothing but the app's code and stylesheet,
  // and the requests are on their way a frame later.
  requestAnimationFrame(() => {
    setTimeout(() => {
      startFirstLoad(queryClient, window.location);
    }, 0);
  });
}

void main();
