// The switchboard: the only file that defines what Apps Script calls. Globals and wiring, no logic.
// Every export becomes a top-level function of dist/Code.js (scripts/build.mjs).
import { sendDueReminder } from './app/reminder/send';
import { runSync, type SyncReport } from './app/sync';
import { appsScriptPorts } from './gas/ports';
import { renderActionResponse, renderCard } from './gas/render-card';
import { dispatch, docsSidebar, eventOpen, homepage, type AddonEvent } from './ui/router';

export function onHomepage(event: AddonEvent) {
  return renderCard(homepage(appsScriptPorts(), event));
}

export function onCalendarEventOpen(event: AddonEvent) {
  return renderCard(eventOpen(appsScriptPorts(), event));
}

export function onDocsHomepage(event: AddonEvent) {
  return renderCard(docsSidebar(appsScriptPorts(), event));
}

export function onDocsFileScopeGranted(event: AddonEvent) {
  return renderCard(docsSidebar(appsScriptPorts(), event));
}

export function dispatchAction(event: AddonEvent) {
  return renderActionResponse(dispatch(appsScriptPorts(), event));
}

interface TriggerEvent {
  triggerUid?: string;
}

/** The calendar trigger (forUserCalendar().onEventUpdated()): a person changed the calendar. */
export function onCalendarEventUpdated(event?: TriggerEvent): SyncReport {
  const uid = event?.triggerUid ? { triggerUid: event.triggerUid } : {};
  return runSync(appsScriptPorts(), { source: 'calendar', ...uid });
}

/**
 * The hourly trigger (and the daily and one-shot triggers of earlier versions, until replaced):
 * the sync, then the reminder to prepare when one is due (no call when none is).
 */
export function onScheduledSync(event?: TriggerEvent): SyncReport {
  const uid = event?.triggerUid ? { triggerUid: event.triggerUid } : {};
  const ports = appsScriptPorts();
  const report = runSync(ports, { source: 'clock', ...uid });
  sendDueReminder(ports);
  return report;
}
