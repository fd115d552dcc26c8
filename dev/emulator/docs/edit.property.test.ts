import fc from 'fast-check';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DocumentModel } from './document';
import { indexGaps, paragraphsOf } from './testing';

/** The body's text from index 1 on, every paragraph with its newline. */
function bodyText(model: DocumentModel): string {
  return paragraphsOf(model.toJson())
    .map((p) => (p.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join(''))
    .join('');
}

const splitsPair = (text: string, offset: number) =>
  /[\uD800-\uDBFF]/.test(text.charAt(offset - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(offset));

type Edit = { insert: [number, string] } | { remove: [number, number] };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    insert: fc.tuple(
      fc.nat(),
      fc
        .array(fc.constantFrom('a', 'B', ' ', '\n', '\t', '😄'), { minLength: 1, maxLength: 4 })
        .map((a) => a.join('')),
    ),
  }),
  fc.record({ remove: fc.tuple(fc.nat(), fc.nat()) }),
);

describe('when random inserts and deletes are applied', () => {
  // Indices are UTF-16 offsets into the body: the body text must always behave like a plain
  // string edited at (index - 1), and every element must start where the previous one ended.
  it('keeps the body equal to the same edits on a plain string, with contiguous indices', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const model = DocumentModel.create('d', 't');
        let expected = '\n';
        for (const e of edits) {
          let request: docs_v1.Schema$Request;
          if ('insert' in e) {
            const [n, text] = e.insert;
            const offset = n % expected.length;
            if (splitsPair(expected, offset)) continue;
            request = { insertText: { location: { index: offset + 1 }, text } };
            expected = expected.slice(0, offset) + text + expected.slice(offset);
          } else {
            const [a, b] = e.remove;
            if (expected.length < 2) continue;
            const start = a % (expected.length - 1);
            const end = start + 1 + (b % (expected.length - 1 - start));
            if (splitsPair(expected, start) || splitsPair(expected, end)) continue;
            request = { deleteContentRange: { range: { startIndex: start + 1, endIndex: end + 1 } } };
            expected = expected.slice(0, start) + expected.slice(end);
          }
          model.apply([request]);
        }
        const json = model.toJson();
        expect(bodyText(model)).toBe(expected);
        expect(indexGaps(json)).toEqual([]);
        expect(paragraphsOf(json)).toHaveLength(expected.split('\n').length - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every named range inside the body and non-empty', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 15 }), (edits) => {
        const model = DocumentModel.create('d', 't');
        model.apply([{ insertText: { location: { index: 1 }, text: 'Section one\nSection two' } }]);
        model.apply([{ createNamedRange: { name: 's', range: { startIndex: 3, endIndex: 20 } } }]);
        for (const e of edits) {
          const end = (model.toJson().body?.content?.at(-1)?.endIndex ?? 2) - 1;
          const request: docs_v1.Schema$Request =
            'insert' in e
              ? { insertText: { location: { index: 1 + (e.insert[0] % end) }, text: e.insert[1] } }
              : {
                  deleteContentRange: {
                    range: { startIndex: 1 + (e.remove[0] % end), endIndex: 1 + (e.remove[0] % end) + 1 },
                  },
                };
          try {
            model.apply([request]);
          } catch {
            // Edits Google refuses (a cut surrogate pair, the last newline) are skipped.
          }
        }
        const json = model.toJson();
        const bodyEnd = json.body?.content?.at(-1)?.endIndex ?? 0;
        for (const range of json.namedRanges?.s?.namedRanges?.[0]?.ranges ?? []) {
          expect(range.startIndex ?? 0).toBeGreaterThanOrEqual(1);
          expect(range.endIndex ?? 0).toBeGreaterThan(range.startIndex ?? 0);
          expect(range.endIndex ?? 0).toBeLessThanOrEqual(bodyEnd);
        }
      }),
      { numRuns: 200 },
    );
  });
});
