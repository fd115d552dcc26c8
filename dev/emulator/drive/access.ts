// Who may do what with a Drive file: the caller's role from the file's permissions, and the
// drive.file rule that Tandem's code ('app') reaches only files granted to it for that user.
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import type { WorldFile } from '../world';

export type Role = 'owner' | 'writer' | 'commenter' | 'reader';

const RANK: Record<string, number> = {
  reader: 1,
  commenter: 2,
  writer: 3,
  fileOrganizer: 3,
  organizer: 4,
  owner: 4,
};
const ROLE_OF_RANK: Role[] = ['reader', 'reader', 'commenter', 'writer', 'owner'];

function grants(permission: drive_v3.Schema$Permission, user: string): boolean {
  if (permission.deleted) return false;
  switch (permission.type) {
    case 'user':
    case 'group':
      return permission.emailAddress?.toLowerCase() === user;
    case 'domain':
      return user.endsWith(`@${(permission.domain ?? '').toLowerCase()}`);
    case 'anyone':
      return true;
    default:
      return false;
  }
}

/** The highest role any of the file's permissions gives `user`, or null. */
export function aclRole(file: WorldFile, user: string): Role | null {
  let rank = 0;
  if ((file.owners ?? []).some((o) => o.emailAddress?.toLowerCase() === user)) rank = RANK.owner ?? 4;
  for (const permission of file.permissions ?? []) {
    if (grants(permission, user)) rank = Math.max(rank, RANK[permission.role ?? ''] ?? 0);
  }
  return rank > 0 ? (ROLE_OF_RANK[rank] ?? null) : null;
}

/** Owned by the user or shared with them by name: what their Drive lists. */
export function hasDirectAccess(file: WorldFile, user: string): boolean {
  return (
    (file.owners ?? []).some((o) => o.emailAddress?.toLowerCase() === user) ||
    (file.permissions ?? []).some(
      (p) => !p.deleted && p.type === 'user' && p.emailAddress?.toLowerCase() === user,
    )
  );
}

export function canWrite(role: Role): boolean {
  return role === 'owner' || role === 'writer';
}

/**
 * A stable permission id per email, as Drive gives one user the same permission id on every file.
 * @example permissionIdFor('bob@example.com') // '0' followed by 19 digits, always the same
 */
export function permissionIdFor(email: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const ch of email.toLowerCase())
    hash = ((hash ^ BigInt(ch.codePointAt(0) ?? 0)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `0${hash.toString().padStart(20, '0').slice(-19)}`;
}
