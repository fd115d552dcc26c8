// Converts between documents.get JSON and the model's state. Reading accepts loose world files
// (missing indices, missing styles, "\n" inside a run) and recomputes every index; writing
// produces exactly the shape Google returns, proto3-style (zero-valued numbers left out).
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import {
  SECTION_BREAK,
  defaultDocumentStyle,
  defaultNamedStyles,
  normalParagraphStyle,
  HEADING_TYPES,
} from './defaults';
import { firstRevisionId } from './revision';
import {
  blockStarts,
  clone,
  freshId,
  headingIds,
  type Block,
  type DocState,
  type Inline,
  type NamedRangeState,
  type ParagraphBlock,
  type StructureBlock,
} from './model';

const KNOWN_KEYS = new Set([
  'documentId',
  'title',
  'revisionId',
  'body',
  'tabs',
  'lists',
  'namedRanges',
  'documentStyle',
  'namedStyles',
  'suggestionsViewMode',
]);

export function stateFromJson(doc: docs_v1.Schema$Document): DocState {
  const tab = doc.tabs?.[0]?.documentTab;
  const source: docs_v1.Schema$Document = doc.body ? doc : { ...doc, ...(tab ?? {}) };
  const blocks: Block[] = [];
  for (const element of source.body?.content ?? []) {
    if (element.paragraph) blocks.push(...paragraphsFromJson(element.paragraph));
    else blocks.push(structureFromJson(element));
  }
  const first = blocks[0];
  if (first?.kind !== 'structure' || !first.json.sectionBreak) {
    blocks.unshift({ kind: 'structure', json: { sectionBreak: clone(SECTION_BREAK) }, size: 1 });
  }
  if (blocks[blocks.length - 1]?.kind !== 'paragraph') blocks.push(emptyParagraph());
  // Google always has a paragraph before a table ("Inserting a table adds a newline before it",
  // InsertTableRequest); a world file that omits it gets the empty paragraph Google would have.
  for (let i = blocks.length - 1; i > 0; i--) {
    if (blocks[i]?.kind === 'structure' && blocks[i - 1]?.kind !== 'paragraph')
      blocks.splice(i, 0, emptyParagraph());
  }
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) if (!KNOWN_KEYS.has(key)) extra[key] = clone(value);
  const state: DocState = {
    documentId: doc.documentId ?? '',
    title: doc.title ?? '',
    revisionId: doc.revisionId ?? firstRevisionId(doc.documentId ?? ''),
    blocks,
    lists: clone(source.lists ?? {}),
    namedRanges: namedRangesFromJson(source.namedRanges ?? {}),
    documentStyle: clone(source.documentStyle ?? defaultDocumentStyle()),
    namedStyles: clone(source.namedStyles ?? defaultNamedStyles()),
    suggestionsViewMode: doc.suggestionsViewMode ?? 'SUGGESTIONS_INLINE',
    extra,
  };
  ensureHeadingIds(state);
  return state;
}

export function emptyParagraph(): ParagraphBlock {
  return {
    kind: 'paragraph',
    inlines: [{ kind: 'text', text: '\n', style: {} }],
    style: normalParagraphStyle(),
    extra: {},
  };
}

/** Splits runs holding "\n" into paragraphs and makes sure every paragraph ends with one. */
function paragraphsFromJson(paragraph: docs_v1.Schema$Paragraph): ParagraphBlock[] {
  const { elements, paragraphStyle, bullet, ...extra } = paragraph;
  const make = (inlines: Inline[]): ParagraphBlock => ({
    kind: 'paragraph',
    inlines,
    style: clone(paragraphStyle ?? normalParagraphStyle()),
    ...(bullet ? { bullet: clone(bullet) } : {}),
    extra: clone(extra as Record<string, unknown>),
  });
  const out: ParagraphBlock[] = [];
  let current: Inline[] = [];
  let lastStyle: docs_v1.Schema$TextStyle = {};
  for (const element of elements ?? []) {
    if (!element.textRun) {
      const { startIndex, endIndex, ...json } = element;
      const size = typeof startIndex === 'number' && typeof endIndex === 'number' ? endIndex - startIndex : 1;
      current.push({ kind: 'object', json: clone(json), size: Math.max(1, size) });
      continue;
    }
    lastStyle = element.textRun.textStyle ?? {};
    const parts = (element.textRun.content ?? '').split('\n');
    parts.forEach((part, k) => {
      if (k < parts.length - 1) {
        current.push({ kind: 'text', text: `${part}\n`, style: clone(lastStyle) });
        out.push(make(current));
        current = [];
      } else if (part !== '') {
        current.push({ kind: 'text', text: part, style: clone(lastStyle) });
      }
    });
  }
  if (current.length > 0 || out.length === 0) {
    current.push({ kind: 'text', text: '\n', style: clone(lastStyle) });
    out.push(make(current));
  }
  return out;
}

function structureFromJson(element: docs_v1.Schema$StructuralElement): StructureBlock {
  const { startIndex: _s, endIndex: _e, ...json } = clone(element);
  return { kind: 'structure', json, size: layoutStructure(clone(json), 0) };
}

function namedRangesFromJson(map: Record<string, docs_v1.Schema$NamedRanges>): NamedRangeState[] {
  return Object.values(map).flatMap((group) =>
    (group.namedRanges ?? []).map((range) => ({
      id: range.namedRangeId ?? '',
      name: range.name ?? group.name ?? '',
      ranges: (range.ranges ?? []).map((r) => ({ start: r.startIndex ?? 0, end: r.endIndex ?? 0 })),
    })),
  );
}

/** Every heading paragraph has a unique headingId; other paragraphs have none. */
export function ensureHeadingIds(state: DocState): void {
  const seen = new Set<string>();
  for (const block of state.blocks) {
    if (block.kind !== 'paragraph') continue;
    const isHeading = HEADING_TYPES.has(block.style.namedStyleType ?? '');
    if (!isHeading) {
      delete block.style.headingId;
    } else if (!block.style.headingId || seen.has(block.style.headingId)) {
      block.style.headingId = freshId('h.', [...headingIds(state), ...seen]);
    }
    if (block.style.headingId) seen.add(block.style.headingId);
  }
}

/**
 * Assigns start/end indices inside a section break, table or table of contents placed at
 * `start`, and returns its end. A table takes one index for itself, one per row and one per
 * cell before the cell's content.
 */
export function layoutStructure(element: docs_v1.Schema$StructuralElement, start: number): number {
  let at = start + 1;
  if (element.table) {
    for (const row of element.table.tableRows ?? []) {
      const rowStart = at++;
      for (const cell of row.tableCells ?? []) {
        const cellStart = at++;
        at = layoutContent(cell.content ?? [], at);
        setRange(cell, cellStart, at);
      }
      setRange(row, rowStart, at);
    }
  } else if (element.tableOfContents) {
    at = layoutContent(element.tableOfContents.content ?? [], at);
  }
  setRange(element, start, at);
  return at;
}

function layoutContent(content: docs_v1.Schema$StructuralElement[], start: number): number {
  let at = start;
  for (const element of content) {
    if (!element.paragraph) {
      at = layoutStructure(element, at);
      continue;
    }
    const from = at;
    for (const inline of element.paragraph.elements ?? []) {
      const size = inline.textRun ? (inline.textRun.content ?? '').length : 1;
      setRange(inline, at, at + size);
      at += size;
    }
    setRange(element, from, at);
  }
  return at;
}

function setRange(
  target: { startIndex?: number | null; endIndex?: number | null },
  start: number,
  end: number,
) {
  if (start === 0) delete target.startIndex;
  else target.startIndex = start;
  target.endIndex = end;
}

export function stateToJson(state: DocState): docs_v1.Schema$Document {
  const starts = blockStarts(state);
  const content = state.blocks.map((block, i) => blockToJson(block, starts[i] ?? 0));
  const doc: docs_v1.Schema$Document = {
    ...clone(state.extra),
    title: state.title,
    body: { content },
    documentStyle: clone(state.documentStyle),
    namedStyles: clone(state.namedStyles),
  };
  if (Object.keys(state.lists).length > 0) doc.lists = clone(state.lists);
  if (state.namedRanges.length > 0) doc.namedRanges = namedRangesToJson(state.namedRanges);
  doc.revisionId = state.revisionId;
  doc.suggestionsViewMode = state.suggestionsViewMode;
  doc.documentId = state.documentId;
  return doc;
}

function blockToJson(block: Block, start: number): docs_v1.Schema$StructuralElement {
  if (block.kind === 'structure') {
    const json = clone(block.json);
    layoutStructure(json, start);
    return { ...(start === 0 ? {} : { startIndex: start }), endIndex: start + block.size, ...json };
  }
  let at = start;
  const elements = block.inlines.map((inline) => {
    const size = inline.kind === 'text' ? inline.text.length : inline.size;
    const range = { ...(at === 0 ? {} : { startIndex: at }), endIndex: at + size };
    at += size;
    return inline.kind === 'text'
      ? { ...range, textRun: { content: inline.text, textStyle: clone(inline.style) } }
      : { ...range, ...clone(inline.json) };
  });
  const paragraph: docs_v1.Schema$Paragraph = { elements, paragraphStyle: clone(block.style) };
  if (block.bullet) {
    // proto3 JSON leaves out zero values: a first-level bullet has no nestingLevel field.
    const { nestingLevel, ...rest } = clone(block.bullet);
    paragraph.bullet = nestingLevel ? { ...rest, nestingLevel } : rest;
  }
  return { startIndex: start, endIndex: at, paragraph: { ...paragraph, ...clone(block.extra) } };
}

function namedRangesToJson(ranges: NamedRangeState[]): Record<string, docs_v1.Schema$NamedRanges> {
  const grouped: Record<string, docs_v1.Schema$NamedRanges> = {};
  for (const range of ranges) {
    const group = (grouped[range.name] ??= { name: range.name, namedRanges: [] });
    group.namedRanges?.push({
      namedRangeId: range.id,
      name: range.name,
      ranges: range.ranges.map((r) => ({ startIndex: r.start, endIndex: r.end })),
    });
  }
  return grouped;
}
