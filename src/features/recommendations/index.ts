export { OutstandingRecommendationsPage } from './routes/outstanding-recommendations-page';
