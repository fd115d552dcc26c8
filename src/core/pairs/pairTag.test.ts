import fc from 'fast-check';
import { MAX_PROPERTY_BYTES, pairTag } from './pairTag';

describe('pairTag', () => {
  it('is stable for a pair key', () => {
    expect(pairTag('alice@example.com bob@example.com')).toBe(pairTag('alice@example.com bob@example.com'));
    expect(pairTag('alice@example.com bob@example.com')).toMatch(/^p1-[0-9a-f]{16}$/);
  });

  it('tells different pairs apart', () => {
    expect(pairTag('alice@example.com bob@example.com')).not.toBe(
      pairTag('alice@example.com bob@example.org'),
    );
  });

  it('fits a Drive property with its key whatever the emails, where the raw key would not', () => {
    const longKey = `${'a'.repeat(64)}@${'b'.repeat(60)}.com ${'c'.repeat(64)}@example.com`;
    expect(new TextEncoder().encode(`tandemPair${longKey}`).length).toBeGreaterThan(MAX_PROPERTY_BYTES);
    expect(new TextEncoder().encode(`tandemPair${pairTag(longKey)}`).length).toBeLessThanOrEqual(
      MAX_PROPERTY_BYTES,
    );
  });

  it('has no collisions over many generated pairs', () => {
    const keys = fc.sample(
      fc.tuple(fc.emailAddress(), fc.emailAddress()).map(([a, b]) => [a, b].sort().join(' ')),
      5000,
    );
    const unique = new Set(keys);
    expect(new Set([...unique].map(pairTag)).size).toBe(unique.size);
  });
});
