// A person's edits in the playground's doc view, turned into Docs API batchUpdate requests computed
// from the document's indices, as Google Docs' own editor would send them: replace, add, tick.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

export type ParagraphEdit =
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'insertAfter'; at: number; text: string; bullet?: boolean }
  | { kind: 'toggle'; at: number };

/** An edit the document cannot take (no paragraph there, a paragraph holding an image…). */
export class DocEditError extends Error {
  override readonly name = 'DocEditError';
}

/** Bullets a person adds in the playground get Google's default bulleted-list preset. */
export const NEW_BULLET_PRESET = 'BULLET_DISC_CIRCLE_SQUARE';
/** Character styles a new paragraph does not inherit from the end of the one before it. */
const RESET_TEXT_FIELDS = ['bold', 'italic', 'underline', 'strikethrough', 'link'] as const;

const OPEN_MARKERS: Record<string, string> = { '[ ]': '[x]', '☐': '☑' };
const DONE_MARKERS: Record<string, string> = { '[x]': '[ ]', '[X]': '[ ]', '☑': '☐', '☒': '☐', '✅': '☐' };
const MARKER = /^(\s*)(\[ \]|\[x\]|\[X\]|☐|☑|☒|✅)/u;

/**
 * The action-item marker a paragraph's text starts with (design.md §3), or null.
 * @example markerOf('[ ] Bob: send the deck') // 'open'
 * @example markerOf('✅ shipped') // 'done'
 */
export function markerOf(text: string): 'open' | 'done' | null {
  const m = MARKER.exec(text);
  if (!m?.[2]) return null;
  return m[2] in OPEN_MARKERS ? 'open' : 'done';
}

/**
 * The text with its marker ticked or unticked, as a person would type it.
 * @example toggleMarker('[ ] Bob: send the deck') // '[x] Bob: send the deck'
 * @example toggleMarker('☑ done') // '☐ done'
 */
export function toggleMarker(text: string): string {
  const m = MARKER.exec(text);
  const marker = m?.[2];
  if (!m || !marker)
    throw new DocEditError('this paragraph has no action-item marker ("[ ]" or "[x]") to tick');
  const next = OPEN_MARKERS[marker] ?? DONE_MARKERS[marker] ?? marker;
  return `${m[1] ?? ''}${next}${text.slice(m[0].length)}`;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest single change turning `before` into `after` (common prefix and suffix kept), never
 * splitting a surrogate pair, since Docs indices count UTF-16 code units. Null when equal.
 * @example textChange('[ ] a', '[x] a') // { offset: 1, deleteCount: 1, insert: 'x' }
 */
export function textChange(
  before: string,
  after: string,
): { offset: number; deleteCount: number; insert: string } | null {
  if (before === after) return null;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    offset: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

interface LocatedParagraph {
  start: number;
  end: number;
  paragraph: docs_v1.Schema$Paragraph;
}

function locate(document: docs_v1.Schema$Document, at: number): LocatedParagraph {
  for (const element of document.body?.content ?? []) {
    if (element.paragraph && element.startIndex === at && typeof element.endIndex === 'number') {
      return { start: at, end: element.endIndex, paragraph: element.paragraph };
    }
  }
  throw new DocEditError(`no paragraph starts at index ${at}: reload the doc`);
}

/** The paragraph's text without its final newline; refuses paragraphs holding more than text. */
export function editableText(paragraph: docs_v1.Schema$Paragraph): string {
  let text = '';
  for (const element of paragraph.elements ?? []) {
    if (element.textRun?.content == null) {
      throw new DocEditError(
        'this paragraph holds more than text (an image, a chip…): edit it in Google Docs',
      );
    }
    text += element.textRun.content;
  }
  return text.replace(/\n$/, '');
}

function checkOneLine(text: string): string {
  if (/[\n\r\v\f\u2028\u2029]/.test(text)) {
    throw new DocEditError('one paragraph at a time: add a new paragraph for another line');
  }
  return text;
}

function replaceRequests(located: LocatedParagraph, text: string): docs_v1.Schema$Request[] {
  const change = textChange(editableText(located.paragraph), checkOneLine(text));
  if (!change) return [];
  const index = located.start + change.offset;
  const requests: docs_v1.Schema$Request[] = [];
  if (change.deleteCount > 0) {
    requests.push({
      deleteContentRange: { range: { startIndex: index, endIndex: index + change.deleteCount } },
    });
  }
  if (change.insert.length > 0) requests.push({ insertText: { location: { index }, text: change.insert } });
  return requests;
}

function endsStyled(paragraph: docs_v1.Schema$Paragraph): boolean {
  const runs = (paragraph.elements ?? []).filter((e) => e.textRun);
  const last = runs[runs.length - 1]?.textRun?.textStyle ?? {};
  return RESET_TEXT_FIELDS.some(
    (field) => last[field] !== undefined && last[field] !== null && last[field] !== false,
  );
}

/**
 * A new paragraph after the located one: Enter at its end, then the text. Like Docs' editor, a new
 * line after a heading is normal text; it stays in (or leaves) a bulleted list as asked.
 */
function insertAfterRequests(
  located: LocatedParagraph,
  text: string,
  bullet?: boolean,
): docs_v1.Schema$Request[] {
  editableText(located.paragraph);
  checkOneLine(text);
  const { end, paragraph } = located;
  const newRange = { startIndex: end, endIndex: end + text.length + 1 };
  const requests: docs_v1.Schema$Request[] = [
    { insertText: { location: { index: end - 1 }, text: `\n${text}` } },
  ];
  const style = paragraph.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT';
  if (style !== 'NORMAL_TEXT') {
    requests.push({
      updateParagraphStyle: {
        range: newRange,
        paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
        fields: 'namedStyleType',
      },
    });
  }
  const wantBullet = bullet ?? Boolean(paragraph.bullet);
  if (wantBullet && !paragraph.bullet) {
    requests.push({ createParagraphBullets: { range: newRange, bulletPreset: NEW_BULLET_PRESET } });
  } else if (!wantBullet && paragraph.bullet) {
    requests.push({ deleteParagraphBullets: { range: newRange } });
  }
  if (text.length > 0 && endsStyled(paragraph)) {
    requests.push({
      updateTextStyle: {
        range: { startIndex: end, endIndex: end + text.length },
        textStyle: {},
        fields: RESET_TEXT_FIELDS.join(','),
      },
    });
  }
  return requests;
}

/**
 * The batchUpdate requests for one edit of the body paragraph starting at `edit.at`; empty when the
 * edit changes nothing. Throws DocEditError when the document cannot take it.
 * @example planEdit(doc, { kind: 'toggle', at: 120 }) // [{ deleteContentRange: … }, { insertText: { text: 'x' … } }]
 */
export function planEdit(document: docs_v1.Schema$Document, edit: ParagraphEdit): docs_v1.Schema$Request[] {
  const located = locate(document, edit.at);
  switch (edit.kind) {
    case 'replace':
      return replaceRequests(located, edit.text);
    case 'insertAfter':
      return insertAfterRequests(located, edit.text, edit.bullet);
    case 'toggle':
      return replaceRequests(located, toggleMarker(editableText(located.paragraph)));
  }
}
