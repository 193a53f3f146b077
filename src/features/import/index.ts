// Loaded lazily by the router (src/app/router.tsx): papaparse and the import code stay out of the
// initial bundle.
export { ExportReviewsPage } from './routes/export-reviews-page';
export { ImportReturnPage } from './routes/import-return-page';
