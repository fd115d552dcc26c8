// The pair key: the one name a pair of people has, whatever series come and go between them.
// Both people's copies of Tandem compute the same key from the same two emails.

/**
 * The key of the pair made of two people: both emails lower-cased and trimmed, sorted, joined by
 * one space. The same two people always give the same key, in either order.
 *
 * @example
 * pairKey('Bob.Okafor@Example.com', 'alice@example.com')
 * //=> 'alice@example.com bob.okafor@example.com'
 */
export function pairKey(emailA: string, emailB: string): string {
  const [first, second] = [normaliseEmail(emailA), normaliseEmail(emailB)].sort();
  return `${first} ${second}`;
}

/**
 * The two emails of a pair key, in key order; `null` when the text is not a pair key.
 *
 * @example
 * pairMembers('alice@example.com bob@example.com') //=> ['alice@example.com', 'bob@example.com']
 * pairMembers('alice@example.com') //=> null
 */
export function pairMembers(key: string): readonly [string, string] | null {
  const parts = key.split(' ');
  if (parts.length !== 2) return null;
  const [first, second] = parts;
  if (!first || !second || first === second || pairKey(first, second) !== key) return null;
  return [first, second];
}

/** An email as Tandem compares it: trimmed and lower-cased, so `Bob@X.com` and `bob@x.com` are one person. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
