import type { ReactNode } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

export type ServiceNavigationItem = {
  href: string;
  text: ReactNode;
  /** This page: aria-current="page". */
  current?: boolean;
  /** A page within this section: aria-current="true". */
  active?: boolean;
};

export type ServiceNavigationProps = {
  serviceName?: ReactNode;
  serviceUrl?: string;
  items?: readonly ServiceNavigationItem[];
  navigationLabel?: string;
  /** Label of the section landmark when there is a service name. */
  ariaLabel?: string;
  navigationId?: string;
  /** Classes of the inner container, e.g. 'govuk-width-container app-width-container--wide'. */
  containerClassName?: string;
  /** Content at the end (e.g. the signed-in user and a sign-out link). */
  end?: ReactNode;
  linkComponent?: LinkComponent;
  /** Custom rendering of an item's link; defaults to the link component. */
  renderLink?: (
    item: ServiceNavigationItem,
    props: { className: string; 'aria-current'?: 'page' | 'true'; children: ReactNode },
  ) => ReactNode;
  className?: string;
};

/**
 * GOV.UK service navigation (v6). The mobile menu toggle is not rendered (it needs script): the
 * items stay visible at every width.
 */
export function ServiceNavigation({
  serviceName,
  serviceUrl,
  items = [],
  navigationLabel = 'Menu',
  ariaLabel = 'Service information',
  navigationId = 'navigation',
  containerClassName = 'govuk-width-container',
  end,
  linkComponent,
  renderLink,
  className,
}: ServiceNavigationProps) {
  const inner = (
    <div className={containerClassName}>
      <div className="govuk-service-navigation__container">
        {serviceName ? (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <AppLink
                linkComponent={linkComponent}
                href={serviceUrl}
                className="govuk-service-navigation__link"
              >
                {serviceName}
              </AppLink>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        ) : null}
        {items.length > 0 && (
          <nav aria-label={navigationLabel} className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {items.map((item) => {
                const isActive = Boolean(item.current) || Boolean(item.active);
                const ariaCurrent: 'page' | 'true' | undefined = item.current
                  ? 'page'
                  : item.active
                    ? 'true'
                    : undefined;
                // Active items are also bold (<strong>) so the state survives overridden colours.
                const children = isActive ? (
                  <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                ) : (
                  item.text
                );
                const linkProps = {
                  className: 'govuk-service-navigation__link',
                  'aria-current': ariaCurrent,
                  children,
                };
                return (
                  <li
                    key={item.href}
                    className={cx(
                      'govuk-service-navigation__item',
                      isActive && 'govuk-service-navigation__item--active',
                    )}
                  >
                    {renderLink ? (
                      renderLink(item, linkProps)
                    ) : (
                      <AppLink linkComponent={linkComponent} href={item.href} {...linkProps} />
                    )}
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
      </div>
      {end}
    </div>
  );
  const classes = cx('govuk-service-navigation', className);
  return serviceName || end ? (
    <section aria-label={ariaLabel} className={classes}>
      {inner}
    </section>
  ) : (
    <div className={classes}>{inner}</div>
  );
}
