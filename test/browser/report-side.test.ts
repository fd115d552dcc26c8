// The report's side of a 1:1 in Chromium, through the real bundle: Bob, in Los Angeles, whose weekly
// 1:1 with Alice (Paris, 08:00) is at 23:00 the evening before for him, opens the agenda doc,
// allows Tandem, adds a question, marks an item done, refreshes, and sees the sidebar move on to
// the next meeting once this one has ended. Screenshots of each state go to /tmp/report-side/.
import { docToLines } from '../../dev/doc-text';
import { CardScenario } from '../cards/card-harness';
import { writeInSection } from '../cards/worlds';
import { section } from '../harness';
import { ALICE, BOB, NAMES, twoSidedWorld } from '../scenarios/two-sided/story-world';
import { byTestId, openPage, panelIdle, panelSettled, waitForText, useBrowserSession } from './harness';

const SHOTS = '/tmp/report-side';
const ITEM = '[ ] Bob: send the design notes to Priya';
/** The 1:1 of Tuesday 3 November, 08:00 in Paris: Monday 2 November, 23:00 in Los Angeles. */
const MEETING_DATE = '2026-11-03';
const NEXT_MEETING_DATE = '2026-11-10';
/** Five minutes after the 1:1 ended (23:35 for Bob). */
const JUST_AFTER = '2026-11-03T07:35:00Z';

let docId = '';
let question = '';

/**
 * Alice runs Tandem (her doc is made and shared), Bob never turned it on; he wrote an action item
 * in the coming meeting's section. It is Monday 18:00 in Los Angeles, five hours before the 1:1.
 */
function reportSideWorld() {
  const s = new CardScenario(twoSidedWorld());
  s.enable(ALICE);
  s.tick('2026-11-02T09:00:00Z');
  docId = s.docId(ALICE, BOB);
  writeInSection(s, BOB, docId, MEETING_DATE, ITEM);
  s.tick('2026-11-03T02:00:00Z');
  return s.ws.toWorld();
}

const ui = useBrowserSession({ worldPer: 'file', shots: SHOTS, world: reportSideWorld });

const panel = () => byTestId(ui.page, 'addon-panel');
const panelButton = (name: string) => panel().getByRole('button', { name, exact: true });
const panelText = async () => (await byTestId(ui.page, 'panel-body').textContent()) ?? '';

async function shot(name: string): Promise<void> {
  await ui.page.waitForTimeout(150);
  await ui.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The agenda doc as saved now. */
function savedLines(): string[] {
  const file = ui.world.savedWorld().drive.files.find((f) => f.id === docId);
  if (!file?.document) throw new Error('the agenda doc is not in the saved world');
  return docToLines(file.document);
}

/** After a failed step the panel may show an error card: the panel's home button opens the sidebar again. */
async function sidebarShown(): Promise<void> {
  if ((await panelText()).includes('Open action items')) return;
  await byTestId(ui.page, 'panel-home').click();
  await panelIdle(ui.page);
  await waitForText(byTestId(ui.page, 'panel-body'), 'Open action items');
}

async function expectNoFailure(): Promise<void> {
  expect(await panelText()).not.toMatch(/Something went wrong/);
  const toast = byTestId(ui.page, 'panel-toast');
  expect(await toast.getAttribute('class')).not.toMatch(/\berror\b/);
}

describe('Bob, the report, on his side of the 1:1', () => {
  it('opens the agenda doc: the sidebar asks for access, nothing more', async () => {
    await openPage(ui.page, ui.world, `#/doc?user=${encodeURIComponent(BOB)}&doc=${docId}`);
    await waitForText(byTestId(ui.page, 'panel-context'), 'Docs sidebar');
    expect(await panelSettled(ui.page)).toBe('card');
    await panelButton('Allow access to this doc').waitFor();
    await shot('01-asks-for-access');
  });

  it('sees the doc titled with both names, not addresses', async () => {
    await waitForText(byTestId(ui.page, 'doc-name'), '· 1:1');
    expect(await byTestId(ui.page, 'doc-name').textContent()).toBe(`${NAMES[ALICE]} & ${NAMES[BOB]} · 1:1`);
  });

  it('allows access: the 1:1 with Alice Moreau, meeting tonight his time, his item to do', async () => {
    await panelButton('Allow access to this doc').click();
    await panelIdle(ui.page);
    await waitForText(byTestId(ui.page, 'panel-body'), 'Open action items');
    await shot('02-access-allowed');
    const text = await panelText();
    expect(text).toContain(NAMES[ALICE]);
    // 23:00 on Monday in Los Angeles: for Bob the meeting is today.
    expect(text).toContain('Next meeting · today');
    expect(text).toContain('send the design notes to Priya');
    await expectNoFailure();
  });

  it('is offered no button that fails for him (“Prepare next meeting now”, when shown, works)', async () => {
    await sidebarShown();
    const prepare = panelButton('Prepare next meeting now');
    if ((await prepare.count()) === 0) return;
    await prepare.click();
    await panelIdle(ui.page);
    await shot('02b-prepare-pressed');
    await expectNoFailure();
  });

  it('adds a question: it goes into the coming meeting’s section of the doc', async () => {
    await sidebarShown();
    // Each question is a full-width text widget with its "Add" button on the row below.
    const suggestion = panel()
      .locator('.widget[data-widget="buttonList"]')
      .filter({ has: ui.page.getByRole('button', { name: 'Add', exact: true }) })
      .first();
    const text = suggestion.locator('xpath=preceding-sibling::div[1]').locator('.w-decorated-text');
    question = ((await text.textContent()) ?? '').trim();
    expect(question.length).toBeGreaterThan(10);
    await suggestion.getByRole('button', { name: 'Add', exact: true }).click();
    await panelIdle(ui.page);
    await shot('03-question-added');
    await expectNoFailure();
    expect(section(savedLines(), MEETING_DATE).some((line) => line.includes(question))).toBe(true);
  });

  it('marks his item done: ticked in the doc, gone from the sidebar', async () => {
    await sidebarShown();
    const item = panel()
      .locator('.w-decorated')
      .filter({ hasText: 'send the design notes to Priya' })
      .first();
    await item.getByRole('button', { name: 'Mark done', exact: true }).click();
    await panelIdle(ui.page);
    await shot('04-marked-done');
    await expectNoFailure();
    expect(section(savedLines(), MEETING_DATE)).toContain('[x] Bob: send the design notes to Priya');
    expect(await panelText()).not.toContain('send the design notes to Priya');
  });

  it('refreshes the sidebar from its own button', async () => {
    await sidebarShown();
    const refresh = panelButton('Refresh');
    expect({ refreshButtons: await refresh.count() }).toEqual({ refreshButtons: 1 });
    await refresh.click();
    await panelIdle(ui.page);
    await shot('05-refreshed');
    await expectNoFailure();
    expect(await panelText()).toContain('Next meeting · today');
  });

  it('five minutes after the meeting ends, before any background run, the sidebar points at next week’s', async () => {
    await sidebarShown();
    // The meeting ends at 07:30Z (23:30 for Bob); Alice's hourly run comes later in the hour.
    const moved = await ui.world.api('/api/clock', { user: BOB, to: JUST_AFTER });
    expect(moved.status).toBe(200);
    // Bob looks again: the sidebar's own refresh, else the panel's home button.
    const refresh = panelButton('Refresh');
    await ((await refresh.count()) > 0 ? refresh.click() : byTestId(ui.page, 'panel-home').click());
    await panelIdle(ui.page);
    await waitForText(byTestId(ui.page, 'panel-body'), 'Open action items');
    await shot('06-just-after-the-meeting');
    await expectNoFailure();
    // Next Tuesday 08:00 in Paris is Monday 9 November, 23:00 for Bob.
    const text = await panelText();
    expect(text).not.toContain('Next meeting · today');
    expect(text).toContain('Next meeting · Mon, Nov 9');
  });

  it('within the hour, that meeting’s section is in the doc and the sidebar says so', async () => {
    await sidebarShown();
    await byTestId(ui.page, 'clock-hour').click();
    await waitForText(byTestId(ui.page, 'fired-log'), 'trigger run(s)');
    await panelIdle(ui.page);
    await waitForText(byTestId(ui.page, 'panel-body'), 'Open action items');
    await shot('07-an-hour-later');
    await expectNoFailure();
    expect(savedLines()).toContain(`# ${NEXT_MEETING_DATE} · Tuesday`);
    const text = await panelText();
    expect(text).toContain('Next meeting · Mon, Nov 9');
    expect(text).toContain('Its section is ready in the doc.');
  });
});
