// Errors shaped as Apps Script throws them from advanced services.
// Apps Script throws a GoogleJsonResponseException whose message is
// "API call to <service>.<resource>.<method> failed with error: <message>" and whose
// `details` carries the REST error body: { code, message, errors: [{ domain, reason, message }] }.
// (Shape as seen in public Apps Script code, e.g. err.details.code === 404 for a missing event.)

export interface ApiErrorDetails {
  code: number;
  message: string;
  errors: { domain: string; reason: string; message: string }[];
}

export class GoogleJsonResponseException extends Error {
  override readonly name = 'GoogleJsonResponseException';
  readonly details: ApiErrorDetails;

  constructor(method: string, details: ApiErrorDetails) {
    super(`API call to ${method} failed with error: ${details.message}`);
    this.details = details;
  }
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
