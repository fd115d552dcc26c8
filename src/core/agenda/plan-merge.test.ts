import { DocumentModel } from '../../../dev/emulator/docs';
import { planMerge } from './plan-merge';
import { buildDoc } from './testing/build-doc';
import { afterPlan, type ApplyRequests } from './testing/model';
import { PAIR } from './testing/pair';

const apply: ApplyRequests = (document, requests) => {
  const model = DocumentModel.fromJson(document);
  model.apply(requests);
  return model.toJson();
};
const merge = (lines: string[]) => afterPlan(apply, lines, (doc) => planMerge(doc, '2026-11-24', PAIR));

const NEXT = ['# 2026-11-24 · Tuesday', '## Check-in', '## Action items'];

describe('planMerge', () => {
  describe('when items were added to the last meeting after the next section was prepared', () => {
    it('adds them under the carried items, with where they came from', () => {
      const after = merge([
        ...NEXT,
        '- [ ] a · from 2026-11-17',
        '# 2026-11-17',
        '## Action items',
        '- [ ] a',
        '- [ ] Bob: b (due 2026-11-30)',
      ]);
      expect(after.slice(0, 5)).toEqual([
        ...NEXT,
        '- [ ] a · from 2026-11-17',
        '- [ ] Bob: b (due 2026-11-30) · from 2026-11-17',
      ]);
    });

    it('adds an item that was re-opened since', () => {
      const after = merge([...NEXT, '# 2026-11-17', '- [ ] re-opened', '- [x] still done']);
      expect(after.slice(0, 4)).toEqual([...NEXT, '- [ ] re-opened · from 2026-11-17']);
    });
  });

  describe('when an original was marked done', () => {
    it('marks its carried copy done, rewriting only the marker', () => {
      const after = merge([
        ...NEXT,
        '- **[ ] Bob: send it · from 2026-11-17**',
        '# 2026-11-17',
        '- [x] Bob: send it',
      ]);
      expect(after[3]).toBe('- **[x] Bob: send it · from 2026-11-17**');
    });

    it('marks a copy done when the item was ticked where it first appeared, two meetings back', () => {
      const after = merge([
        ...NEXT,
        '- ☐ a · from 2026-11-10',
        '# 2026-11-17',
        '- [ ] a · from 2026-11-10',
        '# 2026-11-10',
        '- ✅ a',
      ]);
      expect(after[3]).toBe('- [x] a · from 2026-11-10');
    });

    it('leaves a copy a person wrote without a from-suffix as it is', () => {
      const lines = [...NEXT, '- [ ] a', '# 2026-11-17', '- [x] a'];
      expect(merge(lines)).toEqual(lines);
    });
  });

  it('plans nothing on its own result', () => {
    const doc = apply(
      buildDoc([...NEXT, '- [ ] a · from 2026-11-17', '# 2026-11-17', '- [x] a', '- [ ] b']),
      [],
    );
    const once = apply(doc, planMerge(doc, '2026-11-24', PAIR));
    expect(planMerge(once, '2026-11-24', PAIR)).toEqual([]);
  });

  describe('edge cases', () => {
    it('plans nothing when there is no section for the next meeting', () => {
      expect(planMerge(buildDoc(['# 2026-11-17', '- [ ] a']), '2026-11-24', PAIR)).toEqual([]);
    });

    it('never adds an item the next section already holds, whatever its owner, due date or case', () => {
      const lines = [
        ...NEXT,
        '- [ ] Alice: SEND it (due 2026-12-01) · from 2026-11-17',
        '# 2026-11-17',
        '- [ ] Bob: send it',
      ];
      expect(merge(lines)).toEqual(lines);
    });

    it('adds at the end of the section when people deleted the action-items heading', () => {
      const after = merge(['# 2026-11-24', '## Check-in', 'talk', '# 2026-11-17', '- [ ] a']);
      expect(after.slice(0, 4)).toEqual(['# 2026-11-24', '## Check-in', 'talk', '- [ ] a · from 2026-11-17']);
    });

    it('adds after the last item when people deleted the heading but kept items', () => {
      const after = merge([
        '# 2026-11-24',
        '- [ ] x · from 2026-11-17',
        'notes',
        '# 2026-11-17',
        '- [ ] x',
        '- [ ] y',
      ]);
      expect(after.slice(0, 4)).toEqual([
        '# 2026-11-24',
        '- [ ] x · from 2026-11-17',
        '- [ ] y · from 2026-11-17',
        'notes',
      ]);
    });

    // Google: "Text must be inserted inside the bounds of an existing Paragraph. For instance, text
    // cannot be inserted at a table's start index" (InsertTextRequest.location). https://developers.google.com/docs/api/reference/rest/v1/documents/request
    it('adds before a table that follows the action-items heading', () => {
      const after = merge([...NEXT, '[table 1×1]', 'after', '# 2026-11-17', '- [ ] a']);
      expect(after.slice(0, 6)).toEqual([...NEXT, '- [ ] a · from 2026-11-17', '[table 1×1]', 'after']);
    });

    it('adds at the end of a next section that ends the doc, leaving the last paragraph as it was', () => {
      const after = merge(['# 2026-11-17', '- [ ] a', ...NEXT, '- ~~**[ ] people did this**~~']);
      expect(after.slice(-2)).toEqual(['- ~~**[ ] people did this**~~', '- [ ] a · from 2026-11-17']);
    });

    it('merges into the first of two sections people gave the same date', () => {
      const after = merge([
        ...NEXT,
        '# 2026-11-24 · copy',
        '- [ ] b · from 2026-11-17',
        '# 2026-11-17',
        '- [ ] a',
        '- [ ] b',
      ]);
      expect(after.slice(0, 6)).toEqual([
        ...NEXT,
        '- [ ] a · from 2026-11-17',
        '# 2026-11-24 · copy',
        '- [ ] b · from 2026-11-17',
      ]);
    });

    it('rewrites markers and adds items in one plan without shifting one another', () => {
      const after = merge([
        ...NEXT,
        '- ☐ a · from 2026-11-17',
        '- ☐ b · from 2026-11-17',
        '# 2026-11-17',
        '- [x] a',
        '- ☑ b',
        '- [ ] c',
      ]);
      expect(after.slice(0, 6)).toEqual([
        ...NEXT,
        '- [x] a · from 2026-11-17',
        '- [x] b · from 2026-11-17',
        '- [ ] c · from 2026-11-17',
      ]);
    });
  });
});
