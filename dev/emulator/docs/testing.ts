// Small builders and readers for the Docs emulator's tests: a document from paragraph texts,
// and the paragraphs of documents.get JSON read back as text, styles and indices.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DocumentModel } from './document';

export interface ParagraphSpec {
  text: string;
  namedStyleType?: string;
  textStyle?: docs_v1.Schema$TextStyle;
}

/** A document whose body holds these paragraphs (each gets its trailing "\n"). */
export function docOf(...paragraphs: (string | ParagraphSpec)[]): DocumentModel {
  const content = paragraphs.map((p) => {
    const spec = typeof p === 'string' ? { text: p } : p;
    return {
      paragraph: {
        elements: [{ textRun: { content: `${spec.text}\n`, textStyle: spec.textStyle ?? {} } }],
        paragraphStyle: { namedStyleType: spec.namedStyleType ?? 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' },
      },
    };
  });
  return DocumentModel.fromJson({ documentId: 'doc1', title: 'Test', body: { content } });
}

export function paragraphsOf(doc: docs_v1.Schema$Document): docs_v1.Schema$StructuralElement[] {
  return (doc.body?.content ?? []).filter((e) => e.paragraph);
}

/** Each paragraph's text without its newline. */
export function textsOf(model: DocumentModel): string[] {
  return paragraphsOf(model.toJson()).map((e) =>
    (e.paragraph?.elements ?? [])
      .map((el) => el.textRun?.content ?? '\uFFFC')
      .join('')
      .replace(/\n$/, ''),
  );
}

export function stylesOf(model: DocumentModel): (string | null | undefined)[] {
  return paragraphsOf(model.toJson()).map((e) => e.paragraph?.paragraphStyle?.namedStyleType);
}

export function endOf(model: DocumentModel): number {
  const content = model.toJson().body?.content ?? [];
  return content[content.length - 1]?.endIndex ?? 0;
}

/** Checks that every index in the body is contiguous: each element starts where the last ended. */
export function indexGaps(doc: docs_v1.Schema$Document): string[] {
  const gaps: string[] = [];
  let at = 0;
  for (const element of doc.body?.content ?? []) {
    if ((element.startIndex ?? 0) !== at) gaps.push(`element at ${element.startIndex ?? 0}, expected ${at}`);
    let inner = element.startIndex ?? 0;
    for (const el of element.paragraph?.elements ?? []) {
      if ((el.startIndex ?? 0) !== inner) gaps.push(`run at ${el.startIndex ?? 0}, expected ${inner}`);
      inner = el.endIndex ?? 0;
      const size = el.textRun ? (el.textRun.content ?? '').length : 1;
      if ((el.endIndex ?? 0) - (el.startIndex ?? 0) !== size)
        gaps.push(`run ${el.startIndex} has wrong size`);
    }
    if (element.paragraph && inner !== element.endIndex)
      gaps.push(`paragraph ${element.startIndex} ends at ${inner}`);
    at = element.endIndex ?? 0;
  }
  return gaps;
}
