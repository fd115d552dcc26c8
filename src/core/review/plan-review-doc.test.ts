import { DocumentModel } from '../../../dev/emulator/docs';
import { renderDoc } from '../agenda/testing/render-doc';
import type { ReviewGathering } from './review-entry';
import { NOTHING_LINE, planReviewDoc, PRIVATE_MARK, PRIVATE_NOTES_TITLE } from './plan-review-doc';

function written(gathering: ReviewGathering) {
  const model = DocumentModel.create('review-1', 'untitled');
  model.apply(planReviewDoc(gathering, { title: 'Review notes · Bob', intro: 'Private.' }));
  return model.toJson();
}

/** Each linked run: its text and URL. */
function links(document: ReturnType<typeof written>): [string, string][] {
  return (document.body?.content ?? []).flatMap((e) =>
    (e.paragraph?.elements ?? []).flatMap((r): [string, string][] =>
      r.textRun?.textStyle?.link?.url ? [[r.textRun.content ?? '', r.textRun.textStyle.link.url]] : [],
    ),
  );
}

const EMPTY: ReviewGathering = { wins: [], feedback: [], growth: [], completedItems: [] };

describe('planReviewDoc', () => {
  it('writes the title, the intro and each part, its entries as dated bullets whose date links to the meeting', () => {
    const document = written({
      ...EMPTY,
      wins: [
        {
          date: '2026-11-10',
          text: 'Closed the incident review',
          link: 'https://docs.google.com/document/d/a/edit#heading=h.1',
        },
        {
          date: '2026-11-17',
          text: 'Shipped 🚀 the migration',
          link: 'https://docs.google.com/document/d/a/edit#heading=h.2',
        },
      ],
      completedItems: [{ date: '2026-11-17', text: 'Bob: send the doc', link: 'https://x/edit#heading=h.2' }],
    });
    expect(renderDoc(document)).toEqual([
      '= Review notes · Bob',
      'Private.',
      '# Wins',
      '- 2026-11-10 · Closed the incident review',
      '- 2026-11-17 · Shipped 🚀 the migration',
      '# Feedback',
      NOTHING_LINE,
      '# Growth',
      NOTHING_LINE,
      '# Completed action items',
      '- 2026-11-17 · Bob: send the doc',
      '',
    ]);
    expect(links(document)).toEqual([
      ['2026-11-10', 'https://docs.google.com/document/d/a/edit#heading=h.1'],
      ['2026-11-17', 'https://docs.google.com/document/d/a/edit#heading=h.2'],
      ['2026-11-17', 'https://x/edit#heading=h.2'],
    ]);
  });

  describe('edge cases', () => {
    it('keeps link positions right after emoji and multi-line text (UTF-16 indices, one line each)', () => {
      const document = written({
        ...EMPTY,
        growth: [
          { date: '2026-01-01', text: '👩🏽‍💻 line one\nline two', link: 'https://l/1' },
          { date: '2026-01-02', text: 'שלום <b>x</b>', link: 'https://l/2' },
        ],
      });
      expect(renderDoc(document)).toContain('- 2026-01-01 · 👩🏽‍💻 line one line two');
      expect(renderDoc(document)).toContain('- 2026-01-02 · שלום <b>x</b>');
      expect(links(document)).toEqual([
        ['2026-01-01', 'https://l/1'],
        ['2026-01-02', 'https://l/2'],
      ]);
    });

    it('ends with the private notes, each line marked private and its date linked (its @example owner)', () => {
      const model = DocumentModel.create('review-1', 'untitled');
      const privateNotes = [{ date: '2026-11-10', text: 'Ask about the move', link: 'https://p/1' }];
      model.apply(planReviewDoc(EMPTY, { title: 'Review notes · Bob Okafor', intro: 'Mine.', privateNotes }));
      const document = model.toJson();
      expect(renderDoc(document).slice(-3)).toEqual([
        `# ${PRIVATE_NOTES_TITLE}`,
        `- 2026-11-10 · ${PRIVATE_MARK}Ask about the move`,
        '',
      ]);
      expect(renderDoc(document)[0]).toBe('= Review notes · Bob Okafor');
      expect(links(document)).toEqual([['2026-11-10', 'https://p/1']]);
    });

    it('writes no private part when the owner keeps no private notes, and leaves out a blank intro', () => {
      const model = DocumentModel.create('review-1', 'untitled');
      model.apply(planReviewDoc(EMPTY, { title: 'Review notes · Bob', intro: ' \n ', privateNotes: [] }));
      const lines = renderDoc(model.toJson());
      expect(lines).not.toContain(`# ${PRIVATE_NOTES_TITLE}`);
      expect(lines.slice(0, 2)).toEqual(['= Review notes · Bob', '# Wins']);
    });

    it('writes every part heading with a "nothing" line when the period was empty', () => {
      const lines = renderDoc(written(EMPTY));
      expect(lines.filter((l) => l === NOTHING_LINE)).toHaveLength(4);
      expect(links(written(EMPTY))).toEqual([]);
    });
  });
});
