import type { ReactNode } from 'react';
import { cx } from '../cx';
import { formatIsoDateTime } from '../format-date';

export type TimelineItem = {
  id: string;
  /** The event, e.g. 'Review held'. */
  label: ReactNode;
  /** 'YYYY-MM-DD' or a full ISO timestamp (goes in `<time datetime>`). */
  datetime: string;
  /** Displayed date; defaults to '14 March 2026' or '14 March 2026 at 2:01pm'. */
  dateText?: ReactNode;
  description?: ReactNode;
  /** Who did it (rendered as 'by …'). */
  byline?: ReactNode;
  className?: string;
};

export type TimelineProps = {
  items: readonly TimelineItem[];
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string;
};

/** MOJ timeline, newest first as given. */
export function Timeline({ items, headingLevel = 2, className }: TimelineProps) {
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <div className={cx('moj-timeline', className)}>
      {items.map((item) => (
        <div key={item.id} className={cx('moj-timeline__item', item.className)}>
          <div className="moj-timeline__header">
            <HeadingTag className="moj-timeline__title">{item.label}</HeadingTag>
            {/* Title and byline are inline (MOJ styles): keep the space the MOJ template has. */}
            {item.byline ? ' ' : null}
            {item.byline ? <p className="moj-timeline__byline">by {item.byline}</p> : null}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={item.datetime}>
              {item.dateText ?? formatIsoDateTime(item.datetime)}
            </time>
          </p>
          <div className="moj-timeline__description">{item.description}</div>
        </div>
      ))}
    </div>
  );
}
