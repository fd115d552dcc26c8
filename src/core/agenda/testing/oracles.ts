// Test helper: what must hold after any plan, checked as plainly as possible so property tests
// do not repeat the planners' own rules: people's lines kept in order, items neither lost nor doubled.

import { parseActionItem } from '../action-item';
import { parseAgenda } from '../parse';
import type { Person } from '../people';
import type { Document } from './model';

/**
 * Whether every line of `before` is still in `after`, in order — as it was, or (when `ticks` is
 * allowed) with only its item marker rewritten to `[x]`. Greedy earliest matching is exact here.
 */
export function keepsLines(
  before: readonly string[],
  after: readonly string[],
  people: readonly Person[],
  ticks = false,
): boolean {
  let j = 0;
  for (const line of before) {
    while (j < after.length && !(after[j] === line || (ticks && after[j] === ticked(line, people)))) j += 1;
    if (j === after.length) return false;
    j += 1;
  }
  return true;
}

/**
 * The block a single contiguous insertion starting with `firstLine` added, or null when `after`
 * is not `before` plus such a block.
 */
export function insertedBlock(
  before: readonly string[],
  after: readonly string[],
  firstLine: string,
): string[] | null {
  const size = after.length - before.length;
  if (size < 0) return null;
  for (let k = 0; k <= before.length; k += 1) {
    const prefix = before.slice(0, k).every((line, i) => after[i] === line);
    const suffix = before.slice(k).every((line, i) => after[k + size + i] === line);
    if (prefix && suffix && after[k] === firstLine) return after.slice(k, k + size);
  }
  return null;
}

export interface CarryExpectation {
  /** Open in an earlier section and done in no section at all: must be carried. */
  readonly required: ReadonlySet<string>;
  /** Open in an earlier section: the only identities that may be carried. */
  readonly allowed: ReadonlySet<string>;
}

/** What the section for `date` must and may hold, read from the doc. */
export function carryExpectation(
  document: Document,
  date: string,
  people: readonly Person[],
): CarryExpectation {
  const sections = parseAgenda(document, people).sections;
  const open = new Set<string>();
  const done = new Set<string>();
  for (const section of sections) {
    for (const { item } of section.items) {
      if (item.done) done.add(item.identity);
      else if (section.date < date) open.add(item.identity);
    }
  }
  return { required: new Set([...open].filter((identity) => !done.has(identity))), allowed: open };
}

/** Identities of the items in the sections for `date`, with how often each occurs. */
export function identityCounts(
  document: Document,
  date: string,
  people: readonly Person[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const section of parseAgenda(document, people).sections.filter((s) => s.date === date)) {
    for (const { item } of section.items) counts.set(item.identity, (counts.get(item.identity) ?? 0) + 1);
  }
  return counts;
}

function ticked(line: string, people: readonly Person[]): string | null {
  const [, prefix = '', text = ''] = /^((?:- )?(?:~~)?(?:\*\*)?)(.*)$/u.exec(line) ?? [];
  const item = parseActionItem(text, people);
  if (!item || item.done) return null;
  return prefix + text.slice(0, item.markerStart) + '[x]' + text.slice(item.markerEnd);
}
