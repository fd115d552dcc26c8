// The three text edits every request is built from — insert, delete, replace — with Google's
// structural rules (text only inside paragraphs, tables whole) and named ranges following along.
import { CANNOT_DELETE, OUTSIDE_PARAGRAPH, indexPastEnd, invalid } from './errors';
import {
  blockSize,
  bodyEnd,
  clone,
  freshId,
  headingIds,
  isHighSurrogate,
  isLowSurrogate,
  locate,
  normalizeInlines,
  paragraphText,
  sliceInlines,
  type DocState,
  type Inline,
  type ParagraphBlock,
  type TextStyle,
} from './model';

/**
 * Removes what Google strips from inserted text: control characters U+0000–U+0008 and
 * U+000C–U+001F (tab, newline and vertical tab stay) and the BMP private use area.
 * @example cleanText('a\rb\uE000c') // 'abc'
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000C-\u001F\uE000-\uF8FF]/g, '');
}

/** The style inserted text takes: the text just before it in the paragraph, else just after. */
function inheritedStyle(paragraph: ParagraphBlock, offset: number): TextStyle {
  let at = 0;
  let before: TextStyle | undefined;
  for (const inline of paragraph.inlines) {
    const end = at + (inline.kind === 'text' ? inline.text.length : inline.size);
    if (inline.kind === 'text') {
      if (at < offset && offset <= end) before = inline.style;
      if (before === undefined && at <= offset && offset < end) return clone(inline.style);
    }
    at = end;
  }
  return clone(before ?? {});
}

function copyParagraph(paragraph: ParagraphBlock, inlines: Inline[], taken: string[]): ParagraphBlock {
  const copy: ParagraphBlock = { ...clone(paragraph), inlines };
  if (copy.style.headingId) {
    copy.style.headingId = freshId('h.', taken);
    taken.push(copy.style.headingId);
  }
  return copy;
}

/**
 * Inserts raw text at a body index; "\n" splits the paragraph, every new paragraph copying its
 * style and bullet. Returns where the text landed (moved past a surrogate pair if needed).
 */
function insertRaw(
  state: DocState,
  index: number,
  text: string,
  style?: TextStyle,
): { at: number; length: number } {
  const end = bodyEnd(state);
  if (index >= end) invalid(indexPastEnd(index, end));
  const found = index >= 1 ? locate(state, index) : null;
  const paragraph = found ? state.blocks[found.block] : undefined;
  if (!found || !paragraph || paragraph.kind !== 'paragraph') invalid(OUTSIDE_PARAGRAPH);
  const chars = paragraphText(paragraph);
  let offset = index - found.start;
  if (isHighSurrogate(chars.charAt(offset - 1)) && isLowSurrogate(chars.charAt(offset))) offset += 1;
  const clean = cleanText(text);
  if (clean === '') return { at: found.start + offset, length: 0 };
  const runStyle = style ?? inheritedStyle(paragraph, offset);
  const run = (t: string): Inline => ({ kind: 'text', text: t, style: clone(runStyle) });
  const head = sliceInlines(paragraph.inlines, 0, offset);
  const tail = sliceInlines(paragraph.inlines, offset, chars.length);
  const lines = clean.split('\n');
  if (lines.length === 1) {
    paragraph.inlines = normalizeInlines([...head, run(clean), ...tail]);
  } else {
    // The paragraph keeping the original newline keeps its identity (headingId); the ones
    // created before it are copies.
    const taken = headingIds(state);
    const made = lines.map((line, k) => {
      if (k === lines.length - 1) {
        paragraph.inlines = normalizeInlines([run(line), ...tail]);
        return paragraph;
      }
      const inlines = normalizeInlines([...(k === 0 ? head : []), run(`${line}\n`)]);
      return copyParagraph(paragraph, inlines, taken);
    });
    state.blocks.splice(found.block, 1, ...made);
  }
  return { at: found.start + offset, length: clean.length };
}

/** Deletes [start, end) of the body, merging the paragraphs it crosses. */
function deleteRaw(state: DocState, start: number, end: number): void {
  for (const index of [start, end]) {
    if (isHighSurrogate(charAtIndex(state, index - 1)) && isLowSurrogate(charAtIndex(state, index))) {
      invalid('The range cannot start or end in the middle of a surrogate pair.');
    }
  }
  const first = locate(state, start);
  const last = locate(state, end);
  if (!first || !last || start < 1) invalid(CANNOT_DELETE);
  const firstBlock = state.blocks[first.block];
  const lastBlock = state.blocks[last.block];
  if (!firstBlock || !lastBlock) invalid(CANNOT_DELETE);
  const startOffset = start - first.start;
  const endOffset = end - last.start;
  if (first.block === last.block) {
    if (firstBlock.kind !== 'paragraph') invalid(CANNOT_DELETE);
    const size = blockSize(firstBlock);
    firstBlock.inlines = normalizeInlines([
      ...sliceInlines(firstBlock.inlines, 0, startOffset),
      ...sliceInlines(firstBlock.inlines, endOffset, size),
    ]);
    return;
  }
  if (startOffset > 0 && firstBlock.kind !== 'paragraph') invalid(CANNOT_DELETE);
  if (endOffset > 0 && lastBlock.kind !== 'paragraph') invalid(CANNOT_DELETE);
  const suffix =
    lastBlock.kind === 'paragraph' ? sliceInlines(lastBlock.inlines, endOffset, blockSize(lastBlock)) : [];
  let survivor = lastBlock;
  if (startOffset > 0 && firstBlock.kind === 'paragraph') {
    // The first paragraph lost its newline: it takes in the rest of the last one and keeps
    // its own paragraph style and bullet.
    if (lastBlock.kind !== 'paragraph') invalid(CANNOT_DELETE);
    firstBlock.inlines = normalizeInlines([...sliceInlines(firstBlock.inlines, 0, startOffset), ...suffix]);
    survivor = firstBlock;
  } else if (lastBlock.kind === 'paragraph') {
    lastBlock.inlines = normalizeInlines(suffix);
  }
  state.blocks.splice(first.block, last.block - first.block + 1, survivor);
  checkStructure(state);
}

function charAtIndex(state: DocState, index: number): string {
  const found = locate(state, index);
  const block = found ? state.blocks[found.block] : undefined;
  return found && block?.kind === 'paragraph' ? paragraphText(block).charAt(index - found.start) : '';
}

/** A table, table of contents or section break always follows a paragraph's newline. */
function checkStructure(state: DocState): void {
  state.blocks.forEach((block, i) => {
    if (i > 0 && block.kind === 'structure' && state.blocks[i - 1]?.kind !== 'paragraph')
      invalid(CANNOT_DELETE);
  });
}

type Side = 'start' | 'end';

function moveNamedRanges(state: DocState, move: (index: number, side: Side) => number): void {
  for (const named of state.namedRanges) {
    named.ranges = named.ranges
      .map((r) => ({ start: move(r.start, 'start'), end: move(r.end, 'end') }))
      .filter((r) => r.start < r.end);
  }
  // Assumed (not documented): a named range whose whole content is deleted disappears.
  state.namedRanges = state.namedRanges.filter((named) => named.ranges.length > 0);
}

/**
 * Inserts text; a named range grows when the text lands strictly inside it and moves when the
 * text lands at or before its start. Returns the index where the text landed and its length.
 */
export function insertText(state: DocState, index: number, text: string, style?: TextStyle) {
  const placed = insertRaw(state, index, text, style);
  const { at, length } = placed;
  moveNamedRanges(state, (x, side) => (x > at || (x === at && side === 'start') ? x + length : x));
  return placed;
}

/** Deletes [start, end); named ranges shrink and those left empty disappear. */
export function deleteRange(state: DocState, start: number, end: number): void {
  deleteRaw(state, start, end);
  const length = end - start;
  moveNamedRanges(state, (x) => (x <= start ? x : x >= end ? x - length : start));
}

/** Replaces [start, end) inside one paragraph with text in `style`; a named range covering the old text covers the new. */
export function replaceText(
  state: DocState,
  start: number,
  end: number,
  text: string,
  style: TextStyle,
): void {
  deleteRaw(state, start, end);
  const { length } = insertRaw(state, start, text, style);
  const delta = length - (end - start);
  moveNamedRanges(state, (x, side) => {
    if (x <= start) return x;
    if (x >= end) return x + delta;
    return side === 'start' ? start : start + length;
  });
}
