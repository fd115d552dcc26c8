// Runs Tandem's bundle the way Google's add-on host does: the homepage, the Calendar event card,
// the Docs sidebar and button actions — then applies host-app actions: attachments wait, unsaved, in
// the open event until the person saves it; a file scope request is granted as the person would.
import { addonEvent } from '../emulator/addon-events';
import { attachmentsOfResponse } from '../emulator/open-event-edits';
import type { ExecutionResult } from '../emulator/runtime';
import { ENTRY } from '../sim/entry-points';
import type { Playground } from './playground';

export type HostApp = 'CALENDAR' | 'DOCS';

/** A form value as the page sends it; dates travel as epoch ms, as Google's event object has them. */
export type FormValue =
  | { kind: 'string'; values: string[] }
  | { kind: 'date'; msSinceEpoch: number }
  | { kind: 'dateTime'; msSinceEpoch: number };

export interface AddonContext {
  user: string;
  host: HostApp;
  /** Calendar: the open event. */
  eventId?: string;
  /** Docs: the open document. */
  docId?: string;
}

/** Something the host did after the add-on answered (what Calendar or Docs would do). */
export type HostEffect =
  | { kind: 'attachmentsPending'; eventId: string; titles: string[] }
  | { kind: 'fileScopeGranted'; docId: string; card: AddonOutcome };

export interface AddonOutcome {
  ok: boolean;
  /** The card JSON, or the action response JSON (renderActions). */
  value: unknown;
  error?: string;
  /** Set when the bundle has no such function yet (the add-on side is not built). */
  missingFunction?: string;
  calls: number;
  effects: HostEffect[];
  logs: string[];
}

const NOT_FOUND = 'Script function not found: ';

function outcome(result: ExecutionResult | null, functionName: string, problem?: string): AddonOutcome {
  if (!result) {
    return {
      ok: false,
      value: null,
      error: problem ?? 'no bundle',
      missingFunction: undefined,
      calls: 0,
      effects: [],
      logs: [],
    };
  }
  const missing = result.error?.startsWith(NOT_FOUND) ? functionName : undefined;
  return {
    ok: result.ok,
    value: result.value,
    ...(result.error ? { error: result.error } : {}),
    ...(missing ? { missingFunction: missing } : {}),
    calls: result.callCount,
    effects: [],
    logs: result.logs.map((l) => `${l.level}: ${l.line}`),
  };
}

function run(
  pg: Playground,
  functionName: string,
  context: AddonContext,
  event: Record<string, unknown>,
): AddonOutcome {
  const runner = pg.runner();
  if (!runner) return outcome(null, functionName, pg.bundleStatus().problem);
  const result = runner.run(pg.ws, {
    user: context.user,
    functionName,
    args: [event],
    kind: 'card',
    activeDocumentId: context.host === 'DOCS' ? (context.docId ?? null) : null,
  });
  return outcome(result, functionName);
}

function eventFor(
  pg: Playground,
  context: AddonContext,
  parameters?: Record<string, string>,
  form?: Record<string, FormValue>,
) {
  const strings: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(form ?? {}))
    if (value.kind === 'string') strings[name] = value.values;
  const event = addonEvent(pg.ws, {
    user: context.user,
    hostApp: context.host,
    eventId: context.host === 'CALENDAR' ? context.eventId : undefined,
    docId: context.host === 'DOCS' ? context.docId : undefined,
    parameters,
    formInputs: form ? strings : undefined,
  });
  // Date pickers: developers.google.com/workspace/add-ons/concepts/event-objects#date-input
  // (dateInput.msSinceEpoch) and #date-time-input (dateTimeInput: msSinceEpoch, hasDate, hasTime).
  const common = event.commonEventObject as { formInputs?: Record<string, unknown> };
  for (const [name, value] of Object.entries(form ?? {})) {
    if (value.kind === 'date') {
      common.formInputs = {
        ...common.formInputs,
        [name]: { dateInput: { msSinceEpoch: String(value.msSinceEpoch) } },
      };
    } else if (value.kind === 'dateTime') {
      common.formInputs = {
        ...common.formInputs,
        [name]: { dateTimeInput: { msSinceEpoch: String(value.msSinceEpoch), hasDate: true, hasTime: true } },
      };
    }
  }
  return event;
}

/** The homepage card: Calendar's (onHomepage) or the Docs sidebar's (onDocsHomepage, with the open doc). */
export function openHomepage(pg: Playground, context: AddonContext): AddonOutcome {
  const fn = context.host === 'DOCS' ? ENTRY.docsHomepage : ENTRY.homepage;
  return run(pg, fn, context, eventFor(pg, context));
}

/** The Calendar event card (eventOpenTrigger) for an event of the user's calendar. */
export function openEventCard(pg: Playground, context: AddonContext): AddonOutcome {
  return run(
    pg,
    ENTRY.calendarEventOpen,
    { ...context, host: 'CALENDAR' },
    eventFor(pg, { ...context, host: 'CALENDAR' }),
  );
}

interface ActionResponseJson {
  hostAppAction?: { editorAction?: { requestFileScopeForActiveDocument?: unknown } };
}

/** A button press: runs the action's function with its parameters and the card's form values. */
export function runAction(
  pg: Playground,
  context: AddonContext,
  functionName: string,
  parameters: Record<string, string>,
  form: Record<string, FormValue>,
): AddonOutcome {
  const result = run(pg, functionName, context, eventFor(pg, context, parameters, form));
  if (!result.ok) return result;
  const host = (result.value as ActionResponseJson | null)?.hostAppAction;
  const attachments = attachmentsOfResponse(result.value);
  if (attachments.length > 0 && context.eventId) {
    // Calendar shows them in the open event; they are kept only when the person presses Save.
    pg.ws.openEvents.hold(context.user, context.eventId, attachments);
    result.effects.push({
      kind: 'attachmentsPending',
      eventId: context.eventId,
      titles: attachments.map((a) => a.title ?? a.resourceUrl),
    });
  }
  if (host?.editorAction?.requestFileScopeForActiveDocument && context.docId) {
    // Docs asks the person; the playground's person always says yes, then the trigger runs.
    pg.ws.drive.grantFileScope(context.user, context.docId);
    const card = run(pg, ENTRY.docsFileScopeGranted, context, eventFor(pg, context));
    result.effects.push({ kind: 'fileScopeGranted', docId: context.docId, card });
  }
  return result;
}
