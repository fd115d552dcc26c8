// The sidebar's "mark done": rewrites one open item's marker to `[x]`, and nothing else of the
// paragraph, so the person's words, owner and dates stay exactly as written.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DONE_MARKER } from './action-item';
import { parseAgenda } from './parse';
import type { Person } from './people';
import { rewriteText } from './requests';

/** An item as the sidebar shows it: the date of its section and its identity. */
export interface ItemRef {
  readonly date: string;
  readonly identity: string;
}

/**
 * Requests that mark the first open item with `ref.identity` in the section for `ref.date` done;
 * none when no such open item is left (someone already ticked it, or it was deleted).
 *
 * @example
 * planMarkDone(doc, { date: '2026-11-24', identity: 'send the design doc' }, people)
 * // "☐ Bob: send the design doc" becomes "[x] Bob: send the design doc"
 */
export function planMarkDone(
  document: docs_v1.Schema$Document,
  ref: ItemRef,
  people: readonly Person[],
): docs_v1.Schema$Request[] {
  const agenda = parseAgenda(document, people);
  const entry = agenda.sections
    .filter((section) => section.date === ref.date)
    .flatMap((section) => section.items)
    .find(({ item }) => !item.done && item.identity === ref.identity);
  if (!entry) return [];
  const { item, paragraph } = entry;
  return rewriteText(paragraph.startIndex + item.markerStart, item.markerEnd - item.markerStart, DONE_MARKER);
}
