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

export interface DocTextOptions {
  /**
   * Also wrap bold runs in `**…**` and italic runs in `_…_` (inside `~~…~~`), so a style inherited
   * by mistake shows in the lines a test compares. `tandem-sim doc` marks struck text only.
   */
  emphasis?: boolean;
}

function runText(run: docs_v1.Schema$TextRun, options: DocTextOptions): string {
  let text = (run.content ?? '').replace(/\n$/, '');
  if (text === '') return text;
  const style = run.textStyle ?? {};
  if (options.emphasis && style.italic) text = `_${text}_`;
  if (options.emphasis && style.bold) text = `**${text}**`;
  return style.strikethrough ? `~~${text}~~` : text;
}

function paragraphText(paragraph: docs_v1.Schema$Paragraph, options: DocTextOptions): string {
  let text = '';
  for (const element of paragraph.elements ?? []) {
    if (element.textRun?.content !== undefined && element.textRun.content !== null)
      text += runText(element.textRun, options);
    else if (element.inlineObjectElement) text += '[image]';
    else if (element.pageBreak) text += '[page break]';
    else if (element.horizontalRule) text += '[rule]';
  }
  return text.replace(/~~~~/g, '');
}

/**
 * One line per paragraph, `[table R×C]` per table.
 * @example docToLines(doc) // ['= Alice & Bob · 1:1', '# 2026-11-24 · Tuesday', '- [ ] Bob: …']
 */
export function docToLines(document: docs_v1.Schema$Document, options: DocTextOptions = {}): string[] {
  const lines: string[] = [];
  for (const element of document.body?.content ?? []) {
    if (element.paragraph) {
      const style = element.paragraph.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT';
      const text = paragraphText(element.paragraph, options);
      if (element.paragraph.bullet) {
        const level = element.paragraph.bullet.nestingLevel ?? 0;
        lines.push(`${'  '.repeat(level)}- ${text}`);
      } else lines.push(`${HEADING_PREFIX[style] ?? ''}${text}`);
    } else if (element.table) {
      lines.push(`[table ${element.table.rows ?? 0}×${element.table.columns ?? 0}]`);
    } else if (element.tableOfContents) lines.push('[table of contents]');
  }
  return lines;
}

export function docToText(document: docs_v1.Schema$Document): string {
  return docToLines(document).join('\n');
}
