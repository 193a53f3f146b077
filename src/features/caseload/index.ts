export { CaseloadPage } from './routes/caseload-page';
