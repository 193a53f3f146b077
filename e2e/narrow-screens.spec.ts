import { expect, test, type Page } from '@playwright/test';
import { appRoutes } from '../src/app/route-table';
import type { StaffRole } from '../src/lib/api/schemas';
import { paths } from '../src/lib/paths';
import { expectNoAxeViolations } from './support/axe';
import { prepareApp, saveScreenshot, signInAs } from './support/app';

// Issue 22: at 375 px (a phone held upright) no page scrolls sideways, for every role on every
// page that role may use. The pages come from the route table: each role's pages without ids,
// then, for each page with ids, the first link to it found on a page already visited (a real
// child, meeting, review or escalation), until no new kind of page turns up.
test.use({ viewport: { width: 375, height: 812 } });

const people: { role: StaffRole; name: string }[] = [
  { role: 'iro', name: 'Hannah Okoye' },
  { role: 'team-manager', name: 'Margaret Osei-Bonsu' },
  { role: 'business-support', name: 'Tracey Dunn' },
];

type Page_ = { pattern: string; matches: RegExp };

// Lists whose children lead to pages only some children have: an open escalation's page, a
// return to care for a child who has left. Their links are followed first.
const richSources: readonly string[] = [paths.escalations, paths.leftCare, paths.booking];

// Pages the demo data links only from some children: a meeting from the care record of a child with
// one booked, an open escalation's page from a child with one open, a return to care from a child
// who has left. Each is found the way a person would: a list that holds such children, then the
// first link to each kind of page in turn.
interface Trail {
  list: string;
  through: readonly string[];
}
const trails: Record<StaffRole, readonly Trail[]> = {
  iro: [
    {
      list: `${paths.caseload}?status=booked`,
      through: [paths.childPattern, paths.careRecordPattern, paths.bookingMeetingPattern],
    },
    {
      list: `${paths.caseload}?show=open-escalations`,
      through: [paths.childPattern, paths.updateEscalationPattern],
    },
  ],
  'team-manager': [
    { list: paths.escalations, through: [paths.childPattern, paths.updateEscalationPattern] },
    { list: paths.leftCare, through: [paths.careRecordPattern, paths.careReturnPattern] },
  ],
  // Business support's pages list no child who has left care: the test finds one on the team
  // manager's list of children who have left, and starts there (see below).
  'business-support': [],
};

/** The role's pages, the most specific first ('/reviews/new' before '/reviews/:reviewId'). */
function pagesFor(role: StaffRole): Page_[] {
  return appRoutes
    .filter((route) => route.roles.includes(role))
    .map((route) => ({
      pattern: route.path,
      matches: new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}$`),
    }))
    .sort((a, b) => paramCount(a.pattern) - paramCount(b.pattern));
}

function paramCount(pattern: string): number {
  return pattern.split('/').filter((part) => part.startsWith(':')).length;
}

/** The page the address opens: the route pattern, or undefined for an address it may not use. */
function patternOf(pages: readonly Page_[], address: string): string | undefined {
  return pages.find((candidate) => candidate.matches.test(address))?.pattern;
}

async function settled(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('.app-loading-state')).toHaveCount(0);
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function internalLinks(page: Page): Promise<string[]> {
  return page
    .locator('main a[href^="/"], nav a[href^="/"]')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
}

/**
 * Opens every page the role may use (see above), checking each for sideways scroll and, once per
 * kind of page, with axe; returns the pages that scroll sideways and the kinds never reached.
 */
async function walk(
  page: Page,
  role: StaffRole,
  roleTrails: readonly Trail[],
): Promise<{ overflowing: string[]; unreached: string[] }> {
  const pages = pagesFor(role);
  const queue = pages.filter((entry) => !entry.pattern.includes(':')).map((e) => e.pattern);
  const seen = new Set(queue);
  // Links to a kind of page already queued, kept in case a page is linked only from some
  // children (a return to care from a child who has left, an open escalation's page).
  const spares: { link: string; from: string }[] = [];
  const visited = new Set<string>();
  const visitedPatterns = new Set<string>();
  const overflowing: string[] = [];
  const visit = async (address: string) => {
    visited.add(address);
    const pattern = patternOf(pages, address) ?? address;
    await page.goto(address);
    await settled(page);
    const excess = await sidewaysScroll(page);
    if (excess > 0) overflowing.push(`${pattern} (${address}) by ${excess}px`);
    // axe and a screenshot once per kind of page; every visit checks for sideways scroll.
    if (!visitedPatterns.has(pattern)) {
      await test.step(`axe on ${pattern} (${address})`, async () => {
        await expectNoAxeViolations(page);
      });

      await saveScreenshot(page, `narrow-${role}${pattern.replace(/[/:]+/g, '-')}`);
    }
    visitedPatterns.add(pattern);
    for (const link of await internalLinks(page)) {
      const linked = patternOf(pages, link);
      if (linked === undefined) continue;
      if (!seen.has(linked)) {
        seen.add(linked);
        queue.push(link);
      } else if (link !== linked && !spares.some((spare) => spare.link === link)) {
        spares.push({ link, from: pattern });
      }
    }
  };
  const visitQueue = async () => {
    for (let index = 0; index < queue.length; index += 1) {
      const next = queue[index] ?? '';
      if (!visited.has(next)) await visit(next);
    }
  };
  await visitQueue();
  for (const trail of roleTrails) {
    await visit(trail.list);
    for (const pattern of trail.through) {
      const link = (await internalLinks(page)).find((href) => patternOf(pages, href) === pattern);
      expect(link, `a link to ${pattern} from ${trail.list}`).toBeDefined();
      await visit(link ?? '');
    }
  }
  await visitQueue();
  const unreached = () =>
    pages.map((entry) => entry.pattern).filter((pattern) => !seen.has(pattern));
  // A few more children and records, from the lists above first, until every kind of page the
  // role may use has been seen.
  spares.sort(
    (a, b) => Number(richSources.includes(b.from)) - Number(richSources.includes(a.from)),
  );
  for (let budget = 12; unreached().length > 0 && budget > 0 && spares.length > 0; budget -= 1) {
    const address = spares.shift()?.link ?? '';
    if (!visited.has(address)) await visit(address);
    await visitQueue();
  }
  return { overflowing, unreached: unreached() };
}

/**
 * The role's trails, signed out again. Business support's begin at a child who has left care,
 * found on the team manager's list (their own pages list none).
 */
async function trailsFor(page: Page, role: StaffRole): Promise<Trail[]> {
  if (role !== 'business-support') return [...trails[role]];
  await signInAs(page, 'Margaret Osei-Bonsu');
  await page.goto(paths.leftCare);
  await settled(page);
  const link = page.locator('main a[href^="/care/children/"]').first();
  const left = new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname;
  await page.getByRole('button', { name: 'Sign out' }).click();
  return [{ list: left, through: [paths.careReturnPattern] }];
}

/** Today's reminders built (a team manager's button), so the outbox links to a message. */
async function buildTodaysReminders(page: Page): Promise<void> {
  await signInAs(page, 'Margaret Osei-Bonsu');
  await page.goto(paths.outbox);
  await page.getByRole('button', { name: 'Send today’s reminders' }).click();
  await expect(page.getByRole('alert')).toContainText('new reminders built');
  await page.getByRole('button', { name: 'Sign out' }).click();
}

for (const person of people) {
  test(`at 375 px no page ${person.name} may use scrolls sideways`, async ({ page }) => {
    test.setTimeout(480_000);
    await prepareApp(page);
    await buildTodaysReminders(page);
    const roleTrails = await trailsFor(page, person.role);
    await signInAs(page, person.name);
    const { overflowing, unreached } = await walk(page, person.role, roleTrails);
    expect.soft(overflowing, 'pages that scroll sideways at 375 px').toEqual([]);
    // Every page of the role was reached, so none escaped the check.
    expect(unreached, 'pages not reached from any link').toEqual([]);
  });
}

test('on a phone the navigation is behind a Menu button, and the page starts near its heading', async ({
  page,
}) => {
  await prepareApp(page);
  await signInAs(page, 'Margaret Osei-Bonsu');
  const menu = page.getByRole('navigation', { name: 'Menu' });
  const button = menu.getByRole('button', { name: 'Menu' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(menu.getByRole('link')).toHaveCount(0);
  // The heading of the first page (Tasks) is on the first screen, not after a column of links.
  const heading = page.getByRole('heading', { level: 1 });
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThan(400);
  await saveScreenshot(page, 'narrow-menu-closed');
  await expectNoAxeViolations(page);

  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('link')).toHaveText([
    /^Tasks/,
    'Team',
    'Children',
    'Reports',
    'Settings',
    'Outbox',
  ]);
  // The first screen only: the tasks below run on for pages.
  await page.screenshot({ path: 'e2e/.artifacts/screenshots/narrow-menu-open.png' });
  await expectNoAxeViolations(page);

  // Following a link opens its page with the menu closed again; the section's own pages are
  // listed above the heading.
  await menu.getByRole('link', { name: 'Children', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caseloads' })).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(menu.getByRole('link')).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: 'Children', exact: true }).getByRole('link'),
  ).toHaveCount(5);
  await saveScreenshot(page, 'narrow-menu-section-page');
  await expectNoAxeViolations(page);

  // Widened past the tablet breakpoint, every item is shown and the button is gone.
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(menu.getByRole('link')).toHaveCount(6);
  await expect(button).toBeHidden();
});
