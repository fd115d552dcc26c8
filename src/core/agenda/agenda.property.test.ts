import fc from 'fast-check';
import { DocumentModel } from '../../../dev/emulator/docs';
import { parseAgenda } from './parse';
import { planMarkDone } from './plan-mark-done';
import { planMerge } from './plan-merge';
import { planMoveSection } from './plan-move-section';
import { planNextSection, type Meeting } from './plan-next-section';
import { DEFAULT_TEMPLATE } from './template';
import { buildDoc } from './testing/build-doc';
import { applyHumanEdit, humanDoc, humanEdit, type HumanEdit } from './testing/human-edits';
import type { Document, Request } from './testing/model';
import { carryExpectation, identityCounts, insertedBlock, keepsLines } from './testing/oracles';
import { PAIR } from './testing/pair';
import { renderDoc } from './testing/render-doc';
import { isUntouched } from './untouched';

/** Property runs build hundreds of docs; give them room on a busy machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

const apply = (document: Document, requests: Request[]): Document => {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
};
const docOf = (lines: readonly string[]): Document => apply(buildDoc(lines), []);

const MEETINGS: Meeting[] = [
  { date: '2026-11-10', label: '2026-11-10 · Tuesday' },
  { date: '2026-11-24', label: '2026-11-24 · Tuesday' },
  { date: '2026-11-25', label: '2026-11-25 · Wednesday' },
  { date: '2026-12-01', label: '2026-12-01 · Tuesday' },
];
const meeting = fc.constantFrom(...MEETINGS);

/** After a merge or a new section: carried what it must, only what it may, each once. */
function expectCarried(before: Document, after: Document, date: string): void {
  const { required, allowed } = carryExpectation(before, date, PAIR);
  const countsBefore = identityCounts(before, date, PAIR);
  const countsAfter = identityCounts(after, date, PAIR);
  for (const identity of required) expect(countsAfter.has(identity)).toBe(true);
  for (const [identity, count] of countsAfter) {
    const had = countsBefore.get(identity) ?? 0;
    expect(count).toBeLessThanOrEqual(Math.max(had, 1));
    if (had === 0) expect(allowed.has(identity)).toBe(true);
  }
}

describe('agenda planners on docs people edited (property)', () => {
  it(
    'add the next section as one block, keeping every line people wrote',
    () => {
      fc.assert(
        fc.property(humanDoc, meeting, (lines, next) => {
          const doc = docOf(lines);
          const before = renderDoc(doc);
          const requests = planNextSection(doc, next, DEFAULT_TEMPLATE, PAIR);
          if (parseAgenda(doc, PAIR).sections.some((section) => section.date === next.date)) {
            expect(requests).toEqual([]);
            return;
          }
          const after = apply(doc, requests);
          const block = insertedBlock(before, renderDoc(after), `# ${next.label}`);
          expect(block).not.toBeNull();
          expectCarried(doc, after, next.date);
          expect(planNextSection(after, next, DEFAULT_TEMPLATE, PAIR)).toEqual([]);
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  type Step =
    | { readonly kind: 'prepare'; readonly meeting: Meeting }
    | { readonly kind: 'merge' }
    | { readonly kind: 'mark-done'; readonly pick: number }
    | { readonly kind: 'move'; readonly to: Meeting | null }
    | { readonly kind: 'human'; readonly edit: HumanEdit };

  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('prepare' as const), meeting }),
    fc.record({ kind: fc.constant('merge' as const) }),
    fc.record({ kind: fc.constant('mark-done' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('move' as const), to: fc.option(meeting, { nil: null }) }),
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('human' as const), edit: humanEdit }) },
  );

  it(
    'never change or lose a line people wrote, nor lose or double an open item, across plans and edits',
    () => {
      fc.assert(
        fc.property(humanDoc, fc.array(step, { maxLength: 20 }), (start, steps) => {
          let lines = renderDoc(docOf(start));
          let next: Meeting | null = null;
          for (const current of steps) {
            if (current.kind === 'human') {
              lines = renderDoc(docOf(applyHumanEdit(lines, current.edit)));
              continue;
            }
            const doc = docOf(lines);
            const result = runStep(doc, current, next);
            const after = renderDoc(result.after);
            expect(keepsLines(result.kept ?? lines, after, PAIR, result.ticks)).toBe(true);
            next = result.next;
            lines = after;
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  interface StepResult {
    readonly after: Document;
    readonly next: Meeting | null;
    /** The lines that must survive (all but a removed section's); every line by default. */
    readonly kept?: string[];
    readonly ticks: boolean;
  }

  function runStep(
    doc: Document,
    current: Exclude<Step, { kind: 'human' }>,
    next: Meeting | null,
  ): StepResult {
    switch (current.kind) {
      case 'prepare': {
        const after = apply(doc, planNextSection(doc, current.meeting, DEFAULT_TEMPLATE, PAIR));
        if (parseAgenda(doc, PAIR).sections.every((section) => section.date !== current.meeting.date)) {
          expectCarried(doc, after, current.meeting.date);
        }
        return { after, next: current.meeting, ticks: false };
      }
      case 'merge': {
        if (!next) return { after: doc, next, ticks: false };
        const after = apply(doc, planMerge(doc, next.date, PAIR));
        if (parseAgenda(doc, PAIR).sections.some((section) => section.date === next.date)) {
          expectCarried(doc, after, next.date);
        }
        expect(planMerge(after, next.date, PAIR)).toEqual([]);
        return { after, next, ticks: true };
      }
      case 'mark-done': {
        const open = parseAgenda(doc, PAIR).sections.flatMap((section) =>
          section.items
            .filter((entry) => !entry.item.done)
            .map((entry) => ({ date: section.date, identity: entry.item.identity })),
        );
        const ref = open[current.pick % Math.max(open.length, 1)];
        if (!ref) return { after: doc, next, ticks: false };
        const after = apply(doc, planMarkDone(doc, ref, PAIR));
        // Done in any section is done: no open copy is left from that section on.
        const stillOpen = parseAgenda(after, PAIR).sections.flatMap((s) =>
          s.date >= ref.date ? s.items.filter((e) => !e.item.done && e.item.identity === ref.identity) : [],
        );
        expect(stillOpen.length).toBe(0);
        return { after, next, ticks: true };
      }
      case 'move': {
        if (!next) return { after: doc, next, ticks: false };
        const agenda = parseAgenda(doc, PAIR);
        const section = agenda.sections.find((candidate) => candidate.date === next.date);
        const plan = planMoveSection(doc, next.date, current.to, DEFAULT_TEMPLATE, PAIR);
        if (plan.outcome === 'kept') {
          expect(plan.requests).toEqual([]);
          return { after: doc, next, ticks: false };
        }
        expect(section && isUntouched(agenda, section, DEFAULT_TEMPLATE)).toBe(true);
        const lines = renderDoc(doc);
        const inSection = (doc.body?.content ?? [])
          .filter((element) => !element.sectionBreak)
          .map(
            (element) =>
              (element.startIndex ?? 0) >= (section?.startIndex ?? 0) &&
              (element.startIndex ?? 0) < (section?.endIndex ?? 0),
          );
        const after = apply(doc, plan.requests);
        if (plan.outcome === 'moved' && current.to)
          expect(renderDoc(after)).toContain(`# ${current.to.label}`);
        return { after, next: current.to, kept: lines.filter((_, i) => !inSection[i]), ticks: false };
      }
    }
  }
});
