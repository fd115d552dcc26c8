// The playground's Calendar view in Chromium: the week as each person sees it, the clock control,
// and a person's calendar changes (cancel, move, add a guest) reaching the week and the world file.
import {
  byTestId,
  openPage,
  waitForText,
  weekSummaries,
  type DomElement,
  useBrowserSession,
} from './harness';

const ui = useBrowserSession();

const event = (id: string) => ui.page.locator(`[data-testid="cal-event"][data-event-id="${id}"]`);

describe('when Alice opens the calendar on the sample world', () => {
  it('shows her week: her four 1:1s, the team sync and her own 1:1 with Farid', async () => {
    await openPage(ui.page, ui.world);
    expect(await weekSummaries(ui.page)).toEqual([
      '1:1 Chloé + Alice',
      'Alice / Bob',
      'Diego <> Alice',
      'Emma & Alice catch-up',
      'Farid / Alice',
      'Team sync',
    ]);
    await waitForText(byTestId(ui.page, 'week-label'), 'Oct 19 – 25, 2026');
  });

  it('places the Tuesday 1:1 in the Tuesday column at 10:00 Paris time', async () => {
    await openPage(ui.page, ui.world);
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
    await openPage(ui.page, ui.world);
    await byTestId(ui.page, 'user-select').selectOption('bob@example.com');
    await ui.page.locator('[data-summary="Diego <> Alice"]').waitFor({ state: 'detached' });
    expect(await weekSummaries(ui.page)).toEqual(['Alice / Bob', 'Team sync']);
  });
});

describe('when the clock moves', () => {
  const now = () => byTestId(ui.page, 'clock-now').getAttribute('data-now');

  it('"+1 hour", "next day", "after the next meeting" and "next week" land where a person expects', async () => {
    await openPage(ui.page, ui.world);
    expect(await now()).toBe('2026-10-19T07:00:00.000Z');
    await byTestId(ui.page, 'clock-hour').click();
    await ui.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-19T08:00:00.000Z"]');
    // Next day: 08:00 Tuesday in Paris (UTC+2 in October).
    await byTestId(ui.page, 'clock-day').click();
    await ui.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-20T06:00:00.000Z"]');
    // The next meeting is the 10:00–10:30 1:1 with Bob: five minutes after it ends.
    await byTestId(ui.page, 'clock-meeting').click();
    await ui.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-20T08:35:00.000Z"]');
    await byTestId(ui.page, 'clock-week').click();
    // Next week: same local time, 10:35, now on winter time (UTC+1).
    await ui.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-27T09:35:00.000Z"]');
    await waitForText(byTestId(ui.page, 'fired-log'), 'trigger run(s)');
    // The week follows the clock when no week was picked.
    await waitForText(byTestId(ui.page, 'week-label'), 'Oct 26 – Nov 1, 2026');
    expect(ui.world.savedWorld().now).toBe('2026-10-27T09:35:00.000Z');
  });
});

describe('when Alice changes the calendar as a person would', () => {
  it('cancelling one occurrence removes it from the week and nothing else', async () => {
    await openPage(ui.page, ui.world);
    await event('bob1on1_20261020T080000Z').click();
    await byTestId(ui.page, 'cancel-button').click();
    await ui.page.waitForSelector('[data-event-id="bob1on1_20261020T080000Z"]', { state: 'detached' });
    expect(await weekSummaries(ui.page)).not.toContain('Alice / Bob');
    expect(await weekSummaries(ui.page)).toContain('Team sync');
    // The next week's occurrence is still there.
    await byTestId(ui.page, 'week-next').click();
    await event('bob1on1_20261027T090000Z').waitFor();
    const saved = ui.world.savedWorld().calendars['alice@example.com']?.events ?? [];
    expect(saved.find((e) => e.id === 'bob1on1_20261020T080000Z')?.status).toBe('cancelled');
  });

  it('moving one occurrence puts it at the new time in the week', async () => {
    await openPage(ui.page, ui.world);
    await event('bob1on1_20261020T080000Z').click();
    await byTestId(ui.page, 'move-start').fill('2026-10-21T15:00');
    await byTestId(ui.page, 'move-button').click();
    await ui.page.waitForSelector(
      '.day-col[data-date="2026-10-21"] > [data-event-id="bob1on1_20261020T080000Z"][style*="top: 720px"]',
    );
  });

  it('adding a guest to the series shows them in the event details', async () => {
    await openPage(ui.page, ui.world);
    await event('bob1on1_20261020T080000Z').click();
    await byTestId(ui.page, 'add-guest-email').fill('chloe@example.com');
    await byTestId(ui.page, 'add-guest-button').click();
    await waitForText(byTestId(ui.page, 'details-guests'), 'Chloé Dubois');
    const series = ui.world
      .savedWorld()
      .calendars['alice@example.com']?.events.find((e) => e.id === 'bob1on1');
    expect(series?.attendees?.map((a) => a.email)).toEqual([
      'alice@example.com',
      'bob@example.com',
      'chloe@example.com',
    ]);
  });
});

describe('edge cases', () => {
  it('the week after the daylight-saving change keeps the 1:1 at 10:00 local time', async () => {
    await openPage(ui.page, ui.world, '#/calendar?user=alice%40example.com&week=2026-10-26');
    const block = event('bob1on1_20261027T090000Z');
    expect(await block.evaluate((n) => (n as unknown as DomElement).style.top)).toBe('480px');
  });

  it('shows the all-day offsite in the all-day row of its week', async () => {
    await openPage(ui.page, ui.world, '#/calendar?user=alice%40example.com&week=2026-11-02');
    const offsite = ui.page.locator('.allday-lanes [data-summary="Team offsite"]');
    await offsite.waitFor();
    // Thursday 5 November is the fourth column.
    expect(await offsite.evaluate((n) => (n as unknown as DomElement).style.gridColumn)).toBe('4 / 5');
  });

  it('a guest sees no change controls on an event they do not organize', async () => {
    await openPage(ui.page, ui.world, '#/calendar?user=bob%40example.com');
    await event('bob1on1_20261020T080000Z').click();
    await waitForText(byTestId(ui.page, 'event-details'), 'Only the organizer');
    expect(await byTestId(ui.page, 'cancel-button').count()).toBe(0);
  });
});
