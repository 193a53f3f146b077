export { TasksPage } from './routes/tasks-page';
