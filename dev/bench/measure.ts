// Runs the real bundle in the emulator and measures each execution: API calls by method, emulated
// elapsed time, and the CPU spent in the bundle itself (the emulator's API work is taken out).
import { BundleRunner, type ExecutionResult, type RunOptions } from '../emulator/runtime';
import type { Workspace } from '../emulator/workspace';

/** One execution of the bundle as the benchmark records it. */
export interface MeasuredExecution {
  functionName: string;
  ok: boolean;
  error?: string;
  calls: Record<string, number>;
  callCount: number;
  /** Emulated wall time of the execution (calls × modelled latency, plus sleeps). */
  elapsedMs: number;
  /** Host CPU of the execution minus the CPU spent inside emulated Calendar/Docs/Drive calls. */
  bundleCpuMs: number;
  value: unknown;
}

/** CPU ms of the calling thread's process, user + system. */
function cpuNowMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Wraps a service object (and the resources under it, e.g. `Calendar.Events`) so that the CPU
 * spent inside its methods is added to `meter.apiCpuMs`. Calls nested in a measured call count once.
 */
function metered<T extends object>(service: T, meter: ApiMeter): T {
  return new Proxy(service, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value === 'function') {
        return (...args: unknown[]) =>
          meter.time(() => (value as (...a: unknown[]) => unknown).apply(target, args));
      }
      if (value !== null && typeof value === 'object') return metered(value, meter);
      return value;
    },
  });
}

class ApiMeter {
  apiCpuMs = 0;
  private depth = 0;

  time<R>(body: () => R): R {
    if (this.depth > 0) return body();
    this.depth++;
    const before = cpuNowMs();
    try {
      return body();
    } finally {
      this.apiCpuMs += cpuNowMs() - before;
      this.depth--;
    }
  }
}

const meters = new WeakMap<Workspace, ApiMeter>();

/** Makes the workspace hand out metered Calendar, Docs and Drive services (once per workspace). */
function meterOf(ws: Workspace): ApiMeter {
  const known = meters.get(ws);
  if (known) return known;
  const meter = new ApiMeter();
  const calendar = ws.calendar.service.bind(ws.calendar);
  const docs = ws.drive.docsService.bind(ws.drive);
  const drive = ws.drive.driveService.bind(ws.drive);
  ws.calendar.service = (ctx) => metered(calendar(ctx), meter);
  ws.drive.docsService = (ctx) => metered(docs(ctx), meter);
  ws.drive.driveService = (ctx) => metered(drive(ctx), meter);
  meters.set(ws, meter);
  return meter;
}

/**
 * A BundleRunner that also records every execution it runs (including those `tick` fires) with
 * the bundle's own CPU. `take()` returns and clears what was recorded.
 */
export class MeasuredRunner extends BundleRunner {
  private recorded: MeasuredExecution[] = [];

  override run(ws: Workspace, options: RunOptions): ExecutionResult {
    const meter = meterOf(ws);
    const apiBefore = meter.apiCpuMs;
    const result = super.run(ws, options);
    const apiCpuMs = meter.apiCpuMs - apiBefore;
    this.recorded.push({
      functionName: options.functionName,
      ok: result.ok,
      ...(result.error !== undefined ? { error: result.error } : {}),
      calls: { ...result.calls },
      callCount: result.callCount,
      elapsedMs: result.elapsedMs,
      bundleCpuMs: Math.max(0, result.cpuMs - apiCpuMs),
      value: result.value,
    });
    return result;
  }

  take(): MeasuredExecution[] {
    const taken = this.recorded;
    this.recorded = [];
    return taken;
  }
}

/**
 * The median of a non-empty list.
 * @example median([3, 1, 2]) // 2; median([1, 2, 3, 4]) // 2.5
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Calls by method summed over executions.
 * @example sumCalls([{ 'a.b': 1 }, { 'a.b': 2, 'c.d': 1 }]) // { 'a.b': 3, 'c.d': 1 }
 */
export function sumCalls(all: readonly Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const calls of all)
    for (const [method, n] of Object.entries(calls)) total[method] = (total[method] ?? 0) + n;
  return Object.fromEntries(Object.entries(total).sort(([a], [b]) => a.localeCompare(b)));
}

/** CPU ms spent by `body`, measured in this process (used for the core measured directly in Node). */
export function cpuOf(body: () => void): number {
  const before = cpuNowMs();
  body();
  return cpuNowMs() - before;
}
