// The global `Docs` that Apps Script's advanced Docs service gives the bundle: documents.create,
// get and batchUpdate over the Drive store's files, with write control and Google's errors.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { ApiContext } from '../context';
import { apiError } from '../errors';
import { aclRole, canWrite } from '../drive/access';
import { FieldSelectionError, parseFieldMask, selectFields } from '../drive/fields';
import { createFile } from '../drive/files';
import { GOOGLE_DOC } from '../drive/resource';
import type { DriveStore } from '../drive/store';
import { STALE_REVISION_MESSAGES } from '../readings';
import { DocsRequestError } from './errors';

export interface DocsGetArgs {
  suggestionsViewMode?: string;
  includeTabsContent?: boolean;
  fields?: string;
}

export interface DocsService {
  Documents: {
    create(resource: docs_v1.Schema$Document): docs_v1.Schema$Document;
    get(documentId: string, optionalArgs?: DocsGetArgs): docs_v1.Schema$Document;
    batchUpdate(
      resource: docs_v1.Schema$BatchUpdateDocumentRequest,
      documentId: string,
    ): docs_v1.Schema$BatchUpdateDocumentResponse;
  };
}

/** Google's generic answers: NOT_FOUND for an unknown id, PERMISSION_DENIED when the caller may not. */
const NOT_FOUND = 'Requested entity was not found.';
const DENIED = 'The caller does not have permission';
const SUGGESTION_MODES = new Set([
  'DEFAULT_FOR_CURRENT_ACCESS',
  'SUGGESTIONS_INLINE',
  'PREVIEW_SUGGESTIONS_ACCEPTED',
  'PREVIEW_WITHOUT_SUGGESTIONS',
]);

/**
 * A document Tandem's code may not reach under drive.file: Drive hides such a file ("File not
 * found"), and the Docs API's answer is not documented — 404 under the strict reading, 403 under
 * the lenient one (readings.ts `ungrantedDoc`).
 */
function ungranted(store: DriveStore, method: string): never {
  if (store.readings.ungrantedDoc === 404) throw apiError(method, 404, NOT_FOUND, 'notFound');
  throw apiError(method, 403, DENIED, 'forbidden');
}

function open(store: DriveStore, ctx: ApiContext, method: string, documentId: string, write: boolean) {
  const file = store.file(documentId);
  if (!file) throw apiError(method, 404, NOT_FOUND, 'notFound');
  if (ctx.actor === 'app' && !store.isGranted(ctx.user, documentId)) ungranted(store, method);
  const role = aclRole(file.meta, ctx.user);
  if (!role || (write && !canWrite(role))) throw apiError(method, 403, DENIED, 'forbidden');
  if (!file.model)
    throw apiError(method, 400, 'This operation is not supported for this document', 'failedPrecondition');
  return { file, model: file.model, role };
}

/** The includeTabsContent=true shape: the body and its styles move under tabs[0].documentTab. */
function withTabs(doc: docs_v1.Schema$Document): docs_v1.Schema$Document {
  const { documentId, title, revisionId, suggestionsViewMode, ...content } = doc;
  return {
    title,
    ...(revisionId ? { revisionId } : {}),
    suggestionsViewMode,
    documentId,
    tabs: [{ tabProperties: { tabId: 't.0', title: 'Tab 1' }, documentTab: content }],
  };
}

function getDocument(store: DriveStore, ctx: ApiContext, documentId: string, args: DocsGetArgs = {}) {
  const method = 'docs.documents.get';
  const { model, role } = open(store, ctx, method, documentId, false);
  const mode = args.suggestionsViewMode ?? 'DEFAULT_FOR_CURRENT_ACCESS';
  if (!SUGGESTION_MODES.has(mode))
    throw apiError(method, 400, `Invalid value at 'suggestions_view_mode' (${mode})`, 'badRequest');
  let doc = model.toJson();
  // Document.revisionId: "Only populated if the user has edit access to the document."
  if (!canWrite(role)) delete doc.revisionId;
  // DEFAULT_FOR_CURRENT_ACCESS: viewers get PREVIEW_WITHOUT_SUGGESTIONS, everyone else SUGGESTIONS_INLINE.
  doc.suggestionsViewMode =
    mode !== 'DEFAULT_FOR_CURRENT_ACCESS'
      ? mode
      : role === 'reader'
        ? 'PREVIEW_WITHOUT_SUGGESTIONS'
        : 'SUGGESTIONS_INLINE';
  if (args.includeTabsContent) doc = withTabs(doc);
  if (!args.fields) return doc;
  try {
    return selectFields(doc, parseFieldMask(args.fields));
  } catch (e) {
    if (e instanceof FieldSelectionError)
      throw apiError(method, 400, `Invalid field selection ${e.message}`, 'badRequest');
    throw e;
  }
}

function batchUpdate(
  store: DriveStore,
  ctx: ApiContext,
  resource: docs_v1.Schema$BatchUpdateDocumentRequest,
  documentId: string,
): docs_v1.Schema$BatchUpdateDocumentResponse {
  const method = 'docs.documents.batchUpdate';
  const { file, model } = open(store, ctx, method, documentId, true);
  const { requiredRevisionId, targetRevisionId } = resource?.writeControl ?? {};
  if (requiredRevisionId && targetRevisionId) {
    throw apiError(
      method,
      400,
      'Only one of requiredRevisionId and targetRevisionId may be set.',
      'badRequest',
    );
  }
  // WriteControl.requiredRevisionId: "If this is not the latest revision of the document, the
  // request is not processed and returns a 400 bad request error." The wording is not documented.
  if (requiredRevisionId && requiredRevisionId !== model.revisionId)
    throw apiError(method, 400, STALE_REVISION_MESSAGES[store.readings.staleRevision], 'badRequest');
  if (targetRevisionId && targetRevisionId !== model.revisionId) {
    // Google merges the request into newer collaborator changes; the emulator does not.
    throw apiError(
      method,
      400,
      'Merging into a newer revision (targetRevisionId) is not modelled by the Tandem emulator.',
      'badRequest',
    );
  }
  let replies: docs_v1.Schema$Response[];
  try {
    replies = model.apply(resource?.requests ?? []);
  } catch (e) {
    if (e instanceof DocsRequestError) throw apiError(method, 400, e.message, 'badRequest');
    throw e;
  }
  store.recordEdit(ctx, file);
  return {
    documentId,
    ...(replies.length > 0 ? { replies } : {}),
    writeControl: { requiredRevisionId: model.revisionId },
  };
}

export function docsService(store: DriveStore, ctx: ApiContext): DocsService {
  return {
    Documents: {
      create: (resource) =>
        ctx.call('docs.documents.create', () => {
          // "Creates a blank document using the title given in the request. Other fields in the request, including any provided content, are ignored."
          const title = resource?.title || 'Untitled document';
          const { id } = createFile(store, ctx, { name: title, mimeType: GOOGLE_DOC }, { fields: 'id' });
          return store.file(id ?? '')?.model?.toJson() ?? {};
        }),
      get: (documentId, args) =>
        ctx.call('docs.documents.get', () => getDocument(store, ctx, documentId, args)),
      batchUpdate: (resource, documentId) =>
        ctx.call('docs.documents.batchUpdate', () => batchUpdate(store, ctx, resource, documentId)),
    },
  };
}
