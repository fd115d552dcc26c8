// The text requests: insertText, deleteContentRange and replaceAllText.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { deleteRange, insertText, replaceText } from '../edit';
import { indexPastEnd, invalid } from '../errors';
import {
  blockStarts,
  bodyEnd,
  clone,
  paragraphText,
  type DocState,
  type Inline,
  type TextStyle,
} from '../model';
import { requireBodySegment, requireIndex, requireRange } from './range';

export function applyInsertText(
  state: DocState,
  request: docs_v1.Schema$InsertTextRequest,
): docs_v1.Schema$Response {
  if (typeof request.text !== 'string') invalid('The text to insert must be specified.');
  if (request.location && request.endOfSegmentLocation) {
    invalid('Only one of location and endOfSegmentLocation may be set.');
  }
  let index: number;
  if (request.location) {
    requireBodySegment(request.location.segmentId);
    index = requireIndex(request.location.index, 'The location index');
  } else if (request.endOfSegmentLocation) {
    requireBodySegment(request.endOfSegmentLocation.segmentId);
    // "The location is immediately before the last newline in the document segment."
    index = bodyEnd(state) - 1;
  } else {
    invalid('A location or endOfSegmentLocation must be specified.');
  }
  insertText(state, index, request.text);
  return {};
}

export function applyDeleteContentRange(
  state: DocState,
  request: docs_v1.Schema$DeleteContentRangeRequest,
): docs_v1.Schema$Response {
  const end = bodyEnd(state);
  const range = request.range;
  if (range && typeof range.endIndex === 'number' && range.endIndex > end)
    invalid(indexPastEnd(range.endIndex, end));
  const { start, end: stop } = requireRange(state, range);
  if (stop === end) invalid('The range cannot include the newline character at the end of the segment.');
  deleteRange(state, start, stop);
  return {};
}

interface Match {
  start: number;
  end: number;
  style: TextStyle;
}

/**
 * Finds every occurrence of `text` in the body's paragraphs (never across a paragraph end),
 * left to right without overlaps; matchCase false compares case-insensitively.
 */
export function findText(state: DocState, text: string, matchCase: boolean): Match[] {
  const fold = (s: string) => (matchCase ? s : s.toLowerCase());
  const needle = fold(text);
  const starts = blockStarts(state);
  const matches: Match[] = [];
  state.blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph') return;
    const haystack = paragraphText(block).slice(0, -1);
    const folded = fold(haystack);
    // Lower-casing can change a string's length (e.g. "İ"); fall back to exact matching then.
    const usable = folded.length === haystack.length ? folded : haystack;
    for (
      let from = usable.indexOf(needle);
      from !== -1;
      from = usable.indexOf(needle, from + needle.length)
    ) {
      const start = (starts[i] ?? 0) + from;
      matches.push({ start, end: start + needle.length, style: styleAt(block.inlines, from) });
    }
  });
  return matches;
}

function styleAt(inlines: Inline[], offset: number): TextStyle {
  let at = 0;
  for (const inline of inlines) {
    const size = inline.kind === 'text' ? inline.text.length : inline.size;
    if (offset < at + size) return inline.kind === 'text' ? clone(inline.style) : {};
    at += size;
  }
  return {};
}

export function applyReplaceAllText(
  state: DocState,
  request: docs_v1.Schema$ReplaceAllTextRequest,
): docs_v1.Schema$Response {
  const criteria = request.containsText;
  if (!criteria || typeof criteria.text !== 'string' || criteria.text === '') {
    invalid('The text to search for must not be empty.');
  }
  if (criteria.searchByRegex) invalid('searchByRegex is not modelled by the Tandem emulator.');
  const matches = findText(state, criteria.text, criteria.matchCase === true);
  const replacement = request.replaceText ?? '';
  // Right to left, so the indices of the matches still to replace do not move.
  for (const match of [...matches].reverse())
    replaceText(state, match.start, match.end, replacement, match.style);
  // proto3 JSON leaves zero out: no match answers { replaceAllText: {} }.
  return { replaceAllText: matches.length > 0 ? { occurrencesChanged: matches.length } : {} };
}
