import { useEffect } from 'react';

export const SERVICE_NAME = 'IRO Review Tracker';

/**
 * Sets the page title as GOV.UK does ('Page – Service'), with 'Error: ' in front when the page shows
 * validation errors. Titles never carry a child's name or date of birth (privacy).
 */
export function useDocumentTitle(pageTitle: string, options: { hasErrors?: boolean } = {}): void {
  const { hasErrors = false } = options;
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${pageTitle} – ${SERVICE_NAME}`;
  }, [pageTitle, hasErrors]);
}
