// Docs as people really leave them — rearranged, emptied, 10,000 paragraphs long, with tables and
// images inside sections, headings that look like dates, markers in odd places, RTL and emoji text.
// The meeting ends and Tandem prepares the next section: no paragraph lost, no section twice.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { Scenario } from '../harness';
import { h1, h2, para, rewriteDoc, table, withImage } from './support/doc-surgery';
import { openItemsBySection, sectionDates, soundness } from './support/invariants';
import { CallTap } from './support/tap';
import { advance, aliceTurnedOn, ALICE, BOB } from './support/worlds';
import { pairRecords, viewOf } from './support/world-view';

type Element = docs_v1.Schema$StructuralElement;

/** Alice's docs exist, each with its first section; Bob's 1:1 (2026-10-20, 10:00 Paris) ends next. */
const base = (() => {
  const s = new Scenario(aliceTurnedOn());
  advance(s, '2026-10-20T07:00:00Z');
  return { world: s.ws.toWorld(), bobDoc: s.docId(ALICE, BOB) };
})();
/** After Alice's first hourly run past the end of Bob's 1:1 (08:30Z): hers run at :29. */
const AFTER_THE_MEETING = '2026-10-20T09:40:00Z';
const reference = (() => {
  const s = new Scenario(base.world);
  advance(s, AFTER_THE_MEETING);
  return viewOf(s.ws);
})();
const BOB_KEY = `${ALICE} ${BOB}`;

const title = () => [para('Alice Moreau & Bob Okafor · 1:1', 'TITLE')];

interface OddDoc {
  name: string;
  body: (content: Element[]) => Element[];
  /** Open items (identity text) the 2026-10-27 section must hold afterwards. */
  carried: string[];
  /** Lines Tandem must have written back. */
  alsoHas?: string[];
}

const ODD_DOCS: OddDoc[] = [
  {
    name: 'rearranged: oldest section on top, Current focus last, sub-headings shuffled',
    body: () => [
      ...title(),
      h1('2026-10-06 · Tuesday'),
      h2('Action items'),
      para('[x] Bob: old and done'),
      h1('2026-10-20 · Tuesday'),
      h2('Action items'),
      para('[ ] Bob: send the design doc to Priya (due 2026-10-23)'),
      h2('Check-in'),
      para('Tired after the release'),
      h2('Wins'),
      h1('2026-10-13 · Tuesday'),
      para('[ ] Alice: an item from the 13th, superseded'),
      h1('Current focus'),
      para('Bob: lead the billing migration (until 2027-01-31)'),
    ],
    carried: ['Bob: send the design doc to Priya (due 2026-10-23)'],
  },
  {
    name: 'emptied: every line deleted',
    body: () => [para('')],
    carried: [],
    alsoHas: [
      '= Alice Moreau & Bob Okafor · 1:1',
      '# Current focus',
      '# 2026-10-27 · Tuesday',
      '## Action items',
    ],
  },
  {
    name: '10,000 paragraphs in the section',
    body: (content) => [
      ...content,
      ...Array.from({ length: 10_000 }, (_, i) => para(`Note ${i + 1}: ${'lorem ipsum '.repeat(3)}`)),
      para('[ ] Bob: read all of the above'),
    ],
    carried: ['Bob: read all of the above'],
  },
  {
    name: 'a table and an image inside the section',
    body: (content) => [
      ...content,
      ...table([
        ['Metric', 'Value'],
        ['[ ] in a cell', '42'],
      ]),
      withImage('Architecture sketch: ', ' (see left)', 'kix.image1'),
      para('[ ] Alice: review the sketch'),
    ],
    carried: ['Alice: review the sketch'],
  },
  {
    name: 'headings that look like dates but are not, and a next section a person made early',
    body: (content) => [
      ...title(),
      h1('2026-13-45 planning'),
      para('not a meeting'),
      h1('2026-02-30 · Monday'),
      h1('20261027 notes'),
      h1('Week of 2026-10-27'),
      h1('2026-10-27 — topics added early'),
      para('Topic: pricing'),
      ...content.filter((e) => e.paragraph?.paragraphStyle?.namedStyleType !== 'TITLE'),
      para('[ ] Bob: send the design doc to Priya'),
      para('2026-10-27 · Tuesday'),
      h2('2026-10-27'),
    ],
    carried: ['Bob: send the design doc to Priya'],
  },
  {
    name: 'markers in odd places',
    body: (content) => [
      ...content,
      para('see [ ] later, not an item'),
      para('[ ]'),
      para('[x][ ] both markers'),
      h2('[ ] a heading is not an item'),
      para('   [ ]   Bob:   spaced   out   (due 2026-10-30)'),
      para('[ ] Bob: impossible date (due 2026-02-30)'),
      para('\u2610 Carol: not one of the pair'),
      para(`[ ] ${'long '.repeat(1000)}`),
      para('\u200F[ ] after a right-to-left mark'),
      para('[ ] struck through means done', 'NORMAL_TEXT', { strikethrough: true }),
      para('[X] upper-case done'),
    ],
    carried: [
      'Bob:   spaced   out   (due 2026-10-30)',
      'Bob: impossible date (due 2026-02-30)',
      'Carol: not one of the pair',
      `${'long '.repeat(1000)}`.trim(),
      'after a right-to-left mark',
    ],
  },
  {
    name: 'right-to-left and emoji text',
    body: (content) => [
      ...content,
      para('[ ] Bob: مراجعة تصميم الفوترة'),
      para('[ ] עדכון התקציב לפני יום חמישי'),
      para('[ ] 🎉 celebrate the 👩‍👩‍👧 launch 🚀 with the team'),
      para('Topic: 😀 morale'),
    ],
    carried: [
      'Bob: مراجعة تصميم الفوترة',
      'עדכון התקציב לפני יום חמישי',
      '🎉 celebrate the 👩‍👩‍👧 launch 🚀 with the team',
    ],
  },
];

/** Lines of `before` that `after` no longer holds (as a multiset). */
function lostLines(before: string[], after: string[]): string[] {
  const left = [...after];
  return before.filter((line) => {
    const i = left.indexOf(line);
    if (i < 0) return line.trim() !== ''; // an empty line may be merged away
    left.splice(i, 1);
    return false;
  });
}

describe.each(ODD_DOCS)('when the doc is $name', ({ body, carried, alsoHas }) => {
  const world = rewriteDoc(base.world, base.bobDoc, body);
  const s = new Scenario(world);
  const tap = new CallTap(s.ws);
  const before = s.lines(base.bobDoc);
  const fired = advance(s, AFTER_THE_MEETING);
  const after = s.lines(base.bobDoc);

  it('every run succeeds and the pair shows no error', () => {
    expect(fired.map((f) => f.result.error ?? 'ok')).toEqual(fired.map(() => 'ok'));
    expect(pairRecords(s.ws, ALICE)[BOB_KEY]?.error).toBeUndefined();
  });

  it('no paragraph a person wrote is lost', () => {
    expect(lostLines(before, after)).toEqual([]);
    expect(after).toEqual(expect.arrayContaining(alsoHas ?? []));
  });

  it('there is exactly one section for the next meeting, holding the open items carried over', () => {
    expect(sectionDates(after).filter((d) => d === '2026-10-27')).toHaveLength(1);
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    const open = (openItemsBySection(after).get('2026-10-27') ?? []).map(squash);
    expect(open).toEqual(expect.arrayContaining(carried.map(squash)));
    expect(new Set(open).size).toBe(open.length);
  });

  it('nothing else is touched: the other pairs’ docs are as without the odd doc', () => {
    const view = viewOf(s.ws);
    expect(soundness(s.ws, view, tap.shares)).toEqual([]);
    const others = (v: typeof view) =>
      Object.fromEntries(Object.entries(v.docs).filter(([key]) => key !== BOB_KEY));
    expect(others(view)).toEqual(others(reference));
  });
});
