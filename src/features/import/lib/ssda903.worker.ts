// The web worker that reads and checks a return off the main thread, so the page stays responsive
// and shows progress while a whole council's files (tens of thousands of rows) are read.
import type { IsoDate } from '@/domain';
import { analyseReturn, type ReturnAnalysis, type ReturnTexts } from './analyse-return';

export interface AnalyseRequest {
  files: Readonly<Record<keyof ReturnTexts, Blob>>;
  today: IsoDate;
}

export type AnalyseMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; analysis: ReturnAnalysis }
  | { type: 'failed'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalyseRequest>) => void) | null;
  postMessage: (message: AnalyseMessage) => void;
};

scope.onmessage = (event) => {
  const { files, today } = event.data;
  void (async () => {
    try {
      scope.postMessage({ type: 'progress', fraction: 0, stage: 'Opening the files' });
      const [header, episodes, reviews] = await Promise.all([
        files.header.text(),
        files.episodes.text(),
        files.reviews.text(),
      ]);
      let last = -1;
      const analysis = analyseReturn({ header, episodes, reviews }, today, (fraction, stage) => {
        // At most 100 progress messages.
        const step = Math.floor(fraction * 100);
        if (step === last) return;
        last = step;
        scope.postMessage({ type: 'progress', fraction, stage });
      });
      scope.postMessage({ type: 'done', analysis });
    } catch (error) {
      scope.postMessage({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  })();
};
