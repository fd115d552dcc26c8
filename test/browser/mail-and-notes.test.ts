// The reminder e-mail and private notes in the playground, through the real bundle (issue 14):
// Alice turns the reminder on, the clock passes its hour the day before her 1:1 with Bob, and the
// Mail tab shows one e-mail, its doc text as text and a doc link that opens the doc; "My private
// notes" opens her own doc, which Bob cannot find. Screenshots go to /tmp/mail-and-notes/.
import type { Locator } from 'playwright-core';
import { byTestId, panelIdle, waitForText, useBrowserSession } from './harness';

const SHOTS = '/tmp/mail-and-notes';
const BOB = 'bob@example.com';
/** Tuesday 20 October, 10:00 in Paris: the first 1:1 with Bob in the sample world. */
const BOB_1ON1 = 'bob1on1_20261020T080000Z';
/** The reminder's hour: Monday 12:00 in Paris is 10:00Z (the sample world starts at 07:00Z). */
const REMIND_HOUR = '12';
const HOSTILE_TOPIC = '<img src=x onerror="document.body.dataset.hacked=1"> talk about <b>Q4</b>';

const ui = useBrowserSession({ worldPer: 'file', shots: SHOTS, open: () => '' });

const panel = () => byTestId(ui.page, 'addon-panel');
const mails = () => byTestId(ui.page, 'mail');

async function press(label: string): Promise<void> {
  await panel().getByRole('button', { name: label, exact: true }).first().click();
  await panelIdle(ui.page);
}

async function openBobsEvent(): Promise<void> {
  await byTestId(ui.page, 'tab-calendar').click();
  await ui.page.locator(`[data-testid="cal-event"][data-event-id="${BOB_1ON1}"]`).click();
  await panelIdle(ui.page);
  await waitForText(byTestId(ui.page, 'panel-body'), 'My private notes');
}

/** "+1 hour", then waits for the clock to read the hour given ("2026-10-19T08:00", UTC). */
async function advanceHour(hour: string): Promise<void> {
  await byTestId(ui.page, 'clock-hour').click();
  await ui.page.waitForSelector(`[data-testid="clock-now"][data-now^="${hour}"]`);
  await panelIdle(ui.page);
}

async function showMail(): Promise<void> {
  await byTestId(ui.page, 'tab-mail').click();
  await ui.page.waitForSelector('[data-testid="mail"], [data-testid="mail-empty"]');
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element is not displayed');
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
}
/** The little of the page's globals read in-page (the project's tsconfig has no DOM library). */
interface Page0 {
  document: { body: { dataset: Record<string, string | undefined> } };
}
type Box = Awaited<ReturnType<typeof box>>;
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe('the reminder to prepare, in Alice’s mailbox', () => {
  it('Alice turns Tandem on and the reminder on at 12:00 in Settings', async () => {
    await press('Turn on Tandem');
    await waitForText(byTestId(ui.page, 'panel-body'), 'Turn off');
    await press('Settings');
    const reminder = panel().getByLabel('E-mail me the day before my 1:1s');
    expect(await reminder.isChecked()).toBe(false);
    await reminder.check();
    await panel().getByLabel('At about (your time zone)').selectOption(REMIND_HOUR);
    await ui.page.screenshot({ path: `${SHOTS}/settings.png` });
    await press('Save');
    // Saved: Settings again shows the switch on at that hour.
    await press('Settings');
    expect(await panel().getByLabel('E-mail me the day before my 1:1s').isChecked()).toBe(true);
    expect(await panel().getByLabel('At about (your time zone)').inputValue()).toBe(REMIND_HOUR);
    await press('Back');
  });

  it('a topic in the next section is written into the agenda doc', async () => {
    await openBobsEvent();
    await press('Open agenda');
    await waitForText(byTestId(ui.page, 'doc-name'), 'Bob Okafor');
    const checkIn = byTestId(ui.page, 'doc-paragraph')
      .filter({ hasText: /^Check-in/ })
      .first();
    await checkIn.getByTestId('para-add').click();
    await byTestId(ui.page, 'para-input').fill(HOSTILE_TOPIC);
    await byTestId(ui.page, 'para-save').click();
    await byTestId(ui.page, 'doc-paragraph').filter({ hasText: 'talk about' }).first().waitFor();
  });

  it('before the hour the mailbox is empty; the hourly run after 12:00 sends one e-mail, and no second one', async () => {
    // The hourly run fires at :29 each hour; the clock reads a few seconds past the hour (calls take time).
    await advanceHour('2026-10-19T08:00');
    await advanceHour('2026-10-19T09:00');
    await advanceHour('2026-10-19T10:00');
    await showMail();
    await byTestId(ui.page, 'mail-empty').waitFor();
    await advanceHour('2026-10-19T11:00');
    await mails().first().waitFor();
    expect(await mails().count()).toBe(1);
    await advanceHour('2026-10-19T12:00');
    await mails().first().waitFor();
    expect(await mails().count()).toBe(1);
    await ui.page.screenshot({ path: `${SHOTS}/mailbox.png` });
  });

  it('names the 1:1’s time and Bob, in the subject and the body', async () => {
    const mail = mails().first();
    expect(await mail.getByTestId('mail-subject').textContent()).toMatch(
      /^Your 1:1s? tomorrow, .*Bob Okafor/,
    );
    const html = (await mail.getByTestId('mail-html').textContent()) ?? '';
    expect(html).toContain('10:00 · 1:1 with Bob Okafor');
    expect(await mail.textContent()).toContain('to alice@example.com');
  });

  it('shows the doc’s text as text: the tags are visible, nothing runs, no image loads', async () => {
    const html = byTestId(ui.page, 'mail-html').first();
    expect(await html.textContent()).toContain(HOSTILE_TOPIC);
    expect(await html.locator('img, b:has-text("Q4"), script, [onerror], [style]').count()).toBe(0);
    const hacked = await ui.page.evaluate(
      () => (globalThis as unknown as Page0).document.body.dataset.hacked,
    );
    expect(hacked).toBeUndefined();
    await byTestId(ui.page, 'mail').first().locator('summary').click();
    expect(await byTestId(ui.page, 'mail-plain').first().textContent()).toContain(HOSTILE_TOPIC);
  });

  it('at 1024 and 1440 px the mailbox stays clear of Tandem’s panel and of the trigger log', async () => {
    for (const width of [1024, 1440]) {
      await ui.page.setViewportSize({ width, height: 760 });
      const view = await box(byTestId(ui.page, 'mail-view'));
      const first = await box(mails().first());
      expect(overlap(view, await box(byTestId(ui.page, 'addon-panel')))).toBe(false);
      expect(overlap(first, await box(byTestId(ui.page, 'addon-panel')))).toBe(false);
      expect(overlap(view, await box(byTestId(ui.page, 'fired-log')))).toBe(false);
      expect(first.right).toBeLessThanOrEqual(view.right);
      await ui.page.screenshot({ path: `${SHOTS}/mailbox-${width}.png` });
    }
    await ui.page.setViewportSize({ width: 1440, height: 900 });
  });

  it('its doc link opens the agenda doc in the Docs tab', async () => {
    const link = byTestId(ui.page, 'mail-html').first().getByRole('link', { name: 'Open the agenda' });
    expect(await link.getAttribute('href')).toMatch(
      /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/,
    );
    await link.click();
    await byTestId(ui.page, 'doc-view').waitFor({ state: 'visible' });
    await waitForText(byTestId(ui.page, 'doc-name'), 'Alice Moreau & Bob Okafor');
    await waitForText(byTestId(ui.page, 'doc-page'), 'talk about');
    expect(ui.page.url()).toContain('#/doc?');
  });
});

describe('Alice’s private notes on her 1:1 with Bob', () => {
  it('"My private notes" on the event card opens her own doc in the Docs tab', async () => {
    await openBobsEvent();
    await press('My private notes');
    await waitForText(byTestId(ui.page, 'doc-name'), 'Private · 1:1 with Bob Okafor');
    await waitForText(byTestId(ui.page, 'doc-page'), 'Observations');
    // The notification stays in view while the Docs tab opens the doc.
    await waitForText(ui.page.locator('[data-testid="panel-toast"].show'), 'Only you can see them');
    await ui.page.screenshot({ path: `${SHOTS}/private-notes.png` });
  });

  it('"My private notes" in the agenda doc’s sidebar opens the same doc, not a second one', async () => {
    const privateUrl = ui.page.url();
    const picker = byTestId(ui.page, 'doc-select');
    const agenda =
      (await picker.locator('option', { hasText: 'Alice Moreau & Bob Okafor' }).getAttribute('value')) ?? '';
    await picker.selectOption(agenda);
    await waitForText(byTestId(ui.page, 'panel-body'), 'My private notes');
    await press('My private notes');
    await waitForText(byTestId(ui.page, 'doc-name'), 'Private · 1:1 with Bob Okafor');
    expect(ui.page.url()).toBe(privateUrl);
    const names = await picker.locator('option').allTextContents();
    expect(names.filter((n) => n.startsWith('Private'))).toEqual(['Private · 1:1 with Bob Okafor']);
  });

  it('Bob’s doc picker does not list it, and his mailbox is empty', async () => {
    await byTestId(ui.page, 'user-select').selectOption(BOB);
    await byTestId(ui.page, 'tab-doc').click();
    // The picker is filled for Bob (the page marks whose docs it lists).
    const picker = ui.page.locator(`[data-testid="doc-select"][data-user="${BOB}"]`);
    await picker.waitFor({ state: 'attached' });
    const options = await picker.locator('option').allTextContents();
    expect(options.some((o) => o.includes('Alice Moreau & Bob Okafor'))).toBe(true);
    expect(options.some((o) => o.includes('Private'))).toBe(false);
    await showMail();
    await byTestId(ui.page, 'mail-empty').waitFor();
  });
});
