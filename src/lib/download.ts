/**
 * Saves text as a file in the browser: a Blob behind a temporary object URL, clicked through a
 * link that is never added to the page's content. A byte order mark makes spreadsheets read UTF-8.
 */
export function downloadTextFile(filename: string, text: string, type = 'text/csv'): void {
  const blob = new Blob(['\uFEFF', text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked after the click has been handled, so the download has started.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  }
}
