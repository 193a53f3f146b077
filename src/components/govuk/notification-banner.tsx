import { useEffect, useId, useRef, type ReactNode } from 'react';
import { cx } from '../cx';
import { setFocus } from '../set-focus';

export type NotificationBannerProps = {
  /** 'success' after an action the user took; otherwise neutral ('important'). */
  type?: 'important' | 'success';
  /** Defaults to 'Success' or 'Important'. */
  title?: ReactNode;
  titleId?: string;
  titleHeadingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Overrides the role: 'alert' for success, 'region' otherwise. */
  role?: 'alert' | 'region' | 'status';
  /** A single line of content in the banner's heading style. */
  heading?: ReactNode;
  /** Free content (use `govuk-notification-banner__heading` / `__link` classes inside). */
  children?: ReactNode;
  /** Move focus to a success banner when it appears (GOV.UK's behaviour for role="alert"). */
  focusOnMount?: boolean;
  className?: string;
};

/** GOV.UK notification banner (neutral or success). */
export function NotificationBanner({
  type = 'important',
  title,
  titleId,
  titleHeadingLevel = 2,
  role,
  heading,
  children,
  focusOnMount,
  className,
}: NotificationBannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const generatedId = useId();
  const isSuccess = type === 'success';
  const effectiveRole = role ?? (isSuccess ? 'alert' : 'region');
  const effectiveTitleId = titleId ?? `govuk-notification-banner-title-${generatedId}`;
  const HeadingTag = `h${titleHeadingLevel}` as const;
  const shouldFocus = Boolean(focusOnMount) && effectiveRole === 'alert';

  useEffect(() => {
    if (shouldFocus && ref.current) setFocus(ref.current);
  }, [shouldFocus]);

  return (
    <div
      ref={ref}
      className={cx(
        'govuk-notification-banner',
        isSuccess && 'govuk-notification-banner--success',
        className,
      )}
      role={effectiveRole}
      aria-labelledby={effectiveTitleId}
    >
      <div className="govuk-notification-banner__header">
        <HeadingTag className="govuk-notification-banner__title" id={effectiveTitleId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </HeadingTag>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
