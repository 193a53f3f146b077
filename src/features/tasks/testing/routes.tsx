// The feature's routes as the app mounts them, for page tests (not used by the app itself): each
// task's link lands on a page that names itself, so a test can see where it went.
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { TasksPage } from '../routes/tasks-page';

export const tasksRoutes: RouteObject[] = [
  { path: paths.tasks, element: <TasksPage /> },
  { path: paths.recordMidpointPattern, element: <h1>Record a midpoint check page</h1> },
  { path: paths.allocateChildPattern, element: <h1>Allocate child page</h1> },
  { path: paths.bookMeetingPattern, element: <h1>Book meeting page</h1> },
  { path: '*', element: <h1>Elsewhere</h1> },
];
