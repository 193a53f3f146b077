// The child's journey through care, end to end: business support record a child becoming looked
// after (Christmas and New Year inside the 20 working days), a team manager allocates an IRO from
// the queue, the IRO finds the child in their caseload, a placement move keeps the due date,
// leaving care takes the child out of the caseload and the at-risk list and into "Left care", and
// a return to care restarts the 20-working-day clock. Production build, real service worker and
// handlers; the dates are worked by hand (England and Wales bank holidays, day 0 not counted).
import { expect, test, type Page } from '@playwright/test';
import {
  goToInSection,
  moveToday,
  openFromMenu,
  prepareApp,
  saveScreenshot,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

const CHILD = 'Mira Lindqvist';

async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await saveScreenshot(page, `care-${name}`);
}

/** A service navigation item, or a page of one of its sections (the team manager's). */
async function navigate(page: Page, name: string, section?: string): Promise<void> {
  if (section !== undefined) return goToInSection(page, section, name);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name, exact: true })
    .click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
}

async function hannahsChildren(page: Page): Promise<number> {
  const link = page.getByRole('link', { name: /^\d+ children allocated to Hannah Okoye$/ });
  return Number(/^(\d+)/.exec(((await link.textContent()) ?? '').trim())?.[1]);
}

test.setTimeout(180_000);

test('a child comes into care, is allocated, moves, leaves and returns', async ({ page }) => {
  // Monday 14 December 2026. 20 working days on, skipping Christmas Day, Boxing Day (substitute
  // Monday 28 December) and New Year's Day: Thursday 14 January 2027. 5 working days: 21 December.
  await prepareApp(page, { today: '2026-12-14' });

  // Business support record the child becoming looked after today.
  await signInAs(page, 'Tracey Dunn');
  await navigate(page, 'Record a child becoming looked after');
  await expect(
    page.getByRole('heading', { name: 'Record a child becoming looked after', level: 1 }),
  ).toBeVisible();
  await check(page, '01-new-child-form');
  // Saved with nothing filled in: the GOV.UK error summary, nothing lost.
  await page.getByRole('button', { name: 'Save and start the review clock' }).click();
  await expect(page.getByRole('alert').getByText('There is a problem')).toBeVisible();
  await page.getByLabel('First name').fill('Mira');
  await page.getByLabel('Last name').fill('Lindqvist');
  await typeDate(page, 'Date of birth', ['4', '7', '2017']);
  await page.getByRole('radio', { name: 'Female' }).check();
  await page.getByLabel('Council reference').fill('LA990001');
  await typeDate(page, 'Date the child became looked after', ['14', '12', '2026']);
  await page.getByRole('combobox', { name: 'Legal status' }).selectOption('C1');
  await page.getByRole('combobox', { name: 'Placement type' }).selectOption('U6');
  await page.getByLabel('Placement', { exact: true }).fill('Foster carers, Mr and Mrs Khan');
  const socialWorker = page.getByRole('group', { name: 'Social worker' });
  await socialWorker.getByLabel('Name').fill('Sam Patel');
  await socialWorker.getByLabel('Team').fill('Children in care team 2');
  await check(page, '02-new-child-filled');
  await page.getByRole('button', { name: 'Save and start the review clock' }).click();

  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  await expect(page.getByText('14 January 2027').first()).toBeVisible();
  await expect(
    page.getByText('20 working days after becoming looked after on 14 December 2026').first(),
  ).toBeVisible();
  await expect(page.getByText(/21 December 2026/).first()).toBeVisible();
  const careRecord = new URL(page.url()).pathname;
  await check(page, '03-care-record-new');
  await signOut(page);

  // The team manager allocates Hannah Okoye from the queue, seeing caseloads against the band.
  await signInAs(page, 'Margaret Osei-Bonsu');
  await navigate(page, 'Team overview', 'Team');
  const hannahBefore = await hannahsChildren(page);
  await navigate(page, 'Awaiting allocation', 'Children');
  await expect(
    page.getByRole('heading', { name: 'Children awaiting an IRO', level: 1 }),
  ).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: CHILD });
  await expect(row).toContainText('21 December 2026');
  await check(page, '04-allocation-queue');
  await row.getByRole('link', { name: `Allocate an IRO to ${CHILD}` }).click();
  await expect(page.getByRole('heading', { name: 'Allocate an IRO', level: 1 })).toBeVisible();
  await expect(page.getByText(/74 children \(band 50 to 70, above\)/)).toBeVisible();
  await check(page, '05-allocate');
  await page.getByRole('radio', { name: 'Hannah Okoye' }).check();
  await page.getByRole('button', { name: 'Allocate' }).click();
  await expect(
    page.getByRole('heading', { name: 'Children awaiting an IRO', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: CHILD })).toHaveCount(0);
  await navigate(page, 'Team overview', 'Team');
  await expect.poll(() => hannahsChildren(page)).toBe(hannahBefore + 1);
  await signOut(page);

  // The IRO finds the child in their caseload.
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  await page.getByLabel('Search by name or ID').fill(CHILD);
  await page.getByRole('button', { name: /Search/ }).click();
  await expect(page.getByRole('row').filter({ hasText: CHILD })).toContainText('14 January 2027');
  await check(page, '06-iro-caseload');
  await signOut(page);

  // A week later the child moves placement: the period and its due date go on.
  await moveToday(page, '2026-12-21');
  await signInAs(page, 'Margaret Osei-Bonsu');
  await page.goto(careRecord);
  await page.getByRole('button', { name: 'Record a change of placement or legal status' }).click();
  await expect(
    page.getByRole('heading', { name: 'Record a change of placement or legal status', level: 1 }),
  ).toBeVisible();
  await typeDate(page, 'Date of the change', ['21', '12', '2026']);
  await page.getByRole('radio', { name: 'Change of placement and carer(s) only' }).check();
  await page.getByRole('combobox', { name: 'New placement type' }).selectOption('U4');
  await page.getByLabel('Placement', { exact: true }).fill('Foster carers, Ms Green');
  await check(page, '07-change');
  await page.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  await expect(page.getByText('Foster carers, Ms Green').first()).toBeVisible();
  await expect(page.getByText('14 January 2027').first()).toBeVisible();
  await check(page, '08-care-record-after-move');

  // 4 January 2027: the review is at risk (due in 8 working days, nothing booked)...
  // Moving the mock's clock on ends every session (mocks/http/sessions.ts): sign in again.
  await moveToday(page, '2027-01-04');
  await signInAs(page, 'Margaret Osei-Bonsu');
  await navigate(page, 'Reviews at risk', 'Team');
  await expect(page.getByRole('heading', { name: 'Reviews at risk', level: 1 })).toBeVisible();
  // The list is paged (20 a page): Hannah's reviews not booked, where the child's is.
  await page.getByRole('combobox', { name: 'IRO' }).selectOption({ label: 'Hannah Okoye' });
  await page.getByRole('checkbox', { name: 'Not booked' }).check();
  await page.getByRole('button', { name: 'Show reviews' }).click();
  await expect(page.getByRole('row').filter({ hasText: CHILD })).toHaveCount(1);
  await navigate(page, 'Team overview', 'Team');
  const hannahInCare = await hannahsChildren(page);

  // ...and the child goes home: leaving care takes them out of the caseload and the at-risk list.
  await page.goto(careRecord);
  await page.getByRole('button', { name: 'Record leaving care' }).click();
  await expect(page.getByRole('heading', { name: 'Record leaving care', level: 1 })).toBeVisible();
  await typeDate(page, 'Date the child left care', ['4', '1', '2027']);
  await page.getByRole('combobox', { name: 'Why did the child leave care?' }).selectOption('E4A');
  await check(page, '09-leave');
  await page.getByRole('button', { name: 'Save: the child has left care' }).click();
  await expect(page.getByText('Left care on 4 January 2027').first()).toBeVisible();
  await check(page, '10-care-record-left');
  await navigate(page, 'Team overview', 'Team');
  await expect.poll(() => hannahsChildren(page)).toBe(hannahInCare - 1);
  await navigate(page, 'Reviews at risk', 'Team');
  await expect(page.getByRole('heading', { name: 'Reviews at risk', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: CHILD })).toHaveCount(0);
  await navigate(page, 'Left care', 'Children');
  const left = page.getByRole('row').filter({ hasText: CHILD });
  await expect(left).toContainText('4 January 2027');
  await expect(left).toContainText('Returned home as part of the care plan');
  await check(page, '11-left-care-list');

  // 11 January 2027 the child returns: a new period, the 20-working-day clock restarts (8 February).
  await moveToday(page, '2027-01-11');
  await signInAs(page, 'Margaret Osei-Bonsu');
  await page.goto(careRecord);
  await page.getByRole('button', { name: 'Record a return to care' }).click();
  await expect(
    page.getByRole('heading', { name: 'Record a return to care', level: 1 }),
  ).toBeVisible();
  await typeDate(page, 'Date the child became looked after again', ['11', '1', '2027']);
  await page.getByRole('combobox', { name: 'Legal status' }).selectOption('V2');
  await page.getByRole('combobox', { name: 'Placement type' }).selectOption('U4');
  await page.getByLabel('Placement', { exact: true }).fill('Foster carers, Ms Green');
  await check(page, '12-return');
  await page.getByRole('button', { name: 'Save and start the review clock' }).click();
  await expect(page.getByText('Looked after since 11 January 2027')).toBeVisible();
  await expect(page.getByText('8 February 2027').first()).toBeVisible();
  await expect(
    page.getByText('20 working days after becoming looked after on 11 January 2027').first(),
  ).toBeVisible();
  await expect(page.getByText(/Earlier periods of care \(1\)/)).toBeVisible();
  await check(page, '13-care-record-returned');
});
