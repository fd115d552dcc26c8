// PropertiesService: script, user and document key-value stores of strings, with the size limits of
// Google's quotas page (9 KB per value, 500 KB per store).
import type { ExecutionContext } from '../context';
import { AppsScriptException, MESSAGES } from './exception';
import type { AppsScriptStores, StoreScope } from './stores';

/** https://developers.google.com/apps-script/guides/services/quotas: "Properties value size 9 KB / val". */
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
/** Same page: "Properties total storage 500 KB / property store" (keys and values both count). */
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function storeBytes(store: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(store)) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

/** Throws as Apps Script does when a value or the whole store is over its limit. */
function checkLimits(next: Record<string, string>, changedKeys: string[]): void {
  for (const key of changedKeys) {
    if (utf8Bytes(next[key] ?? '') > MAX_PROPERTY_VALUE_BYTES) {
      throw new AppsScriptException(MESSAGES.argumentTooLarge('value'));
    }
  }
  if (storeBytes(next) > MAX_PROPERTY_STORE_BYTES) throw new AppsScriptException(MESSAGES.propertyQuota);
}

export class EmulatedProperties implements GoogleAppsScript.Properties.Properties {
  constructor(
    private readonly stores: AppsScriptStores,
    private readonly scope: StoreScope,
  ) {}

  private read(): Record<string, string> {
    return this.stores.properties(this.scope, false) ?? {};
  }

  private write(): Record<string, string> {
    return this.stores.properties(this.scope, true)!;
  }

  getProperty(key: string): string | null {
    const store = this.read();
    const name = String(key);
    return Object.prototype.hasOwnProperty.call(store, name) ? store[name]! : null;
  }

  /** A copy, not a live view (https://developers.google.com/apps-script/guides/properties#modifying_data). */
  getProperties(): { [key: string]: string } {
    return { ...this.read() };
  }

  getKeys(): string[] {
    return Object.keys(this.read());
  }

  /** Non-string values are stored as their string form, as the Properties guide says. */
  setProperty(key: string, value: string): EmulatedProperties {
    const name = String(key);
    const next = { ...this.read(), [name]: String(value) };
    checkLimits(next, [name]);
    this.write()[name] = next[name]!;
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): EmulatedProperties {
    const incoming: Record<string, string> = {};
    for (const [key, value] of Object.entries(properties)) incoming[key] = String(value);
    const next = deleteAllOthers ? incoming : { ...this.read(), ...incoming };
    checkLimits(next, Object.keys(incoming));
    const store = this.write();
    if (deleteAllOthers) for (const key of Object.keys(store)) delete store[key];
    Object.assign(store, incoming);
    return this;
  }

  deleteProperty(key: string): EmulatedProperties {
    const store = this.stores.properties(this.scope, false);
    if (store) delete store[String(key)];
    return this;
  }

  deleteAllProperties(): EmulatedProperties {
    const store = this.stores.properties(this.scope, false);
    if (store) for (const key of Object.keys(store)) delete store[key];
    return this;
  }
}

export interface EmulatedPropertiesService {
  getScriptProperties(): EmulatedProperties;
  getUserProperties(): EmulatedProperties;
  /** null outside a document, as Apps Script returns for a script not running in one. */
  getDocumentProperties(): EmulatedProperties | null;
}

export function createPropertiesService(
  stores: AppsScriptStores,
  ctx: ExecutionContext,
): EmulatedPropertiesService {
  return {
    getScriptProperties: () => new EmulatedProperties(stores, { kind: 'script' }),
    getUserProperties: () => new EmulatedProperties(stores, { kind: 'user', email: ctx.user }),
    getDocumentProperties: () =>
      ctx.activeDocumentId === null
        ? null
        : new EmulatedProperties(stores, { kind: 'document', id: ctx.activeDocumentId }),
  };
}
