export { ReportsPage } from './routes/reports-page';
export { AnnexAPage } from './routes/annex-a-page';
