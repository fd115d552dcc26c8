// The document model's internal state: body blocks (paragraphs with styled runs, and structural
// elements kept whole), lists and named ranges, plus the index arithmetic every request relies on.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

export type TextStyle = docs_v1.Schema$TextStyle;
export type ParagraphStyle = docs_v1.Schema$ParagraphStyle;

/** A run of text sharing one text style. Lengths are UTF-16 code units, as Docs indices are. */
export interface TextInline {
  kind: 'text';
  text: string;
  style: TextStyle;
}

/** A non-text paragraph element (inline image, page break, person chip…), kept as Google sent it. */
export interface ObjectInline {
  kind: 'object';
  json: docs_v1.Schema$ParagraphElement;
  size: number;
}

export type Inline = TextInline | ObjectInline;

export interface ParagraphBlock {
  kind: 'paragraph';
  inlines: Inline[];
  style: ParagraphStyle;
  bullet?: docs_v1.Schema$Bullet;
  /** Other paragraph fields (positionedObjectIds, suggestions…), preserved untouched. */
  extra: Record<string, unknown>;
}

/** A section break, table or table of contents: never edited, only moved or deleted whole. */
export interface StructureBlock {
  kind: 'structure';
  json: docs_v1.Schema$StructuralElement;
  size: number;
}

export type Block = ParagraphBlock | StructureBlock;

export interface NamedRangeState {
  id: string;
  name: string;
  ranges: { start: number; end: number }[];
}

export interface DocState {
  documentId: string;
  title: string;
  revisionId: string;
  blocks: Block[];
  lists: Record<string, docs_v1.Schema$List>;
  namedRanges: NamedRangeState[];
  documentStyle: docs_v1.Schema$DocumentStyle;
  namedStyles: docs_v1.Schema$NamedStyles;
  suggestionsViewMode: string;
  /** Other top-level document fields (inlineObjects, headers, footers…), preserved untouched. */
  extra: Record<string, unknown>;
}

/** Stands for one index taken by a non-text element when a paragraph is read as a string. */
export const OBJECT_CHAR = '\uFFFC';

export function inlineSize(inline: Inline): number {
  return inline.kind === 'text' ? inline.text.length : inline.size;
}

export function blockSize(block: Block): number {
  if (block.kind === 'structure') return block.size;
  return block.inlines.reduce((sum, inline) => sum + inlineSize(inline), 0);
}

/** Start index of every block, plus the body's end index as the last entry. */
export function blockStarts(state: DocState): number[] {
  const starts = [0];
  let at = 0;
  for (const block of state.blocks) {
    at += blockSize(block);
    starts.push(at);
  }
  return starts;
}

export function bodyEnd(state: DocState): number {
  return blockStarts(state)[state.blocks.length] ?? 0;
}

/** The block holding `index` (start ≤ index < end) and its start; null at or past the body end. */
export function locate(state: DocState, index: number): { block: number; start: number } | null {
  const starts = blockStarts(state);
  for (let i = 0; i < state.blocks.length; i++) {
    const start = starts[i] ?? 0;
    if (index >= start && index < (starts[i + 1] ?? 0)) return { block: i, start };
  }
  return null;
}

/** A paragraph's content as one string, each non-text element standing as OBJECT_CHAR. */
export function paragraphText(paragraph: ParagraphBlock): string {
  return paragraph.inlines
    .map((inline) => (inline.kind === 'text' ? inline.text : OBJECT_CHAR.repeat(inline.size)))
    .join('');
}

/** The code unit at a body index ('' outside paragraphs), for surrogate-pair checks. */
export function charAt(state: DocState, index: number): string {
  const at = locate(state, index);
  const block = at ? state.blocks[at.block] : undefined;
  if (!at || !block || block.kind !== 'paragraph') return '';
  return paragraphText(block).charAt(index - at.start);
}

export function isHighSurrogate(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(state: DocState, index: number): boolean {
  return isHighSurrogate(charAt(state, index - 1)) && isLowSurrogate(charAt(state, index));
}

/**
 * The inlines covering [from, to) of a paragraph (offsets relative to it), text runs cut as needed.
 * @example sliceInlines([{kind:'text', text:'Hello\n', style:{}}], 1, 3) // [{text:'el'}]
 */
export function sliceInlines(inlines: Inline[], from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const inline of inlines) {
    const size = inlineSize(inline);
    const lo = Math.max(from, at);
    const hi = Math.min(to, at + size);
    if (lo < hi) {
      if (inline.kind === 'text') {
        out.push({ kind: 'text', text: inline.text.slice(lo - at, hi - at), style: clone(inline.style) });
      } else {
        out.push(clone(inline));
      }
    }
    at += size;
  }
  return out;
}

/** Drops empty runs and merges neighbouring runs whose styles are equal, as Google reports them. */
export function normalizeInlines(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'text' && inline.text === '') continue;
    const last = out[out.length - 1];
    if (inline.kind === 'text' && last?.kind === 'text' && deepEqual(last.style, inline.style)) {
      last.text += inline.text;
    } else {
      out.push(inline);
    }
  }
  return out;
}

/** Splits the text run at body `index` so that a run boundary falls exactly there. */
export function splitRunAt(state: DocState, index: number): void {
  const at = locate(state, index);
  const block = at ? state.blocks[at.block] : undefined;
  if (!at || !block || block.kind !== 'paragraph') return;
  const offset = index - at.start;
  if (offset === 0) return;
  block.inlines = [
    ...sliceInlines(block.inlines, 0, offset),
    ...sliceInlines(block.inlines, offset, blockSize(block)),
  ];
}

/** Paragraph blocks overlapping [start, end), with their start index. */
export function paragraphsOverlapping(
  state: DocState,
  start: number,
  end: number,
): { paragraph: ParagraphBlock; start: number; index: number }[] {
  const starts = blockStarts(state);
  const out: { paragraph: ParagraphBlock; start: number; index: number }[] = [];
  state.blocks.forEach((block, index) => {
    const from = starts[index] ?? 0;
    const to = starts[index + 1] ?? 0;
    if (block.kind === 'paragraph' && from < end && start < to)
      out.push({ paragraph: block, start: from, index });
  });
  return out;
}

/** A fresh id with `prefix` that no existing id uses (deterministic for a given document). */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = used.size + 1; ; n++) {
    const id = `${prefix}${n.toString(36).padStart(6, '0')}`;
    if (!used.has(id)) return id;
  }
}

export function headingIds(state: DocState): string[] {
  return state.blocks.flatMap((b) =>
    b.kind === 'paragraph' && b.style.headingId ? [b.style.headingId] : [],
  );
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
