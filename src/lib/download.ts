export interface DownloadOptions {
  /**
   * A byte order mark first (the default), so that spreadsheets such as Excel read the file as
   * UTF-8 (names with accents, curly apostrophes). Off for formats that do not want one (.ics).
   */
  byteOrderMark?: boolean;
}

/**
 * Saves text as a file in the browser: a Blob (`type`, UTF-8) behind a temporary object URL,
 * clicked through a link that is never added to the page's content.
 */
export function downloadTextFile(
  filename: string,
  text: string,
  type = 'text/csv',
  { byteOrderMark = true }: DownloadOptions = {},
): void {
  const blob = new Blob(byteOrderMark ? ['\uFEFF', text] : [text], {
    type: `${type};charset=utf-8`,
  });
  saveBlob(filename, blob);
}

/** Saves a Blob (a CSV, a calendar file, a Word document) as a file through a temporary object URL. */
export function saveBlob(filename: string, blob: Blob): void {
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
