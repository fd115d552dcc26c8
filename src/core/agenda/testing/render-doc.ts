// Test helper: renders a Docs API v1 document as one line per paragraph, the way `tandem-sim doc`
// prints it: `= ` title, `#`/`##`/`###` headings, `- ` bullets, `~~…~~` struck, `**…**` bold.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';

const HEADING_MARKS: Record<string, string> = {
  TITLE: '= ',
  SUBTITLE: '=- ',
  HEADING_1: '# ',
  HEADING_2: '## ',
  HEADING_3: '### ',
  HEADING_4: '#### ',
  HEADING_5: '##### ',
  HEADING_6: '###### ',
};

/**
 * The body as lines. Runs that are struck, bold or italic are wrapped in `~~`, `**`, `_`, so a
 * style inherited by mistake shows in the text a test compares.
 *
 * @example
 * renderDoc(doc) // ['= Alice & Bob · 1:1', '# Current focus', '', '# 2026-11-24 · Tuesday', …]
 */
export function renderDoc(document: docs_v1.Schema$Document): string[] {
  const lines: string[] = [];
  for (const element of document.body?.content ?? []) {
    if (element.table) lines.push('[table]');
    if (element.tableOfContents) lines.push('[table of contents]');
    if (!element.paragraph) continue;
    const paragraph = element.paragraph;
    const mark = HEADING_MARKS[paragraph.paragraphStyle?.namedStyleType ?? ''] ?? '';
    const bullet = paragraph.bullet ? '- ' : '';
    const text = (paragraph.elements ?? []).map(renderRun).join('').replace(/\n$/u, '');
    lines.push(`${mark}${bullet}${text}`);
  }
  return lines;
}

function renderRun(element: docs_v1.Schema$ParagraphElement): string {
  if (!element.textRun) return '\uFFFC';
  const content = element.textRun.content ?? '';
  const body = content.replace(/\n$/u, '');
  const newline = content.slice(body.length);
  if (body === '') return content;
  const style = element.textRun.textStyle ?? {};
  let text = body;
  if (style.italic) text = `_${text}_`;
  if (style.bold) text = `**${text}**`;
  if (style.strikethrough) text = `~~${text}~~`;
  return text + newline;
}
