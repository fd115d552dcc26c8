// The Apps Script built-in services (all but CardService) one execution sees as globals, over the
// shared AppsScriptStores, plus the stores themselves for the runtime and the scheduler.
import type { ExecutionContext } from '../context';
import { createCacheService } from './cache';
import type { EmulatedCacheService } from './cache';
import { createLockService } from './lock';
import type { EmulatedLockService } from './lock';
import { createConsole, createLogger } from './logger';
import type { EmulatedConsole, EmulatedLogger } from './logger';
import { createMailApp } from './mail';
import type { EmulatedMailApp } from './mail';
import { createPropertiesService } from './properties';
import type { EmulatedPropertiesService } from './properties';
import { createScriptApp } from './script-app';
import type { EmulatedScriptApp } from './script-app';
import { createSession } from './session';
import type { EmulatedSession } from './session';
import type { AppsScriptStores } from './stores';
import { createUtilities } from './utilities';
import type { EmulatedUtilities } from './utilities';

export { AppsScriptStores, scopeKey } from './stores';
export type { StoreScope, StoresOptions } from './stores';
export { AppsScriptException } from './exception';
export { mailbox, recipientsOf } from './mail';

export interface AppsScriptServices {
  PropertiesService: EmulatedPropertiesService;
  LockService: EmulatedLockService;
  CacheService: EmulatedCacheService;
  ScriptApp: EmulatedScriptApp;
  Session: EmulatedSession;
  MailApp: EmulatedMailApp;
  Utilities: EmulatedUtilities;
  Logger: EmulatedLogger;
  console: EmulatedConsole;
}

/** One execution's globals. Call stores.endExecution(ctx.executionId, atMs) when it ends. */
export function createAppsScriptServices(
  stores: AppsScriptStores,
  ctx: ExecutionContext,
): AppsScriptServices {
  return {
    PropertiesService: createPropertiesService(stores, ctx),
    LockService: createLockService(stores, ctx),
    CacheService: createCacheService(stores, ctx),
    ScriptApp: createScriptApp(stores, ctx),
    Session: createSession(ctx),
    MailApp: createMailApp(stores, ctx),
    Utilities: createUtilities(stores, ctx),
    Logger: createLogger(ctx),
    console: createConsole(ctx),
  };
}
