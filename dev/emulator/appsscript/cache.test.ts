import { createCacheService, MAX_CACHE_ITEMS, MAX_CACHE_KEY_LENGTH, MAX_CACHE_VALUE_BYTES } from './cache';
import { AppsScriptStores } from './stores';
import { ALICE, BOB, sampleWorld, testExecution } from './testing';

function setup(activeDocumentId: string | null = null) {
  const stores = AppsScriptStores.fromWorld(sampleWorld());
  const exec = testExecution({ user: ALICE, activeDocumentId });
  return { stores, exec, cache: createCacheService(stores, exec) };
}

// https://developers.google.com/apps-script/reference/cache/cache
describe('CacheService', () => {
  describe('when values are put and read', () => {
    it('returns them, and null for a key never put', () => {
      const { cache } = setup();
      cache.getUserCache().put('k', 'v');
      expect(cache.getUserCache().get('k')).toBe('v');
      expect(cache.getUserCache().get('nope')).toBeNull();
    });

    it('returns only the keys found from getAll, and removes one or several', () => {
      const { cache } = setup();
      const c = cache.getScriptCache();
      c.putAll({ a: '1', b: '2', c: '3' });
      expect(c.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
      c.remove('a');
      c.removeAll(['b', 'zz']);
      expect(c.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
    });

    it('stores non-string values as strings', () => {
      // Measured by Justin Poehnelt: types are coerced to strings
      // (https://justin.poehnelt.com/posts/exploring-apps-script-cacheservice-limits).
      const { cache } = setup();
      cache.getUserCache().putAll({ n: 7 });
      expect(cache.getUserCache().get('n')).toBe('7');
    });

    it('keeps user caches per user, shares the script cache, and has no document cache outside a document', () => {
      const { stores, cache } = setup();
      const bob = createCacheService(stores, testExecution({ user: BOB }));
      cache.getUserCache().put('k', 'alice');
      cache.getScriptCache().put('shared', 'yes');
      expect(bob.getUserCache().get('k')).toBeNull();
      expect(bob.getScriptCache().get('shared')).toBe('yes');
      expect(bob.getDocumentCache()).toBeNull();
      expect(setup('doc-1').cache.getDocumentCache()).not.toBeNull();
    });
  });

  describe('when time passes', () => {
    it('expires a value after 600 seconds by default', () => {
      // put(key, value) without an expiration: the value expires after 600 seconds (10 minutes).
      const { cache, exec } = setup();
      cache.getUserCache().put('k', 'v');
      exec.advance(599_999);
      expect(cache.getUserCache().get('k')).toBe('v');
      exec.advance(1);
      expect(cache.getUserCache().get('k')).toBeNull();
    });

    it('honours an explicit expiration and caps it at 21600 seconds (6 hours)', () => {
      const { cache, exec } = setup();
      const c = cache.getUserCache();
      c.put('short', 'v', 5);
      c.put('long', 'v', 100_000);
      exec.advance(5000);
      expect(c.get('short')).toBeNull();
      exec.advance(21_600_000 - 5001);
      expect(c.get('long')).toBe('v');
      exec.advance(1);
      expect(c.get('long')).toBeNull();
    });

    it('keeps entries and their expiry through a world round trip', () => {
      const { stores, cache, exec } = setup();
      cache.getScriptCache().put('k', 'v', 60);
      const world = sampleWorld();
      stores.saveTo(world);
      const reloaded = AppsScriptStores.fromWorld(world);
      const later = testExecution({ at: new Date(exec.now() + 59_000).toISOString() });
      expect(createCacheService(reloaded, later).getScriptCache().get('k')).toBe('v');
      later.advance(1000);
      expect(createCacheService(reloaded, later).getScriptCache().get('k')).toBeNull();
    });
  });

  describe('when a write goes over Google limits', () => {
    it('refuses a key over 250 characters and stores nothing', () => {
      const { cache } = setup();
      const c = cache.getUserCache();
      c.put('k'.repeat(MAX_CACHE_KEY_LENGTH), 'ok');
      expect(() => c.putAll({ fine: 'x', ['k'.repeat(MAX_CACHE_KEY_LENGTH + 1)]: 'v' })).toThrow(
        'Argument too large: key',
      );
      expect(c.get('fine')).toBeNull();
      expect(c.get('k'.repeat(MAX_CACHE_KEY_LENGTH))).toBe('ok');
    });

    it('refuses a value over 100 KB (102,400 bytes)', () => {
      const { cache } = setup();
      const c = cache.getUserCache();
      c.put('max', 'x'.repeat(MAX_CACHE_VALUE_BYTES));
      expect(() => c.put('over', 'x'.repeat(MAX_CACHE_VALUE_BYTES + 1))).toThrow('Argument too large: value');
      expect(c.get('over')).toBeNull();
    });

    it('drops the oldest writes, about 10% at once, past 1,000 items', () => {
      // "The cap for cached items is 1,000"; Poehnelt measured FIFO eviction of ~100 items at once.
      const { cache, exec } = setup();
      const c = cache.getScriptCache();
      for (let i = 0; i <= MAX_CACHE_ITEMS; i++) {
        c.put(`k${i}`, String(i), 21600);
        exec.advance(1);
      }
      const all = c.getAll(Array.from({ length: MAX_CACHE_ITEMS + 1 }, (_, i) => `k${i}`));
      expect(Object.keys(all)).toHaveLength(900);
      expect(all.k0).toBeUndefined();
      expect(all.k100).toBeUndefined();
      expect(all.k101).toBe('101');
      expect(all[`k${MAX_CACHE_ITEMS}`]).toBe(String(MAX_CACHE_ITEMS));
    });
  });
});
