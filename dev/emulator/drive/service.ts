// The global `Drive` that Apps Script's advanced Drive service (v3) gives the bundle: the same
// method signatures, every call going once through the execution's call gate.
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import type { ApiContext } from '../context';
import {
  createFile,
  getFile,
  listFiles,
  updateFile,
  type FileArgs,
  type FileResource,
  type ListArgs,
} from './files';
import {
  createPermission,
  deletePermission,
  listPermissions,
  type PermissionCreateArgs,
} from './permissions';
import type { DriveStore } from './store';

export interface DriveService {
  Files: {
    create(resource: FileResource, mediaData?: unknown, optionalArgs?: FileArgs): drive_v3.Schema$File;
    get(fileId: string, optionalArgs?: FileArgs): drive_v3.Schema$File;
    list(optionalArgs?: ListArgs): drive_v3.Schema$FileList;
    update(
      resource: FileResource,
      fileId: string,
      mediaData?: unknown,
      optionalArgs?: FileArgs,
    ): drive_v3.Schema$File;
  };
  Permissions: {
    create(
      resource: drive_v3.Schema$Permission,
      fileId: string,
      optionalArgs?: PermissionCreateArgs,
    ): drive_v3.Schema$Permission;
    list(fileId: string, optionalArgs?: { fields?: string }): drive_v3.Schema$PermissionList;
    /** Apps Script names REST permissions.delete `remove`. */
    remove(fileId: string, permissionId: string, optionalArgs?: Record<string, unknown>): void;
  };
}

export function driveService(store: DriveStore, ctx: ApiContext): DriveService {
  return {
    Files: {
      create: (resource, _mediaData, args) =>
        ctx.call('drive.files.create', () => createFile(store, ctx, resource, args)),
      get: (fileId, args) => ctx.call('drive.files.get', () => getFile(store, ctx, fileId, args)),
      list: (args) => ctx.call('drive.files.list', () => listFiles(store, ctx, args)),
      update: (resource, fileId, _mediaData, args) =>
        ctx.call('drive.files.update', () => updateFile(store, ctx, resource, fileId, args)),
    },
    Permissions: {
      create: (resource, fileId, args) =>
        ctx.call('drive.permissions.create', () => createPermission(store, ctx, resource, fileId, args)),
      list: (fileId, args) =>
        ctx.call('drive.permissions.list', () => listPermissions(store, ctx, fileId, args)),
      remove: (fileId, permissionId) =>
        ctx.call('drive.permissions.delete', () => deletePermission(store, ctx, fileId, permissionId)),
    },
  };
}
