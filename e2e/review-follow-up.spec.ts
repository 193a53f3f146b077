// Following a review through: the open recommendations of earlier reviews are offered at the next
// review and stay outstanding until marked; the record the manager signs off says who took part,
// the child's views and the decisions; the manager queries the decisions, the IRO answers, the
// manager signs off. Production build, real service worker and handlers, "today" fixed at Monday
// 23 November 2026 (seed 20261123).
import { expect, test, type Page } from '@playwright/test';
import {
  errorSummary,
  openFromSection,
  prepareApp,
  saveScreenshot,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

// In the fixed seed, on Hannah Okoye's caseload: Lewis Fraser (10), last review 18 August 2026,
// next due 18 February 2027; three recommendations still open, one from 23 February 2026.
const CHILD = 'Lewis Fraser';
const STABILITY = 'Complete a stability meeting with the carers';
const PASSPORT = 'Apply for the child’s passport so they can go on the school trip';
const CONTACT = 'Review contact arrangements with birth parents';
const DECISIONS =
  'The care plan is endorsed. Lewis stays with his carers. Family time stays at twice a month.';

async function openChild(page: Page) {
  await page.getByRole('link', { name: 'My caseload' }).click();
  await page.getByLabel('Search by name or ID').fill(CHILD);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('row').filter({ hasText: CHILD }).getByRole('link', { name: CHILD }).click();
  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
}

test('earlier recommendations are followed up at the next review; the manager queries the decisions, the IRO answers, the manager signs off', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');

  // 1. Outstanding across reviews: the February review's recommendation is still there.
  await openChild(page);
  const outstanding = page.getByRole('region', { name: 'Outstanding recommendations' });
  await expect(outstanding.getByRole('row').filter({ hasText: STABILITY })).toContainText(
    'Past target',
  );
  await expect(outstanding).toContainText(PASSPORT);
  await expect(outstanding).toContainText(CONTACT);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Recommendations' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Outstanding recommendations', level: 1 }),
  ).toBeVisible();
  const counts = page.getByText(/^\d+ outstanding, \d+ past target$/);
  await expect(counts).toBeVisible();
  const before = Number(/^(\d+)/.exec((await counts.textContent()) ?? '')?.[1]);
  // Past target first.
  await expect(page.getByRole('row').nth(1)).toContainText('Past target');
  await saveScreenshot(page, 'follow-up-01-outstanding');
  await expectNoAxeViolations(page);

  // 2. The next review: every open recommendation must be answered.
  await openChild(page);
  await page.getByRole('button', { name: 'Record a review' }).click();
  await typeDate(page, 'Date the review was held', ['23', '11', '2026']);
  await page.getByRole('radio', { name: 'PN1' }).check();
  await page.getByRole('radio', { name: 'In person' }).check();
  await page
    .getByRole('group', { name: 'Was the child offered an advocate?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('radio', { name: 'No, the child declined advocacy' }).check();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name of person 1').fill('Dee Walsh');
  await page.getByLabel('Role of person 1').fill('Foster carer');
  await page
    .getByRole('group', { name: 'How did they take part? of person 1' })
    .getByRole('radio', { name: 'In person' })
    .check();
  await page
    .getByLabel('The child’s views (optional)')
    .fill('Lewis wants to stay with his carers and to go on the school trip.');
  await page.getByLabel('Decisions', { exact: true }).fill(DECISIONS);
  await page
    .getByRole('group', { name: 'Did the review endorse the care plan?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await typeDate(page, 'Date the decisions were sent (optional)', ['23', '11', '2026']);
  for (const question of [
    'Is there a permanence plan?',
    'Is the health assessment up to date?',
    'Is the personal education plan (PEP) up to date?',
    'Were the social worker’s visits within timescale?',
    'Was the child told about advocacy and their entitlements?',
  ]) {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: 'Yes' }).check();
  }
  await page.getByRole('button', { name: 'Save review' }).click();
  for (const action of [STABILITY, PASSPORT, CONTACT]) {
    await expect(errorSummary(page)).toContainText(`Select what happened to “${action}”`);
  }
  await expect(page.getByLabel('Decisions', { exact: true })).toHaveValue(DECISIONS);
  await saveScreenshot(page, 'follow-up-02-answer-each');
  await expectNoAxeViolations(page);

  const stability = page.getByRole('group', { name: STABILITY });
  await stability.getByRole('radio', { name: 'Done' }).check();
  await typeDate(page, 'Date the action was completed', ['20', '11', '2026']);
  await page
    .getByRole('group', { name: PASSPORT })
    .getByRole('radio', { name: 'Still open' })
    .check();
  const contact = page.getByRole('group', { name: CONTACT });
  await contact.getByRole('radio', { name: 'No longer needed' }).check();
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(errorSummary(page)).toContainText(
    'Enter why the recommendation is no longer needed',
  );
  await typeDate(page, 'Date it was found no longer needed', ['23', '11', '2026']);
  await page
    .getByLabel('Why is it no longer needed?')
    .fill('Contact is now set by the court order');
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText('Review held on 23 November 2026 recorded')).toBeVisible();

  // 3. What is still open stays outstanding until marked; the rest are closed, with why.
  const open = outstanding.getByRole('table', { name: /^\d+ outstanding/ });
  await expect(open).toHaveAccessibleName('1 outstanding, 0 past target');
  await expect(open.getByRole('row').filter({ hasText: PASSPORT })).toBeVisible();
  await expect(open).not.toContainText(STABILITY);
  await expect(open).not.toContainText(CONTACT);
  const closedSummary = outstanding.locator('summary', {
    hasText: 'Recommendations closed in this period of care',
  });
  await closedSummary.click();
  await expect(closedSummary.locator('xpath=..')).toHaveAttribute('open', '');
  const closed = outstanding.getByRole('table', {
    name: 'Recommendations done or no longer needed',
  });
  await expect(closed.getByRole('row').filter({ hasText: CONTACT }).first()).toContainText(
    'No longer needed on 23 November 2026: Contact is now set by the court order',
  );
  await saveScreenshot(page, 'follow-up-03-still-outstanding');
  await expectNoAxeViolations(page);
  // Two of the three were closed at the review: the caseload's list is two shorter.
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Recommendations' })
    .click();
  await expect(
    page.getByText(new RegExp(`^${before - 2} outstanding, \\d+ past target$`)),
  ).toBeVisible();
  await signOut(page);

  // 4. The manager reads the decisions and queries them.
  await signInAs(page, 'Margaret Osei-Bonsu');
  await openFromSection(page, 'Team', 'Sign-off', 'Decisions awaiting sign-off');
  const row = page.getByRole('row').filter({ hasText: CHILD });
  await row.getByRole('link', { name: /^Read the decisions and sign off/ }).click();
  await expect(
    page.getByRole('heading', { name: 'Sign off the review’s decisions', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText(DECISIONS)).toBeVisible();
  await expect(page.getByText('Dee Walsh')).toBeVisible();
  await expect(page.getByText('Lewis wants to stay with his carers')).toBeVisible();
  await page.getByRole('radio', { name: 'I want to query the decisions' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(errorSummary(page)).toContainText('Enter what you are querying and why');
  await page
    .getByLabel('What are you querying and why?')
    .fill('Who applies for the passport, and by when?');
  await saveScreenshot(page, 'follow-up-04-query');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText(/^You queried the decisions of the review held on 23 November 2026/),
  ).toBeVisible();
  await expect(row).toContainText('Queried on 23 November 2026');
  await signOut(page);

  // 5. The IRO answers, revising the decisions.
  await signInAs(page, 'Hannah Okoye');
  await openChild(page);
  const queried = page.getByRole('region', { name: 'Decisions queried by the team manager' });
  await expect(queried).toContainText(
    'The team manager queried the decisions of the review held on 23 November 2026: Who applies for the passport, and by when?',
  );
  await saveScreenshot(page, 'follow-up-05a-queried');
  await expectNoAxeViolations(page);
  await queried.getByRole('link', { name: /^Answer the query/ }).click();
  await expect(
    page.getByRole('heading', { name: 'Answer the manager’s query', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Send your answer' }).click();
  await expect(errorSummary(page)).toContainText('Enter your answer to the manager’s query');
  await page
    .getByLabel('Your answer')
    .fill('The social worker applies by 18 December: added to the decisions.');
  await page
    .getByLabel('Revised decisions (optional)')
    .fill(`${DECISIONS} The social worker applies for the passport by 18 December 2026.`);
  await saveScreenshot(page, 'follow-up-05b-answer');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send your answer' }).click();
  await expect(page.getByRole('heading', { name: CHILD, level: 1 })).toBeVisible();
  await signOut(page);

  // 6. The manager reads the answer and signs off.
  await signInAs(page, 'Margaret Osei-Bonsu');
  await openFromSection(page, 'Team', 'Sign-off', 'Decisions awaiting sign-off');
  await expect(row).toContainText('IRO answered on 23 November 2026');
  await row.getByRole('link', { name: /^Read the decisions and sign off/ }).click();
  await expect(
    page.getByText('The social worker applies by 18 December: added to the decisions.'),
  ).toBeVisible();
  await expect(
    page.getByText('The social worker applies for the passport by 18 December 2026.', {
      exact: false,
    }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'I agree the decisions' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText(/^You signed off the decisions of the review held on 23 November 2026/),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  await saveScreenshot(page, 'follow-up-06-signed-off');
  await expectNoAxeViolations(page);
});
