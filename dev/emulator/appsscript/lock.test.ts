import { createLockService } from './lock';
import { AppsScriptStores } from './stores';
import { ALICE, BOB, sampleWorld, testExecution } from './testing';

const T0 = '2026-11-23T08:00:00Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

// Lock semantics: https://developers.google.com/apps-script/reference/lock/lock
// tryLock waits up to the timeout and returns false; waitLock throws; hasLock is false before
// acquisition and after releaseLock; locks are released when the script ends.
describe('LockService', () => {
  describe('when nobody else holds the lock', () => {
    it('acquires at once, reports hasLock, and releases', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const exec = testExecution({ at: T0 });
      const lock = createLockService(stores, exec).getUserLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(10_000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      expect(exec.slept).toEqual([]);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });

    it('lets the same execution take a lock it already holds', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const services = createLockService(stores, testExecution({ at: T0 }));
      services.getScriptLock().waitLock(1000);
      expect(services.getScriptLock().tryLock(0)).toBe(true);
    });

    it('has no document lock outside a document', () => {
      // getDocumentLock returns null outside a document (Lock service reference).
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      expect(createLockService(stores, testExecution()).getDocumentLock()).toBeNull();
      expect(
        createLockService(stores, testExecution({ activeDocumentId: 'd1' })).getDocumentLock(),
      ).not.toBeNull();
    });
  });

  describe('when two executions overlap in emulated time', () => {
    it('makes the second wait out its timeout and fail while the first still runs', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const a = testExecution({ at: T0, executionId: 'A' });
      createLockService(stores, a).getUserLock().waitLock(1000);
      const b = testExecution({ at: at(10), executionId: 'B' });
      const lockB = createLockService(stores, b).getUserLock();
      expect(lockB.tryLock(5000)).toBe(false);
      expect(b.now()).toBe(Date.parse(at(15)));
      expect(lockB.hasLock()).toBe(false);
      expect(() => lockB.waitLock(1000)).toThrow(
        'Lock timeout: another process was holding the lock for too long.',
      );
    });

    it('gets the lock when the holder released it within the timeout, at the release time', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const a = testExecution({ at: T0, executionId: 'A' });
      const lockA = createLockService(stores, a).getUserLock();
      lockA.waitLock(1000);
      a.advance(20_000);
      lockA.releaseLock();
      const b = testExecution({ at: at(10), executionId: 'B' });
      const lockB = createLockService(stores, b).getUserLock();
      expect(lockB.tryLock(30_000)).toBe(true);
      expect(b.now()).toBe(Date.parse(at(20)));
    });

    it('treats a lock never released as held until its execution ended', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      createLockService(stores, testExecution({ at: T0, executionId: 'A' }))
        .getScriptLock()
        .waitLock(1000);
      stores.endExecution('A', Date.parse(at(60)));
      const b = testExecution({ at: at(10), executionId: 'B', user: BOB });
      expect(createLockService(stores, b).getScriptLock().tryLock(30_000)).toBe(false);
      expect(b.now()).toBe(Date.parse(at(40)));
      const c = testExecution({ at: at(10), executionId: 'C', user: BOB });
      expect(createLockService(stores, c).getScriptLock().tryLock(60_000)).toBe(true);
      expect(c.now()).toBe(Date.parse(at(60)));
    });

    it('sees the lock held by an execution that is still running (a nested execution)', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const a = testExecution({ at: T0, executionId: 'A' });
      createLockService(stores, a).getUserLock().waitLock(1000);
      const b = testExecution({ at: at(3600), executionId: 'B' });
      expect(createLockService(stores, b).getUserLock().tryLock(10_000)).toBe(false);
      expect(b.slept).toEqual([10_000]);
    });

    it('does not block an execution whose time is before the holder acquired it', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      createLockService(stores, testExecution({ at: at(30), executionId: 'A' }))
        .getUserLock()
        .waitLock(0);
      expect(
        createLockService(stores, testExecution({ at: T0, executionId: 'B' }))
          .getUserLock()
          .tryLock(0),
      ).toBe(true);
    });

    it('scopes user locks per user, and script locks to everyone', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const a = createLockService(stores, testExecution({ at: T0, user: ALICE, executionId: 'A' }));
      a.getUserLock().waitLock(0);
      a.getScriptLock().waitLock(0);
      const b = createLockService(stores, testExecution({ at: at(1), user: BOB, executionId: 'B' }));
      expect(b.getUserLock().tryLock(0)).toBe(true);
      expect(b.getScriptLock().tryLock(0)).toBe(false);
    });

    it('scopes document locks per document', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      createLockService(stores, testExecution({ executionId: 'A', activeDocumentId: 'd1' }))
        .getDocumentLock()!
        .waitLock(0);
      const other = createLockService(stores, testExecution({ executionId: 'B', activeDocumentId: 'd2' }));
      const same = createLockService(stores, testExecution({ executionId: 'C', activeDocumentId: 'd1' }));
      expect(other.getDocumentLock()!.tryLock(0)).toBe(true);
      expect(same.getDocumentLock()!.tryLock(0)).toBe(false);
    });
  });

  describe('edge cases', () => {
    it('does not sleep for a zero timeout', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      createLockService(stores, testExecution({ executionId: 'A' }))
        .getUserLock()
        .waitLock(0);
      const b = testExecution({ executionId: 'B' });
      expect(createLockService(stores, b).getUserLock().tryLock(0)).toBe(false);
      expect(b.slept).toEqual([]);
    });

    it('keeps holdings through a world round trip', () => {
      const first = AppsScriptStores.fromWorld(sampleWorld());
      createLockService(first, testExecution({ at: T0, executionId: 'A' }))
        .getUserLock()
        .waitLock(0);
      first.endExecution('A', Date.parse(at(120)));
      const world = sampleWorld();
      first.saveTo(world);
      const second = AppsScriptStores.fromWorld(world);
      const b = testExecution({ at: at(60), executionId: 'B' });
      expect(createLockService(second, b).getUserLock().tryLock(90_000)).toBe(true);
      expect(b.now()).toBe(Date.parse(at(120)));
    });

    it('ignores releaseLock on a lock never acquired', () => {
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      createLockService(stores, testExecution({ executionId: 'A' }))
        .getUserLock()
        .waitLock(0);
      createLockService(stores, testExecution({ executionId: 'B' }))
        .getUserLock()
        .releaseLock();
      expect(
        createLockService(stores, testExecution({ executionId: 'C' }))
          .getUserLock()
          .tryLock(0),
      ).toBe(false);
    });
  });
});
