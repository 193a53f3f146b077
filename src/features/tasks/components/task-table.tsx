import { AppLink, cx, formatIsoDate, Table, Tag, VisuallyHidden } from '@/components';
import type { Task } from '@/domain';
import { taskActionPath } from '@/lib/paths';
import { ACTION_WORDS, TASK_KIND_LABELS, workingDaysLeftText } from '../lib/task-words';

/**
 * When the task is due and how near (the MOJ contextual date style): "2 working days late" in
 * words, bold, never by colour alone.
 */
function DueCell({ task, today }: { task: Task; today: string }) {
  return (
    <span className={cx('app-due-date', task.urgency === 'late' && 'app-due-date--overdue')}>
      {task.due === null ? (
        <span className="app-due-date__date">No due date</span>
      ) : (
        <time className="app-due-date__date" dateTime={task.due}>
          {formatIsoDate(task.due)}
        </time>
      )}
      <span className="app-due-date__relative">{workingDaysLeftText(task, today)}</span>
    </span>
  );
}

function urgencyTag(task: Task) {
  if (task.urgency === 'late') return <Tag colour="red">Late</Tag>;
  if (task.urgency === 'due') return <Tag colour="yellow">Due soon</Tag>;
  return null;
}

/** One row a task: due, what and why, who, and the one link that does it. */
export function TaskTable({
  tasks,
  today,
  caption,
  showIro,
}: {
  tasks: readonly Task[];
  today: string;
  caption: string;
  /** The team manager's list says whose caseload each child is on. */
  showIro: boolean;
}) {
  return (
    <Table
      caption={caption}
      captionClassName="govuk-visually-hidden"
      head={[
        { content: 'Due' },
        { content: 'Task' },
        { content: showIro ? 'Child or IRO' : 'Child' },
        { content: <VisuallyHidden>What to do</VisuallyHidden>, label: 'What to do' },
      ]}
      rowKeys={tasks.map((task) => task.id)}
      rows={tasks.map((task) => [
        { content: <DueCell task={task} today={today} /> },
        {
          content: (
            <>
              <strong>{TASK_KIND_LABELS[task.kind]}</strong> {urgencyTag(task)}
              <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                {task.reason}
              </p>
            </>
          ),
        },
        {
          content: (
            <>
              {task.name}
              {showIro && task.childId !== null && (
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                  {task.iroName === null ? 'Awaiting an IRO' : `IRO: ${task.iroName}`}
                </span>
              )}
            </>
          ),
        },
        {
          content: (
            <AppLink className="govuk-link" href={taskActionPath(task.action)}>
              {ACTION_WORDS[task.action.kind]} <VisuallyHidden>for {task.name}</VisuallyHidden>
            </AppLink>
          ),
        },
      ])}
    />
  );
}
