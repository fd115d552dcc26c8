import { AppsScriptStores } from './stores';
import { sampleWorld, testExecution } from './testing';
import { createUtilities, MAX_SLEEP_MS } from './utilities';

function setup() {
  const stores = AppsScriptStores.fromWorld(sampleWorld());
  const exec = testExecution();
  return { stores, exec, Utilities: createUtilities(stores, exec) };
}

describe('Utilities', () => {
  describe('when the script sleeps', () => {
    it('advances the emulated clock, up to Apps Script’s 300000 ms maximum', () => {
      // sleep(milliseconds): "The maximum allowed value is 300000 (or 5 minutes)."
      const { exec, Utilities } = setup();
      const before = exec.now();
      Utilities.sleep(1500);
      expect(exec.now()).toBe(before + 1500);
      expect(() => Utilities.sleep(MAX_SLEEP_MS + 1)).toThrow('Invalid argument');
      expect(exec.now()).toBe(before + 1500);
    });
  });

  describe('when UUIDs are made', () => {
    it('makes distinct version-4 UUIDs, the same sequence for the same world', () => {
      const { Utilities } = setup();
      const first = Utilities.getUuid();
      const second = Utilities.getUuid();
      expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(second).not.toBe(first);
      expect(setup().Utilities.getUuid()).toBe(first);
    });
  });

  describe('when digests and base64 are computed', () => {
    it('returns signed Java bytes', () => {
      const { Utilities } = setup();
      const sha = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
      expect(sha).toHaveLength(32);
      // SHA-256("abc") starts ba 78 16 bf → -70 120 22 -65 as signed bytes.
      expect(sha.slice(0, 4)).toEqual([-70, 120, 22, -65]);
      expect(Math.min(...sha)).toBeGreaterThanOrEqual(-128);
    });

    it('encodes standard and web-safe base64, keeping the padding, and decodes back', () => {
      const { Utilities } = setup();
      expect(Utilities.base64Encode('hello')).toBe('aGVsbG8=');
      expect(Utilities.base64Encode([-5, -1])).toBe('+/8=');
      expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
      expect(Utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
      expect(Utilities.base64Decode('aGVsbG8=')).toEqual([104, 101, 108, 108, 111]);
    });
  });
});
