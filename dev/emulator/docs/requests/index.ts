// Routes one batchUpdate request to its handler and turns a handler's complaint into Google's
// 400 message, "Invalid requests[i].<kind>: <reason>".
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { DocsRequestError, RequestProblem } from '../errors';
import type { DocState } from '../model';
import { applyCreateParagraphBullets, applyDeleteParagraphBullets } from './bullets';
import { applyCreateNamedRange, applyDeleteNamedRange } from './namedRanges';
import { applyUpdateParagraphStyle, applyUpdateTextStyle } from './style';
import { applyDeleteContentRange, applyInsertText, applyReplaceAllText } from './text';

type Handler = (state: DocState, body: never) => docs_v1.Schema$Response;

const HANDLERS: Record<string, Handler> = {
  insertText: applyInsertText,
  deleteContentRange: applyDeleteContentRange,
  replaceAllText: applyReplaceAllText,
  updateParagraphStyle: applyUpdateParagraphStyle,
  updateTextStyle: applyUpdateTextStyle,
  createParagraphBullets: applyCreateParagraphBullets,
  deleteParagraphBullets: applyDeleteParagraphBullets,
  createNamedRange: applyCreateNamedRange,
  deleteNamedRange: applyDeleteNamedRange,
};

/** Request kinds Google accepts that this emulator does not model; refused rather than ignored. */
const UNMODELLED = new Set([
  'addDocumentTab',
  'createFooter',
  'createFootnote',
  'createHeader',
  'deleteFooter',
  'deleteHeader',
  'deletePositionedObject',
  'deleteTab',
  'deleteTableColumn',
  'deleteTableRow',
  'insertDate',
  'insertInlineImage',
  'insertPageBreak',
  'insertPerson',
  'insertRichLink',
  'insertSectionBreak',
  'insertTable',
  'insertTableColumn',
  'insertTableRow',
  'mergeTableCells',
  'pinTableHeaderRows',
  'replaceImage',
  'replaceNamedRangeContent',
  'unmergeTableCells',
  'updateDocumentStyle',
  'updateDocumentTabProperties',
  'updateNamedStyle',
  'updateSectionStyle',
  'updateTableCellStyle',
  'updateTableColumnProperties',
  'updateTableRowStyle',
]);

/** Applies request number `i` to `state`, or throws DocsRequestError as Google would answer. */
export function applyRequest(
  state: DocState,
  request: docs_v1.Schema$Request,
  i: number,
): docs_v1.Schema$Response {
  if (typeof request !== 'object' || request === null) {
    throw new DocsRequestError(`Invalid value at 'requests[${i}]': a request must be an object.`);
  }
  const kinds = Object.entries(request)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key]) => key);
  for (const kind of kinds) {
    if (!(kind in HANDLERS) && !UNMODELLED.has(kind)) {
      throw new DocsRequestError(
        `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`,
      );
    }
  }
  const [kind, second] = kinds;
  if (!kind) throw new DocsRequestError(`Invalid requests[${i}]: No request set.`);
  if (second) {
    throw new DocsRequestError(
      `Invalid value at 'requests[${i}]' (oneof), oneof field 'request' is already set. Cannot set '${second}'`,
    );
  }
  const handler = HANDLERS[kind];
  if (!handler) {
    throw new DocsRequestError(
      `Invalid requests[${i}].${kind}: this request is not modelled by the Tandem emulator.`,
    );
  }
  try {
    return handler(state, (request as Record<string, unknown>)[kind] as never);
  } catch (e) {
    if (e instanceof RequestProblem)
      throw new DocsRequestError(`Invalid requests[${i}].${kind}: ${e.message}`);
    throw e;
  }
}
