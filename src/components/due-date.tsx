import { cx } from './cx';
import { formatIsoDate } from './format-date';

export type DueDateProps = {
  /** 'YYYY-MM-DD'. */
  due: string;
  /** Working days from today to the due date (0 = due today), from the domain. */
  workingDaysLeft?: number | null;
  /** Calendar days past the due date (0 or absent when not overdue), from the domain. */
  daysOverdue?: number | null;
  className?: string;
};

/** 'in 9 working days', 'today', '12 days overdue' — or null when nothing is known. */
export function dueDateRelativeText(
  workingDaysLeft: number | null | undefined,
  daysOverdue: number | null | undefined,
): string | null {
  if (daysOverdue !== null && daysOverdue !== undefined && daysOverdue > 0) {
    return `${daysOverdue} ${daysOverdue === 1 ? 'day' : 'days'} overdue`;
  }
  if (workingDaysLeft === null || workingDaysLeft === undefined) return null;
  if (workingDaysLeft <= 0) return 'today';
  return `in ${workingDaysLeft} working ${workingDaysLeft === 1 ? 'day' : 'days'}`;
}

/**
 * A due date in the MOJ contextual-date style: '14 March 2026' and, under it in secondary text,
 * how near it is. Overdue is said in words (and bold), never by colour alone.
 */
export function DueDate({ due, workingDaysLeft, daysOverdue, className }: DueDateProps) {
  const relative = dueDateRelativeText(workingDaysLeft, daysOverdue);
  const overdue = (daysOverdue ?? 0) > 0;
  return (
    <span className={cx('app-due-date', overdue && 'app-due-date--overdue', className)}>
      <time className="app-due-date__date" dateTime={due}>
        {formatIsoDate(due)}
      </time>
      {relative && <span className="app-due-date__relative">{relative}</span>}
    </span>
  );
}
