// The Docs API v1 emulator: the pure document model and the `Docs` advanced service.
export { DocumentModel, DocsRequestError, nextRevisionId } from './document';
export type { DocsService, DocsGetArgs } from './service';
