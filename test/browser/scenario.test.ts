// Issue 5's scenario, end to end in Chromium through the real bundle: a manager's 1:1 from the
// event card to a shared agenda doc, a week of meetings with carry-over, and the series changing.
// Steps share one world and run in order; a step fails when the add-on side it relies on is missing.
import { docToLines } from '../../dev/doc-text';
import {
  byTestId,
  panelIdle,
  panelSettled,
  waitForText,
  type DomElement,
  useBrowserSession,
} from './harness';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const FIRST_1ON1 = 'bob1on1_20261020T080000Z';
/** After the daylight-saving change: 10:00 Paris is 09:00Z. */
const SECOND_1ON1 = 'bob1on1_20261027T090000Z';

let question = '';

const ui = useBrowserSession({ worldPer: 'file', open: () => '' });

const panelButton = (name: string) =>
  byTestId(ui.page, 'addon-panel').getByRole('button', { name, exact: true });
const docParagraph = (text: string | RegExp) =>
  ui.page.locator('[data-testid="doc-paragraph"]').filter({ hasText: text });

/** Clicks a button of Tandem's panel and waits for the bundle's answer to be drawn. */
async function press(name: string): Promise<void> {
  await panelButton(name).first().click();
  await panelIdle(ui.page);
}

async function openEvent(id: string): Promise<void> {
  await ui.page.locator(`[data-testid="cal-event"][data-event-id="${id}"]`).click();
  await waitForText(byTestId(ui.page, 'panel-context'), 'Event');
  expect(await panelSettled(ui.page)).toBe('card');
}

async function docLines(): Promise<string[]> {
  return ui.page
    .locator('[data-testid="doc-paragraph"]')
    .evaluateAll((nodes) =>
      nodes.map(
        (n) =>
          `${(n as unknown as DomElement).dataset.style}|${n.querySelector('.para-text')?.textContent ?? ''}`,
      ),
    );
}

describe('a manager and a report, through a week of 1:1s', () => {
  it('Alice turns Tandem on from the 1:1 with Bob: its agenda is made and attached at once', async () => {
    await openEvent(FIRST_1ON1);
    for (const turnOn of ['Turn on Tandem', 'Turn on']) {
      if ((await panelButton(turnOn).count()) === 0) continue;
      await press(turnOn);
      await openEvent(FIRST_1ON1);
    }
    // The first sync runs inside the turn-on: the card offers the doc, no "Create agenda doc".
    await panelButton('Open agenda').first().waitFor();
    expect(await panelButton('Create agenda doc').count()).toBe(0);
    // Calendar shows the doc attached to the series (Tandem's own events.patch).
    await ui.page.waitForSelector(`[data-event-id="${FIRST_1ON1}"] .ev-clip`);
  });

  it('adds a suggested question to the agenda', async () => {
    // Each question is a full-width text widget with its "Add to agenda" button on the row below.
    const suggestion = byTestId(ui.page, 'addon-panel')
      .locator('.widget[data-widget="buttonList"]')
      .filter({ has: ui.page.getByRole('button', { name: 'Add to agenda', exact: true }) });
    const text = suggestion.first().locator('xpath=preceding-sibling::div[1]').locator('.w-decorated-text');
    question = ((await text.textContent()) ?? '').trim();
    expect(question.length).toBeGreaterThan(10);
    await suggestion.first().getByRole('button', { name: 'Add to agenda', exact: true }).click();
    await panelIdle(ui.page);
  });

  it('opens the agenda doc: shared title, a section for Tuesday 20 October, the question in it', async () => {
    await panelButton('Open agenda').first().click();
    await waitForText(byTestId(ui.page, 'doc-name'), 'Alice Moreau & Bob Okafor · 1:1');
    await docParagraph('2026-10-20').first().waitFor();
    await docParagraph(question).first().waitFor();
    await waitForText(byTestId(ui.page, 'panel-context'), 'Docs sidebar');
  });

  it('Alice adds two action items and ticks one, as a person edits the doc', async () => {
    const actionItems = docParagraph(/^Action items/).first();
    await actionItems.getByTestId('para-add').click();
    await byTestId(ui.page, 'para-input').fill('[ ] Bob: send the deck to Priya');
    await byTestId(ui.page, 'para-save').click();
    await docParagraph('send the deck to Priya').first().getByTestId('para-add').click();
    await byTestId(ui.page, 'para-input').fill('[ ] Alice: book the offsite room');
    await byTestId(ui.page, 'para-save').click();
    await docParagraph('book the offsite room').first().getByTestId('para-toggle').click();
    await ui.page.waitForSelector(
      '[data-testid="doc-paragraph"][data-marker="done"]:has-text("book the offsite room")',
    );
  });

  it('a week later the new section carries the open item, not the done one', async () => {
    await byTestId(ui.page, 'clock-week').click();
    await waitForText(byTestId(ui.page, 'fired-log'), 'trigger run(s)');
    // The triggers Tandem installed ran as Alice, and each is listed with its outcome.
    await waitForText(
      byTestId(ui.page, 'fired').first(),
      /alice@example\.com · on\w+ \((CLOCK|ON_EVENT_UPDATED)\) · ✓/,
    );
    await docParagraph('2026-10-27').first().waitFor();
    const lines = await docLines();
    const next = lines.findIndex((l) => l.startsWith('HEADING_1|2026-10-27'));
    const previous = lines.findIndex((l) => l.startsWith('HEADING_1|2026-10-20'));
    expect(next).toBeGreaterThanOrEqual(0);
    expect(previous).toBeGreaterThan(next);
    const nextSection = lines.slice(next, previous).join('\n');
    expect(nextSection).toMatch(/\[ \] Bob: send the deck to Priya · from 2026-10-20/);
    expect(nextSection).not.toContain('book the offsite room');
  });

  it('Bob, the report, sees the same doc', async () => {
    const aliceLines = await docLines();
    await byTestId(ui.page, 'user-select').selectOption(BOB);
    await waitForText(byTestId(ui.page, 'clock-now'), 'Europe/Paris');
    await ui.page.waitForURL(/user=bob%40example\.com/);
    await docParagraph('2026-10-27').first().waitFor();
    expect(await docLines()).toEqual(aliceLines);
  });

  it('Alice cancels the next occurrence: it leaves the week and its untouched section follows the meeting', async () => {
    await byTestId(ui.page, 'user-select').selectOption(ALICE);
    await byTestId(ui.page, 'tab-calendar').click();
    await openEvent(SECOND_1ON1);
    await byTestId(ui.page, 'cancel-button').click();
    await ui.page.waitForSelector(`[data-event-id="${SECOND_1ON1}"]`, { state: 'detached' });
    await byTestId(ui.page, 'clock-hour').click();
    await waitForText(byTestId(ui.page, 'fired-log'), 'trigger run(s)');
    const doc = ui.world.savedWorld().drive.files.find((f) => f.name === 'Alice Moreau & Bob Okafor · 1:1');
    const headings = docToLines(doc?.document ?? {}).filter((line) => line.startsWith('# '));
    expect(headings).toContain('# 2026-11-03 · Tuesday');
    expect(headings).not.toContain('# 2026-10-27 · Tuesday');
    expect(headings).toContain('# 2026-10-20 · Tuesday');
  });

  it('Bob lets Tandem open the doc from the Docs sidebar and marks the carried item done there', async () => {
    await byTestId(ui.page, 'user-select').selectOption(BOB);
    await byTestId(ui.page, 'tab-doc').click();
    await press('Allow access to this doc');
    const item = byTestId(ui.page, 'addon-panel')
      .locator('.w-decorated')
      .filter({ hasText: 'send the deck to Priya' })
      .first();
    await item.getByRole('button', { name: 'Mark done', exact: true }).click();
    await panelIdle(ui.page);
    await ui.page.waitForSelector(
      '[data-testid="doc-paragraph"][data-marker="done"]:has-text("· from 2026-10-20")',
    );
  });

  it('a third attendee joins the series: the card says it is no longer a 1:1', async () => {
    await byTestId(ui.page, 'user-select').selectOption(ALICE);
    await byTestId(ui.page, 'tab-calendar').click();
    await byTestId(ui.page, 'week-next').click();
    await openEvent('bob1on1_20261103T090000Z');
    await byTestId(ui.page, 'add-guest-email').fill('chloe@example.com');
    await byTestId(ui.page, 'add-guest-button').click();
    await waitForText(byTestId(ui.page, 'details-guests'), 'Chloé Dubois');
    await byTestId(ui.page, 'clock-hour').click();
    await openEvent('bob1on1_20261103T090000Z');
    await waitForText(byTestId(ui.page, 'panel-body'), /isn’t treated as a 1:1|no longer a 1:1/);
  });
});
