// The switchboard: the only file that defines what Apps Script calls. Globals and wiring, no logic.
// Every export becomes a top-level function of dist/Code.js (scripts/build.mjs).
import { runSync, type SyncReport } from './app/sync';
import { appsScriptPorts } from './gas/ports';
import { renderActionResponse, renderCard } from './gas/render-card';
import { dispatch, homepage, type AddonEvent } from './ui/router';
import type { Card, RenderActions } from './ui/card';

function render(result: Card | RenderActions) {
  return 'sections' in result ? renderCard(result) : renderActionResponse(result);
}

export function onHomepage(_event: AddonEvent) {
  return renderCard(homepage(appsScriptPorts()));
}

export function onCalendarEventOpen(_event: AddonEvent) {
  return renderCard(homepage(appsScriptPorts()));
}

export function onDocsHomepage(_event: AddonEvent) {
  return renderCard(homepage(appsScriptPorts()));
}

export function onDocsFileScopeGranted(_event: AddonEvent) {
  return renderCard(homepage(appsScriptPorts()));
}

export function dispatchAction(event: AddonEvent) {
  return render(dispatch(appsScriptPorts(), event));
}

interface TriggerEvent {
  triggerUid?: string;
}

/** The calendar trigger (forUserCalendar().onEventUpdated()). */
export function onCalendarEventUpdated(event?: TriggerEvent): SyncReport {
  return runSync(appsScriptPorts(), event?.triggerUid ? { triggerUid: event.triggerUid } : {});
}

/** The one-shot after the next 1:1 and the daily safety net. */
export function onScheduledSync(event?: TriggerEvent): SyncReport {
  return runSync(appsScriptPorts(), event?.triggerUid ? { triggerUid: event.triggerUid } : {});
}
