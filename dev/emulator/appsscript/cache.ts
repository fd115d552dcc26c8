// CacheService: user, script and document caches whose entries expire by the emulated clock, with
// Google's key, value, expiration and item-count limits.
import type { ExecutionContext } from '../context';
import { AppsScriptException, MESSAGES } from './exception';
import type { CacheEntry } from './state';
import type { AppsScriptStores, StoreScope } from './stores';

/** https://developers.google.com/apps-script/reference/cache/cache: keys up to 250 characters. */
export const MAX_CACHE_KEY_LENGTH = 250;
/** Same page: up to 100KB per key; measured at 102,400 bytes (justin.poehnelt.com, "Exploring Apps Script CacheService Limits"). */
export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
/** Same page: put() without an expiration keeps the value 10 minutes; the maximum is 6 hours. */
export const DEFAULT_CACHE_EXPIRATION_S = 600;
export const MAX_CACHE_EXPIRATION_S = 21600;
/** Same page: "The cap for cached items is 1,000". Past it the oldest writes go first, ~10% at once (Poehnelt). */
export const MAX_CACHE_ITEMS = 1000;
const EVICTED_WHEN_FULL = 100;

/**
 * How long a put keeps its value. Google documents 1 s to 21600 s; what it does outside that is
 * not documented, so: below 1 s (or not a number) means the default, above 21600 s means 21600 s.
 * @example expirationSeconds(undefined) // 600
 */
export function expirationSeconds(requested: unknown): number {
  const seconds = Math.floor(Number(requested));
  if (requested === undefined || !Number.isFinite(seconds) || seconds < 1) return DEFAULT_CACHE_EXPIRATION_S;
  return Math.min(seconds, MAX_CACHE_EXPIRATION_S);
}

export class EmulatedCache implements GoogleAppsScript.Cache.Cache {
  constructor(
    private readonly stores: AppsScriptStores,
    private readonly ctx: ExecutionContext,
    private readonly scope: StoreScope,
  ) {}

  /** The cache with expired entries dropped. */
  private entries(create = false): Record<string, CacheEntry> {
    const entries = this.stores.cache(this.scope, create);
    const now = this.ctx.now();
    for (const [key, entry] of Object.entries(entries)) if (entry.expiresAt <= now) delete entries[key];
    return entries;
  }

  get(key: string): string | null {
    const entry = this.entries()[String(key)];
    return entry ? entry.value : null;
  }

  /** Only the keys found are in the result. */
  getAll(keys: string[]): { [key: string]: string } {
    const entries = this.entries();
    const found: { [key: string]: string } = {};
    for (const key of keys.map(String)) {
      const entry = entries[key];
      if (entry) found[key] = entry.value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.putAll({ [String(key)]: value }, expirationInSeconds);
  }

  /** Values are stored as strings (non-strings are coerced, as Poehnelt measured). */
  putAll(values: { [key: string]: unknown }, expirationInSeconds?: number): void {
    const incoming = Object.entries(values).map(([key, value]) => [key, String(value)] as const);
    for (const [key, value] of incoming) {
      if (key.length > MAX_CACHE_KEY_LENGTH) throw new AppsScriptException(MESSAGES.argumentTooLarge('key'));
      if (Buffer.byteLength(value, 'utf8') > MAX_CACHE_VALUE_BYTES) {
        throw new AppsScriptException(MESSAGES.argumentTooLarge('value'));
      }
    }
    const entries = this.entries(true);
    const now = this.ctx.now();
    const expiresAt = now + expirationSeconds(expirationInSeconds) * 1000;
    for (const [key, value] of incoming) {
      delete entries[key]; // a rewrite counts as the newest write
      entries[key] = { value, expiresAt, putAt: now };
    }
    const keys = Object.keys(entries);
    if (keys.length > MAX_CACHE_ITEMS) {
      const oldestFirst = keys.sort((a, b) => entries[a]!.putAt - entries[b]!.putAt);
      for (const key of oldestFirst.slice(0, keys.length - MAX_CACHE_ITEMS + EVICTED_WHEN_FULL))
        delete entries[key];
    }
  }

  remove(key: string): void {
    delete this.stores.cache(this.scope, false)[String(key)];
  }

  removeAll(keys: string[]): void {
    const entries = this.stores.cache(this.scope, false);
    for (const key of keys) delete entries[String(key)];
  }
}

export interface EmulatedCacheService {
  getUserCache(): EmulatedCache;
  getScriptCache(): EmulatedCache;
  /** null outside a document, as Apps Script returns for a script not bound to one. */
  getDocumentCache(): EmulatedCache | null;
}

export function createCacheService(stores: AppsScriptStores, ctx: ExecutionContext): EmulatedCacheService {
  return {
    getUserCache: () => new EmulatedCache(stores, ctx, { kind: 'user', email: ctx.user }),
    getScriptCache: () => new EmulatedCache(stores, ctx, { kind: 'script' }),
    getDocumentCache: () =>
      ctx.activeDocumentId === null
        ? null
        : new EmulatedCache(stores, ctx, { kind: 'document', id: ctx.activeDocumentId }),
  };
}
