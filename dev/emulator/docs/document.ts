// One Google Doc as the Docs API v1 sees it: documents.get JSON out, batchUpdate requests in,
// applied atomically with Google's index semantics. Pure: no clock, no ids from outside.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { SECTION_BREAK, defaultDocumentStyle, defaultNamedStyles } from './defaults';
import { DocsRequestError } from './errors';
import { emptyParagraph, stateFromJson, stateToJson } from './json';
import { clone, normalizeInlines, type DocState } from './model';
import { applyRequest } from './requests';
import { firstRevisionId, nextRevisionId } from './revision';

export { DocsRequestError } from './errors';
export { nextRevisionId } from './revision';

export class DocumentModel {
  private state: DocState;

  private constructor(state: DocState) {
    this.state = state;
  }

  /** An empty document as documents.create makes it: a section break and one empty paragraph. */
  static create(documentId: string, title: string): DocumentModel {
    return new DocumentModel({
      documentId,
      title,
      revisionId: firstRevisionId(documentId),
      blocks: [
        { kind: 'structure', json: { sectionBreak: clone(SECTION_BREAK) }, size: 1 },
        emptyParagraph(),
      ],
      lists: {},
      namedRanges: [],
      documentStyle: defaultDocumentStyle(),
      namedStyles: defaultNamedStyles(),
      suggestionsViewMode: 'SUGGESTIONS_INLINE',
      extra: {},
    });
  }

  /** Reads documents.get JSON (or a hand-written world document); every index is recomputed. */
  static fromJson(doc: docs_v1.Schema$Document): DocumentModel {
    return new DocumentModel(stateFromJson(doc));
  }

  /** Exactly what documents.get returns (a deep copy). */
  toJson(): docs_v1.Schema$Document {
    return stateToJson(this.state);
  }

  get revisionId(): string {
    return this.state.revisionId;
  }

  get documentId(): string {
    return this.state.documentId;
  }

  get title(): string {
    return this.state.title;
  }

  /** Renaming the Drive file renames the document; the content and revision do not change. */
  rename(title: string): void {
    this.state.title = title;
  }

  /**
   * Applies batchUpdate requests in order, all or nothing, and returns one reply per request.
   * Throws DocsRequestError (HTTP 400 in Google) and leaves the document untouched on any error.
   */
  apply(requests: docs_v1.Schema$Request[]): docs_v1.Schema$Response[] {
    if (!Array.isArray(requests)) throw new DocsRequestError("Invalid value at 'requests': must be a list.");
    const draft = clone(this.state);
    const replies = requests.map((request, i) => applyRequest(draft, request, i));
    for (const block of draft.blocks)
      if (block.kind === 'paragraph') block.inlines = normalizeInlines(block.inlines);
    draft.revisionId = nextRevisionId(this.state.revisionId, this.state.documentId);
    this.state = draft;
    return replies;
  }
}
