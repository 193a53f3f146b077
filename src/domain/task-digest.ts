// The reminder digest (issue 20 item 2): one message a day per person listing their tasks that are
// due or late (the tasks of src/domain/tasks, never worked out again), late first, as an email
// subject, a plain-text body and an HTML body. The subject never names a child (it shows in
// notification previews and mail logs); every value in the HTML is escaped.
import { formatDate, type IsoDate } from './calendar';
import { formatDateWithWeekday } from './booking';
import {
  TASK_DUE_SOON_WORKING_DAYS,
  TASK_KIND_LABELS,
  sortTasks,
  workingDaysLeftText,
} from './tasks';
import type { Task } from './tasks';

export const DIGEST_SERVICE_NAME = 'IRO Review Tracker';

export interface TaskDigestInput {
  /** Who it is for, as the greeting names them. */
  recipient: { name: string };
  /** Everything on the person's task list today (GET /tasks): the digest keeps the due and late. */
  tasks: readonly Task[];
  today: IsoDate;
  /** Where the tracker is, absolute (https://iro.council.gov.uk/ or with a sub-path). */
  baseUrl: string;
  /** The tracker's path of the page that completes a task (taskActionPath in src/lib/paths.ts). */
  pathOf: (task: Task) => string;
}

export interface TaskDigestLine {
  taskId: string;
  /** "Record of review to write". */
  what: string;
  /** The child's name (the IRO's for a caseload task). */
  name: string;
  due: IsoDate;
  /** "20 November 2026". */
  dueText: string;
  /** "1 working day late", "Due today", "3 working days left". */
  timing: string;
  late: boolean;
  reason: string;
  url: string;
}

export interface TaskDigest {
  subject: string;
  text: string;
  html: string;
  /** The tasks it lists, in order. */
  lines: TaskDigestLine[];
  late: number;
  due: number;
}

/** The tasks a digest lists: late or due (within TASK_DUE_SOON_WORKING_DAYS), late first. */
export function digestTasks(tasks: readonly Task[]): Task[] {
  return sortTasks(tasks.filter((task) => task.urgency !== 'later' && task.due !== null));
}

/** An absolute link to a path of the tracker, kept under the base URL's own path. */
export function trackerUrl(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(path.replace(/^\/+/, ''), base).href;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "IRO Review Tracker: 1 task late, 2 due": counts only, never a child's name. */
export function digestSubject(late: number, due: number): string {
  const parts: string[] = [];
  if (late > 0) parts.push(`${plural(late, 'task', 'tasks')} late`);
  if (due > 0) parts.push(late > 0 ? `${due} due` : `${plural(due, 'task', 'tasks')} due`);
  return `${DIGEST_SERVICE_NAME}: ${parts.join(', ')}`;
}

function lineOf(task: Task, input: TaskDigestInput): TaskDigestLine {
  const due = task.due ?? input.today;
  return {
    taskId: task.id,
    what: TASK_KIND_LABELS[task.kind],
    name: task.name,
    due,
    dueText: formatDate(due),
    timing: workingDaysLeftText(task, input.today),
    late: task.urgency === 'late',
    reason: task.reason,
    url: trackerUrl(input.baseUrl, input.pathOf(task)),
  };
}

function summaryLine(late: number, due: number): string {
  const parts: string[] = [];
  if (late > 0) parts.push(`${plural(late, 'task is', 'tasks are')} late`);
  if (due > 0) {
    parts.push(
      `${plural(due, 'task is', 'tasks are')} due within ${TASK_DUE_SOON_WORKING_DAYS} working days`,
    );
  }
  return `${parts.join(' and ')}.`;
}

function textOf(input: TaskDigestInput, lines: TaskDigestLine[], late: number, due: number) {
  const out = [
    `Hello ${input.recipient.name},`,
    '',
    `Your tasks in ${DIGEST_SERVICE_NAME} on ${formatDateWithWeekday(input.today)}: ${summaryLine(late, due)}`,
  ];
  for (const [heading, group] of [
    ['Late', lines.filter((line) => line.late)],
    ['Due', lines.filter((line) => !line.late)],
  ] as const) {
    if (group.length === 0) continue;
    out.push('', heading, '-'.repeat(heading.length));
    for (const line of group) {
      out.push(
        '',
        `${line.what}: ${line.name}`,
        `Due ${line.dueText} (${line.timing})`,
        line.reason,
        line.url,
      );
    }
  }
  out.push(
    '',
    `All your tasks: ${trackerUrl(input.baseUrl, '/')}`,
    '',
    `This reminder is sent once a working day by ${DIGEST_SERVICE_NAME}. It lists only your tasks that are late or due within ${TASK_DUE_SOON_WORKING_DAYS} working days.`,
  );
  return `${out.join('\n')}\n`;
}

function htmlOf(
  input: TaskDigestInput,
  subject: string,
  lines: TaskDigestLine[],
  late: number,
  due: number,
) {
  const e = escapeHtml;
  const sections: string[] = [];
  for (const [heading, group] of [
    ['Late', lines.filter((line) => line.late)],
    ['Due', lines.filter((line) => !line.late)],
  ] as const) {
    if (group.length === 0) continue;
    const items = group.map(
      (line) =>
        `<li style="margin-bottom:16px"><a href="${e(line.url)}">${e(line.what)}: ${e(line.name)}</a><br>` +
        `Due ${e(line.dueText)} (<strong>${e(line.timing)}</strong>)<br>${e(line.reason)}</li>`,
    );
    sections.push(`<h2>${heading}</h2>\n<ul>\n${items.join('\n')}\n</ul>`);
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.4;color:#0b0c0c">',
    `<p>Hello ${e(input.recipient.name)},</p>`,
    `<p>Your tasks in ${DIGEST_SERVICE_NAME} on ${e(formatDateWithWeekday(input.today))}: ${e(summaryLine(late, due))}</p>`,
    ...sections,
    `<p><a href="${e(trackerUrl(input.baseUrl, '/'))}">All your tasks</a></p>`,
    `<p style="color:#505a5f">This reminder is sent once a working day by ${DIGEST_SERVICE_NAME}. It lists only your tasks that are late or due within ${TASK_DUE_SOON_WORKING_DAYS} working days.</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The person's digest today, or null when nothing of theirs is due or late (no message). */
export function taskDigest(input: TaskDigestInput): TaskDigest | null {
  const tasks = digestTasks(input.tasks);
  if (tasks.length === 0) return null;
  const lines = tasks.map((task) => lineOf(task, input));
  const late = lines.filter((line) => line.late).length;
  const due = lines.length - late;
  const subject = digestSubject(late, due);
  return {
    subject,
    text: textOf(input, lines, late, due),
    html: htmlOf(input, subject, lines, late, due),
    lines,
    late,
    due,
  };
}
