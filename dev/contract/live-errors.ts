// The one normaliser for what googleapis (gaxios) throws: Google's JSON error body, an OAuth token
// refusal, or a network failure, each turned into the {code, reason, message} the suites compare.
import type { ApiFailure } from './clients';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The `error` object of Google's JSON error body, as it came, or null (no response, no JSON).
 * @example liveErrorBody({ response: { data: { error: { code: 404, status: 'NOT_FOUND' } } } }) // { code: 404, status: 'NOT_FOUND' }
 */
export function liveErrorBody(thrown: unknown): Json | null {
  const response = isObject(thrown) && isObject(thrown.response) ? thrown.response : null;
  const data = response?.data;
  return isObject(data) && isObject(data.error) ? data.error : null;
}

/**
 * Reads a googleapis failure. Calendar and Drive answer `{error: {code, message, errors: [{reason}]}}`;
 * Docs answers google.rpc.Status `{error: {code, message, status}}` (no reason: `status` stands in);
 * the token endpoint answers `{error: 'invalid_grant', error_description}`; a network failure has
 * no response (code 0, reason the system error code).
 * @example liveFailure({ response: { status: 404, data: { error: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] } } } })
 * // { code: 404, reason: 'notFound', message: 'Not Found' }
 */
export function liveFailure(thrown: unknown): ApiFailure {
  const error = isObject(thrown) ? thrown : {};
  const message = text(error.message) ?? String(thrown);
  const response = isObject(error.response) ? error.response : null;
  if (!response) {
    const code = typeof error.status === 'number' ? error.status : 0;
    return { code, reason: text(error.code) ?? '', message };
  }
  const status = typeof response.status === 'number' ? response.status : 0;
  const data = response.data;
  if (isObject(data) && isObject(data.error)) {
    const body = data.error;
    const first = Array.isArray(body.errors) && isObject(body.errors[0]) ? body.errors[0] : null;
    return {
      code: typeof body.code === 'number' ? body.code : status,
      reason: text(first?.reason) ?? text(body.status) ?? '',
      message: text(body.message) ?? message,
    };
  }
  if (isObject(data) && typeof data.error === 'string') {
    return { code: status, reason: data.error, message: text(data.error_description) ?? message };
  }
  return { code: status, reason: '', message: typeof data === 'string' && data ? data : message };
}
