// tandem-sim's commands: each reads the workspace, acts as Google or as a person would, and returns
// what to print. The world file is read before and written after by dev/sim.ts.
import { readFileSync } from 'node:fs';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { docToText } from '../doc-text';
import { AddonDriver } from '../driver/driver';
import type { BundleRunner, ExecutionResult } from '../emulator/runtime';
import type { Workspace } from '../emulator/workspace';
import { jsonOption, required, UsageError, type SimArgs } from './args';
import { cardEvent, checkDocToOpen, settleOpenEvent } from './card-context';
import { mailReport } from './mail';
import { triggersReport } from './triggers';

export interface CommandOutcome {
  output: string;
  /** Whether the world changed and must be written back. */
  changed: boolean;
  /** Non-zero when the add-on failed (the output then says why). */
  exitCode?: number;
  /** One line for the terminal (stderr) about what the host did after the add-on answered. */
  note?: string;
}

function readJsonFile(path: string, flag: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(
      `${flag}: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return jsonOption(text, `${flag} ${path}`);
}

function stringRecord(value: unknown, flag: string): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${flag} must be a JSON object`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  return out;
}

function formRecord(value: unknown): Record<string, string | string[]> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError('--form must be a JSON object');
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}

function summarize(result: ExecutionResult) {
  return {
    ok: result.ok,
    ...(result.error ? { error: result.error } : {}),
    ...(result.timedOut ? { timedOut: true } : {}),
    calls: result.calls,
    elapsedMs: result.elapsedMs,
  };
}

function runOutcome(result: ExecutionResult, print: unknown): CommandOutcome {
  if (result.error?.startsWith('Script function not found')) {
    return { output: `not available yet: ${result.error}`, changed: false, exitCode: 1 };
  }
  return { output: JSON.stringify(print, null, 2), changed: true, exitCode: result.ok ? 0 : 1 };
}

export function runCommand(ws: Workspace, runner: BundleRunner | null, args: SimArgs): CommandOutcome {
  // An unknown event id is bad input, not a card's failure.
  const driver = (): AddonDriver => {
    if (!runner) throw new UsageError('dist/Code.js is missing: run `npm run build` first');
    return new AddonDriver(ws, runner, { deadlineMs: args.deadlineMs, eventFor: cardEvent });
  };
  switch (args.command) {
    case 'new':
      return { output: `wrote a sample world to ${args.world}`, changed: true };
    case 'enable': {
      const as = required(args.as, '--as EMAIL', 'enable');
      const result = driver().enable(as);
      return runOutcome(result, { ...summarize(result), response: result.value });
    }
    case 'sync': {
      const as = required(args.as, '--as EMAIL', 'sync');
      const result = driver().sync(as);
      return runOutcome(result, { ...summarize(result), logs: result.logs });
    }
    case 'tick': {
      const to = Date.parse(required(args.to, '--to ISO', 'tick'));
      if (Number.isNaN(to)) throw new UsageError('--to must be an ISO date-time, e.g. 2026-11-24T12:00:00Z');
      if (to < ws.now)
        throw new UsageError(`--to ${args.to} is before the world's now (${new Date(ws.now).toISOString()})`);
      const fired = driver().tick(to);
      const print = {
        now: new Date(ws.now).toISOString(),
        fired: fired.map((f) => ({
          at: f.at,
          user: f.user,
          handler: f.handlerFunction,
          type: f.eventType,
          ...summarize(f.result),
        })),
      };
      return {
        output: JSON.stringify(print, null, 2),
        changed: true,
        exitCode: fired.every((f) => f.result.ok) ? 0 : 1,
      };
    }
    case 'open-event': {
      const as = required(args.as, '--as EMAIL', 'open-event');
      const eventId = required(args.event, '--event ID', 'open-event');
      const result = driver().openEvent(as, eventId);
      return runOutcome(result, result.ok ? result.value : summarize(result));
    }
    case 'open-doc': {
      const as = required(args.as, '--as EMAIL', 'open-doc');
      const docId = required(args.doc, '--doc ID', 'open-doc');
      checkDocToOpen(ws, as, docId);
      const result = args.grant ? driver().grantFileScope(as, docId) : driver().openDoc(as, docId);
      return runOutcome(result, result.ok ? result.value : summarize(result));
    }
    case 'click': {
      const as = required(args.as, '--as EMAIL', 'click');
      const action = required(args.action, '--action NAME', 'click');
      if (args.event !== undefined && args.doc !== undefined)
        throw new UsageError('click takes --event ID or --doc ID, not both');
      if (args.save && args.event === undefined)
        throw new UsageError('--save needs --event ID: the open event to save');
      const params = args.params ? stringRecord(jsonOption(args.params, '--params'), '--params') : {};
      const form = args.form ? formRecord(jsonOption(args.form, '--form')) : undefined;
      const docId = args.doc;
      if (docId !== undefined) checkDocToOpen(ws, as, docId);
      const addon = driver();
      const result = addon.click(as, action, params, {
        ...(args.event !== undefined ? { eventId: args.event } : {}),
        ...(docId !== undefined ? { docId } : {}),
        ...(form ? { form } : {}),
      });
      const note = result.ok ? settleOpenEvent(addon, as, args.event, result.value, args.save) : null;
      return {
        ...runOutcome(result, result.ok ? result.value : summarize(result)),
        ...(note ? { note } : {}),
      };
    }
    case 'doc': {
      const docId = required(args.doc, '--doc ID', 'doc');
      const document = ws.drive.documentJson(docId);
      if (!document) throw new UsageError(`no document ${docId} in this world`);
      return {
        output: args.format === 'json' ? JSON.stringify(document, null, 2) : docToText(document),
        changed: false,
      };
    }
    case 'edit': {
      const as = required(args.as, '--as EMAIL', 'edit');
      const docId = required(args.doc, '--doc ID', 'edit');
      const raw = readJsonFile(required(args.requests, '--requests FILE', 'edit'), '--requests');
      const requests = (Array.isArray(raw) ? raw : (raw as { requests?: unknown }).requests) as
        docs_v1.Schema$Request[] | undefined;
      if (!Array.isArray(requests))
        throw new UsageError('--requests must hold an array of Docs requests or {"requests": [...]}');
      const docs = ws.drive.docsService(ws.personContext(as));
      const response = docs.Documents.batchUpdate({ requests }, docId);
      return { output: JSON.stringify(response, null, 2), changed: true };
    }
    case 'calendar': {
      const as = required(args.as, '--as EMAIL', 'calendar');
      const calendar = ws.calendar.service(ws.personContext(as));
      const chosen = [args.insert, args.patch, args.delete].filter((x) => x !== undefined).length;
      if (chosen !== 1)
        throw new UsageError('calendar needs exactly one of --insert FILE, --patch ID FILE, --delete ID');
      let result: unknown;
      if (args.insert !== undefined)
        result = calendar.Events.insert(readJsonFile(args.insert, '--insert') as object, 'primary', {
          supportsAttachments: true,
        });
      else if (args.patch !== undefined) {
        const file = required(args.patchFile, 'a FILE after --patch ID', 'calendar');
        result = calendar.Events.patch(readJsonFile(file, '--patch') as object, 'primary', args.patch, {
          supportsAttachments: true,
        });
      } else {
        calendar.Events.remove('primary', args.delete as string);
        result = { deleted: args.delete };
      }
      return { output: JSON.stringify(result, null, 2), changed: true };
    }
    case 'files': {
      const as = required(args.as, '--as EMAIL', 'files');
      ws.user(as);
      return { output: JSON.stringify(ws.drive.filesVisibleTo(as), null, 2), changed: false };
    }
    case 'triggers':
      // Each user's installed triggers (function, kind, schedule), or only --as EMAIL's.
      return { output: JSON.stringify(triggersReport(ws, args.as), null, 2), changed: false };
    case 'mail':
      // The e-mails Tandem sent, or only those --to (or --as) EMAIL received: their mailbox.
      return { output: JSON.stringify(mailReport(ws, args.to ?? args.as), null, 2), changed: false };
    case 'calls':
      return { output: JSON.stringify(ws.ledger.total, null, 2), changed: false };
  }
}
