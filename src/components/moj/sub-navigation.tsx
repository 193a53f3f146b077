import type { ReactNode } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

export type SubNavigationItem = { href: string; text: ReactNode; current?: boolean };

export type SubNavigationProps = {
  items: readonly SubNavigationItem[];
  label?: string;
  linkComponent?: LinkComponent;
  className?: string;
};

/** MOJ sub navigation (tabs-like links between a record's pages). */
export function SubNavigation({
  items,
  label = 'Secondary navigation region',
  linkComponent,
  className,
}: SubNavigationProps) {
  return (
    <nav className={cx('moj-sub-navigation', className)} aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li key={item.href} className="moj-sub-navigation__item">
            <AppLink
              linkComponent={linkComponent}
              className="moj-sub-navigation__link"
              aria-current={item.current ? 'page' : undefined}
              href={item.href}
            >
              {item.text}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
