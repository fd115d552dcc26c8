// Before a live run: one cheap call to Calendar and one to Drive as the configured user, so bad
// credentials, a missing delegation or no network show as one clear line, not fifty failed tests.
import type { ContractTarget } from './clients';
import { ContractApiError } from './clients';

/** What the usual failures mean for whoever set up the credentials. */
function hint(code: number, reason: string): string {
  if (code === 0) return 'Google could not be reached (network?)';
  if (reason === 'unauthorized_client')
    return 'the service account is not allowed these scopes (domain-wide delegation in the Admin console)';
  if (reason === 'invalid_grant')
    return 'the credentials were refused (expired refresh token, or no such user)';
  if (code === 401) return 'the credentials were refused';
  if (code === 403) return 'the API is not enabled in the Cloud project, or the scope is missing';
  return 'the call failed';
}

/**
 * Checks the target answers; returns null when it does, else a one-line reason.
 * @example await preflight(target) // null, or 'calendar.events.list failed: 0 ENOTFOUND … — Google could not be reached (network?)'
 */
export async function preflight(target: ContractTarget): Promise<string | null> {
  try {
    await target.clients.calendar.list('primary', { maxResults: 1 });
    await target.clients.drive.files.list({ pageSize: 1, fields: 'files(id)' });
    return null;
  } catch (error) {
    return explainFailure(error);
  }
}

/** One line for a failure while connecting: what failed, and what it usually means. */
export function explainFailure(error: unknown): string {
  if (!(error instanceof ContractApiError))
    return `cannot connect: ${(error as Error)?.message ?? String(error)}`;
  const { code, reason, message } = error.failure;
  const what = `${error.method} failed: ${code} ${reason} ${message}`.replace(/\s+/g, ' ').trim();
  return `${what} — ${hint(code, reason)}`;
}
