import { DocumentModel } from '../../../dev/emulator/docs';
import { planMarkDone } from './plan-mark-done';
import { buildDoc } from './testing/build-doc';
import { afterPlan, type ApplyRequests } from './testing/model';
import { PAIR } from './testing/pair';

const apply: ApplyRequests = (document, requests) => {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
};
const markDone = (lines: string[], identity: string, date = '2026-11-24') =>
  afterPlan(apply, lines, (doc) => planMarkDone(doc, { date, identity }, PAIR));

describe('planMarkDone', () => {
  it('rewrites the marker of the item to [x] and nothing else', () => {
    const after = markDone(
      ['# 2026-11-24', '- [ ] Bob: send the doc (due 2026-11-27) · from 2026-11-17'],
      'send the doc',
    );
    expect(after).toEqual(['# 2026-11-24', '- [x] Bob: send the doc (due 2026-11-27) · from 2026-11-17']);
  });

  it('keeps the text style of the marker it replaces', () => {
    expect(markDone(['# 2026-11-24', '**☐ send**'], 'send')).toEqual(['# 2026-11-24', '**[x] send**']);
  });

  it('marks every open copy since the item first appeared: the carried one and the original', () => {
    const lines = ['# 2026-11-24', '- [ ] a · from 2026-11-17', '# 2026-11-17', '- [ ] a'];
    const done = ['# 2026-11-24', '- [x] a · from 2026-11-17', '# 2026-11-17', '- [x] a'];
    expect(markDone(lines, 'a', '2026-11-17')).toEqual(done);
    expect(markDone(lines, 'a', '2026-11-24')).toEqual(done);
  });

  it('leaves an older task of the same words that was written before this one alone', () => {
    const lines = ['# 2026-11-24', '- [ ] a', '# 2025-01-07', '- [ ] a'];
    expect(markDone(lines, 'a', '2026-11-24')).toEqual([
      '# 2026-11-24',
      '- [x] a',
      '# 2025-01-07',
      '- [ ] a',
    ]);
  });

  describe('edge cases', () => {
    it.each([
      ['[  ] a', '[x] a'],
      ['☐\uFE0F a', '[x] a'],
      ['  \u200F[ ] a', '  \u200F[x] a'],
    ])('rewrites the whole odd marker of %p', (line, expected) => {
      expect(markDone(['# 2026-11-24', line], 'a')).toEqual(['# 2026-11-24', expected]);
    });

    it('plans nothing for an item already done, or gone', () => {
      const doc = buildDoc(['# 2026-11-24', '- [x] a', '- ~~[ ] b~~']);
      expect(planMarkDone(doc, { date: '2026-11-24', identity: 'a' }, PAIR)).toEqual([]);
      expect(planMarkDone(doc, { date: '2026-11-24', identity: 'b' }, PAIR)).toEqual([]);
      expect(planMarkDone(doc, { date: '2026-11-24', identity: 'c' }, PAIR)).toEqual([]);
      expect(planMarkDone(doc, { date: '2026-11-30', identity: 'a' }, PAIR)).toEqual([]);
    });

    it('finds the item by identity after people changed its case and spacing', () => {
      expect(markDone(['# 2026-11-24', '[ ] Send  THE doc'], 'send the doc')).toEqual([
        '# 2026-11-24',
        '[x] Send  THE doc',
      ]);
    });

    // Google: indexes are UTF-16 code units (an emoji outside the BMP takes two), and deleting "one
    // code unit of a surrogate pair" is invalid (DeleteContentRangeRequest.range). https://developers.google.com/docs/api/reference/rest/v1/documents/request
    // https://developers.google.com/docs/api/concepts/structure
    it('rewrites a marker before emoji in a surrogate pair without splitting it', () => {
      expect(markDone(['# 2026-11-24', '[ ]🎉 party'], '🎉 party')).toEqual(['# 2026-11-24', '[x]🎉 party']);
    });
  });
});
