import './styles/main.scss';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { appConfig } from '@/lib/config';

async function startMockBackendIfEnabled(): Promise<void> {
  if (!appConfig.useMocks) return;
  // Imported on demand so that a build with VITE_USE_MOCKS=false carries none of the mock.
  const { startMockBackend } = await import('@mocks/browser');
  await startMockBackend();
}

async function main(): Promise<void> {
  // The service worker must be listening before the first request the app makes.
  await startMockBackendIfEnabled();
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to render into');
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
