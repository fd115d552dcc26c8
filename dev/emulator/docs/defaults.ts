// What a brand-new Google Doc looks like through documents.get: the opening section break, the
// default page setup and the default named styles (Arial 11 pt, headings 20/16/14/12/11/11 pt).
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

export const SECTION_BREAK: docs_v1.Schema$SectionBreak = {
  sectionStyle: {
    columnSeparatorStyle: 'NONE',
    contentDirection: 'LEFT_TO_RIGHT',
    sectionType: 'CONTINUOUS',
  },
};

export function normalParagraphStyle(): docs_v1.Schema$ParagraphStyle {
  return { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' };
}

const pt = (magnitude?: number): docs_v1.Schema$Dimension =>
  magnitude === undefined ? { unit: 'PT' } : { magnitude, unit: 'PT' };

export function defaultDocumentStyle(): docs_v1.Schema$DocumentStyle {
  return {
    background: { color: {} },
    pageNumberStart: 1,
    marginTop: pt(72),
    marginBottom: pt(72),
    marginRight: pt(72),
    marginLeft: pt(72),
    pageSize: { height: pt(792), width: pt(612) },
    marginHeader: pt(36),
    marginFooter: pt(36),
    useCustomHeaderFooterMargins: true,
    documentFormat: { documentMode: 'PAGES' },
  };
}

const GREY = { color: { rgbColor: { red: 0.4, green: 0.4, blue: 0.4 } } };
const DARK_GREY = { color: { rgbColor: { red: 0.2627451, green: 0.2627451, blue: 0.2627451 } } };

function heading(
  namedStyleType: string,
  textStyle: docs_v1.Schema$TextStyle,
  above: number | undefined,
  below: number,
): docs_v1.Schema$NamedStyle {
  return {
    namedStyleType,
    textStyle,
    paragraphStyle: {
      namedStyleType: 'NORMAL_TEXT',
      direction: 'LEFT_TO_RIGHT',
      spaceAbove: pt(above),
      spaceBelow: pt(below),
      keepLinesTogether: true,
      keepWithNext: true,
      pageBreakBefore: false,
    },
  };
}

export function defaultNamedStyles(): docs_v1.Schema$NamedStyles {
  const border = () => ({ color: {}, width: pt(), padding: pt(), dashStyle: 'SOLID' });
  const normal: docs_v1.Schema$NamedStyle = {
    namedStyleType: 'NORMAL_TEXT',
    textStyle: {
      bold: false,
      italic: false,
      underline: false,
      strikethrough: false,
      smallCaps: false,
      backgroundColor: {},
      foregroundColor: { color: { rgbColor: {} } },
      fontSize: pt(11),
      weightedFontFamily: { fontFamily: 'Arial', weight: 400 },
      baselineOffset: 'NONE',
    },
    paragraphStyle: {
      namedStyleType: 'NORMAL_TEXT',
      alignment: 'START',
      lineSpacing: 115,
      direction: 'LEFT_TO_RIGHT',
      spacingMode: 'COLLAPSE_LISTS',
      spaceAbove: pt(),
      spaceBelow: pt(),
      borderBetween: border(),
      borderTop: border(),
      borderBottom: border(),
      borderLeft: border(),
      borderRight: border(),
      indentFirstLine: pt(),
      indentStart: pt(),
      indentEnd: pt(),
      keepLinesTogether: false,
      keepWithNext: false,
      avoidWidowAndOrphan: true,
      shading: { backgroundColor: {} },
      pageBreakBefore: false,
    },
  };
  return {
    styles: [
      normal,
      heading('HEADING_1', { fontSize: pt(20) }, 20, 6),
      heading('HEADING_2', { bold: false, fontSize: pt(16) }, 18, 6),
      heading('HEADING_3', { bold: false, foregroundColor: DARK_GREY, fontSize: pt(14) }, 16, 4),
      heading('HEADING_4', { foregroundColor: GREY, fontSize: pt(12) }, 14, 4),
      heading('HEADING_5', { foregroundColor: GREY, fontSize: pt(11) }, 12, 4),
      heading('HEADING_6', { italic: true, foregroundColor: GREY, fontSize: pt(11) }, 12, 4),
      heading('TITLE', { fontSize: pt(26) }, undefined, 3),
      heading('SUBTITLE', { italic: false, foregroundColor: GREY, fontSize: pt(15) }, undefined, 16),
    ],
  };
}

/** Named style types whose paragraphs are headings and carry a read-only `headingId`. */
export const HEADING_TYPES = new Set([
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
]);

export const NAMED_STYLE_TYPES = new Set(['NORMAL_TEXT', ...HEADING_TYPES]);

/** Google's default link colour (#1155CC) applied when a link is set without a colour. */
export const LINK_COLOR: docs_v1.Schema$OptionalColor = {
  color: { rgbColor: { red: 0.06666667, green: 0.33333334, blue: 0.8 } },
};
