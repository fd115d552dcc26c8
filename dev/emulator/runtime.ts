// Runs dist/Code.js inside a Node vm context whose globals are the emulator's Apps Script services
// and nothing else — one fresh context per execution, as Apps Script starts each execution afresh.
import vm from 'node:vm';
import { createAppsScriptServices } from './appsscript';
import { createCardService } from './appsscript/card-service';
import { DEFAULT_CALL_LATENCY_MS } from './calls';
import type { ExecutionContext } from './context';
import { apiError, asThrownToScript, ExecutionTimeLimitError } from './errors';
import type { Workspace } from './workspace';

/** Apps Script's limits: 6 minutes for a trigger or editor execution, 30 s for an add-on card callback. */
export const TRIGGER_TIME_LIMIT_MS = 6 * 60 * 1000;
export const CARD_TIME_LIMIT_MS = 30 * 1000;
/** Real-time guard against a runaway loop in the bundle (not an Apps Script rule). */
const HOST_CPU_GUARD_MS = 120_000;

export interface RunOptions {
  user: string;
  functionName: string;
  args?: unknown[];
  kind: 'trigger' | 'card';
  activeDocumentId?: string | null;
  /** Ends the execution after this much emulated time, as Apps Script's limit would. */
  deadlineMs?: number;
  latencyMs?: number;
}

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error';
  line: string;
}

export interface ExecutionResult {
  ok: boolean;
  /** The return value as JSON (CardService objects through printJson()). */
  value: unknown;
  error?: string;
  timedOut: boolean;
  calls: Record<string, number>;
  callCount: number;
  startedAt: string;
  elapsedMs: number;
  /** Host CPU time spent inside the bundle, in ms. */
  cpuMs: number;
  logs: LogLine[];
}

/** Date inside the context reads the emulated clock; everything else about Date is V8's own. */
const FAKE_DATE_PRELUDE = `(function (now) {
  var RealDate = Date;
  function FakeDate() {
    if (!new.target) return new RealDate(now()).toString();
    if (arguments.length === 0) return new RealDate(now());
    return new (Function.prototype.bind.apply(RealDate, [null].concat(Array.prototype.slice.call(arguments))))();
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = function () { return now(); };
  FakeDate.UTC = RealDate.UTC;
  FakeDate.parse = RealDate.parse;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FakeDate, writable: true, configurable: true });
  globalThis.Date = FakeDate;
})`;

function toJsonValue(value: unknown): unknown {
  if (
    value &&
    typeof value === 'object' &&
    typeof (value as { printJson?: unknown }).printJson === 'function'
  ) {
    return JSON.parse((value as { printJson(): string }).printJson());
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value));
}

export class BundleRunner {
  private readonly script: vm.Script;

  constructor(
    code: string,
    private readonly scriptTimeZone = 'Etc/UTC',
  ) {
    this.script = new vm.Script(code, { filename: 'Code.js' });
  }

  run(ws: Workspace, options: RunOptions): ExecutionResult {
    const execution = createExecution(ws, options, ws.newId('exec-'), this.scriptTimeZone);
    const { ctx, context, limit, calls, logs, startedAt } = execution;
    const cpuBefore = process.cpuUsage();
    let value: unknown = null;
    let error: string | undefined;
    try {
      this.script.runInContext(context, { timeout: HOST_CPU_GUARD_MS });
      // Only the script's own top-level functions: never one inherited through the prototype chain
      // ("constructor", "toString"…), which Apps Script does not offer either.
      const own = Object.prototype.hasOwnProperty.call(context, options.functionName);
      const fn = own ? (context as Record<string, unknown>)[options.functionName] : undefined;
      if (typeof fn !== 'function') {
        throw new Error(`Script function not found: ${options.functionName}`);
      }
      value = toJsonValue(fn(...(options.args ?? [])));
      if (execution.timedOut()) error = new ExecutionTimeLimitError(limit).message;
    } catch (e) {
      error = execution.timedOut()
        ? new ExecutionTimeLimitError(limit).message
        : ((e as Error)?.message ?? String(e));
    } finally {
      ws.appsScript.endExecution(ctx.executionId, ws.now);
    }
    const cpu = process.cpuUsage(cpuBefore);
    return {
      ok: error === undefined,
      value,
      error,
      timedOut: execution.timedOut(),
      calls,
      callCount: Object.values(calls).reduce((a, b) => a + b, 0),
      startedAt: new Date(startedAt).toISOString(),
      elapsedMs: ws.now - startedAt,
      cpuMs: (cpu.user + cpu.system) / 1000,
      logs,
    };
  }
}

export interface Execution {
  ctx: ExecutionContext;
  /** The vm context: Apps Script's globals and nothing else. */
  context: vm.Context;
  limit: number;
  calls: Record<string, number>;
  logs: LogLine[];
  startedAt: number;
  timedOut(): boolean;
}

/** One execution's context and globals, as the user at the workspace's current time. */
export function createExecution(
  ws: Workspace,
  options: Omit<RunOptions, 'functionName'>,
  executionId: string,
  scriptTimeZone: string,
): Execution {
  const user = ws.user(options.user);
  const startedAt = ws.now;
  const limit = options.deadlineMs ?? (options.kind === 'card' ? CARD_TIME_LIMIT_MS : TRIGGER_TIME_LIMIT_MS);
  const latency = options.latencyMs ?? DEFAULT_CALL_LATENCY_MS;
  const calls: Record<string, number> = {};
  const logs: LogLine[] = [];
  let timedOut = false;
  const checkDeadline = () => {
    if (ws.now - startedAt > limit) {
      timedOut = true;
      throw new ExecutionTimeLimitError(limit);
    }
  };
  const ctx: ExecutionContext = {
    user: user.email,
    actor: 'app',
    executionId,
    kind: options.kind,
    timeZone: user.timeZone,
    locale: user.locale ?? 'en',
    scriptTimeZone,
    activeDocumentId: options.activeDocumentId ?? null,
    now: () => ws.now,
    newId: (prefix) => ws.newId(prefix),
    sleep: (ms) => {
      if (timedOut) throw new ExecutionTimeLimitError(limit);
      ws.now += Math.max(0, ms);
      checkDeadline();
    },
    log: (level, line) => {
      logs.push({ level, line });
    },
    call: (method, body) => {
      if (timedOut) throw new ExecutionTimeLimitError(limit);
      calls[method] = (calls[method] ?? 0) + 1;
      const failWith = ws.ledger.record(method);
      ws.now += latency;
      checkDeadline();
      // The bundle catches what Apps Script throws: `details` only where the readings give it.
      if (failWith !== null) throw asThrownToScript(apiError(method, failWith), ws.readings);
      try {
        return body();
      } catch (e) {
        throw asThrownToScript(e, ws.readings);
      }
    },
  };
  const context = vm.createContext({
    ...createAppsScriptServices(ws.appsScript, ctx),
    CardService: createCardService(),
    Calendar: ws.calendar.service(ctx),
    Docs: ws.drive.docsService(ctx),
    Drive: ws.drive.driveService(ctx),
    __now: () => ws.now,
  });
  vm.runInContext(`${FAKE_DATE_PRELUDE}(__now); delete globalThis.__now;`, context);
  return { ctx, context, limit, calls, logs, startedAt, timedOut: () => timedOut };
}
