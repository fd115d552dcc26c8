// The playground as Calendar's event editor: an attachment a card returns (CalendarEventActionResponse)
// waits, unsaved, in the open event until the person saves it. Google: "Changes made by these
// actions are only saved when the user saves the Calendar event itself."
// (developers.google.com/workspace/add-ons/calendar/calendar-actions). The page's own API calls,
// then the same in Chromium with the event details' Save button.
import type { OpenBrowser } from '../../dev/playground/browser';
import {
  BROWSER_TEST_TIMEOUT_MS,
  byTestId,
  launch,
  openPage,
  panelIdle,
  startWorld,
  waitForText,
  type World0,
} from './harness';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const ALICE = 'alice@example.com';
const DANA = 'dana@example.net';
/** A new weekly 1:1 Alice adds after turning Tandem on: no sync has seen it, so it has no doc. */
const SERIES = 'dana1on1';
/** Its first meeting, Wednesday 21 October 15:00 in Paris. */
const FIRST = 'dana1on1_20261021T130000Z';

let world: World0;

beforeEach(async () => {
  world = await startWorld();
  const on = await world.api('/api/action', {
    user: ALICE,
    host: 'CALENDAR',
    function: 'dispatchAction',
    parameters: { action: 'turnOn' },
  });
  expect(on.status).toBe(200);
  const ws = world.server.playground.ws;
  ws.calendar.service(ws.personContext(ALICE)).Events.insert(
    {
      id: SERIES,
      summary: 'Alice / Dana',
      start: { dateTime: '2026-10-21T15:00:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-10-21T15:30:00', timeZone: 'Europe/Paris' },
      recurrence: ['RRULE:FREQ=WEEKLY'],
      attendees: [{ email: ALICE }, { email: DANA, displayName: 'Dana Lee' }],
    },
    'primary',
  );
});
afterEach(async () => {
  await world?.close();
});

interface WeekEvent {
  id: string;
  attachments: { title: string }[];
  unsavedAttachments: { title: string }[];
}

async function firstMeeting(): Promise<WeekEvent> {
  const { json } = await world.api(`/api/week?user=${ALICE}&start=2026-10-19`);
  const found = (json.events as WeekEvent[]).find((e) => e.id === FIRST);
  if (!found) throw new Error('the 1:1 is not in the week');
  return found;
}

/** Alice presses "Create agenda doc" on the 1:1's event card; returns the attachment's title. */
async function createDoc(): Promise<string> {
  const { status, json } = await world.api('/api/action', {
    user: ALICE,
    host: 'CALENDAR',
    eventId: FIRST,
    function: 'dispatchAction',
    parameters: { action: 'createDoc', pairKey: `${ALICE} ${DANA}`, seriesId: SERIES },
  });
  expect(status).toBe(200);
  const effects = json.effects as { kind: string; eventId: string; titles: string[] }[];
  expect(effects).toEqual([{ kind: 'attachmentsPending', eventId: FIRST, titles: [expect.any(String)] }]);
  return effects[0]?.titles[0] ?? '';
}

describe('when a card attaches the agenda to the open event', () => {
  it('the event shows it as not saved', async () => {
    const title = await createDoc();
    expect(title).toContain('Dana Lee');
    expect((await firstMeeting()).unsavedAttachments.map((a) => a.title)).toEqual([title]);
  });

  it('Save keeps it: the series carries the doc, once', async () => {
    const title = await createDoc();
    const saved = await world.api('/api/calendar/save-event', { user: ALICE, eventId: FIRST });
    expect(saved.status).toBe(200);
    const event = await firstMeeting();
    expect(event.unsavedAttachments).toEqual([]);
    expect(event.attachments.filter((a) => a.title === title)).toHaveLength(1);
    const series = world.savedWorld().calendars[ALICE]?.events.find((e) => e.id === SERIES);
    expect((series?.attachments ?? []).filter((a) => a.title === title)).toHaveLength(1);
  });

  it('Discard drops it: the series keeps only what was written through the API', async () => {
    await createDoc();
    const written = (await firstMeeting()).attachments;
    const discarded = await world.api('/api/calendar/discard-event', { user: ALICE, eventId: FIRST });
    expect(discarded.status).toBe(200);
    const event = await firstMeeting();
    expect(event.unsavedAttachments).toEqual([]);
    expect(event.attachments).toEqual(written);
  });
});

describe('in the page', () => {
  let browser: OpenBrowser | undefined;
  afterEach(async () => {
    await browser?.close();
  });

  it('the event details show the unsaved attachment with a Save button that keeps it', async () => {
    browser = await launch();
    const page = browser.page;
    await openPage(page, world);
    await page.locator(`[data-testid="cal-event"][data-event-id="${FIRST}"]`).click();
    await panelIdle(page);
    await byTestId(page, 'addon-panel')
      .getByRole('button', { name: 'Create agenda doc', exact: true })
      .first()
      .click();
    await panelIdle(page);
    await waitForText(byTestId(page, 'details-unsaved'), 'Dana Lee');
    await byTestId(page, 'save-event').click();
    await byTestId(page, 'details-unsaved').waitFor({ state: 'detached' });
    await page.waitForSelector(`[data-event-id="${FIRST}"] .ev-clip`);
  });
});
