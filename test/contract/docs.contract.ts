// Docs API v1 contract: index arithmetic for every request kind Tandem sends — insertText (with
// "\n" splits and style inheritance), deleteContentRange, updateParagraphStyle, updateTextStyle.
// Lists, replaceAllText, named ranges, Tandem's own request builders and write control are in
// docs-more.contract.ts.
import type { ContractTargetFactory } from '../../dev/contract/clients';
import { failureOf } from '../../dev/contract/clients';
import { bodyEndOf, newDoc, paragraphNamed, paragraphsOf, textsOf } from './doc-view';
import { docsMoreContract } from './docs-more.contract';
import { useTarget, type SuiteContext } from './harness';

export function docsContract(factory: ContractTargetFactory): void {
  describe(`Docs v1 documents (${factory.kind})`, () => {
    const suite = useTarget(factory);
    creationContract(suite);
    insertContract(suite);
    deleteContract(suite);
    styleContract(suite);
    docsMoreContract(suite);
  });
}

function creationContract(suite: SuiteContext): void {
  describe('when a document is created', () => {
    it('holds a section break at 0–1 and one empty paragraph at 1–2', async () => {
      // https://developers.google.com/docs/api/concepts/structure#start_and_end_index
      const { doc } = await newDoc(suite, 'blank');
      const [first] = doc.body?.content ?? [];
      expect(first?.sectionBreak).toBeDefined();
      expect(first?.startIndex ?? 0).toBe(0); // proto3 JSON leaves a zero out
      expect(first?.endIndex).toBe(1);
      expect(paragraphsOf(doc)).toEqual([expect.objectContaining({ start: 1, end: 2, text: '' })]);
      expect(doc.revisionId).toEqual(expect.any(String));
      expect(doc.title).toBe(suite.scratch.label('blank'));
    });
  });
}

function insertContract(suite: SuiteContext): void {
  describe('when text with newlines is inserted', () => {
    it('makes one paragraph per line, counting UTF-16 code units', async () => {
      // "Inserting a newline character implicitly creates a Paragraph at that index"; indexes
      // count UTF-16 code units (🎯 is two). https://developers.google.com/docs/api/concepts/rules-behavior
      const { id, docs } = await newDoc(suite, 'lines');
      await docs.batchUpdate(id, [
        { insertText: { location: { index: 1 }, text: 'Check-in\nWins 🎯\nGrowth' } },
      ]);
      const doc = await docs.get(id);
      expect(paragraphsOf(doc).map(({ start, end, text }) => ({ start, end, text }))).toEqual([
        { start: 1, end: 10, text: 'Check-in' },
        { start: 10, end: 18, text: 'Wins 🎯' },
        { start: 18, end: 25, text: 'Growth' },
      ]);
      expect(bodyEndOf(doc)).toBe(25);
    });

    it('splits a heading into two headings, each with its own heading id', async () => {
      // "The paragraph style of the new paragraph is copied from the paragraph at the current
      // insertion index, including lists and bullets." (rules-behavior, Insert text)
      const { id, docs } = await newDoc(suite, 'split heading', [
        { text: 'Agenda notes', style: 'HEADING_1' },
      ]);
      await docs.batchUpdate(id, [{ insertText: { location: { index: 7 }, text: '\n' } }]);
      const [first, second] = paragraphsOf(await docs.get(id));
      expect([first?.text, second?.text]).toEqual(['Agenda', ' notes']);
      expect([first?.style, second?.style]).toEqual(['HEADING_1', 'HEADING_1']);
      expect(first?.headingId).toEqual(expect.any(String));
      expect(second?.headingId).toEqual(expect.any(String));
      expect(first?.headingId).not.toBe(second?.headingId);
    });

    it('splits a bullet into two bullets of the same list', async () => {
      const { id, docs } = await newDoc(suite, 'split bullet', [{ text: 'first second', bullet: true }]);
      await docs.batchUpdate(id, [{ insertText: { location: { index: 6 }, text: '\n' } }]);
      const [first, second] = paragraphsOf(await docs.get(id));
      expect([first?.text, second?.text]).toEqual(['first', ' second']);
      expect(first?.bullet).toEqual({ listId: expect.any(String), level: 0 });
      expect(second?.bullet).toEqual(first?.bullet);
    });

    it('gives inserted text the style of the text just before it', async () => {
      // "Typically, the text style for the inserted text matches the text immediately before the
      // insertion index." (rules-behavior) — why Tandem resets styles on what it writes.
      const { id, docs } = await newDoc(suite, 'inherit', [{ text: 'done', struck: true }]);
      await docs.batchUpdate(id, [{ insertText: { location: { index: 5 }, text: ' today' } }]);
      expect(paragraphNamed(await docs.get(id), 'done today').runs).toEqual([
        { text: 'done today', struck: true, bold: false },
      ]);
    });

    it('answers 400 for an index at or past the end of the body, and changes nothing', async () => {
      const { id, docs, doc } = await newDoc(suite, 'past end', [{ text: 'short' }]);
      const failure = await failureOf(
        docs.batchUpdate(id, [{ insertText: { location: { index: bodyEndOf(doc) }, text: 'x' } }]),
      );
      expect(failure.code).toBe(400);
      expect(textsOf(await docs.get(id))).toEqual(['short']);
    });
  });
}

function deleteContract(suite: SuiteContext): void {
  describe('when content is deleted', () => {
    it('shifts every later index back by the length removed', async () => {
      const { id, docs } = await newDoc(suite, 'delete inside', [{ text: 'Alpha beta' }, { text: 'Gamma' }]);
      await docs.batchUpdate(id, [{ deleteContentRange: { range: { startIndex: 6, endIndex: 11 } } }]);
      const paragraphs = paragraphsOf(await docs.get(id));
      expect(paragraphs.map(({ start, end, text }) => ({ start, end, text }))).toEqual([
        { start: 1, end: 7, text: 'Alpha' },
        { start: 7, end: 13, text: 'Gamma' },
      ]);
    });

    it('removes whole paragraphs and leaves the neighbours’ styles as they were', async () => {
      const { id, docs, doc } = await newDoc(suite, 'delete paragraph', [
        { text: 'Keep one', style: 'HEADING_1' },
        { text: 'Drop me' },
        { text: 'Keep two', style: 'HEADING_2' },
      ]);
      const drop = paragraphNamed(doc, 'Drop me');
      await docs.batchUpdate(id, [
        { deleteContentRange: { range: { startIndex: drop.start, endIndex: drop.end } } },
      ]);
      const after = paragraphsOf(await docs.get(id));
      expect(after.map((p) => [p.text, p.style])).toEqual([
        ['Keep one', 'HEADING_1'],
        ['Keep two', 'HEADING_2'],
      ]);
      expect(after[1]?.start).toBe(drop.start);
    });

    it('answers 400 for a range that includes the body’s final newline', async () => {
      // "Deleting the last newline character of a Body … is not allowed" (rules-behavior, Delete text).
      const { id, docs, doc } = await newDoc(suite, 'final newline', [{ text: 'Only' }]);
      const failure = await failureOf(
        docs.batchUpdate(id, [
          { deleteContentRange: { range: { startIndex: 1, endIndex: bodyEndOf(doc) } } },
        ]),
      );
      expect(failure.code).toBe(400);
    });
  });
}

function styleContract(suite: SuiteContext): void {
  describe('when paragraph and text styles are updated', () => {
    it('styles every paragraph the range touches, and a heading gets a heading id', async () => {
      // "If you apply paragraph-level formatting to a range, the formatting is applied to any
      // paragraphs that are partially or fully covered by the range." (rules-behavior)
      const { id, docs } = await newDoc(suite, 'paragraph style', [
        { text: 'One' },
        { text: 'Two' },
        { text: 'Three' },
      ]);
      await docs.batchUpdate(id, [
        {
          updateParagraphStyle: {
            range: { startIndex: 2, endIndex: 6 },
            paragraphStyle: { namedStyleType: 'HEADING_2' },
            fields: 'namedStyleType',
          },
        },
      ]);
      const styled = paragraphsOf(await docs.get(id));
      expect(styled.map((p) => p.style)).toEqual(['HEADING_2', 'HEADING_2', 'NORMAL_TEXT']);
      expect(styled[0]?.headingId).toEqual(expect.any(String));
      await docs.batchUpdate(id, [
        {
          updateParagraphStyle: {
            range: { startIndex: 1, endIndex: 4 },
            paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
            fields: 'namedStyleType',
          },
        },
      ]);
      // paragraphStyle.headingId: "If empty, then this paragraph is not a heading."
      expect(paragraphsOf(await docs.get(id))[0]).toMatchObject({ style: 'NORMAL_TEXT', headingId: null });
    });

    it('gives a bullet the text style of a range that covers its whole paragraph', async () => {
      // "If the range fully contains a paragraph belonging to a list, the paragraph's bullet is
      // also updated with the matching text style." (rules-behavior, Format text)
      const { id, docs, doc } = await newDoc(suite, 'bullet style', [{ text: 'Done item', bullet: true }]);
      const item = paragraphNamed(doc, 'Done item');
      await docs.batchUpdate(id, [
        {
          updateTextStyle: {
            range: { startIndex: item.start, endIndex: item.end },
            textStyle: { strikethrough: true },
            fields: 'strikethrough',
          },
        },
      ]);
      const body = (await docs.get(id)).body?.content ?? [];
      const bullet = body.find((e) => e.paragraph?.bullet)?.paragraph?.bullet;
      expect(bullet?.textStyle?.strikethrough).toBe(true);
    });

    it('strikes through part of a paragraph, and a field named without a value resets it', async () => {
      // fields: "… To reset a property to its default value, include its field name in the field
      // mask but leave the field itself unset." https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateTextStyleRequest
      const { id, docs } = await newDoc(suite, 'strike', [{ text: 'abc def' }]);
      await docs.batchUpdate(id, [
        {
          updateTextStyle: {
            range: { startIndex: 5, endIndex: 8 },
            textStyle: { strikethrough: true },
            fields: 'strikethrough',
          },
        },
      ]);
      expect(paragraphNamed(await docs.get(id), 'abc def').runs).toEqual([
        { text: 'abc ', struck: false, bold: false },
        { text: 'def', struck: true, bold: false },
      ]);
      await docs.batchUpdate(id, [
        {
          updateTextStyle: { range: { startIndex: 1, endIndex: 9 }, textStyle: {}, fields: 'strikethrough' },
        },
      ]);
      expect(paragraphNamed(await docs.get(id), 'abc def').runs).toEqual([
        { text: 'abc def', struck: false, bold: false },
      ]);
    });
  });
}
