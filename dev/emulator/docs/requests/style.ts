// updateParagraphStyle and updateTextStyle: field masks, heading ids following the named style,
// values equal to the inherited one stored as "inherit", and Google's link side effects.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { HEADING_TYPES, LINK_COLOR, NAMED_STYLE_TYPES } from '../defaults';
import { invalid } from '../errors';
import { applyFields, parseFields } from '../fieldMask';
import {
  blockSize,
  clone,
  deepEqual,
  freshId,
  headingIds,
  paragraphsOverlapping,
  splitRunAt,
  type DocState,
  type ParagraphBlock,
  type TextStyle,
} from '../model';
import { requireRange } from './range';

const PARAGRAPH_FIELDS = [
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'direction',
  'spacingMode',
  'spaceAbove',
  'spaceBelow',
  'borderBetween',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'tabStops',
  'keepLinesTogether',
  'keepWithNext',
  'avoidWidowAndOrphan',
  'shading',
  'pageBreakBefore',
] as const;

const TEXT_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'smallCaps',
  'backgroundColor',
  'foregroundColor',
  'fontSize',
  'weightedFontFamily',
  'baselineOffset',
  'link',
] as const;

export function applyUpdateParagraphStyle(
  state: DocState,
  request: docs_v1.Schema$UpdateParagraphStyleRequest,
): docs_v1.Schema$Response {
  const { start, end } = requireRange(state, request.range);
  const fields = parseFields(request.fields, PARAGRAPH_FIELDS);
  const style = (request.paragraphStyle ?? {}) as Record<string, unknown>;
  const type = request.paragraphStyle?.namedStyleType;
  if (fields.includes('namedStyleType') && type && !NAMED_STYLE_TYPES.has(type)) {
    invalid(`Invalid value at 'paragraph_style.named_style_type': "${type}"`);
  }
  const taken = headingIds(state);
  for (const { paragraph } of paragraphsOverlapping(state, start, end)) {
    applyFields(paragraph.style as Record<string, unknown>, style, fields);
    paragraph.style.namedStyleType ??= 'NORMAL_TEXT';
    // "If unset, the value defaults to LEFT_TO_RIGHT since paragraph direction is not inherited."
    paragraph.style.direction ??= 'LEFT_TO_RIGHT';
    if (!HEADING_TYPES.has(paragraph.style.namedStyleType)) {
      delete paragraph.style.headingId;
    } else if (!paragraph.style.headingId) {
      paragraph.style.headingId = freshId('h.', taken);
      taken.push(paragraph.style.headingId);
    }
  }
  return {};
}

/** What a run's style inherits from: its paragraph's named style over normal text. */
function parentTextStyle(state: DocState, paragraph: ParagraphBlock): TextStyle {
  const styles = state.namedStyles.styles ?? [];
  const normal = styles.find((s) => s.namedStyleType === 'NORMAL_TEXT')?.textStyle ?? {};
  const own = styles.find((s) => s.namedStyleType === paragraph.style.namedStyleType)?.textStyle ?? {};
  return { ...normal, ...own };
}

function updateRunStyle(
  style: TextStyle,
  request: TextStyle,
  fields: string[],
  parent: TextStyle,
  isNewline: boolean,
) {
  const target = style as Record<string, unknown>;
  const hadLink = Boolean(style.link);
  const applied = isNewline ? fields.filter((f) => f !== 'link') : fields;
  applyFields(target, request as Record<string, unknown>, applied);
  if (!isNewline && fields.includes('link')) {
    // Setting a link also colours and underlines the text; removing one takes that back,
    // unless the same request sets those fields itself.
    const setting = Boolean(request.link);
    if (!fields.includes('foregroundColor')) {
      if (setting) style.foregroundColor = clone(LINK_COLOR);
      else if (hadLink) delete style.foregroundColor;
    }
    if (!fields.includes('underline')) {
      if (setting) style.underline = true;
      else if (hadLink) delete style.underline;
    }
  }
  // "If the value for a particular style matches that of the parent, that style will be set to inherit."
  for (const key of [...applied, 'foregroundColor', 'underline']) {
    if (key !== 'link' && deepEqual(target[key], (parent as Record<string, unknown>)[key]))
      delete target[key];
  }
}

export function applyUpdateTextStyle(
  state: DocState,
  request: docs_v1.Schema$UpdateTextStyleRequest,
): docs_v1.Schema$Response {
  const { start, end } = requireRange(state, request.range);
  const fields = parseFields(request.fields, TEXT_FIELDS);
  const textStyle = request.textStyle ?? {};
  splitRunAt(state, start);
  splitRunAt(state, end);
  // Links are not settable on newline characters, so each newline gets a run of its own.
  for (const { paragraph, start: from } of paragraphsOverlapping(state, start, end)) {
    splitRunAt(state, from + blockSize(paragraph) - 1);
  }
  for (const { paragraph, start: from } of paragraphsOverlapping(state, start, end)) {
    const parent = parentTextStyle(state, paragraph);
    const size = blockSize(paragraph);
    let at = from;
    for (const inline of paragraph.inlines) {
      const length = inline.kind === 'text' ? inline.text.length : inline.size;
      if (inline.kind === 'text' && at >= start && at + length <= end) {
        updateRunStyle(
          inline.style,
          textStyle,
          fields,
          parent,
          at + length === from + size && inline.text === '\n',
        );
      }
      at += length;
    }
    // "If the range fully contains a paragraph belonging to a list, the paragraph's bullet is also updated."
    if (paragraph.bullet && start <= from && from + size <= end) {
      const bulletStyle = (paragraph.bullet.textStyle ??= {});
      applyFields(
        bulletStyle as Record<string, unknown>,
        textStyle as Record<string, unknown>,
        fields.filter((f) => f !== 'link'),
      );
    }
  }
  return {};
}
