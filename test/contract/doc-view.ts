// Reads a Docs v1 document into what the Docs contract compares — each body paragraph's range,
// text, named style, bullet and text runs — and seeds a blank document with styled paragraphs.
import type { BatchUpdateResponse, DocsClient, DocsRequest, Document } from '../../dev/contract/clients';
import type { SuiteContext } from './harness';

export interface RunView {
  text: string;
  struck: boolean;
  bold: boolean;
}

export interface ParagraphView {
  start: number;
  end: number;
  /** Without the paragraph's final newline. */
  text: string;
  style: string;
  headingId: string | null;
  bullet: { listId: string; level: number } | null;
  /** indentStart in points (0 when unset). */
  indent: number;
  runs: RunView[];
}

/** The body's paragraphs in order; Google leaves index 0 out of its JSON (proto3 drops zeros). */
export function paragraphsOf(doc: Document): ParagraphView[] {
  return (doc.body?.content ?? []).flatMap((element) => {
    const paragraph = element.paragraph;
    if (!paragraph) return [];
    const runs = (paragraph.elements ?? []).flatMap((e) =>
      e.textRun?.content
        ? [
            {
              text: e.textRun.content,
              struck: e.textRun.textStyle?.strikethrough === true,
              bold: e.textRun.textStyle?.bold === true,
            },
          ]
        : [],
    );
    const text = runs.map((r) => r.text).join('');
    return [
      {
        start: element.startIndex ?? 0,
        end: element.endIndex ?? 0,
        text: text.replace(/\n$/, ''),
        style: paragraph.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT',
        headingId: paragraph.paragraphStyle?.headingId ?? null,
        bullet: paragraph.bullet
          ? { listId: paragraph.bullet.listId ?? '', level: paragraph.bullet.nestingLevel ?? 0 }
          : null,
        indent: paragraph.paragraphStyle?.indentStart?.magnitude ?? 0,
        runs: runs.map((r) => ({ ...r, text: r.text.replace(/\n$/, '') })).filter((r) => r.text.length > 0),
      },
    ];
  });
}

export const textsOf = (doc: Document): string[] => paragraphsOf(doc).map((p) => p.text);

/** The index just past the body's final newline. */
export function bodyEndOf(doc: Document): number {
  const content = doc.body?.content ?? [];
  return content[content.length - 1]?.endIndex ?? 0;
}

/** The paragraph whose text is `text`; fails the test when there is none. */
export function paragraphNamed(doc: Document, text: string): ParagraphView {
  const found = paragraphsOf(doc).find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}" in ${JSON.stringify(textsOf(doc))}`);
  return found;
}

export interface SeedParagraph {
  text: string;
  style?: 'TITLE' | 'NORMAL_TEXT' | 'HEADING_1' | 'HEADING_2';
  bullet?: boolean;
  struck?: boolean;
  bold?: boolean;
}

const BULLET_PRESET = 'BULLET_DISC_CIRCLE_SQUARE';

/** Requests that fill a blank document (one empty paragraph) with these paragraphs. */
export function seedRequests(paragraphs: SeedParagraph[]): DocsRequest[] {
  const requests: DocsRequest[] = [
    { insertText: { location: { index: 1 }, text: paragraphs.map((p) => p.text).join('\n') } },
  ];
  let start = 1;
  for (const p of paragraphs) {
    // Tabs that createParagraphBullets turns into nesting are removed, so styles go on first.
    const range = { startIndex: start, endIndex: start + Math.max(p.text.length, 1) };
    if (p.style && p.style !== 'NORMAL_TEXT') {
      requests.push({
        updateParagraphStyle: {
          range,
          paragraphStyle: { namedStyleType: p.style },
          fields: 'namedStyleType',
        },
      });
    }
    if (p.struck || p.bold) {
      requests.push({
        updateTextStyle: {
          range: { startIndex: start, endIndex: start + p.text.length },
          textStyle: { strikethrough: p.struck === true, bold: p.bold === true },
          fields: 'strikethrough,bold',
        },
      });
    }
    start += p.text.length + 1;
  }
  // One list per run of consecutive bullets, last run first: the leading tabs a run loses never
  // move the ranges of the runs above it.
  const lists: { startIndex: number; endIndex: number }[] = [];
  let at = 1;
  paragraphs.forEach((p, i) => {
    const end = at + p.text.length + 1;
    const last = lists[lists.length - 1];
    if (p.bullet && last && paragraphs[i - 1]?.bullet) last.endIndex = end - 1;
    else if (p.bullet) lists.push({ startIndex: at, endIndex: end - 1 });
    at = end;
  });
  for (const range of lists.reverse()) {
    requests.push({ createParagraphBullets: { range, bulletPreset: BULLET_PRESET } });
  }
  return requests;
}

/** Seeds the document and returns it as Google now has it. */
export async function seed(
  docs: DocsClient,
  documentId: string,
  paragraphs: SeedParagraph[],
): Promise<{ doc: Document; reply: BatchUpdateResponse }> {
  const reply = await docs.batchUpdate(documentId, seedRequests(paragraphs));
  return { doc: await docs.get(documentId), reply };
}

/** A fresh scratch doc (created as Tandem creates them: Drive files.create), optionally seeded. */
export async function newDoc(suite: SuiteContext, what: string, paragraphs: SeedParagraph[] = []) {
  const file = await suite.createDoc(what);
  const id = file.id ?? '';
  const docs = suite.target.clients.docs;
  const doc = paragraphs.length > 0 ? (await seed(docs, id, paragraphs)).doc : await docs.get(id);
  return { id, doc, docs };
}
