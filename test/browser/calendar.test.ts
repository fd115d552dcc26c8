// The playground's Calendar view in Chromium: the week as each person sees it, the clock control,
// and a person's calendar changes (cancel, move, add a guest) reaching the week and the world file.
import type { OpenBrowser } from '../../dev/playground/browser';
import {
  BROWSER_TEST_TIMEOUT_MS,
  byTestId,
  launch,
  openPage,
  startWorld,
  waitForText,
  weekSummaries,
  type DomElement,
  type World0,
} from './harness';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

let browser: OpenBrowser;
let world: World0;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world?.close();
});

const event = (id: string) => browser.page.locator(`[data-testid="cal-event"][data-event-id="${id}"]`);

describe('when Alice opens the calendar on the sample world', () => {
  it('shows her week: her four 1:1s, the team sync and her own 1:1 with Farid', async () => {
    await openPage(browser.page, world);
    expect(await weekSummaries(browser.page)).toEqual([
      '1:1 Chloé + Alice',
      'Alice / Bob',
      'Diego <> Alice',
      'Emma & Alice catch-up',
      'Farid / Alice',
      'Team sync',
    ]);
    await waitForText(byTestId(browser.page, 'week-label'), 'Oct 19 – 25, 2026');
  });

  it('places the Tuesday 1:1 in the Tuesday column at 10:00 Paris time', async () => {
    await openPage(browser.page, world);
    const block = event('bob1on1_20261020T080000Z');
    expect(await block.evaluate((n) => (n as unknown as DomElement).parentElement?.dataset.date)).toBe(
      '2026-10-20',
    );
    // 48 px per hour in the grid: 10:00 is 480 px down.
    expect(await block.evaluate((n) => (n as unknown as DomElement).style.top)).toBe('480px');
  });
});

describe('when the signed-in user switches to Bob', () => {
  it('shows the week of Bob: his 1:1 with Alice and the team sync, not the 1:1s of the other reports', async () => {
    await openPage(browser.page, world);
    await byTestId(browser.page, 'user-select').selectOption('bob@example.com');
    await browser.page.locator('[data-summary="Diego <> Alice"]').waitFor({ state: 'detached' });
    expect(await weekSummaries(browser.page)).toEqual(['Alice / Bob', 'Team sync']);
  });
});

describe('when the clock moves', () => {
  const now = () => byTestId(browser.page, 'clock-now').getAttribute('data-now');

  it('"+1 hour", "next day", "after the next meeting" and "next week" land where a person expects', async () => {
    await openPage(browser.page, world);
    expect(await now()).toBe('2026-10-19T07:00:00.000Z');
    await byTestId(browser.page, 'clock-hour').click();
    await browser.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-19T08:00:00.000Z"]');
    // Next day: 08:00 Tuesday in Paris (UTC+2 in October).
    await byTestId(browser.page, 'clock-day').click();
    await browser.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-20T06:00:00.000Z"]');
    // The next meeting is the 10:00–10:30 1:1 with Bob: five minutes after it ends.
    await byTestId(browser.page, 'clock-meeting').click();
    await browser.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-20T08:35:00.000Z"]');
    await byTestId(browser.page, 'clock-week').click();
    // Next week: same local time, 10:35, now on winter time (UTC+1).
    await browser.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-27T09:35:00.000Z"]');
    await waitForText(byTestId(browser.page, 'fired-log'), 'trigger run(s)');
    // The week follows the clock when no week was picked.
    await waitForText(byTestId(browser.page, 'week-label'), 'Oct 26 – Nov 1, 2026');
    expect(world.savedWorld().now).toBe('2026-10-27T09:35:00.000Z');
  });
});

describe('when Alice changes the calendar as a person would', () => {
  it('cancelling one occurrence removes it from the week and nothing else', async () => {
    await openPage(browser.page, world);
    await event('bob1on1_20261020T080000Z').click();
    await byTestId(browser.page, 'cancel-button').click();
    await browser.page.waitForSelector('[data-event-id="bob1on1_20261020T080000Z"]', { state: 'detached' });
    expect(await weekSummaries(browser.page)).not.toContain('Alice / Bob');
    expect(await weekSummaries(browser.page)).toContain('Team sync');
    // The next week's occurrence is still there.
    await byTestId(browser.page, 'week-next').click();
    await event('bob1on1_20261027T090000Z').waitFor();
    const saved = world.savedWorld().calendars['alice@example.com']?.events ?? [];
    expect(saved.find((e) => e.id === 'bob1on1_20261020T080000Z')?.status).toBe('cancelled');
  });

  it('moving one occurrence puts it at the new time in the week', async () => {
    await openPage(browser.page, world);
    await event('bob1on1_20261020T080000Z').click();
    await byTestId(browser.page, 'move-start').fill('2026-10-21T15:00');
    await byTestId(browser.page, 'move-button').click();
    await browser.page.waitForSelector(
      '.day-col[data-date="2026-10-21"] > [data-event-id="bob1on1_20261020T080000Z"][style*="top: 720px"]',
    );
  });

  it('adding a guest to the series shows them in the event details', async () => {
    await openPage(browser.page, world);
    await event('bob1on1_20261020T080000Z').click();
    await byTestId(browser.page, 'add-guest-email').fill('chloe@example.com');
    await byTestId(browser.page, 'add-guest-button').click();
    await waitForText(byTestId(browser.page, 'details-guests'), 'Chloé Dubois');
    const series = world.savedWorld().calendars['alice@example.com']?.events.find((e) => e.id === 'bob1on1');
    expect(series?.attendees?.map((a) => a.email)).toEqual([
      'alice@example.com',
      'bob@example.com',
      'chloe@example.com',
    ]);
  });
});

describe('edge cases', () => {
  it('the week after the daylight-saving change keeps the 1:1 at 10:00 local time', async () => {
    await openPage(browser.page, world, '#/calendar?user=alice%40example.com&week=2026-10-26');
    const block = event('bob1on1_20261027T090000Z');
    expect(await block.evaluate((n) => (n as unknown as DomElement).style.top)).toBe('480px');
  });

  it('shows the all-day offsite in the all-day row of its week', async () => {
    await openPage(browser.page, world, '#/calendar?user=alice%40example.com&week=2026-11-02');
    const offsite = browser.page.locator('.allday-lanes [data-summary="Team offsite"]');
    await offsite.waitFor();
    // Thursday 5 November is the fourth column.
    expect(await offsite.evaluate((n) => (n as unknown as DomElement).style.gridColumn)).toBe('4 / 5');
  });

  it('a guest sees no change controls on an event they do not organize', async () => {
    await openPage(browser.page, world, '#/calendar?user=bob%40example.com');
    await event('bob1on1_20261020T080000Z').click();
    await waitForText(byTestId(browser.page, 'event-details'), 'Only the organizer');
    expect(await byTestId(browser.page, 'cancel-button').count()).toBe(0);
  });
});
