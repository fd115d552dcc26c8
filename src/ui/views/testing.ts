// Test helpers for the views: the emulator's CardService as the global, a render round trip,
// hostile inputs, and small fixtures (what a card shows: ../testing/read-card.ts). *.test.ts only.
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
