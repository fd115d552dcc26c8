// Apps Script keeps at most 9 KB per property value: a longer value is stored in parts, `key`,
// `key#1`, `key#2`…, split here on write and joined back on read.

/**
 * Apps Script keeps at most 9 KB per property value (quotas page: "Properties value size 9 KB /
 * val", https://developers.google.com/apps-script/guides/services/quotas). A longer value — the
 * settings at their largest allowed size are about 40 KB — is kept in parts: `key`, `key#1`, `key#2`…
 * Each part holds at most 3,000 UTF-16 units, 9,000 UTF-8 bytes at worst.
 */
export const PART_LENGTH = 3000;
const PART_KEY = /^(.*)#(\d+)$/;

/** Splits a value into parts, never between the two halves of a surrogate pair. */
export function splitValue(value: string): string[] {
  const parts: string[] = [];
  let at = 0;
  do {
    let end = Math.min(at + PART_LENGTH, value.length);
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(value.slice(at, end));
    at = end;
  } while (at < value.length);
  return parts;
}

/** Joins `key#N` parts back onto their key; returns the joined values and how many parts each had. */
export function joinParts(all: Record<string, string>): {
  values: Record<string, string>;
  parts: Map<string, number>;
} {
  const values: Record<string, string> = {};
  const parts = new Map<string, number>();
  for (const [key, value] of Object.entries(all)) {
    if (PART_KEY.test(key) && all[(PART_KEY.exec(key) as RegExpExecArray)[1] as string] !== undefined)
      continue;
    let joined = value;
    let n = 1;
    for (; all[`${key}#${n}`] !== undefined; n++) joined += all[`${key}#${n}`];
    values[key] = joined;
    parts.set(key, n);
  }
  return { values, parts };
}

/**
 * The properties to set and the keys to delete so that `values` are stored (null: the value is
 * removed), given how many parts each key has now; `parts` is updated to match. A shorter value
 * deletes the parts it no longer needs, after the new ones are set.
 * @example storeParts({ a: 'x' }, new Map([['a', 3]])) // { set: { a: 'x' }, remove: ['a#1', 'a#2'] }
 */
export function storeParts(
  values: Record<string, string | null>,
  parts: Map<string, number>,
): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const split = value === null ? [] : splitValue(value);
    split.forEach((part, i) => (set[i === 0 ? key : `${key}#${i}`] = part));
    const had = parts.get(key) ?? 0;
    for (let i = Math.max(split.length, 1); i < had; i++) remove.push(`${key}#${i}`);
    // The parts before the key: a part is never left behind without its key.
    if (split.length === 0 && had > 0) remove.push(key);
    if (split.length === 0) parts.delete(key);
    else parts.set(key, split.length);
  }
  return { set, remove };
}
