// The questions a pair is offered: which questions it was already given (kept per pair in user
// properties, small enough for Apps Script's 9 kB per value), and the request the rotation needs.
import type { Agenda } from '../../core/agenda';
import { roleInPair } from '../../core/pairs';
import {
  QUESTION_BANK,
  parseCustomQuestions,
  type AskedQuestion,
  type Category,
  type Question,
  type SuggestionRequest,
} from '../../core/questions';
import type { StatePort } from '../../ports';
import type { Settings } from '../state';

const ASKED_PREFIX = 'asked:';
const PAGE_PREFIX = 'questionsPage:';
/**
 * Apps Script keeps at most 9 kB in one property value
 * (developers.google.com/apps-script/guides/services/quotas); the history stays under 8000
 * characters by forgetting its oldest entries.
 */
export const MAX_ASKED_CHARS = 8000;
/** "More questions" pages count on from the last press made within this long; after, from 1. */
export const PAGE_MEMORY_MS = 15 * 60 * 1000;

export function askedKey(pairKey: string): string {
  return ASKED_PREFIX + pairKey;
}

/** The pair's history; an unreadable value reads as none. */
export function readAsked(store: StatePort, pairKey: string): AskedQuestion[] {
  const raw = store.get(askedKey(pairKey));
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry) =>
      Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string'
        ? [{ questionId: entry[0], at: entry[1] }]
        : [],
    );
  } catch {
    return [];
  }
}

/**
 * Adds one asked question to the pair's history, dropping the oldest entries past MAX_ASKED_CHARS.
 *
 * @example recordAsked(store, 'a@x.com b@x.com', 'growth-07', '2026-11-24') // stored as [["growth-07","2026-11-24"]]
 */
export function recordAsked(store: StatePort, pairKey: string, questionId: string, day: string): void {
  const entries = readAsked(store, pairKey).map((a): [string, string] => [a.questionId, a.at]);
  entries.push([questionId, day]);
  let json = JSON.stringify(entries);
  while (json.length > MAX_ASKED_CHARS && entries.length > 1) {
    entries.shift();
    json = JSON.stringify(entries);
  }
  store.set({ [askedKey(pairKey)]: json });
}

/** Which "more questions" page to show now: the next after a recent press, else the first. */
export function nextQuestionsPage(store: StatePort, pairKey: string, now: number): number {
  let page = 1;
  try {
    const last = JSON.parse(store.get(PAGE_PREFIX + pairKey) ?? 'null') as {
      page?: unknown;
      at?: unknown;
    } | null;
    if (
      last &&
      typeof last.page === 'number' &&
      typeof last.at === 'number' &&
      now - last.at < PAGE_MEMORY_MS
    )
      page = last.page + 1;
  } catch {
    page = 1;
  }
  store.set({ [PAGE_PREFIX + pairKey]: JSON.stringify({ page, at: now }) });
  return page;
}

/** The user's own questions, as the settings hold them (lines that do not parse are left out). */
export function customQuestions(settings: Settings): Question[] {
  return parseCustomQuestions(settings.customQuestions).questions;
}

/** A question by id, from the bank or the user's own. */
export function findQuestion(questionId: string, settings: Settings): Question | null {
  return (
    QUESTION_BANK.find((q) => q.id === questionId) ??
    customQuestions(settings).find((q) => q.id === questionId) ??
    null
  );
}

const TOUCHED_HEADINGS: readonly [Category, RegExp][] = [
  ['growth', /growth|career|learn|develop/i],
  ['goals', /goal|focus|objective|okr/i],
];

/**
 * When the pair last wrote under a growth or goals sub-heading, from the doc's dated sections
 * up to `today`: what brings those categories forward after about eight weeks.
 *
 * @example lastTouchedIn(agenda, '2026-11-24') // { growth: '2026-11-17' }
 */
export function lastTouchedIn(agenda: Agenda | null, today: string): Partial<Record<Category, string>> {
  const touched: Partial<Record<Category, string>> = {};
  for (const section of agenda?.sections ?? []) {
    if (section.date > today) continue;
    for (const part of section.parts) {
      const heading = part.heading?.text ?? '';
      const written = part.content.some(
        (element) => element.kind === 'paragraph' && element.text.trim() !== '',
      );
      if (!written) continue;
      for (const [category, pattern] of TOUCHED_HEADINGS) {
        const last = touched[category];
        if (pattern.test(heading) && (last === undefined || section.date > last))
          touched[category] = section.date;
      }
    }
  }
  return touched;
}

/** Meetings the doc shows as held: its sections dated before today. */
export function sectionsHeld(agenda: Agenda | null, today: string): number {
  return new Set((agenda?.sections ?? []).filter((s) => s.date < today).map((s) => s.date)).size;
}

export interface PairForQuestions {
  readonly pairKey: string;
  readonly userIsOrganizer: boolean;
}

/** Everything the rotation needs for one pair, but the count. Seeded by the pair key: stable per pair. */
export function suggestionRequest(
  store: StatePort,
  settings: Settings,
  pair: PairForQuestions,
  today: string,
  agenda: Agenda | null,
  meetingsHeld: number,
): Omit<SuggestionRequest, 'count'> {
  return {
    pairKey: pair.pairKey,
    role: roleInPair(settings.roles[pair.pairKey], pair.userIsOrganizer),
    seed: pair.pairKey,
    asked: readAsked(store, pair.pairKey),
    today,
    lastTouched: lastTouchedIn(agenda, today),
    meetingsHeld: Math.max(meetingsHeld, sectionsHeld(agenda, today)),
    custom: customQuestions(settings),
  };
}
