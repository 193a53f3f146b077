import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingState } from '@/components';
import { paths } from '@/lib/paths';
import { HomeRedirect } from './home-redirect';
import { PublicLayout, SignedInLayout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteFirstReads } from './first-reads';
import { RoleGuard } from './role-guard';
import { appRoutes, type AppRoute } from './route-table';
import { SignInPage } from './sign-in-page';

/**
 * A route of the table as the router mounts it: the role guard, then the page as it loads (its
 * first reads started beside its code), headed with the page's loading words meanwhile.
 */
export function routeObject(route: AppRoute): RouteObject {
  const Page = route.page;
  return {
    path: route.path,
    element: (
      <RoleGuard route={route}>
        <RouteFirstReads route={route} />
        <Suspense
          fallback={
            <LoadingState
              label={route.loading ?? 'Loading the page'}
              pageHeading
              takeFocus={false}
            />
          }
        >
          <Page />
        </Suspense>
      </RoleGuard>
    ),
  };
}

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [{ path: paths.signIn, element: <SignInPage /> }],
  },
  {
    element: <SignedInLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...appRoutes.map(routeObject),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
