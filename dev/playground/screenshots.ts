// `npm run screenshots`: drives the playground in headless Chromium through Tandem's card states and
// writes one PNG per state to docs/screenshots/ (for the README). States the bundle cannot reach yet are skipped.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser } from './browser';
import { startPlayground } from './start';

/** Where a step stopped: the state it wanted and why it could not reach it. */
class Unreachable extends Error {}

interface Shot {
  file: string;
  /** What the picture shows, for the README's captions. */
  caption: string;
  /** Brings the page to the state; throws Unreachable when the add-on cannot get there yet. */
  reach(page: Page): Promise<void>;
  /** Text Tandem's panel must show in this state (else the state is not reached and no file is written). */
  panelShows?: RegExp;
  /** The state this one continues from: skipped when that one was. */
  after?: string;
}

async function expectPanel(page: Page, pattern: RegExp | undefined): Promise<void> {
  if (!pattern) return;
  const text = (await page.locator('[data-testid="panel-body"]').textContent()) ?? '';
  if (!pattern.test(text)) throw new Unreachable(`Tandem's panel does not show ${String(pattern)} yet`);
}

const WAIT_MS = 10_000;
const FIRST_1ON1 = 'bob1on1_20261020T080000Z';
/** The reminder's hour in Alice's zone (Paris), and the clock just after the hourly run that sends it: Monday 26 October, 17:29 in Paris (UTC+1). */
const REMIND_HOUR = '17';
const REMINDER_SENT = '2026-10-26T17:00:00Z';

async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="panel-body"].busy').waitFor({ state: 'detached', timeout: WAIT_MS });
  await page.waitForSelector(
    '[data-testid="panel-body"] [data-testid="card"], [data-testid="panel-missing"], [data-testid="panel-error"]',
    { timeout: WAIT_MS },
  );
  await page.waitForTimeout(150);
}

async function press(page: Page, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    const button = page
      .locator('[data-testid="addon-panel"]')
      .getByRole('button', { name: label, exact: true })
      .first();
    if ((await button.count()) === 0) continue;
    await button.click();
    await settled(page);
    return;
  }
  throw new Unreachable(`no "${labels.join('" or "')}" button in Tandem's panel`);
}

async function openEvent(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid="cal-event"][data-event-id="${id}"]`).click();
  await settled(page);
}

async function addActionItem(page: Page, text: string): Promise<void> {
  const heading = page
    .locator('[data-testid="doc-paragraph"]')
    .filter({ hasText: /^Action items/ })
    .first();
  if ((await heading.count()) === 0) throw new Unreachable('no "Action items" heading in the doc');
  await heading.getByTestId('para-add').click();
  await page.locator('[data-testid="para-input"]').fill(text);
  await page.locator('[data-testid="para-save"]').click();
  await page
    .locator('[data-testid="doc-paragraph"]')
    .filter({ hasText: text })
    .first()
    .waitFor({ timeout: WAIT_MS });
}

/** Waits until the page's and the panel's toasts have faded (they last a few seconds). */
async function toastsGone(page: Page): Promise<void> {
  await page.waitForSelector('.toast.show, .panel-toast.show', { state: 'detached', timeout: WAIT_MS });
  await page.waitForTimeout(300); // the fade-out transition (0.2 s)
}

/** Moves the clock an hour at a time until it shows `iso` (hourly triggers run at each step). */
async function clockTo(page: Page, iso: string): Promise<void> {
  const target = Date.parse(iso);
  const clock = page.locator('[data-testid="clock-now"]');
  for (let step = 0; step < 48; step++) {
    const before = (await clock.getAttribute('data-now')) ?? '';
    if (Date.parse(before) >= target) return;
    await page.locator('[data-testid="clock-hour"]').click();
    await page.waitForSelector(`[data-testid="clock-now"]:not([data-now="${before}"])`, { timeout: WAIT_MS });
    await settled(page);
  }
  throw new Unreachable(`the clock did not reach ${iso}`);
}

async function signIn(page: Page, email: string, tab: 'calendar' | 'doc'): Promise<void> {
  const firedLog = page.locator('[data-testid="fired-close"]');
  if (await firedLog.isVisible()) await firedLog.click();
  await page.locator('[data-testid="user-select"]').selectOption(email);
  await page.locator(`[data-testid="tab-${tab}"]`).click();
  await settled(page);
}

const SHOTS: Shot[] = [
  {
    file: '01-homepage-off.png',
    caption: 'The week in Calendar, with Tandem’s homepage beside it',
    reach: (page) => settled(page),
  },
  {
    file: '02-homepage-on.png',
    caption: 'Homepage after turning Tandem on: the first sync ran at once, every 1:1 is listed',
    reach: (page) => press(page, 'Turn on', 'Turn on Tandem'),
    panelShows: /Turn off/,
  },
  {
    file: '03-event-card-ready.png',
    caption:
      'Right after turning on, a 1:1’s event card: its agenda doc, next meeting, cadence, questions to ask',
    reach: (page) => openEvent(page, FIRST_1ON1),
    panelShows: /Open agenda/,
    after: '02-homepage-on.png',
  },
  {
    file: '04-doc-sidebar.png',
    caption: 'The agenda doc with Tandem’s Docs sidebar',
    reach: async (page) => {
      await press(page, 'Open agenda');
      await page.waitForSelector('[data-testid="doc-paragraph"]', { timeout: WAIT_MS });
      await settled(page);
      await addActionItem(page, '[ ] Bob: send the deck to Priya (due 2026-10-23)');
    },
    panelShows: /Open action items/,
    after: '03-event-card-ready.png',
  },
  {
    file: '05-doc-next-week.png',
    caption: 'A week later: the next meeting’s section, the open item carried over',
    reach: async (page) => {
      await page.locator('[data-testid="clock-week"]').click();
      await page.waitForSelector('[data-testid="fired-log"]:not([hidden])', { timeout: WAIT_MS });
      await settled(page);
    },
    after: '04-doc-sidebar.png',
  },
  {
    file: '06-doc-sidebar-ask-access.png',
    caption: 'Bob, the report, opens the same doc: the sidebar asks before it opens the file (drive.file)',
    reach: (page) => signIn(page, 'bob@example.com', 'doc'),
    panelShows: /Allow access to this doc/,
    after: '05-doc-next-week.png',
  },
  {
    file: '07-doc-sidebar-report.png',
    caption:
      'Bob’s sidebar: the next meeting, his open items to mark done, questions to add — no “Prepare”, Alice’s Tandem keeps the doc',
    reach: (page) => press(page, 'Allow access to this doc'),
    panelShows: /Mark done/,
    after: '06-doc-sidebar-ask-access.png',
  },
  {
    file: '08-report-adds-question.png',
    caption: 'Bob adds a question: it goes into the next meeting’s section',
    reach: async (page) => {
      await press(page, 'Add to next meeting', 'Add');
      await page
        .locator('[data-testid="panel-toast"]')
        .getByText(/Added to the/)
        .waitFor({ timeout: WAIT_MS });
    },
    panelShows: /Mark done/,
    after: '07-doc-sidebar-report.png',
  },
  {
    file: '09-homepage-pairs.png',
    caption: 'Alice’s homepage: every pair with its last and next meeting',
    reach: async (page) => {
      await signIn(page, 'alice@example.com', 'calendar');
      await page.locator('[data-testid="panel-home"]').click();
      await settled(page);
    },
    panelShows: /Turn off/,
  },
  {
    file: '10-event-card-not-1on1.png',
    caption: 'Event card of a team meeting: not a 1:1, and why',
    reach: async (page) => {
      await page.locator('[data-testid="cal-event"][data-summary="Team sync"]').first().click();
      await settled(page);
    },
    panelShows: /isn’t treated as a 1:1/,
  },
  {
    file: '11-settings-reminder.png',
    caption: 'Settings: the reminder to prepare, an e-mail the day before each 1:1 at the hour you pick',
    reach: async (page) => {
      await page.locator('[data-testid="panel-home"]').click();
      await settled(page);
      await press(page, 'Settings');
      const panel = page.locator('[data-testid="addon-panel"]');
      const reminder = panel.getByLabel('E-mail me the day before my 1:1s');
      if ((await reminder.count()) === 0) throw new Unreachable('no reminder switch in Settings');
      await reminder.check();
      await panel.getByLabel('At about (your time zone)').selectOption(REMIND_HOUR);
      await reminder.scrollIntoViewIfNeeded();
    },
    panelShows: /Reminder to prepare/,
  },
  {
    file: '12-mail-reminder.png',
    caption:
      'The day before, at that hour, Alice’s mailbox: tomorrow’s 1:1s, open action items, topics so far, a link to each doc',
    reach: async (page) => {
      await press(page, 'Save');
      await clockTo(page, REMINDER_SENT);
      await page.locator('[data-testid="tab-mail"]').click();
      await page.locator('[data-testid="mail"]').first().waitFor({ timeout: WAIT_MS });
      await settled(page);
      const firedLog = page.locator('[data-testid="fired-close"]');
      if (await firedLog.isVisible()) await firedLog.click();
      await toastsGone(page);
    },
    after: '11-settings-reminder.png',
  },
  {
    file: '13-private-notes.png',
    caption:
      '“My private notes” on the event card: Alice’s own doc on the pair, shared with no one, a section for the next meeting',
    reach: async (page) => {
      await page.locator('[data-testid="tab-calendar"]').click();
      await settled(page);
      await page.locator('[data-testid="cal-event"][data-event-id^="bob1on1_"]').first().click();
      await settled(page);
      await press(page, 'My private notes');
      await page
        .locator('[data-testid="doc-name"]')
        .getByText(/^Private · /)
        .waitFor({ timeout: WAIT_MS });
      await settled(page);
    },
  },
];

export async function takeScreenshots(
  outDir: string,
): Promise<{ taken: Shot[]; skipped: { shot: Shot; why: string }[] }> {
  mkdirSync(outDir, { recursive: true });
  const worldDir = mkdtempSync(join(tmpdir(), 'tandem-screenshots-'));
  const server = await startPlayground({
    worldFile: join(worldDir, 'world.json'),
    reset: true,
    port: 0,
    host: '127.0.0.1',
  });
  const browser = await openBrowser({ width: 1440, height: 900 });
  const taken: Shot[] = [];
  const skipped: { shot: Shot; why: string }[] = [];
  try {
    await browser.page.goto(server.url);
    await browser.page.waitForSelector('body[data-ready="true"]', { timeout: WAIT_MS });
    for (const shot of SHOTS) {
      const missing = skipped.find((s) => s.shot.file === shot.after);
      if (missing) {
        skipped.push({ shot, why: `continues from ${missing.shot.file}, which was skipped` });
        continue;
      }
      try {
        await shot.reach(browser.page);
        await expectPanel(browser.page, shot.panelShows);
        await browser.page.screenshot({ path: join(outDir, shot.file) });
        taken.push(shot);
      } catch (e) {
        skipped.push({
          shot,
          why: e instanceof Unreachable ? e.message : `${(e as Error).message.split('\n')[0]}`,
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(worldDir, { recursive: true, force: true });
  }
  return { taken, skipped };
}

if (require.main === module) {
  const outArg = process.argv.indexOf('--out');
  const outDir = resolve(outArg >= 0 ? (process.argv[outArg + 1] ?? '') : join('docs', 'screenshots'));
  takeScreenshots(outDir).then(
    ({ taken, skipped }) => {
      for (const shot of taken) process.stdout.write(`wrote ${join(outDir, shot.file)}: ${shot.caption}\n`);
      for (const { shot, why } of skipped) process.stdout.write(`skipped ${shot.file}: ${why}\n`);
      if (taken.length === 0) process.exitCode = 1;
    },
    (e: unknown) => {
      process.stderr.write(`screenshots: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
