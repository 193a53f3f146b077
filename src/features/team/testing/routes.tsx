// The feature's routes as the app mounts them, for page tests (not used by the app itself).
import type { RouteObject } from 'react-router';
import { paths } from '@/lib/paths';
import { AtRiskPage } from '../routes/at-risk-page';
import { EscalationsPage } from '../routes/escalations-page';
import { ReallocatePage } from '../routes/reallocate-page';
import { SignOffPage } from '../routes/sign-off-page';
import { TeamOverviewPage } from '../routes/team-overview-page';

export const teamRoutes: RouteObject[] = [
  { path: paths.team, element: <TeamOverviewPage /> },
  { path: paths.atRisk, element: <AtRiskPage /> },
  { path: paths.reallocate, element: <ReallocatePage /> },
  { path: paths.signOff, element: <SignOffPage /> },
  { path: paths.escalations, element: <EscalationsPage /> },
  { path: paths.caseload, element: <h1>Caseload page</h1> },
  { path: paths.childPattern, element: <h1>Child record page</h1> },
];
