import type { ReactNode } from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

export type FooterLink = { href: string; text: ReactNode };

export type FooterProps = {
  /** The council, shown as '© {councilName}'. */
  councilName: string;
  /** Support links (accessibility statement, privacy, help). */
  links?: readonly FooterLink[];
  linksTitle?: string;
  /** Extra meta content under the links. */
  children?: ReactNode;
  containerClassName?: string;
  linkComponent?: LinkComponent;
  className?: string;
};

/**
 * GOV.UK footer for a council service: no crown, no Open Government Licence, no Crown copyright.
 * Its markup is a `<div>`: the app shell wraps it in `<footer class="govuk-template__footer">`.
 */
export function Footer({
  councilName,
  links = [],
  linksTitle = 'Support links',
  children,
  containerClassName,
  linkComponent,
  className,
}: FooterProps) {
  return (
    <div className={cx('govuk-footer', className)}>
      <div className={cx('govuk-width-container', containerClassName)}>
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {links.length > 0 && (
              <>
                <h2 className="govuk-visually-hidden">{linksTitle}</h2>
                <ul className="govuk-footer__inline-list">
                  {links.map((link) => (
                    <li key={link.href} className="govuk-footer__inline-list-item">
                      <AppLink
                        linkComponent={linkComponent}
                        className="govuk-footer__link"
                        href={link.href}
                      >
                        {link.text}
                      </AppLink>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {children ? <div className="govuk-footer__meta-custom">{children}</div> : null}
          </div>
          <div className="govuk-footer__meta-item">© {councilName}</div>
        </div>
      </div>
    </div>
  );
}
