// Keeps the prepared next section in step until its meeting starts: adds items opened since in
// the latest earlier section, and marks a carried copy done when its original was marked done.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { carriedLine, DONE_MARKER } from './action-item';
import { copiesToMarkDone, itemsToCarry } from './carry-over';
import { parseAgenda } from './parse';
import type { Person } from './people';
import { itemInsertionIndex } from './placement';
import { inApplyOrder, insertParagraphs, insertionPointAt, rewriteText, type PlannedEdit } from './requests';
import { DEFAULT_TEMPLATE, type Template } from './template';

/**
 * Requests that bring the section for `nextDate` up to date with the latest earlier section;
 * none when it is (planning again on the result yields none) or when there is no such section.
 * Items are matched by identity, so an item is never added twice; only markers of carried copies
 * (`[ ]` → `[x]`) are rewritten, never the text people wrote.
 *
 * @example
 * // Bob ticked "[x] send the design doc" in 2026-11-17 and added "[ ] book the offsite".
 * planMerge(doc, '2026-11-24', people)
 * // 2026-11-24 afterwards: - [x] send the design doc · from 2026-11-17
 * //                        - [ ] book the offsite · from 2026-11-17
 */
export function planMerge(
  document: docs_v1.Schema$Document,
  nextDate: string,
  people: readonly Person[],
  template: Template = DEFAULT_TEMPLATE,
): docs_v1.Schema$Request[] {
  const agenda = parseAgenda(document, people);
  const nextSections = agenda.sections.filter((section) => section.date === nextDate);
  const target = nextSections[0];
  if (!target) return [];

  const present = new Set(
    nextSections.flatMap((section) => section.items.map((entry) => entry.item.identity)),
  );
  const missing = itemsToCarry(agenda, nextDate).filter(({ item }) => !present.has(item.identity));
  const edits: PlannedEdit[] = copiesToMarkDone(agenda, nextDate).map(({ item, paragraph }) => ({
    at: paragraph.startIndex + item.markerStart,
    kind: 'rewrite',
    requests: rewriteText(
      paragraph.startIndex + item.markerStart,
      item.markerEnd - item.markerStart,
      DONE_MARKER,
    ),
  }));
  if (missing.length > 0) {
    const at = itemInsertionIndex(target, template);
    const paragraphs = missing.map(({ item, sectionDate }) => ({
      text: carriedLine(item, sectionDate),
      style: 'NORMAL_TEXT' as const,
      bullet: true,
    }));
    edits.push({ at, kind: 'insert', requests: insertParagraphs(insertionPointAt(agenda, at), paragraphs) });
  }
  return inApplyOrder(edits);
}
