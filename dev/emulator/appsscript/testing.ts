// Test helpers: a small world and hand-built ExecutionContexts, each with its own emulated clock,
// so tests can run executions one after another or overlapping in emulated time.
import type { ExecutionContext } from '../context';
import type { World } from '../world';

export const ALICE = 'alice@example.com';
export const BOB = 'bob@example.com';

export function sampleWorld(overrides: Partial<World> = {}): World {
  return {
    now: '2026-11-23T08:00:00.000Z',
    users: [
      { email: ALICE, name: 'Alice Moreau', timeZone: 'Europe/Paris', locale: 'fr-FR' },
      { email: BOB, name: 'Bob Okafor', timeZone: 'America/New_York' },
    ],
    calendars: {},
    drive: { files: [] },
    userProperties: {},
    triggers: [],
    ...overrides,
  };
}

export interface TestExecution extends ExecutionContext {
  advance(ms: number): void;
  readonly logs: { level: string; line: string }[];
  readonly slept: number[];
}

let executions = 0;

/** An execution of `user` starting at `at`; its clock moves only by sleep() and advance(). */
export function testExecution(
  options: {
    user?: string;
    at?: string;
    executionId?: string;
    activeDocumentId?: string | null;
    locale?: string;
    timeZone?: string;
    scriptTimeZone?: string;
    kind?: 'trigger' | 'card';
  } = {},
): TestExecution {
  let now = Date.parse(options.at ?? '2026-11-23T08:00:00Z');
  let ids = 0;
  const logs: { level: string; line: string }[] = [];
  const slept: number[] = [];
  return {
    user: (options.user ?? ALICE).toLowerCase(),
    actor: 'app',
    executionId: options.executionId ?? `test-exec-${++executions}`,
    kind: options.kind ?? 'trigger',
    timeZone: options.timeZone ?? 'Europe/Paris',
    locale: options.locale ?? 'en',
    scriptTimeZone: options.scriptTimeZone ?? 'Etc/UTC',
    activeDocumentId: options.activeDocumentId ?? null,
    now: () => now,
    call: (_method, body) => body(),
    newId: (prefix) => `${prefix}${++ids}`,
    sleep(ms: number) {
      slept.push(ms);
      now += ms;
    },
    advance(ms: number) {
      now += ms;
    },
    log(level, line) {
      logs.push({ level, line });
    },
    logs,
    slept,
  };
}
