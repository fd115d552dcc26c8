// LockService: user, script and document locks with real contention between executions that
// overlap in emulated time, whether they ran one after another or one inside the other.
import type { ExecutionContext } from '../context';
import { AppsScriptException, MESSAGES } from './exception';
import type { LockHolding } from './state';
import type { AppsScriptStores } from './stores';
import { scopeKey } from './stores';

/** Released holdings older than this are forgotten: no execution starts that far back in time. */
const FORGET_RELEASED_AFTER_MS = 60 * 60 * 1000;

export class EmulatedLock implements GoogleAppsScript.Lock.Lock {
  private acquired = false;

  constructor(
    private readonly stores: AppsScriptStores,
    private readonly ctx: ExecutionContext,
    private readonly lockKey: string,
  ) {}

  private holdings(create = false): LockHolding[] {
    return this.stores.lockHoldings(this.lockKey, create);
  }

  private mine(): LockHolding | undefined {
    return this.holdings().find((h) => h.executionId === this.ctx.executionId && h.releasedAt === null);
  }

  /**
   * Waits up to `timeoutInMillis` of emulated time (ctx.sleep) for the lock. While another
   * execution holds it at ctx.now(), waits until its known release when that comes in time;
   * a holder still running has no known release, so the wait runs to the timeout.
   */
  private acquire(timeoutInMillis: number): boolean {
    if (this.mine()) return (this.acquired = true);
    const deadline = this.ctx.now() + Math.max(0, Number(timeoutInMillis) || 0);
    for (;;) {
      const now = this.ctx.now();
      const holdings = this.holdings(true);
      const forgetBefore = now - FORGET_RELEASED_AFTER_MS;
      const kept = holdings.filter((h) => h.releasedAt === null || h.releasedAt >= forgetBefore);
      holdings.splice(0, holdings.length, ...kept);
      const blockers = holdings.filter(
        (h) =>
          h.executionId !== this.ctx.executionId &&
          h.acquiredAt <= now &&
          (h.releasedAt === null || h.releasedAt > now),
      );
      if (blockers.length === 0) {
        holdings.push({ executionId: this.ctx.executionId, acquiredAt: now, releasedAt: null });
        return (this.acquired = true);
      }
      const releases = blockers.map((h) => h.releasedAt);
      const freeAt = releases.includes(null) ? null : Math.max(...(releases as number[]));
      if (freeAt === null || freeAt > deadline) {
        if (deadline > now) this.ctx.sleep(deadline - now);
        return false;
      }
      this.ctx.sleep(freeAt - now);
    }
  }

  /** https://developers.google.com/apps-script/reference/lock/lock#trylocktimeoutinmillis */
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }

  /** Throws "Lock timeout: another process was holding the lock for too long." when it cannot get it. */
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis)) throw new AppsScriptException(MESSAGES.lockTimeout);
  }

  /** True only after this lock object acquired the lock and before it was released. */
  hasLock(): boolean {
    return this.acquired && this.mine() !== undefined;
  }

  /** No effect when the lock was not acquired (https://developers.google.com/apps-script/reference/lock/lock#releaselock). */
  releaseLock(): void {
    const holding = this.mine();
    if (holding) holding.releasedAt = this.ctx.now();
    this.acquired = false;
  }
}

export interface EmulatedLockService {
  getUserLock(): EmulatedLock;
  getScriptLock(): EmulatedLock;
  /** null outside a document, as Apps Script returns for a script not bound to one. */
  getDocumentLock(): EmulatedLock | null;
}

export function createLockService(stores: AppsScriptStores, ctx: ExecutionContext): EmulatedLockService {
  return {
    getUserLock: () => new EmulatedLock(stores, ctx, scopeKey({ kind: 'user', email: ctx.user })),
    getScriptLock: () => new EmulatedLock(stores, ctx, scopeKey({ kind: 'script' })),
    getDocumentLock: () =>
      ctx.activeDocumentId === null
        ? null
        : new EmulatedLock(stores, ctx, scopeKey({ kind: 'document', id: ctx.activeDocumentId })),
  };
}
