// How the playground draws CardService cards in Chromium, next to Google's own panel (issue 16): a
// text button's label lines up with the section's text, icons are drawn, text areas fit their text.
// Screenshots go to /tmp/card-look/.
import type { Locator } from 'playwright-core';
import { CardScenario } from '../cards/card-harness';
import { ALICE, cardWorld } from '../cards/worlds';
import { byTestId, panelIdle, panelSettled, waitForText, useBrowserSession } from './harness';

const SHOTS = '/tmp/card-look';
/** Sub-pixel rounding and font hinting; the old renderer was 15 px off. */
const ALIGN_TOLERANCE_PX = 2;
const MIN_TEXT_AREA_LINES = 5;

/** Alice with Tandem on and her six 1:1s synced. */
function aliceWorld() {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  return s.ws.toWorld();
}

const ui = useBrowserSession({
  worldPer: 'file',
  shots: SHOTS,
  world: aliceWorld,
  open: () => `#/calendar?user=${encodeURIComponent(ALICE)}`,
});
beforeAll(async () => {
  await panelSettled(ui.page);
  await waitForText(byTestId(ui.page, 'card-title'), 'Tandem');
});

const card = () => byTestId(ui.page, 'panel-body').locator('[data-testid="card"]');

/** The minimal DOM the in-page callbacks read (the project's tsconfig has no DOM library). */
interface Rect {
  left: number;
}
interface TextNode {
  nodeType: number;
  textContent: string | null;
}
interface Node {
  childNodes: ArrayLike<TextNode>;
  ownerDocument: { createRange(): { selectNodeContents(n: TextNode): void; getBoundingClientRect(): Rect } };
}

/** Where the first glyph of an element's own text starts on screen (its padding and border excluded). */
async function textLeft(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const node = element as unknown as Node;
    const text = Array.from(node.childNodes).find((n) => n.nodeType === 3 && n.textContent?.trim());
    if (!text) throw new Error('the element has no text of its own');
    const range = node.ownerDocument.createRange();
    range.selectNodeContents(text);
    return range.getBoundingClientRect().left;
  });
}

describe('Alice’s Calendar homepage', () => {
  it('starts a text button’s label where the section’s text starts', async () => {
    const settings = card().getByRole('button', { name: 'Settings', exact: true });
    const name = card().locator('.w-decorated-text').filter({ hasText: 'Bob Okafor' });
    const labelLeft = await textLeft(settings);
    const textStart = await textLeft(name);
    await byTestId(ui.page, 'addon-panel').screenshot({ path: `${SHOTS}/homepage.png` });
    expect(Math.abs(labelLeft - textStart)).toBeLessThanOrEqual(ALIGN_TOLERANCE_PX);
  });
});

describe('Alice’s settings card', () => {
  beforeAll(async () => {
    await card().getByRole('button', { name: 'Settings', exact: true }).click();
    await panelIdle(ui.page);
    await waitForText(byTestId(ui.page, 'card-title'), 'Settings');
    await byTestId(ui.page, 'addon-panel').screenshot({ path: `${SHOTS}/settings.png` });
  });

  it('draws the person icon as a picture, not the ☺ character', async () => {
    const icons = card().locator('.icon[title="Person"]');
    expect(await icons.count()).toBeGreaterThan(0);
    const icon = icons.first();
    expect(await icon.textContent()).not.toContain('☺');
    const drawing = icon.locator('svg');
    expect(await drawing.count()).toBe(1);
    const box = await drawing.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(16);
  });

  it('gives each text area room for five lines, and it grows with its text', async () => {
    const areas = card().locator('textarea');
    expect(await areas.count()).toBeGreaterThan(0);
    for (const area of await areas.all()) {
      const { height, lineHeight } = await area.evaluate((element) => {
        const node = element as unknown as { clientHeight: number };
        const style = (
          globalThis as unknown as { getComputedStyle(n: unknown): Record<string, string> }
        ).getComputedStyle(element);
        const inner =
          node.clientHeight - parseFloat(style.paddingTop ?? '0') - parseFloat(style.paddingBottom ?? '0');
        // "normal" is about 1.2 times the font size in the fonts Chromium falls back to.
        const lineHeight = parseFloat(style.lineHeight ?? '') || 1.2 * parseFloat(style.fontSize ?? '0');
        return { height: inner, lineHeight };
      });
      expect(lineHeight).toBeGreaterThan(0);
      // clientHeight is in whole pixels.
      expect(height).toBeGreaterThanOrEqual(MIN_TEXT_AREA_LINES * lineHeight - 1);
    }
    const questions = card().locator('textarea[data-input-name="customQuestions"]');
    await questions.fill(Array.from({ length: 9 }, (_, i) => `Question ${i + 1}?`).join('\n'));
    const fits = await questions.evaluate((element) => {
      const node = element as unknown as { scrollHeight: number; clientHeight: number };
      return node.scrollHeight <= node.clientHeight + 1;
    });
    expect(fits).toBe(true);
  });

  it('shows each text field’s label once, with no placeholder repeating it', async () => {
    const fields = card()
      .locator('.w-field')
      .filter({ has: ui.page.locator('textarea, input') });
    expect(await fields.count()).toBeGreaterThan(0);
    for (const field of await fields.all()) {
      const label = (await field.locator('.w-label').textContent()) ?? '';
      const placeholder = await field.locator('textarea, input').getAttribute('placeholder');
      expect(placeholder ?? '').not.toBe(label);
    }
  });
});
