import type { ReactNode } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

export type GenericHeaderProps = {
  /** The council's name or logo: never the GOV.UK crown or logotype. */
  logo: ReactNode;
  homeHref?: string;
  containerClassName?: string;
  linkComponent?: LinkComponent;
  className?: string;
};

/**
 * GOV.UK Frontend v6 generic header, for services not on GOV.UK. Its markup is a `<div>`: the app
 * shell wraps it (and the service navigation) in `<header class="govuk-template__header">`.
 */
export function GenericHeader({
  logo,
  homeHref = '/',
  containerClassName = 'govuk-width-container',
  linkComponent,
  className,
}: GenericHeaderProps) {
  return (
    <div className={cx('govuk-generic-header', className)}>
      <div className={cx('govuk-generic-header__container', containerClassName)}>
        <div className="govuk-generic-header__logo">
          <AppLink
            linkComponent={linkComponent}
            href={homeHref}
            className="govuk-generic-header__homepage-link"
          >
            {logo}
          </AppLink>
        </div>
      </div>
    </div>
  );
}
