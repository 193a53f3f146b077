import type { MouseEvent, ReactNode } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

export type BackLinkProps = {
  href: string;
  children?: ReactNode;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  linkComponent?: LinkComponent;
  className?: string;
};

/** GOV.UK back link. Place it before `<main>`. */
export function BackLink({
  href,
  children = 'Back',
  onClick,
  linkComponent,
  className,
}: BackLinkProps) {
  return (
    <AppLink
      linkComponent={linkComponent}
      href={href}
      className={cx('govuk-back-link', className)}
      onClick={onClick}
    >
      {children}
    </AppLink>
  );
}
