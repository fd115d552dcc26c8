// Test helpers for the views: the emulator's CardService as the global, a render round trip, the
// strings a card shows, hostile inputs, and small fixtures. Imported by *.test.ts only.
import { createCardService, MAX_WIDGETS_PER_CARD } from '../../../dev/emulator/appsscript/card-service';
import type { Cadence } from '../../core/schedule';
import { renderCard } from '../../gas/render-card';
import type { Card } from '../card';
import type { Viewer } from '../../app/format';
import type { OpenItem, Person, SuggestedQuestion } from '../../app/cards/view-models';

/** Installs a fresh emulated CardService as the global before each test of the calling file. */
export function useCardService(): void {
  beforeEach(() => {
    (globalThis as { CardService?: unknown }).CardService = createCardService();
  });
  afterAll(() => {
    delete (globalThis as { CardService?: unknown }).CardService;
  });
}

/**
 * The card as CardService builds and prints it. build() throws on an empty section or a widget
 * it refuses; the widget count is checked because CardService drops sections past the limit.
 */
export function rendered(json: Card): unknown {
  expect(widgetCount(json)).toBeLessThanOrEqual(MAX_WIDGETS_PER_CARD);
  return JSON.parse(renderCard(json).printJson());
}

export function widgetCount(json: Card): number {
  return json.sections.reduce((n, s) => n + s.widgets.length, 0);
}

/**
 * Where CardService renders its HTML subset, as (the object's key → its string fields): a section
 * header, a text paragraph, a decorated text's text and labels. Every other shown string is plain
 * text (a button, a selection item, an input's label or value, the card header, a notification).
 */
const HTML_FIELDS: Readonly<Record<string, readonly string[]>> = {
  sections: ['header'],
  textParagraph: ['text'],
  decoratedText: ['text', 'topLabel', 'bottomLabel'],
};
/** Keys whose strings are data, never shown (a typed value, a route parameter, a URL). */
const DATA_KEYS = new Set(['value', 'parameters', 'url', 'name', 'function', 'valueMsEpoch']);

export interface ShownString {
  key: string;
  value: string;
  /** Whether CardService reads it as its HTML subset (else it shows it as it is). */
  html: boolean;
}

/** Every string the card shows, with the key it sits under and whether it is read as HTML. */
export function shownStrings(node: unknown, key = '', parent = ''): ShownString[] {
  if (typeof node === 'string')
    return [{ key, value: node, html: HTML_FIELDS[parent]?.includes(key) ?? false }];
  if (Array.isArray(node)) return node.flatMap((child) => shownStrings(child, key, parent));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (DATA_KEYS.has(k) ? [] : shownStrings(v, k, key)));
  }
  return [];
}

/** The shown strings CardService shows as they are (no markup, no entities). */
export function plainStrings(json: unknown): ShownString[] {
  return shownStrings(json).filter((s) => !s.html);
}

/** All text the card shows as markup, joined. */
export function markupText(json: unknown): string {
  return shownStrings(json)
    .filter((s) => s.html)
    .map((s) => s.value)
    .join('\n');
}

/** The markup Tandem itself writes; any other tag in a card came from someone's text. */
const OWN_TAG = /<(?:b|\/b|br|\/font|font color="#[0-9a-f]{6}")>/g;

/** Shown strings that hold a tag Tandem does not write, or an `&` that starts no entity. */
export function unsafeStrings(json: Card): string[] {
  return shownStrings(json)
    .filter(({ html }) => html)
    .map(({ value }) => value)
    .filter((value) => {
      const rest = value.replace(OWN_TAG, '');
      return /[<>]/.test(rest) || /&(?!(?:amp|lt|gt|quot|#39);)/.test(rest);
    });
}

/** The strings of every button label in the card (plain text, Tandem's own words). */
export function buttonLabels(json: Card): string[] {
  const labels: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string' && o.onClick) labels.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(json);
  return labels;
}

/** Every dispatchAction call in the card, as route plus parameters. */
export function actions(json: Card): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.function === 'dispatchAction' && Array.isArray(o.parameters)) {
        found.push(
          Object.fromEntries((o.parameters as { key: string; value: string }[]).map((p) => [p.key, p.value])),
        );
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(json);
  return found;
}

/** All shown text joined, for "the card says …" assertions. */
export function cardText(json: Card): string {
  return shownStrings(json)
    .map(({ value }) => value)
    .join('\n');
}

/** Text people type into docs, events and forms that a card must show as typed, not as markup. */
export const HOSTILE: Readonly<Record<string, string>> = {
  bold: '<b>Bob</b>',
  link: '<a href="x">click</a>',
  ampersand: 'Tom & Jerry',
  emoji: '🎉 Ship it 👩‍👩‍👧',
  rightToLeft: 'שלום עליכם مرحبا',
  tenKilobytes: `<i>${'Ω'.repeat(10_000)}</i>`,
};

export const VIEWER: Viewer = { timeZone: 'Europe/Paris', locale: 'en-GB', today: '2026-11-23' };
export const BOB: Person = { email: 'bob@example.com', name: 'Bob Okafor' };
export const PAIR_KEY = 'alice@example.com bob@example.com';
export const DOC = { id: 'doc-1', url: 'https://docs.google.com/document/d/doc-1/edit' };

export function item(task: string, extra: Partial<OpenItem> = {}): OpenItem {
  return {
    task,
    owner: null,
    due: null,
    from: null,
    ref: { date: '2026-11-24', identity: task.toLowerCase() },
    ...extra,
  };
}

export function question(
  id: string,
  text: string,
  category: SuggestedQuestion['category'] = 'checkin',
): SuggestedQuestion {
  return { id, text, category };
}

export const STEADY_CADENCE: Cadence = {
  lastMet: '2026-11-17',
  usualIntervalDays: 7,
  held: 12,
  cancelled: 1,
  warnings: [],
};
