// The event objects Google passes to a Workspace add-on's functions (homepage, Calendar eventOpen,
// Docs homepage / file scope granted, and card actions), built from the emulator's state.
// Shape: developers.google.com/workspace/add-ons/concepts/event-objects
import { zonedFields } from './time-zone';
import type { Workspace } from './workspace';

export interface AddonEventOptions {
  user: string;
  hostApp: 'CALENDAR' | 'DOCS';
  /** Calendar: the open event (id may be an instance id). */
  eventId?: string;
  /**
   * Calendar: the calendar the event was opened from — the user's own (their email, the default;
   * 'primary' names it too) or a secondary calendar they own. The event object carries it as
   * `calendar.calendarId`.
   */
  calendarId?: string;
  /** Docs: the open document. */
  docId?: string;
  parameters?: Record<string, string>;
  /** Form values by input name; arrays for multi-valued inputs. */
  formInputs?: Record<string, string | string[]>;
}

/** The zone's offset from UTC at `at`, in ms, as the event object's `timeZone.offset` gives it. */
function offsetMs(timeZone: string, at: number): number {
  return zonedFields(at, timeZone).offsetMinutes * 60_000;
}

export function addonEvent(ws: Workspace, options: AddonEventOptions): Record<string, unknown> {
  const user = ws.user(options.user);
  const formInputs: Record<string, { stringInputs: { value: string[] } }> = {};
  for (const [name, value] of Object.entries(options.formInputs ?? {})) {
    formInputs[name] = { stringInputs: { value: Array.isArray(value) ? value : [value] } };
  }
  const event: Record<string, unknown> = {
    commonEventObject: {
      hostApp: options.hostApp,
      platform: 'WEB',
      userLocale: user.locale ?? 'en',
      timeZone: { id: user.timeZone, offset: offsetMs(user.timeZone, ws.now) },
      ...(options.parameters ? { parameters: { ...options.parameters } } : {}),
      ...(options.formInputs ? { formInputs } : {}),
    },
  };
  if (options.hostApp === 'CALENDAR' && options.eventId) {
    const calendarId =
      !options.calendarId || options.calendarId === 'primary' ? user.email : options.calendarId;
    const calendar = ws.calendar.service(ws.personContext(user.email));
    const found = calendar.Events.get(calendarId, options.eventId) as {
      id?: string;
      recurringEventId?: string;
      organizer?: { email?: string };
      attendees?: unknown[];
      guestsCanModify?: boolean;
    };
    const isOrganizer = found.organizer?.email?.toLowerCase() === calendarId.toLowerCase();
    event.calendar = {
      calendarId,
      id: found.id,
      ...(found.recurringEventId ? { recurringEventId: found.recurringEventId } : {}),
      organizer: { email: found.organizer?.email },
      attendees: found.attendees ?? [],
      capabilities: {
        canSeeAttendees: true,
        canAddAttendees: isOrganizer || found.guestsCanModify === true,
        canSeeConferenceData: true,
        canSetConferenceData: isOrganizer || found.guestsCanModify === true,
        canAddAttachments: isOrganizer || found.guestsCanModify === true,
      },
    };
  }
  if (options.hostApp === 'DOCS' && options.docId) {
    const granted = ws.drive.hasFileScope(user.email, options.docId);
    const file = ws.drive.filesVisibleTo(user.email).find((f) => f.id === options.docId);
    event.docs = granted
      ? { id: options.docId, title: file?.name ?? '', addonHasFileScopePermission: true }
      : { addonHasFileScopePermission: false };
  }
  return event;
}
