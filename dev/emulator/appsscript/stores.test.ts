import { parseWorld, serializeWorld } from '../world';
import type { World } from '../world';
import { createAppsScriptServices } from './index';
import { AppsScriptStores } from './stores';
import { ALICE, BOB, sampleWorld, testExecution } from './testing';

function roundTrip(world: World): World {
  const copy = structuredClone(world);
  AppsScriptStores.fromWorld(world).saveTo(copy);
  return copy;
}

describe('AppsScriptStores', () => {
  describe('when a world is loaded and saved without changes', () => {
    it('writes back exactly what it read, adding no emulator section', () => {
      const world = sampleWorld({
        userProperties: { [ALICE]: { enabled: 'true' }, [BOB]: {} },
        triggers: [
          {
            id: 't1',
            user: ALICE,
            handlerFunction: 'sync',
            eventType: 'CLOCK',
            at: '2026-11-23T09:00:00.000Z',
          },
          { id: 't2', user: BOB, handlerFunction: 'sync', eventType: 'ON_EVENT_UPDATED', calendarId: BOB },
        ],
      });
      expect(roundTrip(world)).toEqual(world);
      expect('scriptProperties' in roundTrip(world)).toBe(false);
    });

    it('round-trips a world whose services were used, through the world file text', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const services = createAppsScriptServices(stores, testExecution({ activeDocumentId: 'doc-1' }));
      services.PropertiesService.getScriptProperties().setProperty('s', '1');
      services.PropertiesService.getDocumentProperties()!.setProperty('d', '2');
      services.CacheService.getUserCache().put('c', '3');
      services.LockService.getUserLock().waitLock(0);
      services.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(9).create();
      services.Utilities.getUuid();
      const saved = sampleWorld();
      stores.saveTo(saved);
      const reparsed = parseWorld(serializeWorld(saved));
      expect(roundTrip(reparsed)).toEqual(reparsed);
      expect(reparsed.emulator?.appsscript).toMatchObject({ triggerCount: 1, uuidCount: 1 });
    });
  });

  describe('when the world holds triggers written by hand', () => {
    it('advances a recurring trigger with no stored schedule by its everyMs', () => {
      const stores = AppsScriptStores.fromWorld(
        sampleWorld({
          triggers: [
            {
              id: 'h',
              user: ALICE,
              handlerFunction: 'sync',
              eventType: 'CLOCK',
              everyMs: 3_600_000,
              nextRunAt: '2026-11-23T09:00:00.000Z',
            },
          ],
        }),
      );
      stores.markFired('h', Date.parse('2026-11-23T09:00:00Z'));
      expect(stores.triggersOf('*')[0]!.nextRunAt).toBe('2026-11-23T10:00:00.000Z');
    });

    it('never makes a new trigger id collide with one in the world', () => {
      const stores = AppsScriptStores.fromWorld(
        sampleWorld({
          triggers: [
            {
              id: '7000000000000000001',
              user: ALICE,
              handlerFunction: 'f',
              eventType: 'CLOCK',
              at: '2026-11-24T00:00:00Z',
            },
          ],
        }),
      );
      expect(stores.newTriggerId()).toBe('7000000000000000002');
    });
  });

  describe('edge cases', () => {
    it('names the bad field of a broken emulator section', () => {
      const world = sampleWorld({
        emulator: { appsscript: { locks: { script: [{ executionId: 'A', acquiredAt: 'soon' }] } } },
      });
      expect(() => AppsScriptStores.fromWorld(world)).toThrow(
        /emulator\.appsscript\.locks\.script\.0\.acquiredAt/,
      );
    });

    it('lists every user’s triggers for "*" and one user’s case-insensitively', () => {
      const stores = AppsScriptStores.fromWorld(
        sampleWorld({
          triggers: [
            { id: 'a', user: ALICE, handlerFunction: 'f', eventType: 'CLOCK', at: '2026-11-24T00:00:00Z' },
            { id: 'b', user: BOB, handlerFunction: 'f', eventType: 'CLOCK', at: '2026-11-24T00:00:00Z' },
          ],
        }),
      );
      expect(stores.triggersOf('*').map((t) => t.id)).toEqual(['a', 'b']);
      expect(stores.triggersOf('BOB@example.com').map((t) => t.id)).toEqual(['b']);
    });
  });
});
