export { ReportsPage } from './routes/reports-page';
