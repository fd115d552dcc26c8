// Docs API v1 contract, part two: bullets (create/delete, tabs as nesting), replaceAllText, named
// ranges, the requests Tandem's own builders produce (src/core/agenda/requests.ts), and write
// control: revision ids, stale requiredRevisionId and atomic batches.
import { failureOf } from '../../dev/contract/clients';
import { insertParagraphs, plainTextStyle, rewriteText } from '../../src/core/agenda/requests';
import { bodyEndOf, newDoc, paragraphNamed, paragraphsOf, textsOf } from './doc-view';
import type { SuiteContext } from './harness';

const PRESET = 'BULLET_DISC_CIRCLE_SQUARE';

export function docsMoreContract(suite: SuiteContext): void {
  listContract(suite);
  replaceContract(suite);
  namedRangeContract(suite);
  tandemRequestsContract(suite);
  writeControlContract(suite);
}

function listContract(suite: SuiteContext): void {
  describe('when bullets are created and deleted', () => {
    it('reads leading tabs as nesting levels and removes them, shifting later indices', async () => {
      // "The nesting level of each paragraph is determined by counting leading tabs in front of
      // each paragraph. … leading tabs are removed by this request, which may change the indices of
      // parts of the text." https://developers.google.com/docs/api/reference/rest/v1/documents/request#CreateParagraphBulletsRequest
      const { id, docs, doc } = await newDoc(suite, 'nesting', [
        { text: 'Parent' },
        { text: '\tChild' },
        { text: '\t\tGrandchild' },
      ]);
      await docs.batchUpdate(id, [
        {
          createParagraphBullets: {
            range: { startIndex: 1, endIndex: bodyEndOf(doc) - 1 },
            bulletPreset: PRESET,
          },
        },
      ]);
      const paragraphs = paragraphsOf(await docs.get(id));
      expect(paragraphs.map(({ start, end, text }) => ({ start, end, text }))).toEqual([
        { start: 1, end: 8, text: 'Parent' },
        { start: 8, end: 14, text: 'Child' },
        { start: 14, end: 25, text: 'Grandchild' },
      ]);
      expect(paragraphs.map((p) => p.bullet?.level)).toEqual([0, 1, 2]);
      expect(new Set(paragraphs.map((p) => p.bullet?.listId)).size).toBe(1);
    });

    it('adds a paragraph right below a list with the same preset to that list', async () => {
      // "Adding paragraph bullets that match the list immediately preceding the target paragraphs
      // adds the paragraphs to that list." (rules-behavior, Create paragraph bullets)
      const { id, docs, doc } = await newDoc(suite, 'join list', [
        { text: 'One', bullet: true },
        { text: 'Two' },
      ]);
      const two = paragraphNamed(doc, 'Two');
      await docs.batchUpdate(id, [
        {
          createParagraphBullets: {
            range: { startIndex: two.start, endIndex: two.end - 1 },
            bulletPreset: PRESET,
          },
        },
      ]);
      const [one, joined] = paragraphsOf(await docs.get(id));
      expect(joined?.bullet?.listId).toBe(one?.bullet?.listId);
    });

    it('removes bullets and keeps each nesting level as indentation', async () => {
      // "The nesting level of each paragraph will be visually preserved by adding indent to the
      // start of the corresponding paragraph." (DeleteParagraphBulletsRequest)
      const { id, docs, doc } = await newDoc(suite, 'unbullet', [
        { text: 'Top', bullet: true },
        { text: '\tNested', bullet: true },
      ]);
      await docs.batchUpdate(id, [
        { deleteParagraphBullets: { range: { startIndex: 1, endIndex: bodyEndOf(doc) - 1 } } },
      ]);
      const [top, nested] = paragraphsOf(await docs.get(id));
      expect([top?.bullet, nested?.bullet]).toEqual([null, null]);
      expect(nested?.indent).toBeGreaterThan(top?.indent ?? 0);
    });
  });
}

function replaceContract(suite: SuiteContext): void {
  describe('when text is replaced everywhere', () => {
    it('replaces case-insensitively by default, counts occurrences, and moves later paragraphs', async () => {
      // ReplaceAllTextResponse.occurrencesChanged; SubstringMatchCriteria.matchCase defaults to false.
      // https://developers.google.com/docs/api/reference/rest/v1/documents/request#ReplaceAllTextRequest
      const { id, docs } = await newDoc(suite, 'replace', [
        { text: 'Wins wins WINS' },
        { text: 'wins again' },
      ]);
      const reply = await docs.batchUpdate(id, [
        { replaceAllText: { containsText: { text: 'wins' }, replaceText: 'victories' } },
      ]);
      expect(reply.replies?.[0]?.replaceAllText?.occurrencesChanged).toBe(4);
      const paragraphs = paragraphsOf(await docs.get(id));
      expect(paragraphs.map((p) => p.text)).toEqual(['victories victories victories', 'victories again']);
      expect(paragraphs[1]?.start).toBe(31);
    });

    it('with matchCase replaces only the exact spelling', async () => {
      const { id, docs } = await newDoc(suite, 'replace case', [{ text: 'Wins wins WINS' }]);
      const reply = await docs.batchUpdate(id, [
        { replaceAllText: { containsText: { text: 'wins', matchCase: true }, replaceText: 'ok' } },
      ]);
      expect(reply.replies?.[0]?.replaceAllText?.occurrencesChanged).toBe(1);
      expect(textsOf(await docs.get(id))).toEqual(['Wins ok WINS']);
    });
  });
}

function namedRangeContract(suite: SuiteContext): void {
  describe('when a named range marks a section', () => {
    it('answers its id, moves with text inserted before it, and goes when deleted by name', async () => {
      // https://developers.google.com/docs/api/how-tos/named-ranges
      const name = `tandem-${suite.scratch.runId}`;
      const { id, docs } = await newDoc(suite, 'named range', [{ text: 'Intro' }, { text: 'Section' }]);
      const reply = await docs.batchUpdate(id, [
        { createNamedRange: { name, range: { startIndex: 7, endIndex: 15 } } },
      ]);
      const rangeId = reply.replies?.[0]?.createNamedRange?.namedRangeId;
      expect(rangeId).toEqual(expect.any(String));
      await docs.batchUpdate(id, [{ insertText: { location: { index: 1 }, text: 'New ' } }]);
      const moved = (await docs.get(id)).namedRanges?.[name]?.namedRanges?.[0];
      expect(moved?.namedRangeId).toBe(rangeId);
      expect(moved?.ranges?.[0]).toMatchObject({ startIndex: 11, endIndex: 19 });
      await docs.batchUpdate(id, [{ deleteNamedRange: { name } }]);
      expect((await docs.get(id)).namedRanges?.[name]).toBeUndefined();
    });
  });
}

function tandemRequestsContract(suite: SuiteContext): void {
  describe('when Tandem’s own request builders write', () => {
    it('adds a dated section after a struck bullet as plain paragraphs with only the styles asked for', async () => {
      const { id, docs, doc } = await newDoc(suite, 'section after', [
        { text: '[x] Bob: ship it', bullet: true, struck: true },
      ]);
      const requests = insertParagraphs({ mode: 'after', index: bodyEndOf(doc) }, [
        { text: '2026-11-24 · Tuesday', style: 'HEADING_1' },
        { text: 'Action items', style: 'HEADING_2' },
        { text: '[ ] Bob: follow up', style: 'NORMAL_TEXT', bullet: true },
      ]);
      await docs.batchUpdate(id, requests);
      const paragraphs = paragraphsOf(await docs.get(id));
      expect(
        paragraphs.map((p) => [p.text, p.style, p.bullet !== null, p.runs.some((r) => r.struck)]),
      ).toEqual([
        ['[x] Bob: ship it', 'NORMAL_TEXT', true, true],
        ['2026-11-24 · Tuesday', 'HEADING_1', false, false],
        ['Action items', 'HEADING_2', false, false],
        ['[ ] Bob: follow up', 'NORMAL_TEXT', true, false],
      ]);
    });

    it('adds paragraphs before a heading without taking the heading’s style', async () => {
      const { id, docs } = await newDoc(suite, 'section before', [
        { text: '2026-11-17 · Tuesday', style: 'HEADING_1' },
      ]);
      await docs.batchUpdate(
        id,
        insertParagraphs({ mode: 'before', index: 1 }, [
          { text: 'Title line', style: 'TITLE' },
          { text: 'How this doc works', style: 'NORMAL_TEXT' },
        ]),
      );
      const paragraphs = paragraphsOf(await docs.get(id));
      expect(paragraphs.map((p) => [p.text, p.style, p.bullet])).toEqual([
        ['Title line', 'TITLE', null],
        ['How this doc works', 'NORMAL_TEXT', null],
        ['2026-11-17 · Tuesday', 'HEADING_1', null],
      ]);
      expect(paragraphs[1]?.headingId).toBeNull();
      expect(paragraphs[2]?.headingId).toEqual(expect.any(String));
    });

    it('rewrites an item’s marker keeping its text style, and plainTextStyle clears it', async () => {
      const { id, docs } = await newDoc(suite, 'rewrite marker', [
        { text: '[ ] Bob: task', bullet: true, bold: true },
      ]);
      await docs.batchUpdate(id, rewriteText(1, 3, '[x]'));
      const rewritten = paragraphNamed(await docs.get(id), '[x] Bob: task');
      expect(rewritten.runs).toEqual([{ text: '[x] Bob: task', struck: false, bold: true }]);
      expect(rewritten.bullet).not.toBeNull();
      await docs.batchUpdate(id, [plainTextStyle(rewritten.start, rewritten.end)]);
      expect(paragraphNamed(await docs.get(id), '[x] Bob: task').runs).toEqual([
        { text: '[x] Bob: task', struck: false, bold: false },
      ]);
    });
  });
}

function writeControlContract(suite: SuiteContext): void {
  describe('when writes carry writeControl', () => {
    it('answers the new revision id, which the next read carries', async () => {
      // WriteControl.requiredRevisionId in the response: "the revision ID of the document after
      // the write" https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate
      const { id, docs, doc } = await newDoc(suite, 'revision', [{ text: 'v1' }]);
      const reply = await docs.batchUpdate(id, [{ insertText: { location: { index: 1 }, text: 'x' } }], {
        requiredRevisionId: doc.revisionId ?? '',
      });
      const next = reply.writeControl?.requiredRevisionId;
      expect(next).toEqual(expect.any(String));
      expect(next).not.toBe(doc.revisionId);
      expect((await docs.get(id)).revisionId).toBe(next);
    });

    it('answers 400 for a stale requiredRevisionId and applies nothing', async () => {
      // "If this is not the latest revision of the document, the request is not processed and
      // returns a 400 bad request error." https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate#WriteControl
      const { id, docs, doc } = await newDoc(suite, 'stale revision', [{ text: 'person typed' }]);
      await docs.batchUpdate(id, [{ insertText: { location: { index: 1 }, text: 'A ' } }]);
      const failure = await failureOf(
        docs.batchUpdate(id, [{ insertText: { location: { index: 1 }, text: 'Tandem ' } }], {
          requiredRevisionId: doc.revisionId ?? '',
        }),
      );
      expect(failure.code).toBe(400);
      expect(textsOf(await docs.get(id))).toEqual(['A person typed']);
    });

    it('applies a batch all or nothing', async () => {
      // "If any request is not valid, then the entire request will fail and nothing will be applied."
      // https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate
      const { id, docs, doc } = await newDoc(suite, 'atomic', [{ text: 'unchanged' }]);
      const failure = await failureOf(
        docs.batchUpdate(id, [
          { insertText: { location: { index: 1 }, text: 'first ' } },
          { insertText: { location: { index: 999 }, text: 'second' } },
        ]),
      );
      expect(failure.code).toBe(400);
      const after = await docs.get(id);
      expect(textsOf(after)).toEqual(['unchanged']);
      expect(after.revisionId).toBe(doc.revisionId);
    });

    it('answers 404 for a document id that does not exist', async () => {
      // A well-formed id (44 characters of [A-Za-z0-9_-]) that no document has.
      const unknown = `1tandemContract${suite.scratch.runId}NoSuchDoc`.padEnd(44, '0');
      const failure = await failureOf(suite.target.clients.docs.get(unknown));
      expect(failure.code).toBe(404);
    });
  });
}
