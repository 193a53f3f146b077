import type { ReactNode } from 'react';
import { cx } from '../cx';
import { Tag, type TagColour } from './tag';

export type PhaseBannerProps = {
  /** The phase, e.g. 'Beta'. */
  tag: ReactNode;
  tagColour?: TagColour;
  children: ReactNode;
  className?: string;
};

/** GOV.UK phase banner. */
export function PhaseBanner({ tag, tagColour, children, className }: PhaseBannerProps) {
  return (
    <div className={cx('govuk-phase-banner', 'govuk-width-container', className)}>
      <p className="govuk-phase-banner__content">
        <Tag colour={tagColour} className="govuk-phase-banner__content__tag">
          {tag}
        </Tag>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
