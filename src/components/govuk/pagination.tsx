import type { MouseEvent } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

export type PaginationProps = {
  /** Current page, from 1. */
  page: number;
  totalPages: number;
  /** Link for a page; defaults to '?page=N'. */
  hrefFor?: (page: number) => string;
  /** Called instead of following the link (client-side paging). */
  onChange?: (page: number) => void;
  landmarkLabel?: string;
  linkComponent?: LinkComponent;
  className?: string;
};

type PageItem = { type: 'page'; number: number } | { type: 'ellipsis'; key: string };

/** First, last, current and its neighbours, with ellipses for the gaps (GOV.UK guidance). */
export function paginationItems(page: number, totalPages: number): PageItem[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const n of numbers) {
    if (n - previous === 2) items.push({ type: 'page', number: n - 1 });
    else if (n - previous > 2) items.push({ type: 'ellipsis', key: `after-${previous}` });
    items.push({ type: 'page', number: n });
    previous = n;
  }
  return items;
}

const arrowPrevious = (
  <svg
    className="govuk-pagination__icon govuk-pagination__icon--prev"
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
  </svg>
);

const arrowNext = (
  <svg
    className="govuk-pagination__icon govuk-pagination__icon--next"
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
  </svg>
);

/** GOV.UK pagination: previous/next links and numbered pages. Renders nothing for a single page. */
export function Pagination({
  page,
  totalPages,
  hrefFor = (n) => `?page=${n}`,
  onChange,
  landmarkLabel = 'Pagination',
  linkComponent,
  className,
}: PaginationProps) {
  if (totalPages <= 1) return null;

  function handle(n: number) {
    return onChange
      ? (event: MouseEvent<HTMLAnchorElement>) => {
          event.preventDefault();
          onChange(n);
        }
      : undefined;
  }

  return (
    <nav className={cx('govuk-pagination', className)} aria-label={landmarkLabel}>
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <AppLink
            linkComponent={linkComponent}
            className="govuk-link govuk-pagination__link"
            href={hrefFor(page - 1)}
            rel="prev"
            onClick={handle(page - 1)}
          >
            {arrowPrevious}
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </AppLink>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {paginationItems(page, totalPages).map((item) =>
          item.type === 'ellipsis' ? (
            <li key={item.key} className="govuk-pagination__item govuk-pagination__item--ellipsis">
              {'\u22EF'}
            </li>
          ) : (
            <li
              key={item.number}
              className={cx(
                'govuk-pagination__item',
                item.number === page && 'govuk-pagination__item--current',
              )}
            >
              <AppLink
                linkComponent={linkComponent}
                className="govuk-link govuk-pagination__link"
                href={hrefFor(item.number)}
                aria-label={`Page ${item.number}`}
                aria-current={item.number === page ? 'page' : undefined}
                onClick={handle(item.number)}
              >
                {item.number}
              </AppLink>
            </li>
          ),
        )}
      </ul>
      {page < totalPages && (
        <div className="govuk-pagination__next">
          <AppLink
            linkComponent={linkComponent}
            className="govuk-link govuk-pagination__link"
            href={hrefFor(page + 1)}
            rel="next"
            onClick={handle(page + 1)}
          >
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            {arrowNext}
          </AppLink>
        </div>
      )}
    </nav>
  );
}
