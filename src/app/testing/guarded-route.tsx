// A route of the table as the router guards it, with a stand-in page (for the guard's tests).
import { RoleGuard } from '../role-guard';
import { appRoutes } from '../route-table';

export function guardedRoute(path: string, heading: string) {
  const route = appRoutes.find((each) => each.path === path);
  if (route === undefined) throw new Error(`No route ${path}`);
  return {
    path,
    element: (
      <RoleGuard route={route}>
        <h1>{heading}</h1>
      </RoleGuard>
    ),
  };
}
