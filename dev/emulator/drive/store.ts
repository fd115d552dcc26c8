import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
// The emulated Drive: files (Google Docs with their DocumentModel), their permissions, the
// drive.file grants Tandem holds per user, and the log of every share ever made.
import type { ApiContext } from '../context';
import { DocumentModel } from '../docs/document';
import { docsService, type DocsService } from '../docs/service';
import { resolveReadings, type Readings } from '../readings';
import type { WorldFile, WorldUser } from '../world';
import { aclRole, hasDirectAccess, permissionIdFor, type Role } from './access';
import { GOOGLE_DOC } from './resource';
import { driveService, type DriveService } from './service';

export interface SharingRecord {
  fileId: string;
  emailAddress: string;
  role: string;
  notified: boolean;
  /** Emulated epoch milliseconds. */
  at: number;
}

/** What the store keeps under world.emulator.drive. */
export interface DriveState {
  /** email → ids of the files Tandem may reach for that user under drive.file. */
  grants: Record<string, string[]>;
  sharingLog: SharingRecord[];
}

export interface StoredFile {
  meta: WorldFile;
  model?: DocumentModel;
}

function normalizeFile(raw: WorldFile, users: WorldUser[]): StoredFile {
  const { document, ...meta } = structuredClone(raw);
  if (!meta.id) throw new Error(`drive file "${meta.name ?? '?'}" has no id`);
  const name = (email: string) => users.find((u) => u.email.toLowerCase() === email.toLowerCase())?.name;
  const ownerEmail =
    meta.owners?.[0]?.emailAddress ??
    meta.permissions?.find((p) => p.role === 'owner')?.emailAddress ??
    undefined;
  if (!ownerEmail) throw new Error(`drive file ${meta.id} has no owner (owners or an owner permission)`);
  meta.owners ??= [
    { displayName: name(ownerEmail), emailAddress: ownerEmail, permissionId: permissionIdFor(ownerEmail) },
  ];
  meta.permissions ??= [];
  if (!meta.permissions.some((p) => p.role === 'owner')) {
    meta.permissions.unshift({
      type: 'user',
      role: 'owner',
      emailAddress: ownerEmail,
      displayName: name(ownerEmail),
    });
  }
  for (const p of meta.permissions) {
    p.id ??= p.type === 'anyone' ? 'anyoneWithLink' : permissionIdFor(p.emailAddress ?? p.domain ?? '');
    p.type ??= 'user';
  }
  if (meta.mimeType !== GOOGLE_DOC) return { meta };
  const model = document
    ? DocumentModel.fromJson({ ...document, documentId: meta.id })
    : DocumentModel.create(meta.id, meta.name ?? '');
  if (meta.name !== undefined && meta.name !== null) model.rename(meta.name);
  return { meta, model };
}

export class DriveStore {
  private readonly files = new Map<string, StoredFile>();
  private readonly users: WorldUser[];
  private readonly state: DriveState;
  /** How the Docs API answers what Google leaves undocumented (a doc Tandem may not reach, a stale revision). */
  readonly readings: Readings;

  private constructor(files: StoredFile[], users: WorldUser[], state: DriveState, readings: Readings) {
    for (const file of files) this.files.set(file.meta.id ?? '', file);
    this.users = users;
    this.state = state;
    this.readings = readings;
  }

  static fromWorld(
    files: WorldFile[],
    users: WorldUser[],
    state?: unknown,
    readings: Readings = resolveReadings(),
  ): DriveStore {
    const saved = (state ?? {}) as Partial<DriveState>;
    return new DriveStore(
      files.map((f) => normalizeFile(f, users)),
      structuredClone(users),
      { grants: structuredClone(saved.grants ?? {}), sharingLog: structuredClone(saved.sharingLog ?? []) },
      readings,
    );
  }

  toWorld(): { files: WorldFile[]; state: DriveState } {
    const files = [...this.files.values()].map(({ meta, model }) => ({
      ...structuredClone(meta),
      ...(model ? { document: model.toJson() } : {}),
    }));
    return { files, state: structuredClone(this.state) };
  }

  /** The global `Drive` (advanced Drive service v3) for one execution. */
  driveService(ctx: ApiContext): DriveService {
    return driveService(this, ctx);
  }

  /** The global `Docs` (advanced Docs service v1) for one execution. */
  docsService(ctx: ApiContext): DocsService {
    return docsService(this, ctx);
  }

  /** Files the person owns or that are shared with them by name, with permissions, without document bodies. */
  filesVisibleTo(user: string): WorldFile[] {
    const email = user.toLowerCase();
    return [...this.files.values()]
      .filter((f) => hasDirectAccess(f.meta, email))
      .map((f) => structuredClone(f.meta));
  }

  /** Every permission ever created through the API, in order, for privacy audits. */
  sharingLog(): SharingRecord[] {
    return structuredClone(this.state.sharingLog);
  }

  /** The person opened the file with the add-on (Docs onFileScopeGranted): drive.file now covers it. */
  grantFileScope(user: string, fileId: string): void {
    const email = user.toLowerCase();
    const granted = (this.state.grants[email] ??= []);
    if (!granted.includes(fileId)) granted.push(fileId);
  }

  /** The Docs JSON of a document file, as documents.get returns it; null when there is none. */
  documentJson(fileId: string): docs_v1.Schema$Document | null {
    return this.files.get(fileId)?.model?.toJson() ?? null;
  }

  /** Whether the add-on, acting for `user`, may reach the file under drive.file. */
  hasFileScope(user: string, fileId: string): boolean {
    return this.isGranted(user, fileId);
  }

  // ——— for the services ———

  allFiles(): StoredFile[] {
    return [...this.files.values()];
  }

  file(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  addFile(file: StoredFile): void {
    this.files.set(file.meta.id ?? '', file);
  }

  isGranted(user: string, fileId: string): boolean {
    return this.state.grants[user.toLowerCase()]?.includes(fileId) ?? false;
  }

  /**
   * The caller's role on a file, or null when the caller cannot see it: no permission, or Tandem's
   * code ('app') without a drive.file grant for this user and file.
   */
  roleOf(ctx: ApiContext, file: StoredFile): Role | null {
    const role = aclRole(file.meta, ctx.user);
    if (!role) return null;
    if (ctx.actor === 'app' && !this.isGranted(ctx.user, file.meta.id ?? '')) return null;
    return role;
  }

  displayName(email: string): string | undefined {
    return this.users.find((u) => u.email.toLowerCase() === email.toLowerCase())?.name;
  }

  /** A document edit through the Docs API touches the Drive file: modified time, version, last modifier. */
  recordEdit(ctx: ApiContext, file: StoredFile): void {
    file.meta.modifiedTime = new Date(ctx.now()).toISOString();
    file.meta.version = String(Number(file.meta.version ?? '1') + 1);
    file.meta.lastModifyingUser = {
      displayName: this.displayName(ctx.user),
      emailAddress: ctx.user,
      permissionId: permissionIdFor(ctx.user),
    };
  }

  logShare(record: SharingRecord): void {
    this.state.sharingLog.push(record);
  }
}
