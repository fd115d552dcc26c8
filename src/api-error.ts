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

/** Runs one advanced-service call, rethrowing failures as ApiError. */
export function callApi<T>(method: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw new ApiError(method, toApiFailure(e));
  }
}

export function isApiError(e: unknown, ...codes: number[]): e is ApiError {
  return e instanceof ApiError && (codes.length === 0 || codes.includes(e.failure.code));
}
