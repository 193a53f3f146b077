// Each person's tasks (GET /tasks, paged) and their counts (GET /tasks/summary, for the badge):
// an IRO their own caseload's, a team manager the team's, business support the booking tasks.
import { taskListQuerySchema, type TaskPage, type TaskSummary } from '@/lib/api/schemas';
import { pageOf } from '../http/paging';
import { route } from '../http/route';
import { json, readQuery } from '../http/validation';
import { tasksOf } from '../tasks-compute';

export const taskHandlers = [
  route('listTasks', ({ db, url, user }) => {
    const query = readQuery(url, taskListQuerySchema);
    const { tasks, counts } = tasksOf(db, user);
    const items =
      query.urgency === undefined ? tasks : tasks.filter((task) => task.urgency === query.urgency);
    const page: TaskPage = { today: db.today, counts, ...pageOf(items, query) };
    return json(page);
  }),
  route('getTaskSummary', ({ db, user }) => {
    const summary: TaskSummary = { today: db.today, counts: tasksOf(db, user).counts };
    return json(summary);
  }),
];
