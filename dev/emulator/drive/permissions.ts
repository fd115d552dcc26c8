// Drive v3 permissions.create / list / delete: who may share, the notification e-mail Google
// sends by default, and a record of every share in the store's sharing log.
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import type { ApiContext } from '../context';
import { apiError } from '../errors';
import { canWrite, permissionIdFor } from './access';
import { INSUFFICIENT, respond, visibleFile } from './files';
import { PERMISSION_DEFAULT_FIELDS, PERMISSION_LIST_DEFAULT_FIELDS, permissionView } from './resource';
import type { DriveStore } from './store';

export interface PermissionCreateArgs {
  fields?: string;
  sendNotificationEmail?: boolean;
  emailMessage?: string;
  transferOwnership?: boolean;
  [other: string]: unknown;
}

const ROLES = new Set(['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader']);
const TYPES = new Set(['user', 'group', 'domain', 'anyone']);

function sharer(store: DriveStore, ctx: ApiContext, method: string, fileId: string) {
  const found = visibleFile(store, ctx, method, fileId);
  // writersCanShare is true unless the owner turned it off.
  const mayShare =
    found.role === 'owner' || (canWrite(found.role) && found.file.meta.writersCanShare !== false);
  if (!mayShare) throw apiError(method, 403, INSUFFICIENT, 'insufficientFilePermissions');
  return found;
}

export function createPermission(
  store: DriveStore,
  ctx: ApiContext,
  resource: drive_v3.Schema$Permission = {},
  fileId: string,
  args: PermissionCreateArgs = {},
) {
  const method = 'drive.permissions.create';
  const { file } = sharer(store, ctx, method, fileId);
  const { type, role } = resource;
  if (!type) throw apiError(method, 400, 'The permission type field is required.', 'required');
  if (!role) throw apiError(method, 400, 'The permission role field is required.', 'required');
  if (!TYPES.has(type) || !ROLES.has(role)) throw apiError(method, 400, 'Invalid Value', 'invalid');
  const byEmail = type === 'user' || type === 'group';
  const email = resource.emailAddress?.toLowerCase();
  if (byEmail && !email)
    throw apiError(method, 400, 'The permission emailAddress field is required.', 'required');
  if (type === 'domain' && !resource.domain)
    throw apiError(method, 400, 'The permission domain field is required.', 'required');
  // sendNotificationEmail "defaults to true for users and groups, and is not allowed for other requests."
  if (!byEmail && args.sendNotificationEmail === true)
    throw apiError(method, 400, 'Bad Request', 'badRequest');
  if (role === 'owner') {
    if (!args.transferOwnership) {
      throw apiError(
        method,
        403,
        "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
        'forbidden',
      );
    }
    throw apiError(method, 400, 'Ownership transfer is not modelled by the Tandem emulator.', 'badRequest');
  }
  const permissions = (file.meta.permissions ??= []);
  const id = type === 'anyone' ? 'anyoneWithLink' : permissionIdFor(email ?? resource.domain ?? '');
  let permission = permissions.find((p) => p.id === id);
  if (permission?.role === 'owner')
    throw apiError(method, 400, 'The user already owns this file.', 'badRequest');
  if (permission) {
    permission.role = role;
  } else {
    permission = {
      id,
      type,
      role,
      ...(email ? { emailAddress: email, displayName: store.displayName(email) } : {}),
      ...(type === 'domain' ? { domain: resource.domain, displayName: resource.domain } : {}),
      ...(type === 'anyone' ? { allowFileDiscovery: resource.allowFileDiscovery === true } : {}),
    };
    permissions.push(permission);
  }
  store.logShare({
    fileId,
    emailAddress: email ?? resource.domain ?? 'anyone',
    role,
    notified: byEmail && args.sendNotificationEmail !== false,
    at: ctx.now(),
  });
  return respond(permissionView(permission), method, args.fields, PERMISSION_DEFAULT_FIELDS, 'permission');
}

export function listPermissions(
  store: DriveStore,
  ctx: ApiContext,
  fileId: string,
  args: { fields?: string } = {},
) {
  const method = 'drive.permissions.list';
  const { file } = sharer(store, ctx, method, fileId);
  const list: drive_v3.Schema$PermissionList = {
    kind: 'drive#permissionList',
    permissions: (file.meta.permissions ?? []).map(permissionView),
  };
  return respond(list, method, args.fields, PERMISSION_LIST_DEFAULT_FIELDS, 'permissionList');
}

export function deletePermission(
  store: DriveStore,
  ctx: ApiContext,
  fileId: string,
  permissionId: string,
): void {
  const method = 'drive.permissions.delete';
  const { file } = sharer(store, ctx, method, fileId);
  const permissions = file.meta.permissions ?? [];
  const permission = permissions.find((p) => p.id === permissionId);
  if (!permission) throw apiError(method, 404, `Permission not found: ${permissionId}.`, 'notFound');
  if (permission.role === 'owner')
    throw apiError(method, 403, 'The owner of a file cannot be removed.', 'cannotRemoveOwner');
  file.meta.permissions = permissions.filter((p) => p !== permission);
}
