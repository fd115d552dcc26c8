// The one normaliser for errors thrown by Apps Script's advanced services: whatever was thrown
// becomes an ApiError carrying the HTTP code and Google's reason, so use cases can decide on codes.
import type { ApiFailure } from './ports';

export class ApiError extends Error {
  readonly failure: ApiFailure;
  constructor(method: string, failure: ApiFailure) {
    super(`${method}: ${failure.code} ${failure.reason || failure.message}`);
    this.name = 'ApiError';
    this.failure = failure;
  }
}

/**
 * Reads the HTTP code and reason from what Apps Script threw. Advanced services throw a
 * GoogleJsonResponseException whose `details` is the REST error body ({code, message, errors[]}).
 * @example toApiFailure({ details: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] } })
 *   // { code: 404, reason: 'notFound', message: 'Not Found' }
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
  return { code: 0, reason: '', message: fromMessage?.[1] ?? message };
}

/**
 * Waits before each retry of a call Google answered "slow down" or "try again" (429, 5xx, 403 with a
 * rate-limit reason): Calendar's error guide asks for exponential backoff on exactly these
 * (https://developers.google.com/workspace/calendar/api/guides/errors). Two retries cost at most
 * 3 s, cheap inside a trigger's 6 minutes and a card's 30 seconds; a longer outage is left to the
 * next run.
 */
export const RETRY_DELAYS_MS = [1000, 2000];
const RETRIED_CODES = [429, 500, 502, 503, 504];
const RATE_LIMIT_REASONS = ['rateLimitExceeded', 'userRateLimitExceeded', 'sharingRateLimitExceeded'];
/** A create is never repeated: a 5xx may come after Google made the file, and a retry would make a twin. */
const NOT_REPEATABLE = ['drive.files.create'];

/** Whether Google said "try again later" rather than "no". */
export function isRetryable(failure: ApiFailure): boolean {
  return (
    RETRIED_CODES.includes(failure.code) ||
    (failure.code === 403 && RATE_LIMIT_REASONS.includes(failure.reason))
  );
}

function appsScriptSleep(ms: number): void {
  if (typeof Utilities !== 'undefined') Utilities.sleep(ms);
}

/**
 * Runs one advanced-service call, rethrowing failures as ApiError; a call Google asks to retry is
 * retried after RETRY_DELAYS_MS (never a create).
 * @example callApi('docs.documents.get', () => Docs.Documents.get(id)) // the document, or throws ApiError
 */
export function callApi<T>(method: string, body: () => T, sleep: (ms: number) => void = appsScriptSleep): T {
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

export function isApiError(e: unknown, ...codes: number[]): e is ApiError {
  return e instanceof ApiError && (codes.length === 0 || codes.includes(e.failure.code));
}
