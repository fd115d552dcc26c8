// Hostile text from events, docs and forms through every card of the real bundle: tags show as
// text, entities are escaped, emoji and right-to-left text pass, 10 kB strings are cut.
import type { Card } from '../../src/ui/card';
import { MAX_ITEM_CHARS } from '../../src/ui/views/parts';
import { CardScenario, shownCard, textsOf } from './card-harness';
import { ALICE, ALICE_GWEN, GWEN, HOSTILE, cardWorld, writeInSection } from './worlds';

/** Tandem's own markup in cards; anything else that looks like a tag came from outside. */
const OWN_MARKUP = /<\/?b>|<br>|<font color="#[0-9a-f]{6}">|<\/font>/g;
const LONG = `${HOSTILE} `.repeat(130); // ≈ 10 kB

function expectSafe(card: Card): void {
  for (const text of textsOf(card)) {
    const outside = text.replace(OWN_MARKUP, '');
    expect(outside).not.toMatch(/[<>]/);
    expect(outside).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  }
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('hostile text in every card', () => {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  const docId = s.docId(ALICE, GWEN);
  writeInSection(s, ALICE, docId, '2026-10-20', `[ ] Gwen: ${HOSTILE}`);
  writeInSection(s, ALICE, docId, '2026-10-20', `[ ] ${LONG}`);
  writeInSection(s, ALICE, docId, '2026-10-20', 'Feedback: <script>alert(1)</script>');
  s.tick('2026-10-21T09:00:00Z'); // the 20th was held: its section is in review periods

  it('the event card escapes the other person’s name and the doc’s items, and clamps a 10 kB item to a few lines', () => {
    const card = s.openEvent(ALICE, 'hostile1on1').card;
    expectSafe(card);
    const texts = textsOf(card);
    expect(texts).toContain('&lt;i&gt;Gwen&lt;/i&gt; &amp; &quot;Co&quot; 🙂 مرحبا');
    expect(texts).toContain(
      'Gwen: &lt;b&gt;Bold&lt;/b&gt; &lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt; &amp; &quot;quotes&quot; &#39;single&#39; 🙂 שלום עולם',
    );
    const long = texts.find((t) => t.endsWith('…') && t.startsWith('&lt;b&gt;Bold'))!;
    expect(Array.from(unescape(long)).length).toBeLessThanOrEqual(MAX_ITEM_CHARS);
    expect(Array.from(unescape(long)).length).toBeGreaterThan(MAX_ITEM_CHARS / 2);
    expect(LONG.startsWith(unescape(long).slice(0, -1))).toBe(true);
  });

  it('the not-a-1:1 card escapes the event title', () => {
    const { response } = s.click(
      ALICE,
      'excludeSeries',
      { seriesId: 'hostile1on1' },
      { eventId: 'hostile1on1' },
    );
    const card = shownCard(response);
    expectSafe(card);
    expect(textsOf(card).join('\n')).toContain('<b>&lt;b&gt;Bold&lt;/b&gt; &lt;a href=');
    s.click(ALICE, 'includeSeries', { seriesId: 'hostile1on1' });
  });

  it('the Docs sidebar, the homepage and the settings card are safe too', () => {
    expectSafe(s.openDoc(ALICE, docId).card);
    expectSafe(s.homepage(ALICE).card);
    expectSafe(shownCard(s.click(ALICE, 'openSettings').response));
  });

  it('settings problems quote typed text escaped, and keep the typed value as it was', () => {
    const typed = `growth: ${HOSTILE}\nweird<b>: what?\n${'q'.repeat(250)}`;
    const card = shownCard(
      s.click(ALICE, 'saveSettings', {}, { form: { template: 'Check-in', customQuestions: typed } }).response,
    );
    expectSafe(card);
    const input = card.sections
      .flatMap((x) => x.widgets)
      .find((w) => 'textInput' in w && w.textInput.name === 'customQuestions');
    expect(input && 'textInput' in input ? input.textInput.value : null).toBe(typed);
  });

  it('a hostile custom question shows escaped among the suggestions', () => {
    s.click(
      ALICE,
      'saveSettings',
      {},
      { form: { template: 'Check-in\nWins', customQuestions: `checkin: ${HOSTILE}?` } },
    );
    const card = s.openDoc(ALICE, docId).card;
    expectSafe(card);
    expect(textsOf(card).some((t) => t.startsWith('&lt;b&gt;Bold'))).toBe(true);
  });

  it('the review notes cards are safe, and the notes doc holds the text as plain text', () => {
    const form = shownCard(s.click(ALICE, 'reviewNotes', { pairKey: ALICE_GWEN }).response);
    expectSafe(form);
    const done = shownCard(
      s.click(ALICE, 'createReviewNotes', {}, { form: { period: 'lastQuarter', pair: ALICE_GWEN } }).response,
    );
    expectSafe(done);
    const reviewId = s.ws.drive
      .allFiles()
      .map((f) => f.meta)
      .find((m) => m.appProperties?.tandemReview)!.id!;
    expect(s.lines(reviewId)).toContain('- 2026-10-20 · <script>alert(1)</script>');
  });
});
