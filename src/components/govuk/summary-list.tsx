import type { MouseEvent, ReactNode } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

export type SummaryListAction = {
  href: string;
  text: ReactNode;
  /** Completes the link text for screen readers, e.g. 'date of birth' after 'Change'. */
  visuallyHiddenText?: string;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  className?: string;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: readonly SummaryListAction[];
  className?: string;
  keyClassName?: string;
  valueClassName?: string;
};

export type SummaryCard = {
  title: string;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  actions?: readonly SummaryListAction[];
  className?: string;
};

export type SummaryListProps = {
  rows: readonly (SummaryListRow | null | false | undefined)[];
  /** Renders the list inside a GOV.UK summary card. */
  card?: SummaryCard;
  noBorder?: boolean;
  linkComponent?: LinkComponent;
  className?: string;
};

function ActionLink({
  action,
  cardTitle,
  linkComponent,
}: {
  action: SummaryListAction;
  cardTitle?: string;
  linkComponent?: LinkComponent;
}) {
  return (
    <AppLink
      linkComponent={linkComponent}
      className={cx('govuk-link', action.className)}
      href={action.href}
      onClick={action.onClick}
    >
      {action.text}
      {(action.visuallyHiddenText || cardTitle) && (
        <span className="govuk-visually-hidden">
          {action.visuallyHiddenText ? ` ${action.visuallyHiddenText}` : ''}
          {cardTitle ? ` (${cardTitle})` : ''}
        </span>
      )}
    </AppLink>
  );
}

/** GOV.UK summary list (optionally as a summary card). Falsy rows are skipped. */
export function SummaryList({ rows, card, noBorder, linkComponent, className }: SummaryListProps) {
  const visibleRows = rows.filter((row): row is SummaryListRow => Boolean(row));
  const anyRowHasActions = visibleRows.some((row) => (row.actions?.length ?? 0) > 0);
  const list = (
    <dl
      className={cx('govuk-summary-list', noBorder && 'govuk-summary-list--no-border', className)}
    >
      {visibleRows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={index}
            className={cx(
              'govuk-summary-list__row',
              anyRowHasActions && actions.length === 0 && 'govuk-summary-list__row--no-actions',
              row.className,
            )}
          >
            <dt className={cx('govuk-summary-list__key', row.keyClassName)}>{row.key}</dt>
            <dd className={cx('govuk-summary-list__value', row.valueClassName)}>{row.value}</dd>
            {actions.length > 0 && (
              <dd className="govuk-summary-list__actions">
                {actions.length === 1 && actions[0] ? (
                  <ActionLink
                    action={actions[0]}
                    cardTitle={card?.title}
                    linkComponent={linkComponent}
                  />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action, actionIndex) => (
                      <li
                        key={`${action.href}-${actionIndex}`}
                        className="govuk-summary-list__actions-list-item"
                      >
                        <ActionLink
                          action={action}
                          cardTitle={card?.title}
                          linkComponent={linkComponent}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
  if (!card) return list;

  const HeadingTag = `h${card.headingLevel ?? 2}` as const;
  const cardActions = card.actions ?? [];
  return (
    <div className={cx('govuk-summary-card', card.className)}>
      <div className="govuk-summary-card__title-wrapper">
        <HeadingTag className="govuk-summary-card__title">{card.title}</HeadingTag>
        {cardActions.length === 1 && cardActions[0] ? (
          <div className="govuk-summary-card__actions">
            <ActionLink
              action={cardActions[0]}
              cardTitle={card.title}
              linkComponent={linkComponent}
            />
          </div>
        ) : cardActions.length > 1 ? (
          <ul className="govuk-summary-card__actions">
            {cardActions.map((action, actionIndex) => (
              <li key={`${action.href}-${actionIndex}`} className="govuk-summary-card__action">
                <ActionLink action={action} cardTitle={card.title} linkComponent={linkComponent} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
}
