// Call accounting, fault injection and the latency model shared by every emulated API call.

/** One planned failure: the next `remaining` calls of `method` fail with HTTP `code`. */
export interface FaultRule {
  method: string;
  code: number;
  remaining: number;
}

/**
 * Parses the CLI's `--fail 'METHOD:CODE[:N]'`.
 * @example parseFault('drive.permissions.create:403:2') // { method: 'drive.permissions.create', code: 403, remaining: 2 }
 */
export function parseFault(spec: string): FaultRule {
  const match = /^([a-z]+\.[A-Za-z.]+):(\d{3})(?::(\d+))?$/.exec(spec.trim());
  if (!match)
    throw new Error(`--fail expects METHOD:CODE[:N], e.g. drive.permissions.create:403:1 (got "${spec}")`);
  const [, method, code, count] = match;
  const remaining = count === undefined ? 1 : Number(count);
  if (remaining < 1) throw new Error(`--fail count must be at least 1 (got "${spec}")`);
  return { method: method!, code: Number(code), remaining };
}

/**
 * Modelled round trip of one Google API call from Apps Script, in ms. A single constant for now;
 * the benchmark states the figure it uses and where it comes from.
 */
export const DEFAULT_CALL_LATENCY_MS = 150;

export class CallLedger {
  /** Calls per method since the world was created (persisted in the world file). */
  readonly total: Record<string, number>;
  private faults: FaultRule[] = [];

  constructor(total: Record<string, number> = {}) {
    this.total = { ...total };
  }

  addFault(rule: FaultRule): void {
    this.faults.push({ ...rule });
  }

  clearFaults(): void {
    this.faults = [];
  }

  pendingFaults(): FaultRule[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** Counts one call; returns the HTTP code to fail it with, if a fault is due. */
  record(method: string): number | null {
    this.total[method] = (this.total[method] ?? 0) + 1;
    const fault = this.faults.find((f) => f.method === method && f.remaining > 0);
    if (!fault) return null;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault.code;
  }
}
