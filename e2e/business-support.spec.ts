import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { JOURNEY_TODAY, openFromMenu, prepareApp, saveScreenshot, signInAs } from './support/app';
import { expectNoAxeViolations } from './support/axe';

// Business support's journey: book the most urgent review's meeting in timescale (meeting a clash
// and the out-of-timescale warning on the way), send the invitations, see the review "Booked" on the
// IRO's caseload, reschedule with a reason and download the calendar file.

async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await saveScreenshot(page, `business-support-${name}`);
}

function isoParts(iso: string): [string, string, string] {
  const [y = '', m = '', d = ''] = iso.split('-');
  return [String(Number(d)), String(Number(m)), y];
}

async function typeDate(page: Page, legend: string, iso: string): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  const [day, month, year] = isoParts(iso);
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** 'Monday 24 November 2026'. */
function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(`${iso}T12:00:00Z`))
    .replace(',', '');
}

/** Weekdays from the day after `from` (no bank holiday knowledge needed: the form warns). */
function nextWeekdays(from: string, count: number): string[] {
  const out: string[] = [];
  const date = new Date(`${from}T12:00:00Z`);
  while (out.length < count) {
    date.setUTCDate(date.getUTCDate() + 1);
    const dow = date.getUTCDay();
    if (dow !== 0 && dow !== 6) out.push(date.toISOString().slice(0, 10));
  }
  return out;
}

/**
 * Types weekdays into the booking form until the IRO's diary for the day shows a meeting that takes
 * up their time (not cancelled or postponed), then types its start time. False if none is found.
 */
async function chooseAClashingTime(page: Page, iroName: string): Promise<boolean> {
  for (const day of nextWeekdays(JOURNEY_TODAY, 20)) {
    await typeDate(page, 'Date of the meeting', day);
    const heading = `${iroName}’s other meetings on ${longDate(day)}`;
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    const diary = page.getByRole('table', { name: `${iroName}’s other meetings that day` });
    const none = page.getByText('No other meetings that day.');
    await expect(diary.or(none)).toBeVisible();
    if (await none.isVisible()) continue;
    for (const row of (await diary.getByRole('row').all()).slice(1)) {
      const cells = await row.getByRole('cell').allTextContents();
      if (cells[2] !== 'Cancelled' && cells[2] !== 'Postponed') {
        await page.getByLabel('Start time').fill((cells[0] ?? '').slice(0, 5));
        return true;
      }
    }
  }
  return false;
}

test('business support books, invites and reschedules a review meeting in timescale', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await prepareApp(page);
  await signInAs(page, 'Tracey Dunn');

  // Business support start at their tasks; the navigation offers only booking.
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
  await openFromMenu(page, 'Booking queue');
  await expect(page).toHaveURL(/\/booking$/);
  const nav = page.getByRole('navigation', { name: /menu|navigation/i }).first();
  await expect(nav.getByRole('link', { name: 'Booking queue' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Team calendar' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Caseloads' })).toHaveCount(0);
  const inTimescale = page.getByRole('region', { name: /Reviews to book in timescale/ });
  await expect(inTimescale.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
  // A shorter horizon, for a screenshot that can be read.
  await page.getByLabel('Reviews due within').selectOption('2 weeks');
  await expect(page).toHaveURL(/weeks=2/);
  await check(page, '01-queue');

  // The most urgent review that can still be booked in timescale: the first row.
  const firstRow = inTimescale.getByRole('row').nth(1);
  const childLink = firstRow.getByRole('link').first();
  const childName = (await childLink.textContent())?.trim() ?? '';
  expect(childName).not.toBe('');
  await childLink.click();
  await expect(page).toHaveURL(/\/booking\/children\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
  await check(page, '02-child-booking');

  await page.getByRole('button', { name: 'Book a meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Book a review meeting' }),
  ).toBeVisible();
  const chairedBy = (await page.getByText(/^Chaired by /).textContent()) ?? '';
  const iroName = /^Chaired by ([^.]+)\./.exec(chairedBy)?.[1] ?? '';
  expect(iroName).not.toBe('');
  const hint = (await page.getByText(/^The review is due by /).textContent()) ?? '';
  const dueText = /due by (\d{1,2} \w+ \d{4})/.exec(hint)?.[1] ?? '';
  const due = new Date(`${dueText} 12:00 UTC`).toISOString().slice(0, 10);

  // A clash: a day on which the IRO already has a meeting, at that meeting's start time.
  const clashed = await chooseAClashingTime(page, iroName);
  await expect(page.getByText(/Clash: /)).toBeVisible();
  expect(clashed, 'the IRO has a meeting in the next four weeks').toBe(true);
  await page.getByRole('radio', { name: 'In person', exact: true }).check();
  await page.getByLabel('Venue', { exact: true }).fill('Northbridge Civic Centre, Room 3');
  await page.getByLabel('How the invitation is sent').first().selectOption('App');
  await page.getByRole('button', { name: 'Book meeting' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText(`${iroName} already has a review meeting from`);
  await check(page, '03-clash');

  // The out-of-timescale warning: a weekday after the due date.
  const late = nextWeekdays(due, 3)[2] ?? due;
  await typeDate(page, 'Date of the meeting', late);
  await expect(page.getByText(/the review will be out of timescale/)).toBeVisible();
  await expect(page.getByLabel('Why is the meeting after the due date?')).toBeVisible();
  await check(page, '04-out-of-timescale');

  // A valid slot: the latest in-timescale working day with free time.
  const suggestion = page.getByRole('button', { name: /^Use / }).first();
  const slotText = (await suggestion.textContent()) ?? '';
  const slot = /^Use (.+) at (\d\d:\d\d)$/.exec(slotText.trim());
  expect(slot).not.toBeNull();
  await suggestion.click();
  await expect(page.getByText(/the review will be out of timescale/)).toHaveCount(0);
  await expect(page.getByText(/Clash: /)).toHaveCount(0);
  await page.getByRole('button', { name: 'Book meeting' }).click();
  await expect(
    page.getByText(`Meeting booked for ${slot?.[1] ?? ''} at ${slot?.[2] ?? ''}`),
  ).toBeVisible();
  await expect(page.getByText('Invitations not sent')).toBeVisible();
  await check(page, '05-booked');

  // Mark the invitations sent.
  await page.getByRole('button', { name: 'Record invitations and readiness' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Record invitations and readiness' }),
  ).toBeVisible();
  for (const box of await page.getByLabel('Invitation sent').all()) await box.check();
  await check(page, '06-invitations');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Invitations and readiness saved')).toBeVisible();
  await expect(page.getByText('Invitations not sent')).toHaveCount(0);
  const meetingUrl = page.url();

  // The team calendar shows the meeting in the IRO's week.
  await page.getByRole('link', { name: 'Team calendar' }).click();
  await page.getByRole('checkbox', { name: iroName }).check();
  await page.getByRole('button', { name: 'Show meetings' }).click();
  await expect(page.getByText(new RegExp(`^Meetings of ${iroName}:`))).toBeVisible();
  await check(page, '07-calendar');

  // The child's IRO sees the review booked on their caseload.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await signInAs(page, iroName);
  await openFromMenu(page, 'My caseload');
  await page.getByLabel('Search by name or ID').fill(childName);
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row').filter({ hasText: childName });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.govuk-tag')).toHaveText('Booked');
  await check(page, '08-iro-caseload');

  // Back as business support: reschedule with a reason, then download the calendar file.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, 'Tracey Dunn');
  await page.goto(meetingUrl);
  await page.getByRole('button', { name: 'Reschedule' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Reschedule the meeting' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Reschedule meeting' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'Enter reason for rescheduling',
  );
  // Later the same day, when the IRO is free (the seed is fixed, so the diary is too).
  await page.getByLabel('Start time').fill('15:00');
  await expect(page.getByText(`${iroName}’s other meetings on`, { exact: false })).toBeVisible();
  await expect(page.getByText(/Clash: /)).toHaveCount(0);
  await page
    .getByLabel('Why is the meeting being moved?')
    .fill('The carer is at a hospital appointment');
  await check(page, '09-reschedule');
  await page.getByRole('button', { name: 'Reschedule meeting' }).click();
  const moved = page.getByText(/^Meeting moved to /);
  await expect(moved).toBeVisible();
  await expect(page.getByText('Reason: The carer is at a hospital appointment')).toBeVisible();
  const movedTo = /^Meeting moved to \w+ (.+) at (\d\d):(\d\d)$/.exec(
    ((await moved.textContent()) ?? '').trim(),
  );
  expect(movedTo).not.toBeNull();
  await check(page, '10-rescheduled');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^review-meeting-.+\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  const movedDate = new Date(`${movedTo?.[1] ?? ''} 12:00 UTC`).toISOString().slice(0, 10);
  expect(ics).toContain(
    `DTSTART;TZID=Europe/London:${movedDate.replace(/-/g, '')}T${movedTo?.[2] ?? ''}${movedTo?.[3] ?? ''}00\r\n`,
  );
  expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
  expect(ics).toContain('SEQUENCE:1\r\n');
  // Calendars are shared and synced to phones: the entry names the child by reference only.
  expect(ics).toMatch(/\r\nSUMMARY:Review meeting: LA\d+\r\n/);
});

test('business support never reach a child’s record', async ({ page }) => {
  await prepareApp(page);
  await signInAs(page, 'Tracey Dunn');
  await openFromMenu(page, 'Booking queue');
  const inTimescale = page.getByRole('region', { name: /Reviews to book in timescale/ });
  const href =
    (await inTimescale.getByRole('row').nth(1).getByRole('link').first().getAttribute('href')) ??
    '';
  const childId = /\/booking\/children\/([^/]+)$/.exec(href)?.[1] ?? '';
  expect(childId).not.toBe('');
  await page.goto(`/children/${childId}`);
  await expect(page).toHaveURL(new RegExp(`/booking/children/${childId}$`));
  await page.goto('/caseload');
  await expect(page).toHaveURL(/\/booking$/);
});
