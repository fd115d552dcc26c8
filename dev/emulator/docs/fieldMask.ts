// The `fields` mask of the update*Style requests: which properties to set, "*" for all; a
// listed property left unset in the request resets it (it is removed, so it inherits again).
import { invalid } from './errors';

/**
 * Parses a field mask against the writable top-level properties.
 * @example parseFields('bold,italic', ['bold', 'italic', 'link']) // ['bold', 'italic']
 */
export function parseFields(fields: string | null | undefined, writable: readonly string[]): string[] {
  const list = (fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (list.length === 0) {
    invalid("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  }
  if (list.includes('*')) return [...writable];
  for (const path of list) {
    const top = path.split('.')[0] ?? '';
    if (!writable.includes(top)) invalid(`Invalid field: ${path}`);
  }
  return list;
}

/** Copies each masked path from `source` to `target`, deleting it where `source` leaves it unset. */
export function applyFields(
  target: Record<string, unknown>,
  source: Record<string, unknown>,
  paths: string[],
): void {
  for (const path of paths) {
    const keys = path.split('.');
    let from: unknown = source;
    for (const key of keys)
      from = from && typeof from === 'object' ? (from as Record<string, unknown>)[key] : undefined;
    let into: Record<string, unknown> = target;
    keys.slice(0, -1).forEach((key) => {
      const next = into[key];
      into = (into[key] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    });
    const leaf = keys[keys.length - 1] ?? '';
    if (from === undefined || from === null) delete into[leaf];
    else into[leaf] = structuredClone(from);
  }
}
