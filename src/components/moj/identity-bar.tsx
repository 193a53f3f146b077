import type { ReactNode } from 'react';
import { cx } from '../cx';

export type IdentityBarProps = {
  /** Who the page is about, e.g. the child's name. */
  title: ReactNode;
  /** Lines under the title, e.g. 'ID 123456', 'Date of birth 3 May 2012'. */
  subtitles?: readonly ReactNode[];
  /** Buttons or links, each in its own `moj-identity-bar__menu`. */
  actions?: readonly ReactNode[];
  className?: string;
};

/** MOJ identity bar: who the page is about, with optional actions. */
export function IdentityBar({ title, subtitles = [], actions = [], className }: IdentityBarProps) {
  return (
    <div className={cx('moj-identity-bar', className)}>
      <div className="moj-identity-bar__container">
        <div className="moj-identity-bar__details">
          <span className="moj-identity-bar__title">
            <strong className="app-identity-bar__name">{title}</strong>
            {subtitles.map((subtitle, index) => (
              <span key={index} className="app-identity-bar__subtitle">
                {subtitle}
              </span>
            ))}
          </span>
        </div>
        {actions.length > 0 && (
          <div className="moj-identity-bar__actions">
            {actions.map((action, index) => (
              <div key={index} className="moj-identity-bar__menu">
                {action}
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
