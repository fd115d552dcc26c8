import vm from 'node:vm';
import { AppsScriptStores, createAppsScriptServices } from './index';
import { sampleWorld, testExecution } from './testing';

describe('createAppsScriptServices', () => {
  describe('when a script runs in a vm context with the services as globals', () => {
    it('uses properties, locks, triggers and logging as Apps Script code would', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const exec = testExecution({ executionId: 'vm-1' });
      const context = vm.createContext({ ...createAppsScriptServices(stores, exec) });
      const result = vm.runInContext(
        `
        const lock = LockService.getUserLock();
        if (!lock.tryLock(1000)) throw new Error('busy');
        try {
          PropertiesService.getUserProperties().setProperty('lastSync', Utilities.formatDate(new Date(0), 'Etc/UTC', 'yyyy'));
          if (ScriptApp.getProjectTriggers().length === 0) {
            ScriptApp.newTrigger('sync').timeBased().everyDays(1).atHour(6).create();
          }
          console.log('triggers: %s', ScriptApp.getProjectTriggers().length);
        } finally {
          lock.releaseLock();
        }
        ScriptApp.getProjectTriggers()[0].getEventType() === ScriptApp.EventType.CLOCK;
        `,
        context,
      );
      expect(result).toBe(true);
      const world = sampleWorld();
      stores.saveTo(world);
      expect(world.userProperties).toEqual({ 'alice@example.com': { lastSync: '1970' } });
      expect(world.triggers).toHaveLength(1);
      expect(exec.logs).toEqual([{ level: 'log', line: 'triggers: 1' }]);
    });
  });
});
