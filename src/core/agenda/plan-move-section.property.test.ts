import fc from 'fast-check';
import { DocumentModel } from '../../../dev/emulator/docs';
import { parseAgenda } from './parse';
import { planMoveSection } from './plan-move-section';
import { planNextSection, type Meeting } from './plan-next-section';
import { DEFAULT_TEMPLATE } from './template';
import { buildDoc } from './testing/build-doc';
import { applyHumanEdit, humanDoc, humanEdit } from './testing/human-edits';
import type { Document, Request } from './testing/model';
import { insertedBlock, keepsLines } from './testing/oracles';
import { PAIR } from './testing/pair';
import { renderDoc } from './testing/render-doc';

/** Property runs build hundreds of docs; give them room on a busy machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

const apply = (document: Document, requests: Request[]): Document => {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
};
const docOf = (lines: readonly string[]): Document => apply(buildDoc(lines), []);
const NEXT: Meeting = { date: '2026-11-24', label: '2026-11-24 · Tuesday' };
const TO = fc.option(
  fc.constantFrom<Meeting>(
    { date: '2026-11-25', label: '2026-11-25 · Wednesday' },
    { date: '2026-11-03', label: '2026-11-03 · Tuesday' },
    { date: '2026-12-01', label: '2026-12-01 · Tuesday' },
  ),
  { nil: null },
);

/**
 * `lines` without one occurrence of each line Tandem wrote, looked for within `range` only. A
 * carried copy a person ticked counts as Tandem's when `done` says its item is still done in what
 * remains: Tandem writes that tick itself (a done item ticks its copies), so removing it loses nothing.
 */
function withoutTandemLines(
  lines: readonly string[],
  written: readonly string[],
  range: [number, number],
  done: (task: string) => boolean,
): string[] {
  const remaining = [...written];
  return lines.filter((line, i) => {
    if (i < range[0] || i >= range[1]) return true;
    const ticked = /^- \[x\] (.*) · from \d{4}-\d{2}-\d{2}$/.exec(line);
    const asWritten = ticked && done(ticked[1] ?? '') ? line.replace('- [x] ', '- [ ] ') : line;
    const k = remaining.indexOf(asWritten);
    if (k === -1) return true;
    remaining.splice(k, 1);
    return false;
  });
}

describe('planMoveSection on a prepared section people then edited (property)', () => {
  it(
    'moves or removes only what Tandem wrote; every line a person added survives',
    () => {
      fc.assert(
        fc.property(humanDoc, fc.array(humanEdit, { minLength: 1, maxLength: 3 }), TO, (start, edits, to) => {
          const doc = docOf(start);
          if (parseAgenda(doc, PAIR).sections.some((section) => section.date === NEXT.date)) return;
          const prepared = apply(doc, planNextSection(doc, NEXT, DEFAULT_TEMPLATE, PAIR));
          const written = insertedBlock(renderDoc(doc), renderDoc(prepared), `# ${NEXT.label}`) ?? [];
          let lines = renderDoc(prepared);
          for (const edit of edits) {
            // Aim the edit inside the section, where it matters.
            const from = lines.indexOf(`# ${NEXT.label}`);
            const at = from === -1 ? edit.at : from + 1 + (edit.at % (written.length + 1));
            lines = renderDoc(docOf(applyHumanEdit(lines, { ...edit, at })));
          }
          const edited = docOf(lines);
          const section = parseAgenda(edited, PAIR).sections.find(
            (candidate) => candidate.date === NEXT.date,
          );
          const plan = planMoveSection(edited, NEXT.date, to, DEFAULT_TEMPLATE, PAIR);
          const result = apply(edited, plan.requests);
          const after = renderDoc(result);
          if (plan.outcome === 'kept') {
            expect(after).toEqual(renderDoc(edited));
            return;
          }
          const before = renderDoc(edited);
          const range = section ? lineRange(edited, section) : ([0, 0] as [number, number]);
          const done = (task: string) =>
            parseAgenda(result, PAIR).sections.some((kept) =>
              kept.items.some(({ item }) => item.done && item.task === task),
            );
          expect(keepsLines(withoutTandemLines(before, written, range, done), after, PAIR)).toBe(true);
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

/** The rendered lines `[first, end)` the section spans (one line per paragraph or table). */
function lineRange(document: Document, section: { startIndex: number; endIndex: number }): [number, number] {
  const starts = (document.body?.content ?? [])
    .filter((element) => !element.sectionBreak)
    .map((e) => e.startIndex ?? 0);
  const first = starts.findIndex((start) => start >= section.startIndex);
  const end = starts.findIndex((start) => start >= section.endIndex);
  return [first, end === -1 ? starts.length : end];
}
