import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceNavigation } from './govuk/service-navigation';
import { FROM_TABLET } from './use-media-query';

// jsdom has no matchMedia: a window of a given width, which can be resized, stands in for one.
function windowOfWidth(initialPx: number) {
  let width = initialPx;
  const listeners = new Set<() => void>();
  const matches = (query: string) => {
    if (query !== FROM_TABLET) throw new Error(`Unexpected media query ${query}`);
    return width >= 641;
  };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return matches(query);
    },
    media: query,
    addEventListener: (_type: 'change', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'change', listener: () => void) => listeners.delete(listener),
  }));
  return {
    resizeTo(px: number) {
      width = px;
      act(() => {
        for (const listener of listeners) listener();
      });
    },
  };
}

const items = [
  { href: '/caseload', text: 'Caseload', current: true },
  { href: '/calendar', text: 'Calendar' },
  { href: '/reports', text: 'Reports' },
];

function renderNavigation(itemsShown = items) {
  const followed: string[] = [];
  render(
    <ServiceNavigation
      serviceName="IRO Review Tracker"
      serviceUrl="/"
      items={itemsShown}
      linkComponent={({ href, onClick, children, ...rest }) => (
        <a
          href={href}
          {...rest}
          onClick={(event) => {
            event.preventDefault();
            followed.push(href);
            onClick?.(event);
          }}
        >
          {children}
        </a>
      )}
    />,
  );
  return { followed, nav: screen.getByRole('navigation', { name: 'Menu' }) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the service navigation on a phone', () => {
  it('keeps the items behind a Menu button that opens and closes them', async () => {
    windowOfWidth(375);
    const user = userEvent.setup();
    const { nav } = renderNavigation();
    const button = within(nav).getByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', 'navigation');
    expect(within(nav).queryByRole('link')).toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Caseload', 'Calendar', 'Reports']);
    expect(within(nav).getByRole('link', { name: 'Caseload' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav).queryByRole('link')).toBeNull();
  });

  it('closes the menu when a link in it is followed', async () => {
    windowOfWidth(375);
    const user = userEvent.setup();
    const { nav, followed } = renderNavigation();
    await user.click(within(nav).getByRole('button', { name: 'Menu' }));
    await user.click(within(nav).getByRole('link', { name: 'Reports' }));
    expect(followed).toEqual(['/reports']);
    expect(within(nav).getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(within(nav).queryByRole('link')).toBeNull();
  });

  it('shows a single item without a button, as GOV.UK does', () => {
    windowOfWidth(375);
    const { nav } = renderNavigation([{ href: '/caseload', text: 'Caseload', current: true }]);
    expect(within(nav).queryByRole('button')).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Caseload' })).toBeVisible();
  });
});

describe('the service navigation from the tablet breakpoint up', () => {
  it('shows every item and hides the button from everyone', () => {
    windowOfWidth(1024);
    const { nav } = renderNavigation();
    expect(within(nav).getAllByRole('link')).toHaveLength(3);
    expect(within(nav).queryByRole('button')).toBeNull();
    const button = within(nav).getByRole('button', { hidden: true });
    expect(button).toHaveAttribute('hidden');
    expect(button).toHaveAttribute('aria-hidden', 'true');
    expect(button).not.toHaveAttribute('aria-expanded');
  });

  it('follows the window as it is resized across the breakpoint', () => {
    const view = windowOfWidth(1024);
    const { nav } = renderNavigation();
    view.resizeTo(600);
    expect(within(nav).queryByRole('link')).toBeNull();
    expect(within(nav).getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    view.resizeTo(800);
    expect(within(nav).getAllByRole('link')).toHaveLength(3);
    expect(within(nav).queryByRole('button')).toBeNull();
  });

  it('shows every item where the browser cannot say its width (no matchMedia)', () => {
    const { nav } = renderNavigation();
    expect(within(nav).getAllByRole('link')).toHaveLength(3);
    expect(within(nav).queryByRole('button')).toBeNull();
  });
});
