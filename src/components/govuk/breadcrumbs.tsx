import type { ReactNode } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

export type BreadcrumbItem = {
  text: ReactNode;
  /** Omit on the current page (rendered as text with aria-current="page"). */
  href?: string;
};

export type BreadcrumbsProps = {
  items: readonly BreadcrumbItem[];
  collapseOnMobile?: boolean;
  label?: string;
  linkComponent?: LinkComponent;
  className?: string;
};

/** GOV.UK breadcrumbs. */
export function Breadcrumbs({
  items,
  collapseOnMobile,
  label = 'Breadcrumb',
  linkComponent,
  className,
}: BreadcrumbsProps) {
  return (
    <nav
      className={cx(
        'govuk-breadcrumbs',
        className,
        collapseOnMobile && 'govuk-breadcrumbs--collapse-on-mobile',
      )}
      aria-label={label}
    >
      <ol className="govuk-breadcrumbs__list">
        {items.map((item, index) =>
          item.href ? (
            <li key={index} className="govuk-breadcrumbs__list-item">
              <AppLink
                linkComponent={linkComponent}
                className="govuk-breadcrumbs__link"
                href={item.href}
              >
                {item.text}
              </AppLink>
            </li>
          ) : (
            <li key={index} className="govuk-breadcrumbs__list-item" aria-current="page">
              {item.text}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
