// A tap on the emulator's call gate and services: records Tandem's API calls per execution, fails
// the N-th call with a chosen HTTP code, logs every share attempt, and can slip a person's edit in.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { Workspace } from '../../../dev/emulator/workspace';

export interface TappedCall {
  /** 1-based position among the calls seen since the tap was made (or last reset). */
  position: number;
  /** Which execution made it: 1 for the first execution started after the tap, and so on. */
  execution: number;
  /** Whose Tandem made it. */
  user: string;
  method: string;
  /** The HTTP code the tap failed it with, if it did. */
  failedWith?: number;
}

export interface ShareAttempt {
  execution: number;
  /** Whose Tandem tried. */
  user: string;
  fileId: string;
  email: string;
}

/** A person's edit to apply just before Tandem's next write to a doc lands (a race). */
export type RaceEdit = (documentId: string) => void;

export class CallTap {
  readonly calls: TappedCall[] = [];
  readonly shares: ShareAttempt[] = [];
  /** Whose Tandem each execution ran for, by execution number. */
  private readonly users = new Map<number, string>();
  /** The doc of each of Tandem's batchUpdates, in order. */
  readonly writeTargets: string[] = [];
  /** The execution making calls now; a nested one (a race) hands it back when it ends. */
  private execution = 0;
  private started = 0;
  private beforeCalls = new Map<number, () => void>();
  private writes = 0;
  private raceAt = new Map<number, RaceEdit>();
  private failures = new Map<number, number>();
  private failEverythingFrom: { position: number; code: number; execution?: number } | null = null;
  private raceEdits: RaceEdit[] = [];

  constructor(private readonly ws: Workspace) {
    const record = ws.ledger.record.bind(ws.ledger);
    ws.ledger.record = (method: string) => {
      const hook = this.beforeCalls.get(this.calls.length + 1);
      if (hook) {
        this.beforeCalls.delete(this.calls.length + 1);
        this.nested(hook);
      }
      const position = this.calls.length + 1;
      const planned = this.failures.get(position) ?? this.failingFrom(position);
      const fromLedger = record(method);
      const failedWith = planned ?? fromLedger ?? undefined;
      this.calls.push({
        position,
        execution: this.execution,
        user: this.users.get(this.execution) ?? '?',
        method,
        ...(failedWith !== undefined ? { failedWith } : {}),
      });
      return failedWith ?? null;
    };
    const newId = ws.newId.bind(ws);
    ws.newId = (prefix: string) => {
      if (prefix === 'exec-') this.execution = ++this.started;
      return newId(prefix);
    };
    const driveService = ws.drive.driveService.bind(ws.drive);
    ws.drive.driveService = (ctx) => {
      // Every execution makes its Drive service first thing: that says whose it is.
      if (ctx.actor === 'app') this.users.set(this.execution, ctx.user);
      const service = driveService(ctx);
      const create = service.Permissions.create.bind(service.Permissions);
      service.Permissions.create = (resource, fileId, args) => {
        if (ctx.actor === 'app')
          this.shares.push({
            execution: this.execution,
            user: ctx.user,
            fileId,
            email: resource?.emailAddress ?? '',
          });
        return create(resource, fileId, args);
      };
      return service;
    };
    const docsService = ws.drive.docsService.bind(ws.drive);
    ws.drive.docsService = (ctx) => {
      const service = docsService(ctx);
      const batchUpdate = service.Documents.batchUpdate.bind(service.Documents);
      service.Documents.batchUpdate = (resource: docs_v1.Schema$BatchUpdateDocumentRequest, documentId) => {
        if (ctx.actor === 'app') {
          this.writes++;
          this.writeTargets.push(documentId);
          const race = this.raceAt.get(this.writes) ?? this.raceEdits.shift();
          if (race) this.nested(() => race(documentId));
        }
        return batchUpdate(resource, documentId);
      };
      return service;
    };
  }

  private failingFrom(position: number): number | undefined {
    const from = this.failEverythingFrom;
    if (!from || position < from.position) return undefined;
    from.execution ??= this.execution; // the execution that reached the first failing call
    return from.execution === this.execution || from.execution === -1 ? from.code : undefined;
  }

  /** The next call made after this one at `offset` (1 = the very next call) fails with `code`. */
  failNext(offset: number, code: number): void {
    this.failures.set(this.calls.length + offset, code);
  }

  /** Every call from the `offset`-th next one on fails with `code`, in every execution, until heal(). */
  failAllFrom(offset: number, code: number): void {
    this.failEverythingFrom = { position: this.calls.length + offset, code, execution: -1 };
  }

  /** The `offset`-th next call and every later call of the same execution fail with `code`. */
  failRestOfRunFrom(offset: number, code: number): void {
    this.failEverythingFrom = { position: this.calls.length + offset, code };
  }

  /** Lifts every planned failure. */
  heal(): void {
    this.failures.clear();
    this.failEverythingFrom = null;
  }

  private nested(body: () => void): void {
    const outer = this.execution;
    body();
    this.execution = outer;
  }

  /** `body` (a person's action, another execution) runs just before Tandem's `offset`-th next call. */
  beforeCall(offset: number, body: () => void): void {
    this.beforeCalls.set(this.calls.length + offset, body);
  }

  /** `edit` runs right before Tandem's `n`-th doc write from now (1 = the next) reaches the doc. */
  raceWrite(n: number, edit: RaceEdit): void {
    this.raceAt.set(this.writes + n, edit);
  }

  /** `edit` runs right before Tandem's next batchUpdate reaches the doc (once per call of this). */
  raceNextWrite(edit: RaceEdit): void {
    this.raceEdits.push(edit);
  }

  /** The methods Tandem called, in order, from position `after` + 1 on. */
  methodsSince(after: number): string[] {
    return this.calls.slice(after).map((c) => c.method);
  }

  /** Calls of one execution (numbered as in TappedCall.execution). */
  callsOf(execution: number): TappedCall[] {
    return this.calls.filter((c) => c.execution === execution);
  }

  get executions(): number {
    return this.started;
  }
}
