// The Drive API v3 emulator: the store behind the `Drive` and `Docs` advanced services.
export { DriveStore, type DriveState, type SharingRecord } from './store';
export type { DriveService } from './service';
export { permissionIdFor, type Role } from './access';
export { GOOGLE_DOC } from './resource';
