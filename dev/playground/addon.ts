// Runs Tandem's bundle the way Google's add-on host does: the homepage, the Calendar event card,
// the Docs sidebar and button actions — then applies host-app actions: attachments wait, unsaved, in
// the open event until the person saves it; a file scope request is granted as the person would.
import { AddonDriver, type CardCall, type HostApp } from '../driver/driver';
import { ENTRY } from '../driver/entry-points';
import type { ExecutionResult } from '../emulator/runtime';
import type { Playground } from './playground';

export type { HostApp };

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

/** The driver on the playground's world, or null while no bundle is built. */
function driverOf(pg: Playground): AddonDriver | null {
  const runner = pg.runner();
  return runner ? new AddonDriver(pg.ws, runner) : null;
}

function noBundle(pg: Playground, functionName: string): AddonOutcome {
  return outcome(null, functionName, pg.bundleStatus().problem);
}

/** The open event or doc of the context, as its host app has it (Calendar: an event; Docs: a doc). */
function placeOf(context: AddonContext): CardCall {
  return context.host === 'CALENDAR'
    ? { host: 'CALENDAR', ...(context.eventId !== undefined ? { eventId: context.eventId } : {}) }
    : { host: 'DOCS', ...(context.docId !== undefined ? { docId: context.docId } : {}) };
}

/** The page's form values as the event object carries them: strings, date and date-time pickers. */
function formOf(form: Record<string, FormValue>): Pick<CardCall, 'form' | 'dates' | 'dateTimes'> {
  const strings: Record<string, string[]> = {};
  const dates: Record<string, number> = {};
  const dateTimes: Record<string, number> = {};
  for (const [name, value] of Object.entries(form)) {
    if (value.kind === 'string') strings[name] = value.values;
    else if (value.kind === 'date') dates[name] = value.msSinceEpoch;
    else dateTimes[name] = value.msSinceEpoch;
  }
  return {
    form: strings,
    ...(Object.keys(dates).length > 0 ? { dates } : {}),
    ...(Object.keys(dateTimes).length > 0 ? { dateTimes } : {}),
  };
}

/** The homepage card: Calendar's (onHomepage) or the Docs sidebar's (onDocsHomepage, with the open doc). */
export function openHomepage(pg: Playground, context: AddonContext): AddonOutcome {
  const fn = context.host === 'DOCS' ? ENTRY.docsHomepage : ENTRY.homepage;
  const driver = driverOf(pg);
  if (!driver) return noBundle(pg, fn);
  return outcome(driver.homepage(context.user, placeOf(context)), fn);
}

/** The Calendar event card (eventOpenTrigger) for an event of the user's calendar. */
export function openEventCard(pg: Playground, context: AddonContext): AddonOutcome {
  const fn = ENTRY.calendarEventOpen;
  const driver = driverOf(pg);
  if (!driver) return noBundle(pg, fn);
  return outcome(driver.card(context.user, fn, placeOf({ ...context, host: 'CALENDAR' })), fn);
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
  const driver = driverOf(pg);
  if (!driver) return noBundle(pg, functionName);
  const call = { ...placeOf(context), parameters, ...formOf(form) };
  const result = outcome(driver.card(context.user, functionName, call), functionName);
  if (!result.ok) return result;
  const host = (result.value as ActionResponseJson | null)?.hostAppAction;
  const attachments = driver.holdAttachments(context.user, context.eventId, result.value);
  if (attachments.length > 0 && context.eventId) {
    // Calendar shows them in the open event; they are kept only when the person presses Save.
    result.effects.push({
      kind: 'attachmentsPending',
      eventId: context.eventId,
      titles: attachments.map((a) => a.title ?? a.resourceUrl),
    });
  }
  if (host?.editorAction?.requestFileScopeForActiveDocument && context.docId) {
    // Docs asks the person; the playground's person always says yes, then the trigger runs.
    const card = outcome(driver.grantFileScope(context.user, context.docId), ENTRY.docsFileScopeGranted);
    result.effects.push({ kind: 'fileScopeGranted', docId: context.docId, card });
  }
  return result;
}
