// Errors shaped as Apps Script throws them from advanced services.
// Apps Script throws a GoogleJsonResponseException whose message is
// "API call to <service>.<resource>.<method> failed with error: <message>". Public Apps Script
// code reads a `details` property holding the REST error body ({ code, message, errors: [{ domain,
// reason, message }] }), but Apps Script documents no such property: under the strict reading
// (readings.ts, the default) the exception Tandem's code catches has no `details`.
import type { Readings } from './readings';

export interface ApiErrorDetails {
  code: number;
  message: string;
  errors: { domain: string; reason: string; message: string }[];
}

/** The REST error behind each exception, for the emulator's own tools: never visible to the bundle. */
const restErrors = new WeakMap<GoogleJsonResponseException, ApiErrorDetails>();

export class GoogleJsonResponseException extends Error {
  override readonly name = 'GoogleJsonResponseException';
  /** The REST error body; absent under the strict reading (see readings.ts). */
  readonly details?: ApiErrorDetails;

  constructor(method: string, details: ApiErrorDetails, withDetails = true) {
    super(`API call to ${method} failed with error: ${details.message}`);
    if (withDetails) this.details = details;
    restErrors.set(this, details);
  }
}

/**
 * The REST error an exception stands for, whatever the readings let Tandem see: what Google
 * answered on the wire. For the emulator's tools (contract clients, the CLI, the playground).
 * @example restErrorOf(apiError('calendar.events.get', 404)).code // 404
 */
export function restErrorOf(error: GoogleJsonResponseException): ApiErrorDetails {
  const rest = restErrors.get(error);
  if (!rest) throw new Error('not an exception the emulator made');
  return rest;
}

/**
 * What an execution's code catches: an advanced service's exception as the readings say Apps
 * Script throws it (without `details` under the strict reading); anything else as it is.
 * @example asThrownToScript(apiError('docs.documents.get', 404), READINGS.strict).details // undefined
 */
export function asThrownToScript(error: unknown, readings: Readings): unknown {
  if (!(error instanceof GoogleJsonResponseException) || readings.errorDetails) return error;
  const method = /^API call to (\S+) failed with error/.exec(error.message)?.[1] ?? 'unknown';
  return new GoogleJsonResponseException(method, restErrorOf(error), false);
}

/** The reason Google puts in `errors[0].reason` for the common HTTP codes. */
const DEFAULT_REASONS: Record<number, string> = {
  400: 'badRequest',
  401: 'authError',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  410: 'fullSyncRequired',
  412: 'conditionNotMet',
  429: 'rateLimitExceeded',
  500: 'backendError',
  503: 'backendError',
};

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Login Required',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Sync token is no longer valid, a full sync is required.',
  412: 'Precondition Failed',
  429: 'Rate Limit Exceeded',
  500: 'Backend Error',
  503: 'The service is currently unavailable.',
};

/**
 * Builds the error Apps Script would throw for `method` failing with HTTP `code`.
 * @example apiError('calendar.events.get', 404) // message: "API call to calendar.events.get failed with error: Not Found"
 */
export function apiError(
  method: string,
  code: number,
  message?: string,
  reason?: string,
): GoogleJsonResponseException {
  const text = message ?? DEFAULT_MESSAGES[code] ?? `HTTP ${code}`;
  const domain = code === 403 && reason === 'rateLimitExceeded' ? 'usageLimits' : 'global';
  return new GoogleJsonResponseException(method, {
    code,
    message: text,
    errors: [{ domain, reason: reason ?? DEFAULT_REASONS[code] ?? 'unknown', message: text }],
  });
}

/** Thrown when an execution runs past its time limit; Apps Script kills the script at that point. */
export class ExecutionTimeLimitError extends Error {
  override readonly name = 'ExecutionTimeLimitError';
  constructor(limitMs: number) {
    super(`Exceeded maximum execution time (${Math.round(limitMs / 1000)} s)`);
  }
}
