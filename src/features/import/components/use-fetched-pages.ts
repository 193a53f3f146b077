import { useEffect, useRef, useState } from 'react';

/**
 * A list shown a page at a time whose first page is already here and whose others are fetched
 * when asked for (the backend's check or comparison, asked again for page n). After each move the
 * status line takes focus, so a screen reader hears which rows these are.
 */
export function useFetchedPages<T>(
  first: readonly T[],
  fetchPage: (page: number) => Promise<readonly T[]>,
) {
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<readonly T[]>(first);
  const [failed, setFailed] = useState(false);
  const [loading, setLoading] = useState(false);
  const [moved, setMoved] = useState(0);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (moved > 0) status.current?.focus();
  }, [moved]);

  async function goTo(next: number) {
    if (loading) return;
    setFailed(false);
    setLoading(true);
    try {
      setRows(next === 1 ? first : await fetchPage(next));
      setPage(next);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
      setMoved((count) => count + 1);
    }
  }

  return { page, rows, failed, loading, status, goTo };
}
