import { cx } from '../cx';

export type NotificationBadgeProps = {
  count: number;
  /** Completes the hidden text, e.g. 'reviews overdue' -> '(12 reviews overdue)'. */
  visuallyHiddenText?: string;
  className?: string;
};

/** MOJ notification badge: a count (99+ when large). Renders nothing for zero. */
export function NotificationBadge({
  count,
  visuallyHiddenText,
  className,
}: NotificationBadgeProps) {
  if (!(count > 0)) return null;
  const shown = count >= 99 ? '99+' : String(count);
  const spoken = count >= 99 ? '99 or more' : String(count);
  return (
    <span className={cx('moj-notification-badge', className)}>
      <span aria-hidden="true">{shown}</span>
      <span className="govuk-visually-hidden">
        ({spoken}
        {visuallyHiddenText ? ` ${visuallyHiddenText}` : ''})
      </span>
    </span>
  );
}
