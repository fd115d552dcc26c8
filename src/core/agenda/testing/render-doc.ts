// Test helper: a document as the lines `tandem-sim doc` prints (dev/doc-text.ts), with bold and
// italic runs marked too. buildDoc (build-doc.ts) reads these lines back.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { docToLines } from '../../../../dev/doc-text';

/**
 * The body as lines: `= ` title, `#`/`##`/`###` headings, `- ` bullets, `[table 1×1]`, and runs
 * that are struck, bold or italic wrapped in `~~`, `**`, `_`, so a style inherited by mistake
 * shows in the text a test compares.
 *
 * @example
 * renderDoc(doc) // ['= Alice & Bob · 1:1', '# Current focus', '', '# 2026-11-24 · Tuesday', …]
 */
export function renderDoc(document: docs_v1.Schema$Document): string[] {
  return docToLines(document, { emphasis: true });
}
