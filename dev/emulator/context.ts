// What every emulated service receives: who is acting, the clock, and the call gate that
// counts calls, injects faults, charges modelled latency and enforces the execution deadline.

export interface ApiContext {
  /** Email of the effective user of this execution (lower-case). */
  readonly user: string;
  /**
   * Who is calling: 'app' is Tandem's code (the add-on, with its OAuth scopes, e.g. drive.file);
   * 'person' is a human acting in Google's own UI (tandem-sim edit/calendar, the playground),
   * whose calls are not counted as Tandem's.
   */
  readonly actor: 'app' | 'person';
  /** Current emulated time in epoch milliseconds (advances with modelled latency). */
  now(): number;
  /**
   * Runs one API call. Every advanced-service method (e.g. 'calendar.events.list',
   * 'docs.documents.batchUpdate', 'drive.permissions.create') must go through this, once per
   * call: it counts the call, throws an injected fault if one is due, charges latency, and
   * throws ExecutionTimeLimitError past the deadline.
   */
  call<T>(method: string, body: () => T): T;
  /** A fresh id, unique in the world, with the given prefix (deterministic per world). */
  newId(prefix: string): string;
}

/** A context for unit tests of one store: counts nothing, clock fixed unless advanced. */
export function testContext(
  user: string,
  nowIso = '2026-11-23T08:00:00Z',
  actor: 'app' | 'person' = 'app',
): ApiContext & { advance(ms: number): void } {
  let now = Date.parse(nowIso);
  let counter = 0;
  return {
    user: user.toLowerCase(),
    actor,
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
    call: (_method, body) => body(),
    newId: (prefix) => `${prefix}${(++counter).toString(36).padStart(6, '0')}`,
  };
}

/** What Apps Script services (Properties, Lock, Cache, ScriptApp, Session, Utilities, Logger) see. */
export interface ExecutionContext extends ApiContext {
  /** Unique per execution; lock ownership and logs are keyed by it. */
  readonly executionId: string;
  /** 'trigger' executions get 6 minutes, 'card' (add-on callbacks) 30 seconds. */
  readonly kind: 'trigger' | 'card';
  /** The user's IANA time zone and locale, from the world's user record. */
  readonly timeZone: string;
  readonly locale: string;
  /** The script's own time zone (appsscript.json `timeZone`). */
  readonly scriptTimeZone: string;
  /** The Docs file the add-on runs in, when it runs in a document (document properties/lock). */
  readonly activeDocumentId: string | null;
  /** Advances emulated time without an API call (Utilities.sleep, waitLock). */
  sleep(ms: number): void;
  /** Records one log line (Logger.log, console.*). */
  log(level: 'log' | 'info' | 'warn' | 'error', line: string): void;
}
