// The doc view's model: a Docs v1 document as the page shows it — one block per body element, each
// paragraph with its style, bullet level, styled runs (bold, italic, struck, links) and marker.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DocEditError, editableText, markerOf } from './doc-edits';

export interface RunView {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strike?: true;
  /** An absolute URL (http, https or mailto); other link targets are dropped. */
  link?: string;
}

export interface ParagraphView {
  kind: 'paragraph';
  /** Body index where the paragraph starts: the handle edits refer to. */
  at: number;
  end: number;
  /** namedStyleType: TITLE, HEADING_1…, NORMAL_TEXT. */
  style: string;
  /** Nesting level when the paragraph is a list item, else null. */
  bullet: number | null;
  runs: RunView[];
  /** The plain text a person edits; null when the paragraph holds more than text. */
  text: string | null;
  /** An action item's state: its text marker, or done when the whole text is struck through. */
  marker: 'open' | 'done' | null;
}

export interface OtherBlockView {
  kind: 'table' | 'tableOfContents';
  at: number;
  label: string;
}

export interface DocView {
  docId: string;
  title: string;
  revisionId: string;
  blocks: (ParagraphView | OtherBlockView)[];
}

const SAFE_LINK = /^(https?:|mailto:)/i;

function runOf(element: docs_v1.Schema$ParagraphElement): RunView | null {
  if (element.textRun?.content == null) {
    if (element.inlineObjectElement) return { text: '[image]' };
    if (element.person)
      return {
        text: element.person.personProperties?.name ?? element.person.personProperties?.email ?? '[person]',
      };
    if (element.richLink) return { text: element.richLink.richLinkProperties?.title ?? '[link]' };
    if (element.horizontalRule) return { text: '———' };
    return null;
  }
  const text = element.textRun.content.replace(/\n$/, '');
  if (text.length === 0) return null;
  const style = element.textRun.textStyle ?? {};
  const run: RunView = { text };
  if (style.bold) run.bold = true;
  if (style.italic) run.italic = true;
  if (style.underline) run.underline = true;
  if (style.strikethrough) run.strike = true;
  const url = style.link?.url;
  if (url && SAFE_LINK.test(url)) run.link = url;
  return run;
}

function paragraphView(
  element: docs_v1.Schema$StructuralElement,
  paragraph: docs_v1.Schema$Paragraph,
): ParagraphView {
  const runs = (paragraph.elements ?? []).map(runOf).filter((r): r is RunView => r !== null);
  let text: string | null;
  try {
    text = editableText(paragraph);
  } catch (e) {
    if (!(e instanceof DocEditError)) throw e;
    text = null;
  }
  const allStruck = runs.length > 0 && runs.every((r) => r.strike || r.text.trim() === '');
  const marker = text === null ? null : markerOf(text);
  return {
    kind: 'paragraph',
    at: element.startIndex ?? 0,
    end: element.endIndex ?? 0,
    style: paragraph.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT',
    bullet: paragraph.bullet ? (paragraph.bullet.nestingLevel ?? 0) : null,
    runs,
    text,
    marker: marker === 'open' && allStruck ? 'done' : marker,
  };
}

/**
 * The body of a document as blocks the page renders.
 * @example docView(doc).blocks[0] // { kind: 'paragraph', style: 'TITLE', runs: [{ text: 'Alice & Bob · 1:1' }], … }
 */
export function docView(document: docs_v1.Schema$Document): DocView {
  const blocks: DocView['blocks'] = [];
  for (const element of document.body?.content ?? []) {
    if (element.paragraph) blocks.push(paragraphView(element, element.paragraph));
    else if (element.table) {
      const label = `table ${element.table.rows ?? 0} × ${element.table.columns ?? 0} (shown in Google Docs only)`;
      blocks.push({ kind: 'table', at: element.startIndex ?? 0, label });
    } else if (element.tableOfContents) {
      blocks.push({ kind: 'tableOfContents', at: element.startIndex ?? 0, label: 'table of contents' });
    }
  }
  return {
    docId: document.documentId ?? '',
    title: document.title ?? '',
    revisionId: document.revisionId ?? '',
    blocks,
  };
}
