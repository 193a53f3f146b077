// Documents that go to children and families (issue 21): business support produce the invitations
// and consultation forms for a booked review and download one as Word; the IRO records a review and
// produces the letter to the child, with its reading age, and opens its print page; a team manager
// changes a template (an unknown placeholder refused first). Production
// build, real service worker and handlers, "today" fixed at Monday 23 November 2026 (seed 20261123).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
  errorSummary,
  keepEarlierRecommendationsOpen,
  openFromMenu,
  openFromSection,
  prepareApp,
  saveScreenshot,
  signInAs,
  typeDate,
} from './support/app';
import { expectNoAxeViolations } from './support/axe';

async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await saveScreenshot(page, `documents-${name}`);
}

/** Printed, only the document is on the page: no header, navigation, buttons or back link. */
async function expectPrintsTheDocumentAlone(page: Page, title: RegExp | string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back to the documents' })).toBeHidden();
  await expect(page.locator('.govuk-template__footer')).toBeHidden();
}

test('business support produce the invitations for a booked review and download one as Word', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await prepareApp(page);
  await signInAs(page, 'Tracey Dunn');

  // A meeting booked in Hannah Okoye's diary this week or the next.
  await page.getByRole('link', { name: 'Team calendar' }).click();
  await page.getByRole('checkbox', { name: 'Hannah Okoye' }).check();
  await page.getByRole('button', { name: 'Show meetings' }).click();
  await page.getByRole('link', { name: 'Show as a list' }).click();
  // The fixed seed has booked meetings in her diary this week.
  await expect(page.getByText(/^Meetings of Hannah Okoye:/)).toBeVisible();
  const booked = page.getByRole('row').filter({ hasText: 'Booked' }).first();
  await booked.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Review meeting on/ })).toBeVisible();
  await page.getByRole('button', { name: 'Invitations and consultation forms' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Invitations and consultation forms' }),
  ).toBeVisible();
  const caption = (await page.locator('.govuk-caption-l').textContent()) ?? '';
  const givenName = caption.split(' ')[0] ?? '';
  const childRef = /\(([^)]+)\)/.exec(caption)?.[1] ?? '';
  expect(givenName).not.toBe('');
  await check(page, '01-meeting-documents');

  // Download the first invitation as Word: a .docx is a zip holding word/document.xml.
  const word = page.getByRole('button', {
    name: /^Download as Word invitation to the review for /,
  });
  const downloading = page.waitForEvent('download');
  await word.first().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`invitation-${childRef}-1.docx`);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain(`Invitation to ${givenName}’s review`);
  expect(xml).toContain(`${givenName}’s review meeting`);

  // The print page: the document alone when printed (so to PDF from the browser).
  await page
    .getByRole('link', { name: /^View and print invitation to the review for / })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  await check(page, '02-invitation-print-page');
  await expectPrintsTheDocumentAlone(page, `Invitation to ${givenName}’s review`);
  await saveScreenshot(page, 'documents-03-invitation-printed');
});

test('the IRO records a review, produces the letter to the child and opens its print page', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await prepareApp(page);
  await signInAs(page, 'Hannah Okoye');
  await openFromMenu(page, 'My caseload');
  // In the fixed seed, Willow McDonald (10): her review has been overdue since 7 November 2026.
  const child = 'Willow McDonald';
  await page.getByLabel('Search by name or ID').fill(child);
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('row').filter({ hasText: child }).getByRole('link', { name: child }).click();
  await expect(page.getByRole('heading', { name: child, level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Record a review' }).click();
  await typeDate(page, 'Date the review was held', ['23', '11', '2026']);
  await page.getByRole('radio', { name: 'PN1' }).check();
  await page.getByRole('radio', { name: 'In person' }).check();
  await page
    .getByRole('group', { name: 'Was the child offered an advocate?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await page.getByRole('radio', { name: 'No, the child declined advocacy' }).check();
  await page
    .getByRole('group', { name: 'Why was the review held after its due date?' })
    .getByRole('radio', { name: 'A key person could not attend' })
    .check();
  await page.getByLabel('The child’s views (optional)').fill('Willow wants to stay at her school.');
  await page
    .getByLabel('Decisions', { exact: true })
    .fill('You will stay with your foster carers. You will see your mum every two weeks.');
  await page
    .getByRole('group', { name: 'Did the review endorse the care plan?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await keepEarlierRecommendationsOpen(page);
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByText('Review held on 23 November 2026 recorded')).toBeVisible();

  await page
    .getByRole('link', {
      name: 'Letter to the child and decisions summary for the review held on 23 November 2026',
    })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Letter to the child and decisions summary' }),
  ).toBeVisible();
  const letter = page.getByRole('region', {
    name: 'Letter to the child (the record of the review)',
  });
  await expect(letter).toContainText('Dear Willow,');
  await expect(letter).toContainText('You will stay with your foster carers.');
  await expect(letter).toContainText('Willow wants to stay at her school.');
  await expect(letter).toContainText('The review agreed the care plan.');
  await expect(letter.getByText(/Reading age \d+: /)).toBeVisible();
  await check(page, '04-letter-to-child');

  await letter.getByRole('link', { name: /^View and print/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your review on 23 November 2026' }),
  ).toBeVisible();
  await check(page, '05-letter-print-page');
  await expectPrintsTheDocumentAlone(page, 'Your review on 23 November 2026');
  await saveScreenshot(page, 'documents-06-letter-printed');
});

test('a team manager changes a template: an unknown placeholder is refused, naming its line', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  await openFromSection(page, 'Settings', 'Templates', 'Document templates');
  await expect(page.getByRole('heading', { level: 1, name: 'Document templates' })).toBeVisible();
  await check(page, '07-templates');

  await page
    .getByRole('link', { name: 'Change letter to the child (the record of the review)' })
    .click();
  const text = page.getByRole('textbox', { name: 'Text' });
  await text.fill(
    'Dear {{child.firstName}},\n\nWe met on {{review.date}}.\nLove from {{iro.nickname}}',
  );
  const message =
    'Line 4 has a placeholder this template cannot use: {{iro.nickname}}. Use one from the list of placeholders';
  // Shown as it is typed, before saving.
  await expect(page.locator('#body-error')).toContainText(message);
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(errorSummary(page)).toContainText(message);
  await expect(page).toHaveTitle(/^Error: /);
  await check(page, '08-template-error');

  await text.fill('Dear {{child.firstName}},\n\nWe met on {{review.date}}.\nFrom {{iro.name}}');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Document templates' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Letter to the child/ })).toContainText(
    'by Margaret Osei-Bonsu',
  );
});
