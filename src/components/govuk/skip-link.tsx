import type { MouseEvent, ReactNode } from 'react';
import { cx } from '../cx';

export type SkipLinkProps = { href?: string; children?: ReactNode; className?: string };

/**
 * GOV.UK skip link. Re-implements its script: moves focus to the target (made focusable with
 * tabindex="-1" until it loses focus) without changing the URL.
 */
export function SkipLink({
  href = '#main-content',
  children = 'Skip to main content',
  className,
}: SkipLinkProps) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(href.replace(/^#/, ''));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.classList.add('govuk-skip-link-focused-element');
      target.addEventListener(
        'blur',
        () => {
          target.removeAttribute('tabindex');
          target.classList.remove('govuk-skip-link-focused-element');
        },
        { once: true },
      );
    }
    target.focus();
  }
  return (
    <a href={href} className={cx('govuk-skip-link', className)} onClick={onClick}>
      {children}
    </a>
  );
}
