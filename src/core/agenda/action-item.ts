// Action items: a paragraph whose text starts with a marker (`[ ]`, `☐`, `[x]`, `☑`, `☒`, `✅`).
// Reads owner, due date and Tandem's ` · from DATE` suffix, and the identity that matches copies.

import { isIsoDate } from './dates';
import { peopleNamed, type Person } from './people';

export interface ActionItem {
  /** The marker as written, e.g. `[ ]`, `[  ]`, `☐`, `☑️`. */
  readonly marker: string;
  /** Where the marker sits in the paragraph text, in UTF-16 code units, end exclusive. */
  readonly markerStart: number;
  readonly markerEnd: number;
  readonly done: boolean;
  /** Everything after the marker as written, trimmed: owner, task, due date, from-suffix. */
  readonly text: string;
  /** The task alone: no owner, due date or from-suffix, whitespace collapsed. */
  readonly task: string;
  /** Email of the owner when `Owner:` names exactly one person of the pair. */
  readonly owner: string | null;
  readonly due: string | null;
  /** A `(due …)` whose date does not exist, e.g. `2026-02-30`, so the sidebar can say so. */
  readonly invalidDue: string | null;
  /** The date of the section the item first appeared in, from Tandem's ` · from DATE`. */
  readonly carriedFrom: string | null;
  /** The key that matches copies of one item across sections. */
  readonly identity: string;
}

/**
 * Stands for one index of a non-text paragraph element (a chip, an image) in paragraph text,
 * so that offsets in the text are offsets in the document.
 */
export const OBJECT_PLACEHOLDER = '\uFFFC';
const OBJECT_PLACEHOLDER_ALL = /\uFFFC/gu;

/** Marks what Tandem writes for an open item it carries, and for an item marked done. */
export const OPEN_MARKER = '[ ]';
export const DONE_MARKER = '[x]';

// Invisible characters people's editors put before text: spaces, bidi marks, zero-width marks.
const LEADING_INVISIBLES = /^[\s\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]*/u;
const OPEN_BRACKETS = /^\[[\p{Zs}\t]*\]/u;
const DONE_BRACKETS = /^\[[\p{Zs}\t]*[xX][\p{Zs}\t]*\]/u;
const OPEN_SYMBOLS = ['\u2610'];
const DONE_SYMBOLS = ['\u2611', '\u2612', '\u2705'];
const EMOJI_PRESENTATION = '\uFE0F';
const OWNER_PREFIX = /^([^\s:\uFF1A]+)[\p{Zs}\t]*[:\uFF1A][\p{Zs}\t]*/u;
const DUE = /\([\p{Zs}\t]*due[\p{Zs}\t]*:?[\p{Zs}\t]*(\d{4}-\d{2}-\d{2})[\p{Zs}\t]*\)/iu;
const FROM_SUFFIX = /[\p{Zs}\t]*\u00B7[\p{Zs}\t]*from[\p{Zs}\t]+(\d{4}-\d{2}-\d{2})[\p{Zs}\t]*$/iu;

/**
 * Reads one paragraph's text (without its final newline) as an action item, or null when the
 * text does not start with a marker or has no task after it.
 *
 * @example
 * parseActionItem('[ ] Bob: send the design doc (due 2026-11-27) · from 2026-11-17', people)
 * // { done: false, owner: 'bob@example.com', due: '2026-11-27', carriedFrom: '2026-11-17',
 * //   task: 'send the design doc', identity: 'send the design doc', … }
 * parseActionItem('✅ book the room', people)            // { done: true, … }
 * parseActionItem('[ ] book the room', people, { struck: true }) // done: struck through
 * parseActionItem('see [ ] later', people)              // null: the marker is not first
 */
export function parseActionItem(
  text: string,
  people: readonly Person[],
  options: { readonly struck?: boolean } = {},
): ActionItem | null {
  const markerStart = (LEADING_INVISIBLES.exec(text)?.[0] ?? '').length;
  const found = readMarker(text.slice(markerStart));
  if (!found) return null;
  const markerEnd = markerStart + found.marker.length;
  const rest = text.slice(markerEnd).trim();

  let remaining = rest;
  let owner: string | null = null;
  const ownerMatch = OWNER_PREFIX.exec(remaining);
  if (ownerMatch?.[1] !== undefined) {
    const named = peopleNamed(ownerMatch[1], people);
    if (named.length > 0) {
      owner = named.length === 1 ? (named[0]?.email.toLowerCase() ?? null) : null;
      remaining = remaining.slice(ownerMatch[0].length);
    }
  }
  const dueMatch = DUE.exec(remaining);
  const writtenDue = dueMatch?.[1] ?? null;
  if (dueMatch)
    remaining =
      remaining.slice(0, dueMatch.index) + ' ' + remaining.slice(dueMatch.index + dueMatch[0].length);
  const fromMatch = FROM_SUFFIX.exec(remaining);
  const carriedFrom = fromMatch?.[1] !== undefined && isIsoDate(fromMatch[1]) ? fromMatch[1] : null;
  if (fromMatch && carriedFrom) remaining = remaining.slice(0, fromMatch.index);

  const task = collapseWhitespace(remaining);
  if (!task) return null;
  return {
    marker: found.marker,
    markerStart,
    markerEnd,
    done: found.done || options.struck === true,
    text: rest,
    task,
    owner,
    due: writtenDue !== null && isIsoDate(writtenDue) ? writtenDue : null,
    invalidDue: writtenDue !== null && !isIsoDate(writtenDue) ? writtenDue : null,
    carriedFrom,
    identity: itemIdentity(task),
  };
}

/**
 * The key two copies of an item share: the task without marker, owner, due date or from-suffix,
 * in lower case with whitespace collapsed. Owner and due date are left out on purpose: people
 * reassign or reschedule a carried copy, and it must still match its original.
 *
 * @example
 * itemIdentity('Send  the Design doc') // 'send the design doc'
 */
export function itemIdentity(task: string): string {
  return collapseWhitespace(task.normalize('NFC')).toLowerCase();
}

/**
 * The line Tandem writes when it carries an open item into a later section: an open marker,
 * the item's text as written, and ` · from DATE` unless the item already says where it began.
 *
 * @example
 * carriedLine(parseActionItem('☐ Bob: call Priya', people)!, '2026-11-17')
 * // '[ ] Bob: call Priya · from 2026-11-17'
 */
export function carriedLine(item: ActionItem, sectionDate: string): string {
  const suffix = item.carriedFrom ? '' : ` \u00B7 from ${sectionDate}`;
  return `${OPEN_MARKER} ${collapseWhitespace(item.text)}${suffix}`;
}

function readMarker(text: string): { marker: string; done: boolean } | null {
  const open = OPEN_BRACKETS.exec(text);
  if (open) return { marker: open[0], done: false };
  const done = DONE_BRACKETS.exec(text);
  if (done) return { marker: done[0], done: true };
  const symbol = text.charAt(0);
  const isOpen = OPEN_SYMBOLS.includes(symbol);
  if (!isOpen && !DONE_SYMBOLS.includes(symbol)) return null;
  const marker = text.startsWith(EMOJI_PRESENTATION, 1) ? symbol + EMOJI_PRESENTATION : symbol;
  return { marker, done: !isOpen };
}

/** Collapses whitespace and drops the placeholders that stand for chips and images. */
function collapseWhitespace(text: string): string {
  return text.replace(OBJECT_PLACEHOLDER_ALL, '').replace(/\s+/gu, ' ').trim();
}
