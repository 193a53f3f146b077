// The feature's routes as the app mounts them, for page tests (not used by the app itself).
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { OutboxMessagePage } from '../routes/outbox-message-page';
import { OutboxPage } from '../routes/outbox-page';

export const outboxRoutes: RouteObject[] = [
  { path: paths.outbox, element: <OutboxPage /> },
  { path: paths.outboxMessagePattern, element: <OutboxMessagePage /> },
];
