// Test helper: the pair most agenda tests use, Alice (the manager) and Bob (her report).

import type { Person } from '../people';

export const ALICE: Person = { email: 'alice@example.com', name: 'Alice Moreau' };
export const BOB: Person = { email: 'bob@example.com', name: 'Bob Okafor' };
export const PAIR: readonly Person[] = [ALICE, BOB];
