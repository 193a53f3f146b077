/** ids and aria-describedby shared by the single-control form components. */
export function fieldIds(
  id: string,
  { hint, error, describedBy }: { hint?: unknown; error?: unknown; describedBy?: string },
) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ariaDescribedBy = [describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, ariaDescribedBy };
}
