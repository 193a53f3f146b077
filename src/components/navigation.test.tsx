import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Breadcrumbs } from './govuk/breadcrumbs';
import { NotificationBanner } from './govuk/notification-banner';
import { Pagination, paginationItems } from './govuk/pagination';
import { ServiceNavigation } from './govuk/service-navigation';
import { LinkComponentProvider, type LinkProps } from './link';
import { Alert } from './moj/alert';
import { SubNavigation } from './moj/sub-navigation';

// Stands in for the app's react-router adapter.
function TestRouterLink({ children, ...props }: LinkProps) {
  return (
    <a data-router-link="" {...props}>
      {children}
    </a>
  );
}

describe('navigation components', () => {
  it('marks the current service navigation item and uses the provided link component', () => {
    render(
      <LinkComponentProvider component={TestRouterLink}>
        <ServiceNavigation
          serviceName="IRO Review Tracker"
          serviceUrl="/"
          items={[
            { href: '/caseload', text: 'Caseload', current: true },
            { href: '/reports', text: 'Reports' },
          ]}
        />
      </LinkComponentProvider>,
    );
    expect(screen.getByRole('region', { name: 'Service information' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(nav).getByRole('link', { name: 'Caseload' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Caseload' })).toHaveAttribute('data-router-link');
    expect(within(nav).getByRole('link', { name: 'Reports' })).not.toHaveAttribute('aria-current');
  });

  it('renders breadcrumbs and sub navigation with aria-current', () => {
    render(
      <>
        <Breadcrumbs items={[{ text: 'Caseload', href: '/caseload' }, { text: 'Ada Lovelace' }]} />
        <SubNavigation
          items={[
            { href: '/children/1', text: 'Overview', current: true },
            { href: '/children/1/reviews', text: 'Reviews' },
          ]}
        />
      </>,
    );
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent(
      'CaseloadAda Lovelace',
    );
    expect(screen.getByText('Ada Lovelace')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  });

  it('paginates with first, last and neighbours', () => {
    expect(paginationItems(5, 10).map((i) => (i.type === 'page' ? i.number : '…'))).toEqual([
      1,
      '…',
      4,
      5,
      6,
      '…',
      10,
    ]);
    expect(paginationItems(2, 4).map((i) => (i.type === 'page' ? i.number : '…'))).toEqual([
      1, 2, 3, 4,
    ]);
    render(<Pagination page={2} totalPages={3} hrefFor={(n) => `/caseload?page=${n}`} />);
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: /^Next\s?page$/ })).toHaveAttribute(
      'href',
      '/caseload?page=3',
    );
    expect(screen.getByRole('link', { name: /^Previous\s?page$/ })).toHaveAttribute('rel', 'prev');
  });

  it('gives banners and alerts the documented roles', () => {
    render(
      <>
        <NotificationBanner heading="The service will be unavailable on Sunday" />
        <NotificationBanner type="success" heading="Review booked" focusOnMount />
        <Alert variant="warning" title="Review overdue">
          This review is 12 days overdue.
        </Alert>
      </>,
    );
    expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent(
      'The service will be unavailable on Sunday',
    );
    const success = screen.getByRole('alert', { name: 'Success' });
    expect(success).toHaveTextContent('Review booked');
    expect(success).toHaveFocus();
    expect(screen.getByRole('region', { name: 'warning: Review overdue' })).toHaveTextContent(
      'This review is 12 days overdue.',
    );
  });
});
