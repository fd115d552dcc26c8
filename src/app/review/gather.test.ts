import { DocumentModel } from '../../../dev/emulator/docs';
import { buildDoc } from '../../core/agenda/testing/build-doc';
import { PAIR } from '../../core/agenda/testing/pair';
import { docUrl } from '../../core/agenda';
import { gatherReview } from './gather';

/** A doc as documents.get returns it, headings with their ids (the emulator gives them as Docs does). */
function doc(lines: string[]) {
  return DocumentModel.fromJson(buildDoc(lines)).toJson();
}

function headingIdOf(document: ReturnType<typeof doc>, text: string): string {
  const found = (document.body?.content ?? []).find((e) =>
    (e.paragraph?.elements ?? [])
      .map((r) => r.textRun?.content ?? '')
      .join('')
      .startsWith(text),
  );
  const id = found?.paragraph?.paragraphStyle?.headingId;
  if (!id) throw new Error(`no heading id for ${text}`);
  return id;
}

const AGENDA = [
  '= Alice & Bob · 1:1',
  '# Current focus',
  '- Bob: lead the billing migration',
  '# 2026-11-24 · Tuesday',
  '## Wins',
  'Future win, not held yet',
  '# 2026-11-17 · Tuesday',
  '## Check-in',
  'Tired after the release',
  'Feedback: the demo was very clear',
  '## Wins',
  'Shipped the billing migration',
  '',
  '## Growth',
  'Wants to mentor a new hire',
  '## Action items',
  '- [x] Bob: send the design doc · from 2026-11-10',
  '- [ ] Alice: book the room',
  '# 2026-11-10 · Tuesday',
  '## Wins',
  'Closed the Q3 incident review',
  '[ ] not a win: an open item under Wins',
  '## Feedback',
  'Asked for more context on priorities',
  '## Action items',
  '- [ ] Bob: send the design doc',
  '- ✅ Alice: share the roadmap',
  '# 2026-08-01 · Saturday',
  '## Wins',
  'Too old for this review',
];

describe('gatherReview', () => {
  const document = doc(AGENDA);
  const gathered = gatherReview(document, 'doc-1', PAIR, '2026-11-01', '2026-11-23');
  const link17 = docUrl('doc-1', headingIdOf(document, '2026-11-17'));
  const link10 = docUrl('doc-1', headingIdOf(document, '2026-11-10'));

  it('gathers what was written under the wins sub-headings, oldest meeting first, with a link to the meeting', () => {
    expect(gathered.wins).toEqual([
      { date: '2026-11-10', text: 'Closed the Q3 incident review', link: link10 },
      { date: '2026-11-17', text: 'Shipped the billing migration', link: link17 },
    ]);
    expect(link17).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/doc-1\/edit#heading=h\./);
  });

  it('gathers feedback from a Feedback sub-heading and from "Feedback:" lines anywhere', () => {
    expect(gathered.feedback).toEqual([
      { date: '2026-11-10', text: 'Asked for more context on priorities', link: link10 },
      { date: '2026-11-17', text: 'the demo was very clear', link: link17 },
    ]);
  });

  it('gathers growth notes', () => {
    expect(gathered.growth).toEqual([
      { date: '2026-11-17', text: 'Wants to mentor a new hire', link: link17 },
    ]);
  });

  it('gathers each completed action item once, on the meeting it was ticked, without Tandem’s suffix', () => {
    expect(gathered.completedItems).toEqual([
      { date: '2026-11-10', text: 'Alice: share the roadmap', link: link10 },
      { date: '2026-11-17', text: 'Bob: send the design doc', link: link17 },
    ]);
  });

  describe('edge cases', () => {
    it('leaves out meetings outside the period, on both sides', () => {
      const all = JSON.stringify(gathered);
      expect(all).not.toContain('Too old');
      expect(all).not.toContain('Future win');
    });

    it('includes meetings on the first and the last day', () => {
      const edges = gatherReview(document, 'doc-1', PAIR, '2026-11-10', '2026-11-10');
      expect(edges.wins.map((w) => w.date)).toEqual(['2026-11-10']);
    });

    it('returns nothing for a doc without meeting sections', () => {
      expect(gatherReview(doc(['= T', 'hello']), 'd', PAIR, '2020-01-01', '2030-01-01')).toEqual({
        wins: [],
        feedback: [],
        growth: [],
        completedItems: [],
      });
    });

    it('links to the doc itself when a heading has no id', () => {
      const bare = buildDoc(['# 2026-11-17', '## Wins', 'A win']);
      expect(gatherReview(bare, 'd', PAIR, '2026-11-01', '2026-11-30').wins[0]?.link).toBe(
        'https://docs.google.com/document/d/d/edit',
      );
    });
  });
});
