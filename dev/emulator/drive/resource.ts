// The Drive v3 File and Permission resources as one caller sees them: stored fields plus the
// caller-relative ones (ownedByMe, capabilities, owners[].me), permissions only for those who
// can share, appProperties only for the app that set them.
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import type { ApiContext } from '../context';
import type { WorldFile } from '../world';
import { canWrite, type Role } from './access';
import { FieldSelectionError, parseFieldMask, selectFields, topLevelFields } from './fields';

export const GOOGLE_DOC = 'application/vnd.google-apps.document';

/** Default partial responses: "the list method on the files resource only returns the kind, id, name, and mimeType fields". */
export const FILE_DEFAULT_FIELDS = 'kind,id,name,mimeType';
export const FILE_LIST_DEFAULT_FIELDS = 'kind,nextPageToken,incompleteSearch,files(kind,id,name,mimeType)';
export const PERMISSION_DEFAULT_FIELDS = 'kind,id,type,role';
export const PERMISSION_LIST_DEFAULT_FIELDS = 'kind,nextPageToken,permissions(kind,id,type,role)';

const FILE_FIELDS = new Set(
  (
    'appProperties capabilities clientEncryptionDetails contentHints contentRestrictions copyRequiresWriterPermission ' +
    'createdTime description downloadRestrictions driveId explicitlyTrashed exportLinks fileExtension folderColorRgb ' +
    'fullFileExtension hasAugmentedPermissions hasThumbnail headRevisionId iconLink id imageMediaMetadata ' +
    'inheritedPermissionsDisabled isAppAuthorized kind labelInfo lastModifyingUser linkShareMetadata md5Checksum mimeType ' +
    'modifiedByMe modifiedByMeTime modifiedTime name originalFilename ownedByMe owners parents permissionIds permissions ' +
    'properties quotaBytesUsed resourceKey sha1Checksum sha256Checksum shared sharedWithMeTime sharingUser shortcutDetails size ' +
    'spaces starred teamDriveId thumbnailLink thumbnailVersion trashed trashedTime trashingUser version ' +
    'videoMediaMetadata viewedByMe viewedByMeTime viewersCanCopyContent webContentLink webViewLink writersCanShare'
  ).split(' '),
);
const PERMISSION_FIELDS = new Set(
  'allowFileDiscovery deleted displayName domain emailAddress expirationTime id inheritedPermissionsDisabled kind pendingOwner permissionDetails photoLink role teamDrivePermissionDetails type view'.split(
    ' ',
  ),
);

export type Resource = 'file' | 'fileList' | 'permission' | 'permissionList';

const LIST_FIELDS: Record<Resource, { item?: string; known: Set<string>; own: Set<string> }> = {
  file: { known: FILE_FIELDS, own: new Set() },
  permission: { known: PERMISSION_FIELDS, own: new Set() },
  fileList: {
    item: 'files',
    known: FILE_FIELDS,
    own: new Set(['kind', 'nextPageToken', 'incompleteSearch', 'files']),
  },
  permissionList: {
    item: 'permissions',
    known: PERMISSION_FIELDS,
    own: new Set(['kind', 'nextPageToken', 'permissions']),
  },
};

/**
 * Applies a `fields` mask, refusing unknown field names as Google does (400 "Invalid field
 * selection"). Returns the selection or the unknown name.
 */
export function withFields<T>(value: T, mask: string, resource: Resource): { ok: T } | { invalid: string } {
  try {
    const tree = parseFieldMask(mask);
    const spec = LIST_FIELDS[resource];
    const check = (names: string[], known: Set<string>) => names.find((n) => n !== '*' && !known.has(n));
    const bad = check(topLevelFields(tree), spec.item ? spec.own : spec.known);
    if (bad) return { invalid: bad };
    const items = spec.item ? tree.get(spec.item) : undefined;
    const badItem = items && items !== true ? check(topLevelFields(items), spec.known) : undefined;
    if (badItem) return { invalid: badItem };
    return { ok: selectFields(value, tree) };
  } catch (e) {
    if (e instanceof FieldSelectionError) return { invalid: e.message };
    throw e;
  }
}

export interface Viewer {
  ctx: ApiContext;
  role: Role;
  appAuthorized: boolean;
}

export function permissionView(permission: drive_v3.Schema$Permission): drive_v3.Schema$Permission {
  return { kind: 'drive#permission', deleted: false, pendingOwner: false, ...structuredClone(permission) };
}

/** The full File resource for this viewer (before any `fields` mask). */
export function fileView(file: WorldFile, viewer: Viewer): drive_v3.Schema$File {
  const { document: _document, ...meta } = structuredClone(file);
  const me = viewer.ctx.user;
  const isOwner = viewer.role === 'owner';
  const canShare = canWrite(viewer.role);
  const view: drive_v3.Schema$File = {
    kind: 'drive#file',
    starred: false,
    trashed: false,
    explicitlyTrashed: file.trashed === true,
    spaces: ['drive'],
    writersCanShare: true,
    copyRequiresWriterPermission: false,
    viewersCanCopyContent: true,
    ...meta,
    owners: (meta.owners ?? []).map((o) => ({
      ...o,
      kind: 'drive#user',
      me: o.emailAddress?.toLowerCase() === me,
    })),
    ownedByMe: isOwner,
    shared: (meta.permissions ?? []).some((p) => p.role !== 'owner'),
    isAppAuthorized: viewer.appAuthorized,
    capabilities: {
      canEdit: canShare,
      canComment: viewer.role !== 'reader',
      canShare,
      canRename: canShare,
      canTrash: isOwner,
      canDelete: isOwner,
      canDownload: true,
      canCopy: true,
      canReadRevisions: canShare,
    },
  };
  if (canShare) {
    view.permissions = (meta.permissions ?? []).map(permissionView);
    view.permissionIds = (meta.permissions ?? []).map((p) => p.id ?? '');
  } else {
    delete view.permissions;
  }
  // appProperties are "private to the requesting app": Google's own UI (a person) never sees Tandem's.
  if (viewer.ctx.actor !== 'app') delete view.appProperties;
  return view;
}
