// Sync and page tokens: opaque to callers, they carry the change number a listing started from,
// so an incremental list returns exactly what changed since (and 410 once tokens are invalidated).
import type { CalendarData } from './data';
import { fault } from './model';

interface SyncPosition {
  /** calendar */
  c: string;
  /** change number the token covers */
  s: number;
  /** generation the token was issued in */
  g: number;
}

interface PagePosition {
  /** items already returned */
  o: number;
  /** change number when the first page was read */
  s: number;
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decode(token: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The nextSyncToken for `calendar` as of change number `seq`. */
export function syncTokenFor(data: CalendarData, calendar: string, seq: number): string {
  const position: SyncPosition = { c: calendar, s: seq, g: data.generation(calendar) };
  return encode(position);
}

/**
 * The change number a syncToken covers. A token from another calendar, an unreadable one, or one
 * issued before invalidateSyncTokens answers 410, as Google answers expired tokens.
 * @example readSyncToken(data, 'alice@example.com', syncTokenFor(data, 'alice@example.com', 7)) // 7
 */
export function readSyncToken(data: CalendarData, calendar: string, token: string): number {
  const position = decode(token);
  if (
    !position ||
    position.c !== calendar ||
    typeof position.s !== 'number' ||
    position.s > data.state.seq ||
    position.g !== data.generation(calendar)
  ) {
    fault(410, 'Sync token is no longer valid, a full sync is required.', 'fullSyncRequired');
  }
  return position.s;
}

export function pageTokenFor(offset: number, seq: number): string {
  const position: PagePosition = { o: offset, s: seq };
  return encode(position);
}

/**
 * Where a page token says to continue; 400 when it is not one this store issued.
 * @example readPageToken(pageTokenFor(250, 7)) // { offset: 250, seq: 7 }
 */
export function readPageToken(token: string): { offset: number; seq: number } {
  const position = decode(token);
  if (!position || typeof position.o !== 'number' || typeof position.s !== 'number' || position.o < 0) {
    fault(400, 'Invalid page token.', 'invalid');
  }
  return { offset: position.o, seq: position.s };
}
