import { MESSAGES } from './exception';
import { createPropertiesService, MAX_PROPERTY_STORE_BYTES, MAX_PROPERTY_VALUE_BYTES } from './properties';
import { AppsScriptStores } from './stores';
import { ALICE, BOB, sampleWorld, testExecution } from './testing';

function setup() {
  const stores = AppsScriptStores.fromWorld(sampleWorld());
  const alice = createPropertiesService(stores, testExecution({ user: ALICE, activeDocumentId: 'doc-1' }));
  const bob = createPropertiesService(stores, testExecution({ user: BOB }));
  return { stores, alice, bob };
}

describe('PropertiesService', () => {
  describe('when a property is set and read', () => {
    it('returns the value, and null for a key never set', () => {
      const { alice } = setup();
      alice.getUserProperties().setProperty('syncToken', 'abc');
      expect(alice.getUserProperties().getProperty('syncToken')).toBe('abc');
      expect(alice.getUserProperties().getProperty('missing')).toBeNull();
    });

    it('lists keys and returns a copy from getProperties, not a live view', () => {
      // https://developers.google.com/apps-script/guides/properties#modifying_data: "return a copy".
      const { alice } = setup();
      const props = alice.getScriptProperties();
      props.setProperties({ a: '1', b: '2' });
      const copy = props.getProperties();
      copy.a = 'changed';
      expect(props.getProperty('a')).toBe('1');
      expect(props.getKeys().sort()).toEqual(['a', 'b']);
    });

    it('stores non-string values as strings', () => {
      // https://developers.google.com/apps-script/guides/properties#data_format: "automatically converted to strings".
      const { alice } = setup();
      const props = alice.getUserProperties();
      props.setProperty('count', 42 as unknown as string);
      props.setProperties({ on: true as unknown as string });
      expect(props.getProperties()).toEqual({ count: '42', on: 'true' });
    });

    it('replaces every other key when setProperties is told to delete all others', () => {
      const { alice } = setup();
      const props = alice.getUserProperties().setProperties({ a: '1', b: '2' });
      props.setProperties({ c: '3' }, true);
      expect(props.getProperties()).toEqual({ c: '3' });
    });

    it('deletes one key or all keys', () => {
      const { alice } = setup();
      const props = alice.getUserProperties().setProperties({ a: '1', b: '2' });
      props.deleteProperty('a');
      expect(props.getProperties()).toEqual({ b: '2' });
      props.deleteAllProperties();
      expect(props.getKeys()).toEqual([]);
    });
  });

  describe('when several users and documents share the script', () => {
    it('keeps user properties per user and script properties shared', () => {
      const { alice, bob } = setup();
      alice.getUserProperties().setProperty('k', 'alice');
      bob.getUserProperties().setProperty('k', 'bob');
      alice.getScriptProperties().setProperty('shared', 'yes');
      expect(alice.getUserProperties().getProperty('k')).toBe('alice');
      expect(bob.getUserProperties().getProperty('k')).toBe('bob');
      expect(bob.getScriptProperties().getProperty('shared')).toBe('yes');
    });

    it('returns null document properties outside a document', () => {
      // https://developers.google.com/apps-script/reference/properties/properties-service#getdocumentproperties
      // returns null when the script is not running in a document.
      const { alice, bob } = setup();
      expect(bob.getDocumentProperties()).toBeNull();
      alice.getDocumentProperties()!.setProperty('pair', 'a b');
      expect(alice.getDocumentProperties()!.getProperty('pair')).toBe('a b');
    });

    it('writes every store back to the world', () => {
      const { stores, alice } = setup();
      alice.getUserProperties().setProperty('u', '1');
      alice.getScriptProperties().setProperty('s', '2');
      alice.getDocumentProperties()!.setProperty('d', '3');
      const world = sampleWorld();
      stores.saveTo(world);
      expect(world.userProperties).toEqual({ [ALICE]: { u: '1' } });
      expect(world.scriptProperties).toEqual({ s: '2' });
      expect(world.documentProperties).toEqual({ 'doc-1': { d: '3' } });
    });
  });

  describe('when a write goes over Google limits', () => {
    // https://developers.google.com/apps-script/guides/services/quotas:
    // "Properties value size 9 KB / val", "Properties total storage 500 KB / property store".
    it('accepts a value of exactly 9 KB and refuses one byte more, storing nothing', () => {
      const { alice } = setup();
      const props = alice.getUserProperties();
      props.setProperty('max', 'x'.repeat(MAX_PROPERTY_VALUE_BYTES));
      expect(() => props.setProperty('over', 'x'.repeat(MAX_PROPERTY_VALUE_BYTES + 1))).toThrow(
        MESSAGES.argumentTooLarge('value'),
      );
      expect(props.getKeys()).toEqual(['max']);
    });

    it('counts bytes, not characters', () => {
      const { alice } = setup();
      expect(() =>
        alice.getUserProperties().setProperty('é', 'é'.repeat(MAX_PROPERTY_VALUE_BYTES / 2 + 1)),
      ).toThrow('Argument too large');
    });

    it('throws the storage-quota error past 500 KB per store and keeps the store as it was', () => {
      // Text from public execution logs: "Exception: You have exceeded the property storage quota.
      // Please remove some properties and try again."
      const { alice, bob } = setup();
      const props = alice.getUserProperties();
      const chunk = 'x'.repeat(9000);
      const fitting: Record<string, string> = {};
      for (let i = 0; i < Math.floor(MAX_PROPERTY_STORE_BYTES / 9010); i++)
        fitting[`k${String(i).padStart(4, '0')}`] = chunk;
      props.setProperties(fitting);
      const before = props.getProperties();
      expect(() => props.setProperties({ a: chunk, b: chunk })).toThrow(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
      expect(props.getProperties()).toEqual(before);
      // The quota is per store: Bob's store is untouched by Alice's.
      expect(() => bob.getUserProperties().setProperty('a', chunk)).not.toThrow();
    });
  });
});
