// Drive v3 files.create / get / list / update, as the advanced Drive service runs them: the
// caller's visibility (drive.file for Tandem's code), partial responses and Google's errors.
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import type { ApiContext } from '../context';
import { DocumentModel } from '../docs/document';
import { apiError } from '../errors';
import type { WorldFile } from '../world';
import { canWrite, hasDirectAccess, permissionIdFor, type Role } from './access';
import { checkPropertyLimits, mergeProperties } from './properties';
import { QueryError, matchesQuery, parseQuery } from './query';
import {
  FILE_DEFAULT_FIELDS,
  FILE_LIST_DEFAULT_FIELDS,
  GOOGLE_DOC,
  fileView,
  withFields,
  type Resource,
} from './resource';
import type { DriveStore, StoredFile } from './store';

/** A File resource as written by callers: a null property value removes that key. */
export type FileResource = Omit<drive_v3.Schema$File, 'appProperties' | 'properties'> & {
  appProperties?: Record<string, string | null> | null;
  properties?: Record<string, string | null> | null;
};

export interface FileArgs {
  fields?: string;
  [other: string]: unknown;
}

export interface ListArgs extends FileArgs {
  q?: string;
  pageSize?: number;
  pageToken?: string;
  orderBy?: string;
}

const CREATE_WRITABLE = new Set([
  'kind', 'name', 'mimeType', 'description', 'appProperties', 'properties', 'parents', 'starred', 'trashed',
  'writersCanShare', 'copyRequiresWriterPermission', 'createdTime', 'modifiedTime', 'originalFilename', 'contentHints',
]); // prettier-ignore
const UPDATE_WRITABLE = new Set([...CREATE_WRITABLE].filter((f) => f !== 'parents' && f !== 'createdTime'));

export const INSUFFICIENT = 'The user does not have sufficient permissions for this file.';

export function notFound(method: string, fileId: string) {
  return apiError(method, 404, `File not found: ${fileId}.`, 'notFound');
}

/** The file and the caller's role on it, or Drive's 404, which never says whether the file exists. */
export function visibleFile(store: DriveStore, ctx: ApiContext, method: string, fileId: string) {
  const file = store.file(fileId);
  const role = file ? store.roleOf(ctx, file) : null;
  if (!file || !role) throw notFound(method, fileId);
  return { file, role };
}

export function respond<T>(
  value: T,
  method: string,
  fields: string | undefined,
  fallback: string,
  resource: Resource,
): T {
  const selected = withFields(value, fields ?? fallback, resource);
  if ('invalid' in selected)
    throw apiError(method, 400, `Invalid field selection ${selected.invalid}`, 'invalidParameter');
  return selected.ok;
}

function view(store: DriveStore, ctx: ApiContext, file: StoredFile, role: Role): drive_v3.Schema$File {
  return fileView(file.meta, { ctx, role, appAuthorized: store.isGranted(ctx.user, file.meta.id ?? '') });
}

function checkWritable(method: string, resource: FileResource, writable: Set<string>): void {
  const bad = Object.keys(resource).find((key) => !writable.has(key));
  if (bad)
    throw apiError(
      method,
      403,
      'The resource body includes fields which are not directly writable.',
      'fieldNotWritable',
    );
}

function limitsOrThrow(method: string, file: WorldFile): void {
  const problem = checkPropertyLimits(file);
  if (problem) throw apiError(method, 400, problem, 'badRequest');
}

export function createFile(
  store: DriveStore,
  ctx: ApiContext,
  resource: FileResource = {},
  args: FileArgs = {},
) {
  const method = 'drive.files.create';
  checkWritable(method, resource, CREATE_WRITABLE);
  const now = new Date(ctx.now()).toISOString();
  const id = ctx.newId('file-');
  const mimeType = resource.mimeType ?? 'application/octet-stream';
  const displayName = store.displayName(ctx.user);
  const { kind: _kind, appProperties, properties, ...rest } = resource;
  const meta: WorldFile = {
    id,
    ...structuredClone(rest),
    name: resource.name ?? 'Untitled',
    mimeType,
    trashed: resource.trashed === true,
    createdTime: resource.createdTime ?? now,
    modifiedTime: resource.modifiedTime ?? now,
    version: '1',
    webViewLink:
      mimeType === GOOGLE_DOC
        ? `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`
        : `https://drive.google.com/file/d/${id}/view?usp=drivesdk`,
    owners: [{ displayName, emailAddress: ctx.user, permissionId: permissionIdFor(ctx.user) }],
    permissions: [
      { id: permissionIdFor(ctx.user), type: 'user', emailAddress: ctx.user, role: 'owner', displayName },
    ],
    lastModifyingUser: { displayName, emailAddress: ctx.user, permissionId: permissionIdFor(ctx.user) },
  };
  mergeProperties(meta, { appProperties, properties });
  limitsOrThrow(method, meta);
  const file: StoredFile = { meta };
  if (mimeType === GOOGLE_DOC) file.model = DocumentModel.create(id, meta.name ?? '');
  store.addFile(file);
  // Under drive.file, files the app creates are the app's for this user.
  if (ctx.actor === 'app') store.grantFileScope(ctx.user, id);
  return respond(view(store, ctx, file, 'owner'), method, args.fields, FILE_DEFAULT_FIELDS, 'file');
}

export function getFile(store: DriveStore, ctx: ApiContext, fileId: string, args: FileArgs = {}) {
  const method = 'drive.files.get';
  const { file, role } = visibleFile(store, ctx, method, fileId);
  return respond(view(store, ctx, file, role), method, args.fields, FILE_DEFAULT_FIELDS, 'file');
}

const SORT_KEYS = new Set(['createdTime', 'modifiedTime', 'name']);

function sortFiles(
  method: string,
  files: drive_v3.Schema$File[],
  orderBy: string | undefined,
): drive_v3.Schema$File[] {
  const keys = (orderBy ?? '').split(',').map((k) => k.trim()).filter(Boolean).map((k) => {
    const [key = '', direction] = k.split(/\s+/);
    if (!SORT_KEYS.has(key) || (direction !== undefined && direction !== 'desc')) throw apiError(method, 400, 'Invalid Value', 'invalid');
    return { key: key as 'createdTime' | 'modifiedTime' | 'name', sign: direction === 'desc' ? -1 : 1 };
  }); // prettier-ignore
  return [...files].sort((a, b) => {
    for (const { key, sign } of keys) {
      const cmp = String(a[key] ?? '').localeCompare(String(b[key] ?? ''));
      if (cmp !== 0) return cmp * sign;
    }
    return 0;
  });
}

export function listFiles(store: DriveStore, ctx: ApiContext, args: ListArgs = {}) {
  const method = 'drive.files.list';
  let terms;
  try {
    terms = args.q ? parseQuery(args.q) : [];
  } catch (e) {
    if (e instanceof QueryError) throw apiError(method, 400, 'Invalid Value', 'invalid');
    throw e;
  }
  // "If unspecified, … the entire list of files for non-shared drives. The maximum value is 1000;
  // values above 1000 will be coerced to 1000."
  const pageSize = Math.min(args.pageSize ?? Number.MAX_SAFE_INTEGER, 1000);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw apiError(method, 400, 'Invalid Value', 'invalid');
  const offset = args.pageToken === undefined ? 0 : Number(/^page:(\d+)$/.exec(args.pageToken)?.[1] ?? NaN);
  if (!Number.isInteger(offset)) throw apiError(method, 400, 'Invalid Value', 'invalid');
  const matching = store
    .allFiles()
    .filter((file) => hasDirectAccess(file.meta, ctx.user))
    .flatMap((file) => {
      const role = store.roleOf(ctx, file);
      return role ? [view(store, ctx, file, role)] : [];
    })
    .filter((file) => matchesQuery(file, terms, ctx.user));
  const sorted = sortFiles(method, matching, args.orderBy);
  const page = sorted.slice(offset, offset + pageSize);
  const list: drive_v3.Schema$FileList = { kind: 'drive#fileList', incompleteSearch: false, files: page };
  if (offset + pageSize < sorted.length) list.nextPageToken = `page:${offset + pageSize}`;
  return respond(list, method, args.fields, FILE_LIST_DEFAULT_FIELDS, 'fileList');
}

export function updateFile(
  store: DriveStore,
  ctx: ApiContext,
  resource: FileResource = {},
  fileId: string,
  args: FileArgs = {},
) {
  const method = 'drive.files.update';
  const { file, role } = visibleFile(store, ctx, method, fileId);
  if (!canWrite(role)) throw apiError(method, 403, INSUFFICIENT, 'insufficientFilePermissions');
  checkWritable(method, resource, UPDATE_WRITABLE);
  if (typeof resource.mimeType === 'string' && resource.mimeType !== file.meta.mimeType) {
    throw apiError(
      method,
      403,
      'The resource body includes fields which are not directly writable.',
      'fieldNotWritable',
    );
  }
  // In My Drive only the owner may move a file to the trash or out of it.
  if (
    typeof resource.trashed === 'boolean' &&
    resource.trashed !== (file.meta.trashed === true) &&
    role !== 'owner'
  ) {
    throw apiError(method, 403, INSUFFICIENT, 'insufficientFilePermissions');
  }
  const { kind: _kind, appProperties, properties, ...rest } = resource;
  const next: WorldFile = { ...structuredClone(file.meta), ...structuredClone(rest) };
  mergeProperties(next, { appProperties, properties });
  limitsOrThrow(method, next);
  next.modifiedTime = new Date(ctx.now()).toISOString();
  next.version = String(Number(file.meta.version ?? '1') + 1);
  next.lastModifyingUser = {
    displayName: store.displayName(ctx.user),
    emailAddress: ctx.user,
    permissionId: permissionIdFor(ctx.user),
  };
  file.meta = next;
  if (file.model && next.name) file.model.rename(next.name);
  return respond(view(store, ctx, file, role), method, args.fields, FILE_DEFAULT_FIELDS, 'file');
}
