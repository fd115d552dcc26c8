// The user's role in a pair (manager, report or peer): what the question bank uses to pick who
// asks what. Stored per pair; until the user sets it, the organizer of the 1:1 is the manager.

export const PAIR_ROLES = ['manager', 'report', 'peer'] as const;
export type PairRole = (typeof PAIR_ROLES)[number];

/**
 * The role Tandem assumes before the user says: whoever organises the recurring 1:1 is taken to
 * be the manager and the guest the report, because managers usually own their 1:1 invites. A
 * guess only — the card shows it and lets the user change it (a peer 1:1 is one click away).
 *
 * @example
 * defaultRole(true) //=> 'manager'
 * defaultRole(false) //=> 'report'
 */
export function defaultRole(userIsOrganizer: boolean): PairRole {
  return userIsOrganizer ? 'manager' : 'report';
}

/**
 * The user's role in the pair: the stored choice when there is a valid one, else the default.
 *
 * @example
 * roleInPair('peer', true) //=> 'peer'
 * roleInPair(undefined, false) //=> 'report'
 */
export function roleInPair(stored: string | null | undefined, userIsOrganizer: boolean): PairRole {
  const parsed = stored == null ? null : parseRole(stored);
  return parsed?.ok ? parsed.role : defaultRole(userIsOrganizer);
}

/**
 * The other person's role, seen from the user's: a manager's other is a report, and so on.
 *
 * @example
 * otherRole('manager') //=> 'report'
 * otherRole('peer') //=> 'peer'
 */
export function otherRole(role: PairRole): PairRole {
  if (role === 'manager') return 'report';
  if (role === 'report') return 'manager';
  return 'peer';
}

export type RoleParseResult =
  { readonly ok: true; readonly role: PairRole } | { readonly ok: false; readonly message: string };

/**
 * Reads a role from a form input (a selection, but still checked): trimmed, any case.
 *
 * @example
 * parseRole(' Manager ') //=> { ok: true, role: 'manager' }
 * parseRole('boss') //=> { ok: false, message: 'Choose manager, report or peer.' }
 */
export function parseRole(input: unknown): RoleParseResult {
  const text = typeof input === 'string' ? input.trim().toLowerCase() : '';
  const role = PAIR_ROLES.find((candidate) => candidate === text);
  return role ? { ok: true, role } : { ok: false, message: 'Choose manager, report or peer.' };
}
