import { DocumentModel } from '../../../dev/emulator/docs';
import { parseAgenda } from './parse';
import { planPairDoc, type ComingMeeting, type PairDocState } from './plan-pair-doc';
import { buildDoc } from './testing/build-doc';
import type { Document } from './testing/model';
import { PAIR } from './testing/pair';
import { renderDoc } from './testing/render-doc';

const TEMPLATE = ['Check-in', 'Action items'];
const PEOPLE = [...PAIR];
const HOUR = 60 * 60 * 1000;
const at = (date: string, hour: number): ComingMeeting => {
  const start = Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  return { date, start, end: start + HOUR / 2 };
};
const TUE = at('2026-11-24', 10);
const NEXT_TUE = at('2026-12-01', 10);
const BEFORE = new Date(TUE.start - 24 * HOUR);

function apply(
  document: Document,
  requests: NonNullable<ReturnType<typeof planPairDoc>['requests']>,
): Document {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
}

/** Plans and applies, as the sync does: the doc after, and the plan. */
function prepare(document: Document, pair: PairDocState, now = BEFORE, template = TEMPLATE) {
  const plan = planPairDoc(document, pair, PEOPLE, template, now);
  return { plan, after: apply(document, plan.requests) };
}

const blank = () => DocumentModel.create('doc-1', 'untitled').toJson();
const HISTORY = ['# Current focus', '# 2026-11-17 · Tuesday', '## Action items', '- [ ] send the plan'];

describe('planPairDoc', () => {
  describe('in a blank doc (its @example)', () => {
    it('writes the title, the intro and the first meeting’s section with the template', () => {
      const { plan, after } = prepare(blank(), { upcoming: [TUE] });
      expect(plan.preparedDate).toBe('2026-11-24');
      expect(plan.preparedTemplate).toEqual(TEMPLATE);
      const lines = renderDoc(after);
      expect(lines.some((l) => l.includes('2026-11-24 · Tuesday'))).toBe(true);
      expect(lines).toEqual(expect.arrayContaining(['## Check-in', '## Action items']));
      expect(parseAgenda(after, PEOPLE).sections.map((s) => s.date)).toEqual(['2026-11-24']);
    });

    it('writes only the header when no meeting is coming', () => {
      const { plan, after } = prepare(blank(), { upcoming: [] });
      expect(plan.preparedDate).toBeUndefined();
      expect(parseAgenda(after, PEOPLE).sections).toEqual([]);
      expect(renderDoc(after).length).toBeGreaterThan(0);
    });
  });

  describe('when the doc has no section for the next meeting', () => {
    it('adds it above the earlier ones, carrying the open items, written with today’s template', () => {
      const { plan, after } = prepare(buildDoc(HISTORY), { upcoming: [TUE], preparedDate: '2026-11-17' });
      expect(plan.preparedDate).toBe('2026-11-24');
      expect(plan.preparedTemplate).toEqual(TEMPLATE);
      expect(parseAgenda(after, PEOPLE).sections.map((s) => s.date)).toEqual(['2026-11-24', '2026-11-17']);
      expect(renderDoc(after).filter((l) => l.includes('send the plan'))).toHaveLength(2);
    });
  });

  describe('when the section is there already', () => {
    it('plans nothing more once its own plan is applied (a second run writes nothing)', () => {
      const pair: PairDocState = { upcoming: [TUE, NEXT_TUE] };
      const first = prepare(buildDoc(HISTORY), pair).after;
      const again = planPairDoc(
        first,
        { ...pair, preparedDate: '2026-11-24', preparedTemplate: TEMPLATE },
        PEOPLE,
        TEMPLATE,
        BEFORE,
      );
      expect(again).toEqual({ requests: [], preparedDate: '2026-11-24' });
    });

    it('does not merge into it once its meeting started', () => {
      const written = buildDoc(['# Current focus', '# 2026-11-24 · Tuesday', '## Notes', '- by hand']);
      const plan = planPairDoc(
        written,
        { upcoming: [TUE], preparedDate: '2026-11-24' },
        PEOPLE,
        TEMPLATE,
        new Date(TUE.start),
      );
      expect(plan).toEqual({ requests: [], preparedDate: '2026-11-24' });
    });

    it('merges the template into a section written by hand before the meeting, keeping the person’s lines', () => {
      const written = buildDoc(['# Current focus', '# 2026-11-24 · Tuesday', '- by hand']);
      const { plan, after } = prepare(written, { upcoming: [TUE] });
      expect(plan.preparedDate).toBe('2026-11-24');
      expect(plan.preparedTemplate).toBeUndefined();
      expect(plan.requests.length).toBeGreaterThan(0);
      expect(renderDoc(after)).toContain('- by hand');
    });
  });

  describe('when the prepared meeting moved or was cancelled', () => {
    const prepared = (meeting: ComingMeeting) => prepare(buildDoc(HISTORY), { upcoming: [meeting] }).after;

    it('moves the untouched section to the new date, keeping the template it was written with', () => {
      const doc = prepared(TUE);
      const moved = at('2026-11-25', 10);
      const plan = planPairDoc(
        doc,
        { upcoming: [moved], preparedDate: '2026-11-24', preparedTemplate: TEMPLATE },
        PEOPLE,
        ['Other', 'Headings'],
        BEFORE,
      );
      expect(plan.preparedDate).toBe('2026-11-25');
      expect(plan.preparedTemplate).toEqual(TEMPLATE);
      const dates = parseAgenda(apply(doc, plan.requests), PEOPLE).sections.map((s) => s.date);
      expect(dates).toEqual(['2026-11-25', '2026-11-17']);
    });

    it('takes the untouched section away when no meeting is coming', () => {
      const doc = prepared(TUE);
      const { plan, after } = prepare(doc, {
        upcoming: [],
        preparedDate: '2026-11-24',
        preparedTemplate: TEMPLATE,
      });
      expect(plan.preparedDate).toBeUndefined();
      expect(parseAgenda(after, PEOPLE).sections.map((s) => s.date)).toEqual(['2026-11-17']);
    });

    it('keeps a section a person wrote in, and prepares the new meeting’s own', () => {
      const touched = buildDoc([
        '# Current focus',
        '# 2026-11-24 · Tuesday',
        '## Check-in',
        '- my words',
        ...HISTORY.slice(1),
      ]);
      const moved = at('2026-11-25', 10);
      const { plan, after } = prepare(touched, {
        upcoming: [moved],
        preparedDate: '2026-11-24',
        preparedTemplate: TEMPLATE,
      });
      expect(plan.preparedDate).toBe('2026-11-25');
      expect(renderDoc(after)).toContain('- my words');
      expect(parseAgenda(after, PEOPLE).sections.map((s) => s.date)).toEqual([
        '2026-11-25',
        '2026-11-24',
        '2026-11-17',
      ]);
    });
  });

  describe('edge cases', () => {
    it('leaves a prepared section of a meeting already held where it is', () => {
      const doc = prepare(buildDoc(HISTORY), { upcoming: [TUE] }).after;
      const pair: PairDocState = {
        upcoming: [NEXT_TUE],
        lastHeld: { date: '2026-11-24' },
        preparedDate: '2026-11-24',
        preparedTemplate: TEMPLATE,
      };
      const { plan, after } = prepare(doc, pair);
      expect(plan.preparedDate).toBe('2026-12-01');
      expect(parseAgenda(after, PEOPLE).sections.map((s) => s.date)).toEqual([
        '2026-12-01',
        '2026-11-24',
        '2026-11-17',
      ]);
    });

    it('plans nothing in a written doc when no meeting is coming, keeping what was prepared', () => {
      expect(
        planPairDoc(
          buildDoc(HISTORY),
          { upcoming: [], preparedDate: '2026-11-17' },
          PEOPLE,
          TEMPLATE,
          BEFORE,
        ),
      ).toEqual({
        requests: [],
        preparedDate: '2026-11-17',
      });
    });

    it('takes a doc a person emptied for a blank one and starts it again', () => {
      const emptied = apply(blank(), []);
      expect(
        planPairDoc(emptied, { upcoming: [TUE], preparedDate: '2026-11-17' }, PEOPLE, TEMPLATE, BEFORE)
          .preparedDate,
      ).toBe('2026-11-24');
    });
  });
});
