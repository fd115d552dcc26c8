// Reading untyped JSON (stored state, the add-on event object): one test for "an object with keys".

/**
 * Whether `value` is a plain JSON object (not null, not an array).
 *
 * @example isRecord({ a: 1 }) // true
 * @example isRecord([1]) // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
