// The sidebar's "mark done": rewrites one open item's marker to `[x]`, and nothing else of the
// paragraph, so the person's words, owner and dates stay exactly as written.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DONE_MARKER } from './action-item';
import { parseAgenda } from './parse';
import type { Person } from './people';
import { firstAppeared } from './carry-over';
import { inApplyOrder, rewriteText } from './requests';

/** An item as the sidebar shows it: the date of its section and its identity. */
export interface ItemRef {
  readonly date: string;
  readonly identity: string;
}

/**
 * Requests that mark the first open item with `ref.identity` in the section for `ref.date` done,
 * and every other open copy of it since it first appeared (a copy carried into the next section,
 * the original in an older one): an item done in any section is done, and the next section must
 * not keep showing it open. None when no such open item is left (someone already ticked it, or it
 * was deleted).
 *
 * @example
 * planMarkDone(doc, { date: '2026-11-24', identity: 'send the design doc' }, people)
 * // "☐ Bob: send the design doc" becomes "[x] Bob: send the design doc", in 2026-11-24 and in
 * // 2026-11-17 where it was first written
 */
export function planMarkDone(
  document: docs_v1.Schema$Document,
  ref: ItemRef,
  people: readonly Person[],
): docs_v1.Schema$Request[] {
  const agenda = parseAgenda(document, people);
  const shown = agenda.sections
    .filter((section) => section.date === ref.date)
    .flatMap((section) => section.items)
    .find(({ item }) => !item.done && item.identity === ref.identity);
  if (!shown) return [];
  const since = firstAppeared(shown.item, ref.date);
  const copies = agenda.sections
    .filter((section) => section.date >= since)
    .flatMap((section) => section.items)
    .filter(({ item }) => !item.done && item.identity === ref.identity);
  return inApplyOrder(
    copies.map(({ item, paragraph }) => {
      const at = paragraph.startIndex + item.markerStart;
      return {
        at,
        kind: 'rewrite',
        requests: rewriteText(at, item.markerEnd - item.markerStart, DONE_MARKER),
      };
    }),
  );
}
