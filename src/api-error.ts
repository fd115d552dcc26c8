// Tandem's one rule for errors: whatever an advanced service threw becomes an ApiError, and every
// failure is classified once — passing (try again soon), refused (wait for the daily run, say why)
// or a bug (record once, never loop) — whether or not Apps Script said which HTTP status it was.
import type { ApiFailure } from './ports';

/**
 * The `code` of a failure whose HTTP status Apps Script did not give: its exception carried no
 * `details`, which Apps Script does not document (docs/platform-assumptions.md).
 */
export const UNKNOWN_STATUS = 0;

export class ApiError extends Error {
  readonly failure: ApiFailure;
  /** The advanced-service method that failed, e.g. 'docs.documents.get'. */
  readonly method: string;
  constructor(method: string, failure: ApiFailure) {
    super(`${method}: ${failure.code} ${failure.reason || failure.message}`);
    this.name = 'ApiError';
    this.method = method;
    this.failure = failure;
  }
}

/** A Docs write given up after MAX_REVISION_RETRIES re-plans (src/app/revision.ts): people kept editing. */
export class RevisionConflict extends ApiError {
  constructor(failure: ApiFailure) {
    super('docs.documents.batchUpdate', failure);
    this.name = 'RevisionConflict';
  }
}

/**
 * Reads the HTTP code and reason from what Apps Script threw. Its GoogleJsonResponseException may
 * carry `details`, the REST error body ({code, message, errors[]}); without it the code is
 * UNKNOWN_STATUS and the message is Google's, read off "API call to … failed with error: …".
 * @example toApiFailure({ details: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] } })
 *   // { code: 404, reason: 'notFound', message: 'Not Found' }
 * @example toApiFailure(new Error('API call to docs.documents.get failed with error: Not Found'))
 *   // { code: 0, reason: '', message: 'Not Found' }
 */
export function toApiFailure(thrown: unknown): ApiFailure {
  if (thrown instanceof ApiError) return thrown.failure;
  const error = (thrown ?? {}) as {
    message?: unknown;
    details?: { code?: unknown; message?: unknown; errors?: unknown };
  };
  const details = error.details;
  const message = typeof error.message === 'string' ? error.message : String(thrown);
  if (details && typeof details.code === 'number') {
    const first = Array.isArray(details.errors)
      ? (details.errors[0] as { reason?: unknown } | undefined)
      : undefined;
    return {
      code: details.code,
      reason: typeof first?.reason === 'string' ? first.reason : '',
      message: typeof details.message === 'string' ? details.message : message,
    };
  }
  const fromMessage = /failed with error: (.*)$/.exec(message);
  return { code: UNKNOWN_STATUS, reason: '', message: fromMessage?.[1] ?? message };
}

/** What Tandem does about a failure. */
export type FailureKind = 'passing' | 'refused' | 'bug';

/** Why a failure happened, in Tandem's words: each reason has one kind and one wording on the cards. */
export type FailureReason =
  'unknown' | 'busy' | 'docKeptChanging' | 'dailyLimit' | 'notFound' | 'noAccess' | 'refused' | 'bug';

/**
 * The rule, reason by reason:
 * - unknown: an API call failed and Apps Script gave no status. Passing, but bounded: not repeated
 *   in the run (a refusal would only be refused again, at the cost of a card's two-call budget),
 *   retried by the next runs, at most MAX_SOON_RETRIES in a row, then by the daily run — so it
 *   neither loops nor waits forever, whatever it really was.
 * - busy: 429, 5xx, 403 with a rate-limit reason — Google said "slow down" or "try again".
 * - docKeptChanging: people kept editing the doc through every re-plan of one write.
 * - dailyLimit: 403 dailyLimitExceeded / quotaExceeded — nothing will do before the limit resets.
 * - notFound (404, 410), noAccess (401, 403), refused (400, other 4xx): Google said no.
 * - bug: anything thrown outside an API call: recorded once, never retried in a loop.
 */
export const KIND_OF: Record<FailureReason, FailureKind> = {
  unknown: 'passing',
  busy: 'passing',
  docKeptChanging: 'passing',
  dailyLimit: 'refused',
  notFound: 'refused',
  noAccess: 'refused',
  refused: 'refused',
  bug: 'bug',
};

/** Calendar's and Drive's error guides: back off and retry. */
const RATE_LIMIT_REASONS = ['rateLimitExceeded', 'userRateLimitExceeded', 'sharingRateLimitExceeded'];
/** Calendar's "usage limits exceeded" and Drive's daily limit: they reset on their own schedule. */
const DAILY_LIMIT_REASONS = ['dailyLimitExceeded', 'quotaExceeded'];

/**
 * Why one API failure happened, from its HTTP status and Google's reason (never its message).
 * @example failureReason({ code: 403, reason: 'quotaExceeded', message: '' }) // 'dailyLimit'
 * @example failureReason({ code: 0, reason: '', message: 'Not Found' }) // 'unknown'
 */
export function failureReason(failure: ApiFailure): FailureReason {
  const { code, reason } = failure;
  if (code === 429 || (code >= 500 && code <= 599)) return 'busy';
  if (code === 403 && RATE_LIMIT_REASONS.includes(reason)) return 'busy';
  if (code === 403 && DAILY_LIMIT_REASONS.includes(reason)) return 'dailyLimit';
  if (code === 401 || code === 403) return 'noAccess';
  if (code === 404 || code === 410) return 'notFound';
  if (code >= 400 && code <= 499) return 'refused';
  return 'unknown';
}

/**
 * Why anything thrown happened: an ApiError by its status, a revision conflict as such, anything
 * else (a TypeError, a property store refusing a value) as a bug.
 * @example classify(new TypeError('x')) // { kind: 'bug', reason: 'bug', code: 0, method: null }
 */
export function classify(e: unknown): {
  kind: FailureKind;
  reason: FailureReason;
  code: number;
  method: string | null;
} {
  if (!(e instanceof ApiError)) return { kind: 'bug', reason: 'bug', code: UNKNOWN_STATUS, method: null };
  const reason = e instanceof RevisionConflict ? 'docKeptChanging' : failureReason(e.failure);
  return { kind: KIND_OF[reason], reason, code: e.failure.code, method: e.method };
}

/** A failure as a pair (or the card that made its doc) records it: code and reason, and how often. */
export interface FailureRecord {
  /** The HTTP status Google answered; UNKNOWN_STATUS when it was not given, or not an API call. */
  code: number;
  reason: FailureReason;
  /** The API method that failed, when one did (the card words a refused share differently). */
  method?: string;
  /** When it was recorded (epoch ms). */
  at: number;
  /** Runs in a row that failed for this reason: bounds the soon retries of a passing failure. */
  tries: number;
}

/** A passing failure is tried again soon this many runs in a row; after that, by the daily run. */
export const MAX_SOON_RETRIES = 3;

/**
 * The record of a failure, counting the runs in a row that failed for the same reason.
 * @example failureRecord(new TypeError('x'), 5) // { code: 0, reason: 'bug', at: 5, tries: 1 }
 */
export function failureRecord(e: unknown, at: number, previous?: FailureRecord): FailureRecord {
  const { reason, code, method } = classify(e);
  const tries = previous?.reason === reason ? previous.tries + 1 : 1;
  return { code, reason, ...(method ? { method } : {}), at, tries };
}

/**
 * Whether a recorded failure is tried again soon (not only by the daily run): passing, and not
 * yet MAX_SOON_RETRIES runs in a row.
 * @example retriesSoon({ code: 0, reason: 'bug', at: 0, tries: 1 }) // false
 */
export function retriesSoon(record: FailureRecord): boolean {
  return KIND_OF[record.reason] === 'passing' && record.tries <= MAX_SOON_RETRIES;
}

const REASONS = Object.keys(KIND_OF) as FailureReason[];

/**
 * A stored record read back, validated: a record from before this rule (`{code, message, at}`,
 * message holding Google's reason) is classified again; anything else mangled is dropped.
 * @example readFailureRecord({ code: 404, message: 'notFound', at: 1 }) // { code: 404, reason: 'notFound', at: 1, tries: 1 }
 */
export function readFailureRecord(raw: unknown): FailureRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.code !== 'number' || typeof r.at !== 'number') return null;
  const reason = REASONS.find((known) => known === r.reason);
  const tries = typeof r.tries === 'number' && Number.isInteger(r.tries) && r.tries > 0 ? r.tries : 1;
  const method = typeof r.method === 'string' ? { method: r.method } : {};
  if (reason) return { code: r.code, reason, ...method, at: r.at, tries };
  if (typeof r.message !== 'string') return null;
  const old = failureReason({ code: r.code, reason: r.message, message: r.message });
  return { code: r.code, reason: old, at: r.at, tries };
}

/**
 * Waits before each retry, in the run, of a call Google answered "slow down" or "try again" (busy):
 * Calendar's error guide asks for exponential backoff on exactly these
 * (https://developers.google.com/workspace/calendar/api/guides/errors). Two retries cost at most
 * 3 s, cheap inside a trigger's 6 minutes and a card's 30 seconds; a longer outage is left to the
 * next run.
 */
export const RETRY_DELAYS_MS = [1000, 2000];
/** A create is never repeated: a 5xx may come after Google made the file, and a retry would make a twin. */
const NOT_REPEATABLE = ['drive.files.create'];

/** Whether one failed call is worth repeating in the same run: Google said "try again" (busy). */
export function isRetryable(failure: ApiFailure): boolean {
  return failureReason(failure) === 'busy';
}

/**
 * Runs one advanced-service call; anything it throws is an API failure, rethrown as ApiError
 * (even with no status). A busy answer is retried after RETRY_DELAYS_MS (never a create), waiting
 * with `sleep`: Apps Script's in src/gas/google-apis.ts, a recording one in tests.
 * @example callApi('docs.documents.get', () => Docs.Documents.get(id), Utilities.sleep) // the document, or throws ApiError
 */
export function callApi<T>(method: string, body: () => T, sleep: (ms: number) => void): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return body();
    } catch (e) {
      const failure = toApiFailure(e);
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !isRetryable(failure) || NOT_REPEATABLE.includes(method))
        throw new ApiError(method, failure);
      sleep(delay);
    }
  }
}

/**
 * Whether `e` is an ApiError, with one of `codes` if any are given (UNKNOWN_STATUS among them
 * matches a failure whose status Apps Script did not give).
 */
export function isApiError(e: unknown, ...codes: number[]): e is ApiError {
  return e instanceof ApiError && (codes.length === 0 || codes.includes(e.failure.code));
}
