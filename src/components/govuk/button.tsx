import {
  useRef,
  type AnchorHTMLAttributes,
  type ButtonHTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { cx } from '../cx';
import { AppLink, type LinkComponent } from '../link';

type ButtonCommonProps = {
  children: ReactNode;
  /** Colour variant; 'primary' (the default) adds no modifier class. */
  variant?: 'primary' | 'secondary' | 'warning' | 'inverse';
  /** Start button: adds `govuk-button--start` and the arrow icon. */
  start?: boolean;
  /** Ignore a second click within one second (stops double submissions). */
  preventDoubleClick?: boolean;
  className?: string;
};

export type ButtonAsButtonProps = ButtonCommonProps & {
  href?: undefined;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'children'>;

export type ButtonAsLinkProps = ButtonCommonProps & {
  /** Renders a link styled as a button (`<a role="button">`), via the app's link component. */
  href: string;
  linkComponent?: LinkComponent;
} & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'children' | 'href'>;

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

const DOUBLE_CLICK_MS = 1000;

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** GOV.UK button, as a `<button>` or (with `href`) a link styled as a button. */
export function Button({
  children,
  variant,
  start,
  preventDoubleClick,
  className,
  ...rest
}: ButtonProps) {
  const props = rest;
  const lastClickAt = useRef<number | null>(null);
  const classes = cx(
    'govuk-button',
    variant && variant !== 'primary' && `govuk-button--${variant}`,
    className,
    start && 'govuk-button--start',
  );
  const content = (
    <>
      {start && typeof children !== 'string' ? <span>{children}</span> : children}
      {start && <StartIcon />}
    </>
  );

  /** Returns true when the click should be ignored as a double click. */
  function isDoubleClick(event: MouseEvent): boolean {
    if (!preventDoubleClick) return false;
    const now = Date.now();
    if (lastClickAt.current !== null && now - lastClickAt.current < DOUBLE_CLICK_MS) {
      event.preventDefault();
      event.stopPropagation();
      return true;
    }
    lastClickAt.current = now;
    return false;
  }

  if (props.href !== undefined) {
    const { linkComponent, href, onClick, onKeyDown, ...anchorProps } = props;
    return (
      <AppLink
        linkComponent={linkComponent}
        href={href}
        role="button"
        draggable="false"
        className={classes}
        {...anchorProps}
        onClick={(event: MouseEvent<HTMLAnchorElement>) => {
          if (isDoubleClick(event)) return;
          onClick?.(event);
        }}
        onKeyDown={(event: KeyboardEvent<HTMLAnchorElement>) => {
          onKeyDown?.(event);
          // A link with role="button" must also activate with the space key.
          if (!event.defaultPrevented && event.key === ' ') {
            event.preventDefault();
            event.currentTarget.click();
          }
        }}
      >
        {content}
      </AppLink>
    );
  }

  const { type = 'submit', disabled, onClick, ...buttonProps } = props;
  return (
    <button
      type={type}
      disabled={disabled}
      aria-disabled={disabled ? true : undefined}
      data-prevent-double-click={
        preventDoubleClick === undefined ? undefined : String(preventDoubleClick)
      }
      className={classes}
      {...buttonProps}
      onClick={(event) => {
        if (isDoubleClick(event)) return;
        onClick?.(event);
      }}
    >
      {content}
    </button>
  );
}
