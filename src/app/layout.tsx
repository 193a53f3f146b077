import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import {
  Button,
  ErrorState,
  Footer,
  GenericHeader,
  LoadingState,
  NotificationBadge,
  PhaseBanner,
  ServiceNavigation,
  SkipLink,
  SubNavigation,
  type ServiceNavigationItem,
} from '@/components';
import { api } from '@/lib/api/client';
import type { StaffMember } from '@/lib/api/schemas';
import { appConfig } from '@/lib/config';
import { paths } from '@/lib/paths';
import { useTaskSummary } from '@/lib/queries/get-task-summary';
import { queryKeys } from '@/lib/query-keys';
import { SignedInProvider, useSignedInData } from '@/lib/session';
import { SERVICE_NAME } from '@/lib/use-document-title';
import { useDraftStore } from '@/stores/draft-store';
import { useSessionStore } from '@/stores/session-store';
import { ConnectionBanner } from './connection-banner';
import {
  loadingHeadingAt,
  navigationFor as navigationForRole,
  navigationSectionsFor,
} from './route-table';
import { SessionTimeout } from './session-timeout';

const roleLabels: Record<StaffMember['role'], string> = {
  iro: 'Independent reviewing officer',
  'team-manager': 'Team manager',
  'business-support': 'Business support',
};

/** What each role's navigation offers: only what its job needs (the backend enforces the rest). */
export function navigationFor(user: StaffMember): { href: string; text: string }[] {
  return navigationForRole(user.role);
}

/** After navigation inside the app, focus moves to the main content, as a page load would. */
function useFocusMainOnNavigation() {
  const location = useLocation();
  const previousPath = useRef(location.pathname);
  useEffect(() => {
    // Compare with the last path seen, so neither the first render nor StrictMode's re-run moves focus.
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    document.getElementById('main-content')?.focus();
  }, [location.pathname]);
}

function DemoBanner() {
  const queryClient = useQueryClient();
  const setToken = useSessionStore((state) => state.setToken);
  const navigate = useNavigate();
  if (!appConfig.useMocks) return null;
  async function resetDemoData() {
    await api.resetMockDatabase({});
    queryClient.clear();
    setToken(null);
    await navigate(paths.signIn);
  }
  return (
    <PhaseBanner tag="Demo" tagColour="orange" className="app-width-container--wide">
      This service is using made-up demonstration data, kept in this browser.{' '}
      <button
        type="button"
        className="govuk-link app-link-button"
        onClick={() => void resetDemoData()}
      >
        Reset demo data
      </button>
    </PhaseBanner>
  );
}

function Page({
  councilName,
  navigation,
  end,
  children,
}: {
  councilName: string;
  navigation: ServiceNavigationItem[];
  end?: ReactNode;
  children: ReactNode;
}) {
  useFocusMainOnNavigation();
  return (
    <>
      <SkipLink href="#main-content" />
      <header className="govuk-template__header">
        <GenericHeader
          containerClassName="govuk-width-container app-width-container--wide"
          logo={
            <span className="app-header__council">
              {/* The link has words before the council's name has loaded (WCAG 2.4.4). */}
              {councilName === '' ? (
                <span className="govuk-visually-hidden">Home page</span>
              ) : (
                councilName
              )}
            </span>
          }
          homeHref={paths.home}
        />
        <ServiceNavigation
          containerClassName="govuk-width-container app-width-container--wide"
          serviceName={SERVICE_NAME}
          serviceUrl={paths.home}
          items={navigation}
          end={end}
        />
        {/* Inside the header landmark, so no content sits outside a landmark. */}
        <DemoBanner />
        <ConnectionBanner />
      </header>
      <div className="govuk-width-container app-width-container--wide">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer councilName={councilName} containerClassName="app-width-container--wide" />
      </footer>
    </>
  );
}

/** Pages for signed-out people (sign in). */
export function PublicLayout() {
  // The council's own name from its settings, as on every signed-in page (blank while loading).
  const council = useQuery({ queryKey: queryKeys.council(), queryFn: () => api.getCouncil() });
  return (
    <Page councilName={council.data?.councilName ?? ''} navigation={[]}>
      <Outlet />
    </Page>
  );
}

/** Every signed-in page: checks the session, loads today and settings, shows role-based navigation. */
export function SignedInLayout() {
  const token = useSessionStore((state) => state.token);
  const endSession = useSessionStore((state) => state.endSession);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { value, error, refetch } = useSignedInData(token !== null);
  // The Tasks item's badge: how many are due or late (refetched after any write about children).
  const taskSummary = useTaskSummary(token !== null && value !== null);
  const dueOrLate = taskSummary.data?.counts.dueOrLate ?? 0;

  if (token === null) return <Navigate to={paths.signIn} replace />;

  async function signOut() {
    // An explicit sign-out keeps nothing typed either.
    useDraftStore.getState().forgetEverything();
    try {
      await api.signOut();
    } finally {
      // Nothing about any child stays in memory once the person has gone.
      queryClient.clear();
      endSession(null);
      await navigate(paths.signIn);
    }
  }

  function signOutAtTimeout(userId: string, reason: string) {
    // Sent first: the request takes the token as it starts. (The backend ends the session itself
    // at its deadline; this ends it now, whatever the two clocks say.)
    api.signOut().catch(() => undefined);
    // Back to the same place when the same person signs back in (its form has kept a draft).
    useDraftStore
      .getState()
      .signedOutForInactivity({ userId, path: `${location.pathname}${location.search}` });
    queryClient.clear();
    endSession(reason);
  }

  if (value === null) {
    return (
      <Page councilName="" navigation={[]}>
        {error ? (
          <ErrorState message="Sorry, the service could not be loaded." onRetry={refetch} />
        ) : (
          // Headed with the page's own loading words, which its code's loading state goes on with.
          <LoadingState label={loadingHeadingAt(location.pathname)} pageHeading takeFocus={false} />
        )}
      </Page>
    );
  }

  const sections = navigationSectionsFor(value.user.role);
  // The page the address is, or is under (/team/reallocate under /team): the closest match, so
  // /team/at-risk is its own page, not under "Team overview".
  const within = (href: string) => location.pathname.startsWith(`${href}/`);
  const pages = sections.flatMap((section) => section.pages);
  const here =
    pages.find((page) => page.href === location.pathname) ??
    pages.filter((page) => within(page.href)).sort((a, b) => b.href.length - a.href.length)[0];
  const hereSection = sections.find(
    (section) => here !== undefined && section.pages.includes(here),
  );
  const navigation = sections.map((item) => {
    // A section is never the page itself (its sub navigation says which page): aria-current="true".
    const current = item.pages.length === 1 && location.pathname === item.href;
    return {
      href: item.href,
      // The count is in the link's name: "Tasks (12 due or late)".
      text:
        item.href === paths.tasks ? (
          <>
            {item.text}
            <NotificationBadge count={dueOrLate} visuallyHiddenText="due or late" />
          </>
        ) : (
          item.text
        ),
      current,
      active: item === hereSection && !current,
    };
  });
  // On a page of a section, the section's pages (not on a page under one: it has its own way back).
  const sectionNavigation =
    hereSection !== undefined &&
    hereSection.pages.length > 1 &&
    here?.href === location.pathname ? (
      <SubNavigation
        label={hereSection.text}
        className="app-section-navigation"
        items={hereSection.pages.map((page) => ({
          href: page.href,
          text: page.text,
          current: page === here,
        }))}
      />
    ) : null;

  return (
    <SignedInProvider value={value}>
      <Page
        councilName={value.settings.councilName}
        navigation={navigation}
        end={
          <div className="app-signed-in">
            <p className="govuk-body-s app-signed-in__who">
              <span className="govuk-visually-hidden">Signed in as </span>
              <strong>{value.user.name}</strong>
              <span className="app-signed-in__role">{roleLabels[value.user.role]}</span>
            </p>
            <Button
              variant="secondary"
              className="app-signed-in__sign-out"
              onClick={() => void signOut()}
            >
              Sign out
            </Button>
          </div>
        }
      >
        {sectionNavigation}
        <Outlet />
        <SessionTimeout
          onTimeout={(reason) => {
            signOutAtTimeout(value.user.id, reason);
          }}
          onSignOut={() => void signOut()}
        />
      </Page>
    </SignedInProvider>
  );
}
