// The seeded hash behind every shuffle: fixed values (so suggestions never change between
// releases by accident) and good spread on near-identical ids.

import { hash32, shuffleKey } from './hash';

describe('hash32', () => {
  it('gives the same pinned values on every run and platform', () => {
    expect(hash32('')).toBe(2872998923);
    expect(hash32('a')).toBe(444641715);
    expect(hash32('growth-07')).toBe(2167371359);
  });

  it('returns an unsigned 32-bit integer', () => {
    for (const text of ['', 'x', 'é', 'a much longer text with spaces and 1:1 in it']) {
      const hash = hash32(text);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 32);
    }
  });

  it('spreads ids that differ only in their last digit across the whole range', () => {
    const hashes = Array.from({ length: 20 }, (_, index) =>
      hash32(`growth-${String(index).padStart(2, '0')}`),
    );
    expect(new Set(hashes).size).toBe(20);
    const highHalf = hashes.filter((hash) => hash >= 2 ** 31).length;
    expect(highHalf).toBeGreaterThan(3);
    expect(highHalf).toBeLessThan(17);
  });
});

describe('shuffleKey', () => {
  it('tells apart parts that would join to the same text without a separator', () => {
    expect(shuffleKey(['ab', 'c'])).not.toBe(shuffleKey(['a', 'bc']));
  });

  it('treats a number part like its decimal text', () => {
    expect(shuffleKey(['seed', 2, 'wins-01'])).toBe(shuffleKey(['seed', '2', 'wins-01']));
  });
});
