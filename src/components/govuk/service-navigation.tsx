import { useState, type ReactNode } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';
import { FROM_TABLET, useMediaQuery } from '../use-media-query';

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
  /** The words on the button that shows the items on a phone. */
  menuButtonText?: string;
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
    props: {
      className: string;
      'aria-current'?: 'page' | 'true';
      onClick: () => void;
      children: ReactNode;
    },
  ) => ReactNode;
  className?: string;
};

/**
 * GOV.UK service navigation (v6). Below the tablet breakpoint, with more than one item, the items
 * are behind a menu button (as govuk-frontend's script does: the button is hidden from tablet up,
 * and the list is hidden on a phone until the button opens it), so a phone's page starts near its
 * heading rather than after a column of links. Following a link closes the menu again.
 */
export function ServiceNavigation({
  serviceName,
  serviceUrl,
  items = [],
  navigationLabel,
  menuButtonText = 'Menu',
  ariaLabel = 'Service information',
  navigationId = 'navigation',
  containerClassName = 'govuk-width-container',
  end,
  linkComponent,
  renderLink,
  className,
}: ServiceNavigationProps) {
  const wide = useMediaQuery(FROM_TABLET, true);
  const [menuOpen, setMenuOpen] = useState(false);
  const collapsible = items.length > 1;
  const collapsed = collapsible && !wide && !menuOpen;
  const closeMenu = () => {
    setMenuOpen(false);
  };
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
          <nav
            aria-label={navigationLabel ?? menuButtonText}
            className="govuk-service-navigation__wrapper"
          >
            {collapsible && (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                aria-expanded={wide ? undefined : menuOpen}
                hidden={wide}
                aria-hidden={wide ? true : undefined}
                onClick={() => {
                  setMenuOpen((open) => !open);
                }}
              >
                {menuButtonText}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId} hidden={collapsed}>
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
                  onClick: closeMenu,
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
