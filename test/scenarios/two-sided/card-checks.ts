// What must hold of every card a person of the story is shown and of every answer to a press: no
// "Something went wrong", names rather than addresses, the next meeting that has not ended in the
// viewer's own zone, and a card's cost within its budget.
import type { ExecutionResult } from '../../../dev/emulator/runtime';
import { localDate } from '../../../dev/emulator/time-zone';
import type { Card, RenderActions } from '../../../src/ui/card';
import { whenDay, whenMoment } from '../../../src/app/format';
import { textOf, textsOf } from '../../cards/card-harness';
import type { Story } from './story';
import { NAMES, ZONES } from './story-world';

/** Design §5 and the issue "Every operation at its floor": a card renders in at most two calls. */
const CARD_CALLS = 2;
const LOCALES: Readonly<Record<string, string>> = { 'alice@acme.test': 'en-GB', 'bob@acme.test': 'en-US' };

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Card text as a person reads it: entities decoded. */
export function plain(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

export function otherOf(email: string): string {
  return Object.keys(NAMES).find((e) => e !== email)!;
}

/** Why a card or an answer is a failure, or null: an error card, "Something went wrong", an error toast. */
export function failureOf(result: ExecutionResult, response: RenderActions | Card | null): string | null {
  if (!result.ok) return `the callback failed: ${result.error}`;
  if (!response) return null;
  const cards: Card[] =
    'sections' in response
      ? [response]
      : (response.action?.navigations ?? []).flatMap((n) =>
          'updateCard' in n ? [n.updateCard] : 'pushCard' in n ? [n.pushCard] : [],
        );
  for (const card of cards) {
    const text = plain(textOf(card));
    if (card.name === 'error' || /something went wrong/i.test(text))
      return `answered “${text.replace(/\s+/g, ' ').slice(0, 200)}”`;
  }
  const toast = 'sections' in response ? undefined : response.action?.notification?.text;
  if (toast && /went wrong|error|failed|couldn’t|can’t/i.test(toast)) return `toast “${toast}”`;
  return null;
}

/**
 * The "Next meeting · …" words a card may show a viewer now, for the next meeting that has not
 * ended: its day and time where the viewer is, or its day alone when the card knows no start.
 */
export function expectedNextMeeting(story: Story, viewer: string): string[] | null {
  const next = story.schedule.next(story.now);
  if (!next) return null;
  const timeZone = ZONES[viewer]!;
  const words = { timeZone, locale: LOCALES[viewer]!, today: localDate(story.now, timeZone) };
  return [
    `Next meeting · ${whenMoment(next.start, words)}`,
    `Next meeting · ${whenDay(localDate(next.start, timeZone), words)}`,
  ];
}

export type CardKind = 'event' | 'sidebar' | 'home' | 'form';

/** What kind of card a response shows, by the name the views give it. */
export function kindOf(card: Card, fallback: CardKind): CardKind {
  if (card.name === 'event' || card.name === 'sidebar' || card.name === 'home') return card.name;
  return card.name ? 'form' : fallback;
}

/** Checks one card a person was shown (opened, or answered to a press). */
export function checkCard(story: Story, viewer: string, kind: CardKind, card: Card): void {
  const { ledger } = story;
  const text = plain(textOf(card));
  const other = otherOf(viewer);
  // Before any agenda doc exists a name cannot be had within Tandem's scopes: Calendar gave none
  // (the world's attendees carry no displayName) and no Drive file or Tandem title names anyone yet.
  const nameCanBeHad = story.s.ws.drive
    .allFiles()
    .some((f) => f.meta.appProperties?.tandemApp === 'agenda' && !f.meta.trashed);
  const aboutThePair =
    nameCanBeHad &&
    (text.includes('1:1 with') ||
      text.includes(other) ||
      (kind === 'home' && story.on.has(viewer) && story.now >= story.docDueAt + 10 * 60_000));
  if (aboutThePair) {
    // The piece of the card that shows the address, so one defect reads as one violation.
    const bareAddress =
      textsOf(card)
        .map(plain)
        .find((t) => t.includes(other)) ?? summary(text);
    ledger.check(
      'names',
      text.includes(NAMES[other]!),
      () => `${kind} card for ${viewer} shows “${bareAddress.slice(0, 80)}” and never “${NAMES[other]}”`,
    );
  }
  if (nameCanBeHad)
    for (const piece of bareAddresses(card))
      ledger.check('names', false, () => `${kind} card for ${viewer} shows ${piece.slice(0, 110)}`);
  if (kind === 'home' || kind === 'form' || card.name === 'error') return;
  const headers = card.sections.map((s) => plain(s.header ?? ''));
  const header = headers.find((h) => h.startsWith('Next meeting'));
  // A card showing the pair's agenda: the sidebar's items, or the event card's next meeting or items.
  const agenda =
    kind === 'sidebar'
      ? headers.includes('Open action items')
      : header !== undefined || headers.includes('Open action items');
  if (!agenda) return;
  const expected = expectedNextMeeting(story, viewer);
  ledger.check(
    'nextMeetingShown',
    expected ? header !== undefined && expected.includes(header) : header === undefined,
    () =>
      `${kind} card for ${viewer} says “${header ?? '(no next meeting)'}”, expected “${expected?.[0] ?? '(none)'}”`,
  );
}

/** Checks what opening a card cost and that it opened. */
export function checkOpened(
  story: Story,
  viewer: string,
  kind: CardKind,
  result: ExecutionResult,
  card: Card,
): void {
  const failure = failureOf(result, card);
  story.ledger.check('runsSucceed', failure === null, () => `${kind} card for ${viewer}: ${failure}`);
  story.ledger.check(
    'cardBudget',
    result.callCount <= CARD_CALLS,
    () => `${kind} card for ${viewer} made ${result.callCount} calls: ${JSON.stringify(result.calls)}`,
  );
  checkCard(story, viewer, kind, card);
}

/**
 * Texts that show one of the pair by address alone: any piece holding an address, except the line
 * under a person's name (the person widget shows the name, then the address beneath it).
 */
function bareAddresses(card: Card): string[] {
  const emails = Object.keys(NAMES);
  const has = (t: string | undefined) => t !== undefined && emails.some((e) => plain(t).includes(e));
  const found: string[] = [];
  const quoted = (t: string) => `“${t}”`;
  if (has(card.header?.title)) found.push(quoted(card.header!.title));
  for (const section of card.sections) {
    if (has(section.header)) found.push(quoted(section.header!));
    for (const w of section.widgets) {
      if ('textParagraph' in w && has(w.textParagraph.text)) found.push(quoted(w.textParagraph.text));
      if (!('decoratedText' in w)) continue;
      const d = w.decoratedText;
      const named = Object.values(NAMES).some((n) => plain(d.text).includes(n));
      // Which label holds the address (an item's owner is its top label), so one defect reads once.
      if (has(d.topLabel)) found.push(`the label “${d.topLabel}” above an item`);
      if (has(d.text)) found.push(`“${d.text}”${d.topLabel ? ` under “${d.topLabel}”` : ''}`);
      if (has(d.bottomLabel) && !named) found.push(`“${d.bottomLabel}” under “${d.text}”`);
    }
  }
  return found.map(plain);
}

function summary(text: string): string {
  return `“${text.replace(/\s+/g, ' ').slice(0, 160)}…”`;
}
