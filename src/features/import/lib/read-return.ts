// Runs the analysis in a web worker when the browser has one, else on the main thread (jsdom
// tests, very old browsers). Either way the caller gets progress and the same result.
import type { IsoDate } from '@/domain';
import {
  analyseReturn,
  type ProgressListener,
  type ReturnAnalysis,
  type ReturnTexts,
} from './analyse-return';
import type { AnalyseMessage, AnalyseRequest } from './ssda903.worker';

export type ReturnFiles = Readonly<Record<keyof ReturnTexts, Blob>>;

function readOnMainThread(
  files: ReturnFiles,
  today: IsoDate,
  onProgress: ProgressListener,
): Promise<ReturnAnalysis> {
  return Promise.all([files.header.text(), files.episodes.text(), files.reviews.text()]).then(
    ([header, episodes, reviews]) =>
      analyseReturn({ header, episodes, reviews }, today, onProgress),
  );
}

function readInWorker(
  files: ReturnFiles,
  today: IsoDate,
  onProgress: ProgressListener,
): Promise<ReturnAnalysis> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ssda903.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalyseMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.fraction, message.stage);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.analysis);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The files could not be read'));
    };
    const request: AnalyseRequest = { files, today };
    worker.postMessage(request);
  });
}

/** Reads and checks the three files, in a worker when there is one. */
export function readReturn(
  files: ReturnFiles,
  today: IsoDate,
  onProgress: ProgressListener = () => undefined,
): Promise<ReturnAnalysis> {
  return typeof Worker === 'undefined'
    ? readOnMainThread(files, today, onProgress)
    : readInWorker(files, today, onProgress);
}
