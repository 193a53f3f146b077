export { AtRiskPage } from './routes/at-risk-page';
export { EscalationsPage } from './routes/escalations-page';
export { ReallocatePage } from './routes/reallocate-page';
export { SignOffPage } from './routes/sign-off-page';
export { TeamOverviewPage } from './routes/team-overview-page';
