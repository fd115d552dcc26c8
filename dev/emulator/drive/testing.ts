// Fixtures for the Drive emulator's tests: three users, world files, and a context that records
// which API methods were called.
import { testContext, type ApiContext } from '../context';
import type { WorldFile, WorldUser } from '../world';
import { GOOGLE_DOC } from './resource';

export const ALICE = 'alice@example.com';
export const BOB = 'bob@example.com';
export const CAROL = 'carol@example.com';

export const USERS: WorldUser[] = [
  { email: ALICE, name: 'Alice Moreau', timeZone: 'Europe/Paris' },
  { email: BOB, name: 'Bob Okafor', timeZone: 'Europe/London' },
  { email: CAROL, name: 'Carol Diaz', timeZone: 'America/New_York' },
];

/** A Google Doc owned by `owner`, shared by name with the given roles. */
export function worldDoc(
  id: string,
  owner: string,
  shared: Record<string, string> = {},
  extra: Partial<WorldFile> = {},
): WorldFile {
  return {
    id,
    name: `Doc ${id}`,
    mimeType: GOOGLE_DOC,
    owners: [{ emailAddress: owner }],
    permissions: [
      { type: 'user', role: 'owner', emailAddress: owner },
      ...Object.entries(shared).map(([emailAddress, role]) => ({ type: 'user', role, emailAddress })),
    ],
    ...extra,
  };
}

/** A test context that also records the method name of every call, in order. */
export function recordingContext(
  user: string,
  actor: 'app' | 'person' = 'app',
): ApiContext & { calls: string[]; advance(ms: number): void } {
  const ctx = testContext(user, '2026-11-23T08:00:00Z', actor);
  const calls: string[] = [];
  return {
    ...ctx,
    calls,
    call: (method, body) => {
      calls.push(method);
      return body();
    },
  };
}

/** Runs `body` and returns the Apps Script error it throws, for asserting on code and message. */
export function errorOf(body: () => unknown): { code: number; message: string; reason: string | undefined } {
  try {
    body();
  } catch (e) {
    const details = (e as { details?: { code: number; message: string; errors: { reason: string }[] } })
      .details;
    if (!details) throw e;
    return { code: details.code, message: details.message, reason: details.errors[0]?.reason };
  }
  throw new Error('expected the call to fail');
}
