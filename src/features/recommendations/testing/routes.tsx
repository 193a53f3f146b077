// The feature's routes as the app mounts them, for page tests (not used by the app itself).
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { OutstandingRecommendationsPage } from '../routes/outstanding-recommendations-page';

export const recommendationsRoutes: RouteObject[] = [
  { path: paths.recommendations, element: <OutstandingRecommendationsPage /> },
  { path: paths.childPattern, element: <h1>Child record page</h1> },
];
