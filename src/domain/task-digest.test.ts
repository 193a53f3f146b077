import { describe, expect, it } from 'vitest';
import { CALENDAR } from './test-holidays';
import { digestSubject, digestTasks, escapeHtml, taskDigest, trackerUrl } from './task-digest';
import { taskTiming, type Task, type TaskKind } from './tasks';

const TODAY = '2026-11-23'; // a Monday

function task(id: string, kind: TaskKind, name: string, due: string | null, reason: string): Task {
  return {
    id,
    kind,
    childId: `child-${id}`,
    name,
    iroId: 'iro-1',
    iroName: 'Hannah Okoye',
    ...taskTiming(due, TODAY, CALENDAR),
    reason,
    action: { kind: 'view-child', childId: `child-${id}` },
  };
}

// Hand-worked against the calendar: Friday 20 November is 1 working day before Monday 23; Saturday
// 7 November is 10 (9-13 and 16-20 November); Monday 30 November is 5 working days on (due), and
// Tuesday 1 December is 6 (later: not in the digest).
const TASKS: Task[] = [
  task('a', 'review-to-hold', 'Ada Lovelace', '2026-11-30', 'Review due on 30 November 2026'),
  task('b', 'review-to-hold', 'Ben Okri', '2026-12-01', 'Review due on 1 December 2026'),
  task('c', 'record-of-review', 'Cara Diaz', '2026-11-20', 'Review held on 30 October 2026'),
  task('d', 'midpoint-check', 'Dev Patel', TODAY, 'Midpoint of the review cycle'),
  task('e', 'escalation-past-target', 'Eve Mensah', '2026-11-07', 'Stage 1 since 10 October'),
  task('f', 'caseload-outside-band', 'Hannah Okoye', null, '72 children: above 50 to 70'),
];

const input = {
  recipient: { name: 'Hannah Okoye' },
  tasks: TASKS,
  today: TODAY,
  baseUrl: 'https://iro.council.example/tracker',
  pathOf: (t: Task) => `/children/${t.childId ?? ''}`,
};

describe('the tasks a digest lists', () => {
  it('keeps exactly the late and due tasks, late first, then by due date', () => {
    expect(digestTasks(TASKS).map((t) => [t.id, t.urgency, t.workingDaysLeft])).toEqual([
      ['e', 'late', -10],
      ['c', 'late', -1],
      ['d', 'due', 0],
      ['a', 'due', 5],
    ]);
  });
});

describe('taskDigest', () => {
  const digest = taskDigest(input);
  if (digest === null) throw new Error('Expected a digest');

  it('counts in the subject and never names a child there', () => {
    expect(digest.subject).toBe('IRO Review Tracker: 2 tasks late, 2 due');
    for (const t of TASKS) expect(digest.subject).not.toContain(t.name);
    expect(digestSubject(0, 1)).toBe('IRO Review Tracker: 1 task due');
    expect(digestSubject(1, 0)).toBe('IRO Review Tracker: 1 task late');
  });

  it('lists each task with its child, due date, working days and reason, and a link', () => {
    expect(digest.lines).toEqual([
      {
        taskId: 'e',
        what: 'Escalation past its stage’s target',
        name: 'Eve Mensah',
        due: '2026-11-07',
        dueText: '7 November 2026',
        timing: '10 working days late',
        late: true,
        reason: 'Stage 1 since 10 October',
        url: 'https://iro.council.example/tracker/children/child-e',
      },
      expect.objectContaining({ taskId: 'c', timing: '1 working day late', late: true }),
      expect.objectContaining({ taskId: 'd', dueText: '23 November 2026', timing: 'Due today' }),
      expect.objectContaining({ taskId: 'a', timing: '5 working days left', late: false }),
    ]);
    expect([digest.late, digest.due]).toEqual([2, 2]);
  });

  it('reads as plain text, late first under its heading', () => {
    expect(digest.text).toBe(
      [
        'Hello Hannah Okoye,',
        '',
        'Your tasks in IRO Review Tracker on Monday 23 November 2026: 2 tasks are late and 2 tasks are due within 5 working days.',
        '',
        'Late',
        '----',
        '',
        'Escalation past its stage’s target: Eve Mensah',
        'Due 7 November 2026 (10 working days late)',
        'Stage 1 since 10 October',
        'https://iro.council.example/tracker/children/child-e',
        '',
        'Record of review to write: Cara Diaz',
        'Due 20 November 2026 (1 working day late)',
        'Review held on 30 October 2026',
        'https://iro.council.example/tracker/children/child-c',
        '',
        'Due',
        '---',
        '',
        'Midpoint check: Dev Patel',
        'Due 23 November 2026 (Due today)',
        'Midpoint of the review cycle',
        'https://iro.council.example/tracker/children/child-d',
        '',
        'Review to hold: Ada Lovelace',
        'Due 30 November 2026 (5 working days left)',
        'Review due on 30 November 2026',
        'https://iro.council.example/tracker/children/child-a',
        '',
        'All your tasks: https://iro.council.example/tracker/',
        '',
        'This reminder is sent once a working day by IRO Review Tracker. It lists only your tasks that are late or due within 5 working days.',
        '',
      ].join('\n'),
    );
    expect(digest.text).not.toContain('Ben Okri');
  });

  it('holds the same tasks in the HTML, each a link', () => {
    const links = [...digest.html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(links).toEqual([
      [
        'https://iro.council.example/tracker/children/child-e',
        'Escalation past its stage’s target: Eve Mensah',
      ],
      [
        'https://iro.council.example/tracker/children/child-c',
        'Record of review to write: Cara Diaz',
      ],
      ['https://iro.council.example/tracker/children/child-d', 'Midpoint check: Dev Patel'],
      ['https://iro.council.example/tracker/children/child-a', 'Review to hold: Ada Lovelace'],
      ['https://iro.council.example/tracker/', 'All your tasks'],
    ]);
    expect(digest.html).toContain('<h2>Late</h2>');
    expect(digest.html).toContain('Due 20 November 2026 (<strong>1 working day late</strong>)');
    expect(digest.html).not.toContain('Ben Okri');
  });

  it('escapes a name or reason that looks like markup', () => {
    const hostile = taskDigest({
      ...input,
      recipient: { name: 'Sam <b>O’Neil</b>' },
      tasks: [
        task(
          'x',
          'midpoint-check',
          '<img src=x onerror=alert(1)> & "Jo"',
          TODAY,
          'A <i>reason</i>',
        ),
      ],
      pathOf: () => '/children/"><script>alert(1)</script>',
    });
    expect(hostile?.html).not.toMatch(/<img|<script|<i>|<b>/);
    expect(hostile?.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Jo&quot;');
    expect(hostile?.html).toContain('Hello Sam &lt;b&gt;O’Neil&lt;/b&gt;,');
    // The link stays one attribute: the URL percent-encodes what could end it.
    expect(hostile?.html).toContain(
      'href="https://iro.council.example/tracker/children/%22%3E%3Cscript%3Ealert(1)%3C/script%3E"',
    );
    // The plain text is as typed.
    expect(hostile?.text).toContain('Midpoint check: <img src=x onerror=alert(1)> & "Jo"');
    expect(hostile?.subject).toBe('IRO Review Tracker: 1 task due');
  });

  it('is no message for a person with nothing due or late', () => {
    expect(taskDigest({ ...input, tasks: TASKS.filter((t) => t.urgency === 'later') })).toBeNull();
    expect(taskDigest({ ...input, tasks: [] })).toBeNull();
  });
});

describe('links and escaping', () => {
  it('keeps a base URL’s own path, with or without its slash', () => {
    expect(trackerUrl('https://a.example/iro/', '/children/1')).toBe(
      'https://a.example/iro/children/1',
    );
    expect(trackerUrl('https://a.example', '/children/1')).toBe('https://a.example/children/1');
  });

  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
