import { expect, test, type Page } from '@playwright/test';
import { TASK_KIND_LABELS, type Task } from '../src/domain/tasks';
import { prepareApp, saveScreenshot, signedInHeaders, signInAs } from './support/app';
import { expectNoAxeViolations } from './support/axe';

// Issue 20 item 2: a team manager sends today's reminders; an IRO's message in the outbox lists
// exactly the IRO's tasks that are late or due (their task list, GET /tasks), late first, and each
// link opens the page that completes the task.

async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await saveScreenshot(page, `outbox-${name}`);
}

/** The signed-in person's late and due tasks, as their task list has them (late first). */
async function dueAndLateTasks(page: Page): Promise<Task[]> {
  return page.evaluate(
    async (headers) => {
      const get = async (urgency: string) => {
        const response = await fetch(`/api/tasks?urgency=${urgency}&pageSize=1000`, { headers });
        return ((await response.json()) as { items: Task[] }).items;
      };
      return [...(await get('late')), ...(await get('due'))];
    },
    await signedInHeaders(page),
  );
}

/** The "What: child" line of each task in a message's plain text, in order. */
function taskLines(text: string): string[] {
  const labels = Object.values(TASK_KIND_LABELS);
  return text.split('\n').filter((line) => labels.some((label) => line.startsWith(`${label}: `)));
}

test('a team manager sends today’s reminders and an IRO’s lists exactly their due and late tasks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  await page.getByRole('link', { name: 'Outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No reminders yet' })).toBeVisible();
  await check(page, '01-empty');

  await page.getByRole('button', { name: 'Send today’s reminders' }).click();
  const banner = page.getByRole('alert');
  await expect(banner).toContainText(/\d+ new reminders built\./);
  const built = Number((await banner.innerText()).match(/(\d+) new/)?.[1]);
  await expect(page.getByText(`${built} messages`, { exact: true })).toBeVisible();
  await check(page, '02-sent');

  // The same day again: nothing built or sent twice.
  await page.getByRole('button', { name: 'Send today’s reminders' }).click();
  await expect(banner).toContainText('No new reminders');
  await expect(banner).toContainText(`${built} people had theirs for 23 November 2026 already`);

  const row = page.getByRole('row').filter({ hasText: 'Hannah Okoye' });
  await expect(row).toHaveCount(1);
  const subject = row.getByRole('link');
  const subjectText = await subject.innerText();
  expect(subjectText).toMatch(/^IRO Review Tracker: \d+ tasks? (late|due)/);
  await subject.click();
  await expect(page.getByRole('heading', { level: 1, name: subjectText })).toBeVisible();
  await expect(page.getByText('Reminder to Hannah Okoye')).toBeVisible();
  await expect(page.getByText('Hello Hannah Okoye,', { exact: true })).toBeVisible();
  await check(page, '03-message');
  const managerView = await page.locator('pre').first().innerText();

  // Hannah's own outbox has the same message, and it lists exactly her tasks due or late.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, 'Hannah Okoye');
  const tasks = await dueAndLateTasks(page);
  expect(tasks.length).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Outbox' }).click();
  await expect(page.getByText('1 message', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: subjectText }).click();
  await expect(page.locator('pre').first()).toHaveText(managerView);
  const text = await page.locator('pre').first().innerText();
  expect(taskLines(text)).toEqual(tasks.map((t) => `${TASK_KIND_LABELS[t.kind]}: ${t.name}`));
  expect(subjectText).not.toContain(tasks[0]?.name ?? '');
  await check(page, '04-iro-message');

  // The first task's link (the same in the email and its text) opens the page that completes it.
  const link = text.split('\n').find((line) => line.startsWith('http'));
  const first = page.locator('.app-outbox-email a').first();
  await expect(first).toHaveText(taskLines(text)[0] ?? '');
  await expect(first).toHaveAttribute('href', link ?? '');
  await first.click();
  await expect(page).toHaveURL(link ?? '');
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'You cannot use this page' })).toHaveCount(0);
  await check(page, '05-first-task');
});
