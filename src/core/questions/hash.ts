// A small seeded string hash: the only source of "randomness" in question suggestions.
// Same text in, same number out, in Node and in Apps Script alike (no Math.random anywhere).

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a over UTF-16 code units, followed by MurmurHash3's finalizer: FNV-1a alone
 * barely changes the high bits when only the last character differs (e.g. `growth-01`,
 * `growth-02`), and these hashes are used to shuffle exactly such ids.
 *
 * @example
 * hash32('growth-07') === hash32('growth-07') // true
 * hash32('') // 2872998923
 */
export function hash32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * A sort key for `item` under a seed: sorting by it gives a shuffle that is fixed for the seed
 * and independent of the items' input order. Parts are joined with a separator that cannot
 * appear in ids or e-mails, so `['ab', 'c']` and `['a', 'bc']` differ.
 *
 * @example
 * shuffleKey(['seed', 'alice@x.com bob@x.com', 'wins-03'])
 */
export function shuffleKey(parts: readonly (string | number)[]): number {
  return hash32(parts.join('\u0000'));
}
