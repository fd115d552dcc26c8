// Errors the agenda core throws on input no caller should pass (a bad date, a bad template),
// with a machine-readable code in `cause`, as the rest of Tandem reports errors.

export type AgendaErrorCode = 'invalid-date' | 'invalid-label' | 'invalid-template';

export function agendaError(code: AgendaErrorCode, message: string): Error {
  return Object.assign(new Error(message), { cause: { code } });
}
