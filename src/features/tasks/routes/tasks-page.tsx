import {
  AppLink,
  EmptyState,
  ErrorState,
  formatCount,
  ListPagination,
  LoadingState,
  SubNavigation,
} from '@/components';
import type { TaskListParams } from '@/lib/api/schemas';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import { TASKS_PAGE_SIZE, useTasks } from '../api/get-tasks';
import { TaskTable } from '../components/task-table';
import { TASK_VIEWS, WHOSE_TASKS, type TaskView } from '../lib/task-words';

const TITLE = 'Tasks';

function viewFrom(value: string | null): TaskView {
  return TASK_VIEWS.find((view) => view.show === value) ?? TASK_VIEWS[0];
}

/** The URL of a view (page 1): only `show`, never a name. */
function viewHref(view: TaskView): string {
  return view.show === 'all' ? paths.tasks : `${paths.tasks}?show=${view.show}`;
}

/**
 * Route: paths.tasks ('/tasks'), every role's home page. What needs doing next, worked out by the
 * backend from the same rules as every other page: late first, then by due date, 50 a page, each
 * with the one link that does it. An IRO sees their caseload's, a team manager the team's,
 * business support the booking tasks. Doing one (a midpoint check recorded, a child allocated)
 * takes it off: every write about children makes the list stale.
 */
export function TasksPage() {
  useDocumentTitle(TITLE);
  const user = useCurrentUser();
  const [searchParams] = useUrlSearchParams();
  const view = viewFrom(searchParams.get('show'));
  const page = pageFromSearch(searchParams.get('page'));
  const params: TaskListParams =
    view.urgency === undefined
      ? { page, pageSize: TASKS_PAGE_SIZE }
      : { urgency: view.urgency, page, pageSize: TASKS_PAGE_SIZE };
  const list = useTasks(params);
  const data = list.data;
  const counts = data?.counts;
  const viewCount = (each: TaskView) =>
    counts === undefined
      ? null
      : each.urgency === undefined
        ? counts.total
        : each.urgency === 'late'
          ? counts.late
          : each.urgency === 'due'
            ? counts.due
            : counts.total - counts.dueOrLate;

  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        What needs doing next for {WHOSE_TASKS[user.role]}, worked out from the review timescales
        and the council’s settings. Late tasks come first, then the rest by the date they are due.
        Each link goes to the page that does it; once it is done, it leaves this list.
      </p>

      {/* Present from the start, so new counts are announced as the list changes. */}
      <p className="govuk-body govuk-!-font-weight-bold" role="status">
        {counts !== undefined && !list.isError
          ? `${formatCount(counts.dueOrLate)} due or late: ${formatCount(counts.late)} late, ${formatCount(counts.due)} due in the next 5 working days. ${formatCount(counts.total)} ${counts.total === 1 ? 'task' : 'tasks'} in all.`
          : ''}
      </p>

      <SubNavigation
        label="Tasks by when they are due"
        items={TASK_VIEWS.map((each) => {
          const count = viewCount(each);
          return {
            href: viewHref(each),
            current: each.show === view.show,
            text: count === null ? each.label : `${each.label} (${formatCount(count)})`,
          };
        })}
      />

      {list.isPending ? (
        <LoadingState label="Loading your tasks" />
      ) : list.isError ? (
        <ErrorState message="Your tasks could not be loaded." onRetry={() => void list.refetch()} />
      ) : list.data.totalItems === 0 ? (
        <EmptyState
          title={view.show === 'all' ? 'Nothing to do' : `No tasks: ${view.label.toLowerCase()}`}
        >
          <p className="govuk-body">
            {view.show === 'all'
              ? `No task is due for ${WHOSE_TASKS[user.role]}.`
              : 'None of your tasks is in this view.'}
          </p>
        </EmptyState>
      ) : list.data.items.length === 0 ? (
        <EmptyState title="There are no tasks on this page">
          <p className="govuk-body">
            <AppLink className="govuk-link" href={viewHref(view)}>
              Go to the first page
            </AppLink>
          </p>
        </EmptyState>
      ) : (
        <>
          <TaskTable
            tasks={list.data.items}
            today={list.data.today}
            showIro={user.role !== 'iro'}
            caption={`${view.show === 'all' ? 'Tasks' : `Tasks: ${view.label}`}, page ${list.data.page} of ${list.data.totalPages}`}
          />
          <ListPagination
            info={list.data}
            noun="Tasks"
            hrefFor={(n) => hrefForPage(paths.tasks, searchParams, n)}
            landmarkLabel="Pages of tasks"
          />
        </>
      )}
    </>
  );
}
