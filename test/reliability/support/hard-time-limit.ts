// Apps Script kills an execution at its time limit: nothing after that instant runs. The emulator
// throws ExecutionTimeLimitError from every later API call, but code that catches it could still
// write properties and triggers. This wrapper makes those writes vanish past the deadline, as
// they would on Google, so tests see only what was written before the kill.
import type { Workspace } from '../../../dev/emulator/workspace';

export class HardTimeLimit {
  private startedAt = 0;
  private deadlineMs: number | null = null;
  /** How many writes the limit swallowed (proof the kill hit something). */
  swallowed = 0;

  constructor(private readonly ws: Workspace) {
    const newId = ws.newId.bind(ws);
    ws.newId = (prefix: string) => {
      if (prefix === 'exec-') this.startedAt = ws.now;
      return newId(prefix);
    };
    const stores = ws.appsScript;
    const properties = stores.properties.bind(stores);
    stores.properties = (scope, create) => {
      const live = properties(scope, create);
      if (!this.killed() || !create) return live;
      this.swallowed++;
      return { ...live }; // written to a copy that nobody keeps
    };
    const addTrigger = stores.addTrigger.bind(stores);
    stores.addTrigger = (trigger, schedule) => {
      if (this.killed()) this.swallowed++;
      else addTrigger(trigger, schedule);
    };
    const removeTrigger = stores.removeTrigger.bind(stores);
    stores.removeTrigger = (id) => {
      if (!this.killed()) return removeTrigger(id);
      this.swallowed++;
      return true;
    };
  }

  /** Executions from now on are killed `ms` after they start (null: no limit but Apps Script's). */
  set(ms: number | null): void {
    this.deadlineMs = ms;
  }

  private killed(): boolean {
    return this.deadlineMs !== null && this.ws.now - this.startedAt > this.deadlineMs;
  }
}
