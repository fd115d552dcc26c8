// A Docs v1 document as plain text lines, for `tandem-sim doc`, the playground and test assertions:
// `=` title, `#`/`##`/`###` headings, `- ` bullets (two spaces per nesting level), `~~…~~` struck text.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

const HEADING_PREFIX: Record<string, string> = {
  TITLE: '= ',
  SUBTITLE: '=- ',
  HEADING_1: '# ',
  HEADING_2: '## ',
  HEADING_3: '### ',
  HEADING_4: '### ',
  HEADING_5: '### ',
  HEADING_6: '### ',
};

function paragraphText(paragraph: docs_v1.Schema$Paragraph): string {
  let text = '';
  for (const element of paragraph.elements ?? []) {
    const run = element.textRun;
    if (run?.content !== undefined && run.content !== null) {
      const content = run.content.replace(/\n$/, '');
      text += run.textStyle?.strikethrough && content.length > 0 ? `~~${content}~~` : content;
    } else if (element.inlineObjectElement) text += '[image]';
    else if (element.pageBreak) text += '[page break]';
    else if (element.horizontalRule) text += '[rule]';
  }
  return text.replace(/~~~~/g, '');
}

/** One line per paragraph. @example docToText(doc) // ['= Alice & Bob · 1:1', '# 2026-11-24 · Tuesday', '- [ ] Bob: …'] */
export function docToLines(document: docs_v1.Schema$Document): string[] {
  const lines: string[] = [];
  const walk = (content: docs_v1.Schema$StructuralElement[] | undefined): void => {
    for (const element of content ?? []) {
      if (element.paragraph) {
        const style = element.paragraph.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT';
        const text = paragraphText(element.paragraph);
        if (element.paragraph.bullet) {
          const level = element.paragraph.bullet.nestingLevel ?? 0;
          lines.push(`${'  '.repeat(level)}- ${text}`);
        } else lines.push(`${HEADING_PREFIX[style] ?? ''}${text}`);
      } else if (element.table) {
        lines.push(`[table ${element.table.rows ?? 0}×${element.table.columns ?? 0}]`);
      } else if (element.tableOfContents) lines.push('[table of contents]');
    }
  };
  walk(document.body?.content ?? undefined);
  return lines;
}

export function docToText(document: docs_v1.Schema$Document): string {
  return docToLines(document).join('\n');
}
