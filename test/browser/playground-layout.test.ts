// The playground as a person uses it, screen by screen (issue 16): the Docs picker, the week at
// 1024 and 1440 px with an event's details open, where the day scrolls to, the trigger log and the
// toasts keeping clear of the doc and of each other, messages worded for a person, guest addresses,
// and "After the next meeting" from an open doc.
import type { Locator } from 'playwright-core';
import type { World } from '../../dev/emulator/world';
import { AGENDA_DOC_ID, worldWithAgendaDoc } from './fixtures';
import { byTestId, openPage, panelIdle, waitForText, useBrowserSession } from './harness';

const ALICE = 'alice@example.com';
const BOB_1ON1 = 'bob1on1_20261020T080000Z';
const HOUR_PX = 48;

/** The sample world with the agenda doc, attached to Alice's series with Bob. */
function worldWithAttachedDoc(): World {
  const world = worldWithAgendaDoc();
  const series = world.calendars[ALICE]?.events.find((e) => e.id === 'bob1on1');
  if (!series) throw new Error('the sample world has no bob1on1 series');
  series.attachments = [
    {
      fileId: AGENDA_DOC_ID,
      fileUrl: `https://docs.google.com/document/d/${AGENDA_DOC_ID}/edit`,
      title: 'Alice Moreau & Bob Okafor · 1:1',
      mimeType: 'application/vnd.google-apps.document',
    },
  ];
  return world;
}

const ui = useBrowserSession({ world: worldWithAttachedDoc });
beforeEach(async () => {
  await ui.page.setViewportSize({ width: 1440, height: 900 });
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element is not displayed');
  return {
    left: b.x,
    top: b.y,
    right: b.x + b.width,
    bottom: b.y + b.height,
    width: b.width,
    height: b.height,
  };
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

const event = (id: string) => ui.page.locator(`[data-testid="cal-event"][data-event-id="${id}"]`);
const docHash = `#/doc?user=${encodeURIComponent(ALICE)}&doc=${AGENDA_DOC_ID}`;
const toast = () => byTestId(ui.page, 'toast');
const scrollTop = () =>
  ui.page.locator('.cal-scroll').evaluate((n) => (n as unknown as { scrollTop: number }).scrollTop);

describe('the Docs tab', () => {
  it('"Open a doc…" lists the person\'s docs by name and opens the one picked', async () => {
    await openPage(ui.page, ui.world, `#/doc?user=${encodeURIComponent(ALICE)}`);
    await byTestId(ui.page, 'doc-empty').waitFor();
    const picker = byTestId(ui.page, 'doc-select');
    const options = await picker.locator('option').allTextContents();
    expect(options).toEqual(['Open a doc…', 'Alice Moreau & Bob Okafor · 1:1']);
    await picker.selectOption(AGENDA_DOC_ID);
    await waitForText(byTestId(ui.page, 'doc-name'), 'Alice Moreau & Bob Okafor · 1:1');
    await waitForText(byTestId(ui.page, 'doc-page'), 'Bob: send the deck to Priya');
    expect(await picker.inputValue()).toBe(AGENDA_DOC_ID);
  });
});

describe('the week', () => {
  it.each([1024, 1280, 1440])(
    'at %i px the attachment icon and the time of a 30-minute 1:1 never cover each other',
    async (width) => {
      await ui.page.setViewportSize({ width, height: 800 });
      await openPage(ui.page, ui.world);
      const chip = await box(event(BOB_1ON1));
      const clip = await box(event(BOB_1ON1).locator('.ev-clip'));
      const time = await box(event(BOB_1ON1).locator('.ev-time'));
      expect(inside(clip, chip)).toBe(true);
      expect(overlap(clip, time)).toBe(false);
      // The time is shown whole, or (a day too narrow for it) not at all: never cut to "10:0".
      const shown = overlap(time, chip);
      if (shown) expect(inside(time, chip)).toBe(true);
      if (width >= 1440) expect(shown).toBe(true);
    },
  );

  it.each([1024, 1440])(
    'at %i px opening an event keeps every day as wide as before, and the details beside the event',
    async (width) => {
      await ui.page.setViewportSize({ width, height: 800 });
      await openPage(ui.page, ui.world);
      const days = ui.page.locator('.day-col');
      const widths = async () =>
        await days.evaluateAll((nodes) =>
          nodes.map((n) => (n as unknown as { clientWidth: number }).clientWidth),
        );
      const before = await widths();
      expect(before).toHaveLength(7);
      for (const w of before) expect(w).toBeGreaterThanOrEqual(80);
      await event(BOB_1ON1).click();
      await byTestId(ui.page, 'details-title').waitFor();
      await panelIdle(ui.page);
      expect(await widths()).toEqual(before);
      // The details do not hide the event they are about, and stay out of Tandem's panel.
      const details = await box(byTestId(ui.page, 'event-details'));
      expect(overlap(details, await box(event(BOB_1ON1)))).toBe(false);
      expect(overlap(details, await box(byTestId(ui.page, 'addon-panel')))).toBe(false);
      // A Friday event's details open on the other side.
      const friday = ui.page.locator('.day-col[data-date="2026-10-23"] [data-testid="cal-event"]').first();
      await friday.click();
      await panelIdle(ui.page);
      expect(overlap(await box(byTestId(ui.page, 'event-details')), await box(friday))).toBe(false);
    },
  );

  it('opens on the working day after a reload and after a visit to the Docs tab, and keeps where the person scrolled', async () => {
    await openPage(ui.page, ui.world);
    expect(await scrollTop()).toBe(8 * HOUR_PX);
    await ui.page.reload();
    await ui.page.waitForSelector('body[data-ready="true"]');
    expect(await scrollTop()).toBe(8 * HOUR_PX);
    // On the Docs tab, "home" and the clock redraw the hidden week: back on it, the working day.
    await byTestId(ui.page, 'tab-doc').click();
    await byTestId(ui.page, 'doc-empty').waitFor();
    await byTestId(ui.page, 'panel-home').click();
    await panelIdle(ui.page);
    await byTestId(ui.page, 'clock-hour').click();
    await ui.page.waitForSelector('[data-testid="clock-now"][data-now="2026-10-19T08:00:00.000Z"]');
    await panelIdle(ui.page);
    await byTestId(ui.page, 'tab-calendar').click();
    await event(BOB_1ON1).waitFor();
    // A week drawn while hidden scrolls once it is shown again.
    await ui.page.waitForFunction(() => {
      const page = globalThis as unknown as {
        document: { querySelector(s: string): { scrollTop: number } | null };
      };
      return (page.document.querySelector('.cal-scroll')?.scrollTop ?? 0) > 0;
    });
    expect(await scrollTop()).toBe(8 * HOUR_PX);
    // The person scrolls up to 06:00: opening an event (a redraw) keeps the day there.
    await ui.page.locator('.cal-scroll').evaluate((n) => {
      (n as unknown as { scrollTop: number }).scrollTop = 6 * 48;
    });
    await ui.page.waitForTimeout(100);
    await ui.page.locator('.day-col[data-date="2026-10-22"] [data-testid="cal-event"]').first().click();
    await byTestId(ui.page, 'details-title').waitFor();
    expect(await scrollTop()).toBe(6 * HOUR_PX);
  });
});

describe('the trigger log and the toasts', () => {
  it.each([1024, 1440])(
    "at %i px they keep clear of the doc, of Tandem's panel and of each other",
    async (width) => {
      await ui.page.setViewportSize({ width, height: 800 });
      await openPage(ui.page, ui.world, docHash);
      await waitForText(byTestId(ui.page, 'doc-page'), 'Bob: send the deck to Priya');
      await byTestId(ui.page, 'clock-day').click();
      const log = byTestId(ui.page, 'fired-log');
      await waitForText(log, 'trigger run(s)');
      await ui.page.waitForSelector('[data-testid="toast"].show');
      await panelIdle(ui.page);
      const logBox = await box(log);
      const toastBox = await box(toast());
      expect(overlap(logBox, await box(byTestId(ui.page, 'doc-view')))).toBe(false);
      expect(overlap(logBox, await box(byTestId(ui.page, 'addon-panel')))).toBe(false);
      expect(overlap(toastBox, logBox)).toBe(false);
      expect(overlap(toastBox, await box(byTestId(ui.page, 'addon-panel')))).toBe(false);
      // The doc's last line, scrolled into view, is the doc's and not under the log.
      const last = ui.page.locator('[data-testid="doc-paragraph"]').last();
      await last.scrollIntoViewIfNeeded();
      const lastBox = await box(last);
      expect(overlap(lastBox, logBox)).toBe(false);
      expect(lastBox.bottom).toBeLessThanOrEqual(logBox.top);
    },
  );
});

describe('messages to a person', () => {
  it('moving without a date says so in words, and nothing moves', async () => {
    await openPage(ui.page, ui.world);
    await event(BOB_1ON1).click();
    const before = ui.world.savedWorld().calendars;
    await byTestId(ui.page, 'move-start').fill('');
    await byTestId(ui.page, 'move-button').click();
    await waitForText(toast(), 'Choose the date and time to move this occurrence to first.');
    expect(await toast().getAttribute('data-kind')).toBe('error');
    expect(ui.world.savedWorld().calendars).toEqual(before);
    // The server says it for a person too, should a page send it.
    const answer = await ui.world.api('/api/calendar/move', { user: ALICE, eventId: BOB_1ON1, start: '' });
    expect(answer).toEqual({ status: 400, json: { error: 'Choose the new date and time first.' } });
  });

  it('a paragraph over 10,000 characters is refused in words, and what was typed stays in the editor', async () => {
    await openPage(ui.page, ui.world, docHash);
    const line = ui.page.locator('[data-testid="doc-paragraph"]').filter({ hasText: 'team wiki' }).first();
    await line.hover();
    await line.locator('[data-testid="para-edit"]').click();
    const long = 'x'.repeat(10_050);
    await byTestId(ui.page, 'para-input').fill(long);
    await byTestId(ui.page, 'para-save').click();
    await waitForText(toast(), 'A paragraph can hold at most 10,000 characters here: this one is 50 over.');
    expect(await toast().textContent()).not.toMatch(/edit\.text|is longer than/);
    expect(await byTestId(ui.page, 'para-input').inputValue()).toBe(long);
    const answer = await ui.world.api('/api/doc/edit', {
      user: ALICE,
      docId: AGENDA_DOC_ID,
      edit: { kind: 'replace', at: 3, text: long },
    });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe(
      'A paragraph can hold at most 10,000 characters here: shorten it, or split it into two.',
    );
  });
});

describe('adding a guest', () => {
  const local300 = `${'a'.repeat(300)}@example.com`;

  it.each([
    ['markup', '<script>@x.y'],
    ['a 300-character local part', local300],
    ['a 65-character local part', `${'b'.repeat(65)}@example.com`],
    ['no domain name', 'carol@localhost'],
    ['a space', 'carol smith@example.com'],
  ])('refuses %s in the page and in the API, and the guests stay as they were', async (_what, address) => {
    await openPage(ui.page, ui.world);
    await event(BOB_1ON1).click();
    const guestsBefore = await byTestId(ui.page, 'details-guests').textContent();
    const before = ui.world.savedWorld().calendars;
    await byTestId(ui.page, 'add-guest-email').fill(address);
    await byTestId(ui.page, 'add-guest-button').click();
    await waitForText(toast(), 'is not an email address');
    expect(await byTestId(ui.page, 'details-guests').textContent()).toBe(guestsBefore);
    const answer = await ui.world.api('/api/calendar/add-guest', {
      user: ALICE,
      eventId: BOB_1ON1,
      email: address,
    });
    expect(answer.status).toBe(400);
    expect(String(answer.json.error)).toMatch(/^That is not an email address a guest can have/);
    const replaced = await ui.world.api('/api/calendar/replace-guest', {
      user: ALICE,
      eventId: BOB_1ON1,
      from: 'bob@example.com',
      to: address,
    });
    expect(replaced.status).toBe(400);
    expect(ui.world.savedWorld().calendars).toEqual(before);
  });

  it('accepts an address with 64 characters before the @', async () => {
    const address = `${'c'.repeat(64)}@example.com`;
    await openPage(ui.page, ui.world);
    await event(BOB_1ON1).click();
    await byTestId(ui.page, 'add-guest-email').fill(address);
    await byTestId(ui.page, 'add-guest-button').click();
    await waitForText(toast(), 'Guest added');
    const series = ui.world.savedWorld().calendars[ALICE]?.events.find((e) => e.id === 'bob1on1');
    expect(series?.attendees?.map((a) => a.email)).toContain(address);
  });
});

describe('"After the next meeting" from an open doc', () => {
  it("goes past that doc's next meeting, not Alice's first meeting of the day", async () => {
    await openPage(ui.page, ui.world, docHash);
    await waitForText(byTestId(ui.page, 'doc-page'), 'Bob: send the deck to Priya');
    // Monday 09:00 in Paris: the team sync comes first, the 1:1 with Bob is Tuesday 10:00–10:30.
    expect(await byTestId(ui.page, 'clock-now').getAttribute('data-now')).toBe('2026-10-19T07:00:00.000Z');
    await byTestId(ui.page, 'clock-meeting').click();
    await waitForText(byTestId(ui.page, 'fired-log'), 'trigger run(s)');
    const now = Date.parse((await byTestId(ui.page, 'clock-now').getAttribute('data-now')) ?? '');
    expect(now).toBeGreaterThanOrEqual(Date.parse('2026-10-20T08:35:00.000Z'));
    expect(now).toBeLessThan(Date.parse('2026-10-20T10:00:00.000Z'));
    expect(ui.world.savedWorld().now).toBe(new Date(now).toISOString());
  });

  it('from the calendar, it is still the next meeting of the day', async () => {
    await openPage(ui.page, ui.world);
    await byTestId(ui.page, 'clock-meeting').click();
    await waitForText(byTestId(ui.page, 'fired-log'), 'trigger run(s)');
    const now = Date.parse((await byTestId(ui.page, 'clock-now').getAttribute('data-now')) ?? '');
    expect(now).toBeLessThan(Date.parse('2026-10-19T12:00:00.000Z'));
  });
});
