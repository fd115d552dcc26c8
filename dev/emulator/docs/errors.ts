// Errors a Docs batchUpdate request can fail with. Google answers HTTP 400 with a message naming
// the failing request, e.g. "Invalid requests[0].insertText: Index 99 must be less than …".

/** A batchUpdate request Google would refuse; nothing of the batch has been applied. */
export class DocsRequestError extends Error {
  override readonly name = 'DocsRequestError';
  readonly code = 400;
}

/** Thrown by one request handler; the dispatcher adds the "Invalid requests[i].kind: " prefix. */
export class RequestProblem extends Error {
  override readonly name = 'RequestProblem';
}

export function invalid(message: string): never {
  throw new RequestProblem(message);
}

/** Google's message when a delete would break a table or the paragraph before a structure. */
export const CANNOT_DELETE = 'Invalid deletion range. Cannot delete the requested range.';

/** Google's message when text would land outside any paragraph (index 0, a table's start). */
export const OUTSIDE_PARAGRAPH =
  'The insertion index must be inside the bounds of an existing paragraph. ' +
  'You can still create new paragraphs by inserting newlines.';

export function indexPastEnd(index: number, end: number): string {
  return `Index ${index} must be less than the end index of the referenced segment, ${end}.`;
}
