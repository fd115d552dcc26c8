// Tests for the pair key: one key per two people, in either order and any letter case.
import fc from 'fast-check';
import { normaliseEmail, pairKey, pairMembers } from './pairKey';

const ALICE = 'alice@example.com';
const BOB = 'bob.okafor@example.com';

describe('pairKey', () => {
  it('joins the two lower-cased emails, sorted, with one space', () => {
    expect(pairKey('Bob.Okafor@Example.com', 'ALICE@example.com')).toBe(`${ALICE} ${BOB}`);
  });

  it('gives the same key whichever person comes first', () => {
    expect(pairKey(BOB, ALICE)).toBe(pairKey(ALICE, BOB));
  });

  it('trims spaces around an email', () => {
    expect(pairKey(`  ${ALICE}\t`, BOB)).toBe(`${ALICE} ${BOB}`);
  });

  describe('properties', () => {
    it('is symmetric, lower-case and made of the two emails', () => {
      fc.assert(
        fc.property(fc.emailAddress(), fc.emailAddress(), (a, b) => {
          const key = pairKey(a, b);
          expect(pairKey(b, a)).toBe(key);
          expect(key).toBe(key.toLowerCase());
          expect(key.split(' ').sort()).toEqual([normaliseEmail(a), normaliseEmail(b)].sort());
        }),
      );
    });

    it('reads back into its two members', () => {
      fc.assert(
        fc.property(fc.emailAddress(), fc.emailAddress(), (a, b) => {
          fc.pre(normaliseEmail(a) !== normaliseEmail(b));
          expect(pairMembers(pairKey(a, b))).toEqual([normaliseEmail(a), normaliseEmail(b)].sort());
        }),
      );
    });
  });
});

describe('pairMembers', () => {
  it('returns the two emails of a key', () => {
    expect(pairMembers(`${ALICE} ${BOB}`)).toEqual([ALICE, BOB]);
  });

  describe('when the text is not a pair key', () => {
    it.each([
      ['one email', ALICE],
      ['three emails', `${ALICE} ${BOB} carol@example.com`],
      ['unsorted emails', `${BOB} ${ALICE}`],
      ['upper-case letters', `Alice@example.com ${BOB}`],
      ['the same email twice', `${ALICE} ${ALICE}`],
      ['two spaces', `${ALICE}  ${BOB}`],
      ['an empty string', ''],
    ])('returns null for %s', (_name, text) => {
      expect(pairMembers(text)).toBeNull();
    });
  });
});
