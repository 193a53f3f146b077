import { useState } from 'react';
import { Link } from 'react-router';
import { Button, VisuallyHidden } from '@/components';
import type { RenderedDocument } from '@/lib/api/schemas';
import { saveBlob } from '@/lib/download';
import { wordDocument, wordFileName } from '../lib/word';

/** What to do with one document: open its print page, or download it as a Word document. */
export function DocumentActions({
  document,
  printHref,
  childRef,
  index,
  forWhom,
}: {
  document: RenderedDocument;
  printHref: string;
  childRef: string;
  /** Numbers the file when a meeting has several of one kind (0: unnumbered). */
  index: number;
  /** Hidden words naming the document, so each link and button makes sense on its own. */
  forWhom: string;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function download() {
    setState('busy');
    try {
      saveBlob(wordFileName(document, childRef, index), await wordDocument(document));
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <div className="govuk-button-group app-no-print">
        <Link className="govuk-link" to={printHref}>
          View and print <VisuallyHidden>{forWhom}</VisuallyHidden>
        </Link>
        <Button
          type="button"
          variant="secondary"
          disabled={state === 'busy'}
          onClick={() => {
            void download();
          }}
        >
          Download as Word <VisuallyHidden>{forWhom}</VisuallyHidden>
        </Button>
      </div>
      <div aria-live="polite" className="app-no-print">
        {state === 'busy' && <p className="govuk-body">Preparing the Word document…</p>}
        {state === 'failed' && (
          <p className="govuk-error-message">
            The Word document could not be made. Try again, or print the page instead.
          </p>
        )}
      </div>
    </>
  );
}
