// Watches every execution of the bundle while a story runs: its log lines and error messages, as
// Apps Script would keep them in the executions log and Cloud Logging.
import { BundleRunner, type ExecutionResult, type RunOptions } from '../../../dev/emulator/runtime';
import type { Workspace } from '../../../dev/emulator/workspace';

export interface AuditedRun {
  user: string;
  functionName: string;
  /** Every line the execution logged, and its error message if it failed. */
  lines: string[];
  /** What it answered (a card or an action response), as JSON. */
  answer: string;
}

/** Records every run from now until `stop()`. */
export function auditRuns(): { runs: AuditedRun[]; stop: () => void } {
  const runs: AuditedRun[] = [];
  const original = BundleRunner.prototype.run;
  BundleRunner.prototype.run = function (
    this: BundleRunner,
    ws: Workspace,
    options: RunOptions,
  ): ExecutionResult {
    const result = original.call(this, ws, options);
    runs.push({
      user: options.user,
      functionName: options.functionName,
      lines: [...result.logs.map((l) => l.line), ...(result.error ? [result.error] : [])],
      answer: JSON.stringify(result.value) ?? '',
    });
    return result;
  };
  return {
    runs,
    stop: () => {
      BundleRunner.prototype.run = original;
    },
  };
}

/** What must never reach a log: event titles, every email and name in the world, people's text. */
export function privateStrings(ws: Workspace, peopleWrote: string[]): string[] {
  const secrets = new Set<string>(peopleWrote);
  for (const user of ws.users) {
    secrets.add(user.email);
    secrets.add(user.name);
  }
  for (const calendar of Object.values(ws.calendar.toWorld().calendars)) {
    for (const event of calendar.events) {
      if (event.summary) secrets.add(event.summary);
      for (const a of event.attendees ?? []) {
        if (a.email) secrets.add(a.email);
        if (a.displayName) secrets.add(a.displayName);
      }
    }
  }
  for (const file of ws.drive.allFiles()) if (file.meta.name) secrets.add(file.meta.name);
  return [...secrets].filter((s) => s.trim().length >= 4);
}

/** Log lines that carry any of the secrets (compared without case). */
export function leaks(runs: AuditedRun[], secrets: string[]): string[] {
  const found: string[] = [];
  const lowered = secrets.map((s) => s.toLowerCase());
  for (const run of runs)
    for (const line of run.lines) {
      const hit = lowered.find((s) => line.toLowerCase().includes(s));
      if (hit) found.push(`${run.functionName} as ${run.user}: "${line.slice(0, 120)}" carries "${hit}"`);
    }
  return found;
}
