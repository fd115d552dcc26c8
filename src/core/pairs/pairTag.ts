// The pair's mark on its doc in Drive appProperties. Drive allows 124 bytes per property (key and
// value together), and two long email addresses exceed that, so the tag is a digest of the pair key.
// Source: https://developers.google.com/drive/api/guides/properties (limits).

/** Drive's limit for one property, key and value together, in UTF-8 bytes. */
export const MAX_PROPERTY_BYTES = 124;

function fnv1a32(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A 64-bit digest of the pair key as 16 hex digits, prefixed `p1-` (the tag's version).
 * @example pairTag('alice@example.com bob@example.com') // 'p1-…' (19 characters)
 */
export function pairTag(pairKey: string): string {
  const high = fnv1a32(pairKey, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a32(pairKey, 0x01234567).toString(16).padStart(8, '0');
  return `p1-${high}${low}`;
}
