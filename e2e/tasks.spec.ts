// Each person's home page is what needs doing next (issue 20): the IRO's, the team manager's and
// business support's tasks match the children of the fixed seed that need action, each task's link
// lands on the form that does it, and doing one takes it off the list and the navigation's count.
// "Today" is Monday 23 November 2026 (seed 20261123).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { prepareApp, saveScreenshot, signInAs, typeDate } from './support/app';
import { expectNoAxeViolations } from './support/axe';

async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await saveScreenshot(page, `tasks-${name}`);
}

/** 'Open the child’s record' -> 'open-the-child-s-record', for a screenshot's file name. */
function slug(words: string): string {
  return words.toLowerCase().replace(/[^a-z]+/g, '-');
}

function tasksTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Tasks/ });
}

/** The navigation's Tasks link, whose name carries the count due or late. */
function tasksLink(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: /^Tasks/ });
}

/** How many tasks are due or late, as the page's status line says it. */
async function dueOrLate(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /due or late/ });
  await expect(status).toBeVisible();
  return Number(/^([\d,]+) due or late/.exec((await status.textContent()) ?? '')?.[1]);
}

/** Goes to the tasks page and waits for its list. */
async function openTasks(page: Page): Promise<void> {
  await tasksLink(page).click();
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
  await expect(tasksTable(page)).toBeVisible();
}

/** The row of a task (its kind's words and the child's name), looking through the pages. */
async function findTask(page: Page, name: string, kind: string): Promise<Locator> {
  for (let pageNumber = 1; ; pageNumber += 1) {
    await expect(tasksTable(page)).toHaveAccessibleName(new RegExp(`page ${pageNumber} of`));
    const row = tasksTable(page)
      .getByRole('row')
      .filter({ hasText: name })
      .filter({ hasText: kind });
    if ((await row.count()) > 0) return row.first();
    const next = page.getByRole('link', { name: /^Next/ });
    if ((await next.count()) === 0) throw new Error(`No task “${kind}” for ${name}`);
    await next.click();
  }
}

/** Whether a task linking to `href` is anywhere in the list (every page looked at). */
async function hasTaskLinkingTo(page: Page, href: string): Promise<boolean> {
  for (let pageNumber = 1; ; pageNumber += 1) {
    await expect(tasksTable(page)).toHaveAccessibleName(new RegExp(`page ${pageNumber} of`));
    if ((await tasksTable(page).locator(`a[href="${href}"]`).count()) > 0) return true;
    const next = page.getByRole('link', { name: /^Next/ });
    if ((await next.count()) === 0) return false;
    await next.click();
  }
}

/** Whether a task is anywhere in the list (every page looked at). */
async function hasTask(page: Page, name: string, kind: string): Promise<boolean> {
  try {
    await findTask(page, name, kind);
    return true;
  } catch {
    return false;
  }
}

/** Follows a task's link, checks the page it lands on, then comes back to the first page. */
async function follow(
  page: Page,
  task: { name: string; kind: string; link: string; heading: string | RegExp },
  screenshot: string,
): Promise<void> {
  const row = await findTask(page, task.name, task.kind);
  await row.getByRole('link', { name: `${task.link} for ${task.name}` }).click();
  await expect(page.getByRole('heading', { name: task.heading, level: 1 })).toBeVisible();
  await check(page, screenshot);
  await openTasks(page);
}

test('an IRO’s tasks are their caseload’s, each link goes to the form, and doing one removes it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');

  // Home is the tasks page; the badge says as many as the page.
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
  await expect(tasksTable(page)).toBeVisible();
  const count = await dueOrLate(page);
  expect(count).toBeGreaterThan(0);
  await expect(tasksLink(page)).toHaveAccessibleName(`Tasks (${count} due or late)`);
  await expect(tasksLink(page)).toHaveAttribute('aria-current', 'page');
  await check(page, 'iro-01-home');

  // Children of the seed who need action now, each for its own reason.
  // Willow McDonald's review has been overdue since Saturday 7 November 2026: 10 working days.
  const willow = await findTask(page, 'Willow McDonald', 'Review to hold');
  await expect(willow).toContainText('7 November 2026');
  await expect(willow).toContainText('10 working days late');
  await expect(willow).toContainText('Late');
  await openTasks(page);
  // Rhys Price's midpoint check fell on 7 September 2026 and none was recorded.
  await expect(await findTask(page, 'Rhys Price', 'Midpoint check')).toContainText(
    'No midpoint check recorded by 7 September 2026',
  );
  await openTasks(page);
  // Fatima Chen became looked after on 26 October 2026: her first review is due today.
  await expect(await findTask(page, 'Fatima Chen', 'Meet a newly allocated child')).toContainText(
    'Due today',
  );
  await openTasks(page);
  // Jordan Jackson's review of 10 November: the record is due 15 working days on, 1 December.
  await expect(await findTask(page, 'Jordan Jackson', 'Record of review to write')).toContainText(
    '6 working days left',
  );
  await openTasks(page);
  // Later tasks: none of them late.
  await page.getByRole('link', { name: /^Later/ }).click();
  await expect(tasksTable(page)).toHaveAccessibleName(/^Tasks: Later, page 1 of/);
  await expect(tasksTable(page).getByRole('row').filter({ hasText: 'Late' })).toHaveCount(0);
  await check(page, 'iro-02-later');
  await openTasks(page);

  // Each kind's link lands on the form that does it.
  const kinds = [
    {
      name: 'Willow McDonald',
      kind: 'Review to hold',
      link: 'Record the review',
      heading: 'Record a review',
    },
    {
      name: 'Jordan Jackson',
      kind: 'Record of review to write',
      link: 'Write the record of review',
      heading: 'Change a review',
    },
    {
      name: 'Rhys Price',
      kind: 'Midpoint check',
      link: 'Record the midpoint check',
      heading: 'Record a midpoint check',
    },
    {
      name: 'Skye Clarke',
      kind: 'Recommendation past its target date',
      link: 'Follow up the recommendation',
      heading: 'Skye Clarke',
    },
    {
      name: 'Aaliyah Ahmed',
      kind: 'Escalation past its stage’s target',
      link: 'Update the escalation',
      heading: 'Update an escalation',
    },
    {
      name: 'Chloe Martin',
      kind: 'Sign-off query to answer',
      link: 'Answer the query',
      heading: 'Answer the manager’s query',
    },
    {
      name: 'Fatima Chen',
      kind: 'Meet a newly allocated child',
      link: 'Record a visit',
      heading: 'Record a contact with the child',
    },
  ];
  for (const [index, task] of kinds.entries()) {
    await follow(page, task, `iro-${String(index + 3).padStart(2, '0')}-${slug(task.link)}`);
  }

  // Doing one takes it off: Rhys Price's midpoint check, recorded today.
  const rhys = await findTask(page, 'Rhys Price', 'Midpoint check');
  await rhys.getByRole('link', { name: 'Record the midpoint check for Rhys Price' }).click();
  await expect(
    page.getByRole('heading', { name: 'Record a midpoint check', level: 1 }),
  ).toBeVisible();
  await typeDate(page, 'Date of the midpoint check', ['23', '11', '2026']);
  await page.getByRole('radio', { name: 'Concerns' }).check();
  await page.getByLabel('Note (optional)').fill('Contact arrangements not yet in the care plan');
  await page.getByRole('button', { name: 'Save midpoint check' }).click();
  await expect(page.getByText('Midpoint check of 23 November 2026 recorded')).toBeVisible();
  await openTasks(page);
  await expect(tasksLink(page)).toHaveAccessibleName(`Tasks (${count - 1} due or late)`);
  expect(await dueOrLate(page)).toBe(count - 1);
  expect(await hasTask(page, 'Rhys Price', 'Midpoint check')).toBe(false);
  await openTasks(page);
  await check(page, 'iro-10-after-midpoint');
});

test('a team manager’s tasks are the team’s, and allocating a child removes its task', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(tasksTable(page)).toBeVisible();
  const count = await dueOrLate(page);
  await expect(tasksLink(page)).toHaveAccessibleName(`Tasks (${count} due or late)`);
  await check(page, 'manager-01-home');

  // The three children of the seed awaiting an IRO; Jayden Jackson's allocation is late.
  const jayden = await findTask(page, 'Jayden Jackson', 'Child awaiting an IRO');
  await expect(jayden).toContainText('An IRO should have been allocated by 18 November 2026');
  await expect(jayden).toContainText('3 working days late');
  await expect(jayden).toContainText('Awaiting an IRO');
  await openTasks(page);
  // Hannah Okoye (74 children) above the band, Gareth Lloyd (44) below: no due date, so last.
  await expect(await findTask(page, 'Hannah Okoye', 'Caseload outside the band')).toContainText(
    'Hannah Okoye has 74 children, above the band of 50 to 70',
  );
  await openTasks(page);
  await expect(await findTask(page, 'Gareth Lloyd', 'Caseload outside the band')).toContainText(
    'No deadline',
  );
  await openTasks(page);

  const kinds = [
    {
      name: 'Imani Hall',
      kind: 'Decisions to sign off',
      link: 'Sign off the decisions',
      heading: 'Sign off the review’s decisions',
    },
    {
      name: 'Imani Hall',
      kind: 'Review at risk with no meeting',
      link: 'Book the meeting',
      heading: 'Book a review meeting',
    },
    {
      name: 'Bailey Smith',
      kind: 'Escalation past its stage’s target',
      link: 'Update the escalation',
      heading: 'Update an escalation',
    },
    {
      name: 'Maya Mahmood',
      kind: 'Plan how the child takes part',
      link: 'Open the child’s record',
      heading: 'Maya Mahmood',
    },
    {
      name: 'Hannah Okoye',
      kind: 'Caseload outside the band',
      link: 'Reallocate children',
      heading: 'Reallocate children',
    },
    {
      name: 'Jayden Jackson',
      kind: 'Child awaiting an IRO',
      link: 'Allocate an IRO',
      heading: 'Allocate an IRO',
    },
  ];
  for (const [index, task] of kinds.entries()) {
    await follow(page, task, `manager-${String(index + 2).padStart(2, '0')}-${slug(task.link)}`);
  }

  // Allocating Jayden Jackson takes the task off.
  const row = await findTask(page, 'Jayden Jackson', 'Child awaiting an IRO');
  await row.getByRole('link', { name: 'Allocate an IRO for Jayden Jackson' }).click();
  await page.getByRole('radio', { name: 'Gareth Lloyd' }).check();
  await page.getByRole('button', { name: 'Allocate' }).click();
  await expect(page.getByText('Jayden Jackson allocated to Gareth Lloyd')).toBeVisible();
  await openTasks(page);
  await expect(tasksLink(page)).toHaveAccessibleName(`Tasks (${count - 1} due or late)`);
  expect(await hasTask(page, 'Jayden Jackson', 'Child awaiting an IRO')).toBe(false);
});

test('business support’s tasks are the booking ones, and booking a review removes its task', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await prepareApp(page);
  await signInAs(page, 'Tracey Dunn');
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(tasksTable(page)).toBeVisible();
  await check(page, 'support-01-home');
  // No review content: nothing of the IRO's or the manager's.
  await expect(tasksTable(page)).not.toContainText('Record of review');
  await expect(tasksTable(page)).not.toContainText('Decisions to sign off');

  // Imani Hall's review was due on 17 October 2026 and nothing is booked.
  const imani = await findTask(page, 'Imani Hall', 'Review to book');
  await expect(imani).toContainText(
    'The review was due on 17 October 2026 and no meeting is booked',
  );
  await openTasks(page);
  // Dylan Shah's meeting is today and two consultation forms have not come back.
  await expect(await findTask(page, 'Dylan Shah', 'Meeting preparation late')).toContainText(
    'Consultation documents returned: late for the meeting on 23 November 2026 at 10:00',
  );
  await openTasks(page);
  await follow(
    page,
    {
      name: 'Dylan Shah',
      kind: 'Meeting preparation late',
      link: 'Record what has come in',
      heading: 'Record invitations and readiness',
    },
    'support-02-readiness',
  );

  // The first review to book in timescale (not yet late): booked from its task.
  await page.getByRole('link', { name: /^Due in the next 5 working days/ }).click();
  // Wait for the view itself, not the list held from before it: no late task left in it.
  await expect(page).toHaveURL(/show=due/);
  await expect(tasksTable(page).getByText(/working days? late/)).toHaveCount(0);
  const toBook = tasksTable(page).getByRole('row').filter({ hasText: 'Review to book' }).first();
  const link = toBook.getByRole('link', { name: /^Book the meeting for / });
  const name = ((await link.textContent()) ?? '').replace(/^Book the meeting for /, '').trim();
  // The child by their booking page, not their name: two children may share a name.
  const bookingHref = (await link.getAttribute('href')) ?? '';
  expect(bookingHref).toMatch(/^\/booking\/children\/.+\/meetings\/new$/);
  expect(name).not.toBe('');
  const count = await dueOrLate(page);
  await link.click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Book a review meeting' }),
  ).toBeVisible();
  await check(page, 'support-03-book');
  await page.getByRole('button', { name: /^Use / }).first().click();
  await page.getByRole('radio', { name: 'In person', exact: true }).check();
  await page.getByLabel('Venue', { exact: true }).fill('Northbridge Civic Centre, Room 3');
  await page.getByLabel('How the invitation is sent').first().selectOption('App');
  await page.getByRole('button', { name: 'Book meeting' }).click();
  await expect(page.getByText(/^Meeting booked for \w+ \d+ \w+ \d{4} at \d\d:\d\d/)).toBeVisible();

  // The list shown at once may be the one held from before the booking, until it is fetched again.
  await expect
    .poll(
      async () => {
        await openTasks(page);
        return hasTaskLinkingTo(page, bookingHref);
      },
      { timeout: 15_000 },
    )
    .toBe(false);
  // The meeting is inside the invitations' lead time, so sending them is the next task.
  await openTasks(page);
  const invitations = await findTask(page, name, 'Invitations to send');
  await expect(invitations).toContainText('Late');
  await invitations.getByRole('link', { name: `Send the invitations for ${name}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Record invitations and readiness' }),
  ).toBeVisible();
  await openTasks(page);
  // The meeting's preparation is now due (here, all of it late): the badge says the page's count.
  const after = await dueOrLate(page);
  expect(after).not.toBe(count);
  await expect(tasksLink(page)).toHaveAccessibleName(`Tasks (${after} due or late)`);
  await check(page, 'support-04-after-booking');
});
