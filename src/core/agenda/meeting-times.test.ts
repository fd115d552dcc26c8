import { DocumentModel } from '../../../dev/emulator/docs';
import { forgetMeetingTimes, meetingRangeName, meetingTimesOf } from './meeting-times';
import { planMoveSection } from './plan-move-section';
import { planNewAgenda } from './plan-new-agenda';
import { planNextSection } from './plan-next-section';
import { buildDoc } from './testing/build-doc';
import { PAIR } from './testing/pair';
import { renderDoc } from './testing/render-doc';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

const START = Date.UTC(2026, 10, 24, 7, 0);
const END = START + 30 * 60 * 1000;
const NEXT = { date: '2026-11-24', label: '2026-11-24 · Tuesday', start: START, end: END };

function apply(document: docs_v1.Schema$Document, requests: docs_v1.Schema$Request[]) {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
}

/** The text a named range covers. */
function coveredText(document: docs_v1.Schema$Document, name: string): string {
  const range = document.namedRanges?.[name]?.namedRanges?.[0]?.ranges?.[0];
  if (!range) return '';
  let text = '';
  for (const element of document.body?.content ?? []) {
    for (const run of element.paragraph?.elements ?? []) {
      const content = run.textRun?.content ?? '';
      const at = run.startIndex ?? 0;
      for (let i = 0; i < content.length; i++) {
        if (at + i >= (range.startIndex ?? 0) && at + i < (range.endIndex ?? 0)) text += content[i];
      }
    }
  }
  return text;
}

describe('meeting times recorded in the doc', () => {
  it('names a range with the date, start and end, and reads it back', () => {
    const name = meetingRangeName(NEXT);
    expect(name).toBe(`tandem.meeting 2026-11-24 ${START} ${END}`);
    const doc = apply(buildDoc(['# 2026-11-24 · Tuesday']), [
      { createNamedRange: { name, range: { startIndex: 1, endIndex: 5 } } },
    ]);
    expect(meetingTimesOf(doc).get('2026-11-24')).toEqual({ date: '2026-11-24', start: START, end: END });
  });

  it('ignores names it did not write and times that end before they start', () => {
    const doc = apply(buildDoc(['# 2026-11-24 · Tuesday']), [
      { createNamedRange: { name: 'tandem.meeting 2026-11-24 5 4', range: { startIndex: 1, endIndex: 5 } } },
      { createNamedRange: { name: 'someone else', range: { startIndex: 1, endIndex: 5 } } },
    ]);
    expect(meetingTimesOf(doc).size).toBe(0);
  });

  it('a new section carries its times on its heading', () => {
    const doc = buildDoc(['# Current focus', '# 2026-11-17 · Tuesday', '- [ ] a']);
    const after = apply(doc, planNextSection(doc, NEXT, ['Notes'], PAIR));
    expect(renderDoc(after)[1]).toBe('# 2026-11-24 · Tuesday');
    expect(coveredText(after, meetingRangeName(NEXT))).toBe('2026-11-24 · Tuesday');
  });

  it('a new doc’s first section carries its times too', () => {
    const blank = buildDoc([]);
    const after = apply(blank, planNewAgenda({ title: 'A & B · 1:1', people: PAIR, firstMeeting: NEXT }));
    expect(coveredText(after, meetingRangeName(NEXT))).toBe('2026-11-24 · Tuesday');
  });

  it('a section moved in place gets the new times; a cancelled one loses them', () => {
    const doc = buildDoc(['# Current focus', '# 2026-11-17 · Tuesday']);
    const prepared = apply(doc, planNextSection(doc, NEXT, ['Notes'], PAIR));
    const DAY = 24 * 3_600_000;
    const later = { date: '2026-11-25', label: '2026-11-25 · Wednesday', start: START + DAY, end: END + DAY };
    const moved = apply(prepared, planMoveSection(prepared, '2026-11-24', later, ['Notes'], PAIR).requests);
    expect([...meetingTimesOf(moved).values()]).toEqual([
      { date: '2026-11-25', start: later.start, end: later.end },
    ]);
    const cancelled = apply(
      prepared,
      planMoveSection(prepared, '2026-11-24', null, ['Notes'], PAIR).requests,
    );
    expect(meetingTimesOf(cancelled).size).toBe(0);
    expect(forgetMeetingTimes(prepared, '2026-11-17')).toEqual([]);
  });
});
