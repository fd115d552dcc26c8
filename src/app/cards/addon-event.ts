// The add-on event object Google passes to every card function, read once into a typed context:
// the open Calendar event or Docs file, the user's zone and locale, button parameters, form values.
// Shape: developers.google.com/workspace/add-ons/concepts/event-objects
import type { CalendarEvent } from '../../ports';
import { isRecord } from '../../core/is-record';

/** The Calendar event open beside the card (`e.calendar`); it carries no title and no recurrence. */
export interface OpenEvent {
  readonly eventId: string;
  /**
   * The calendar the event was opened from (`e.calendar.calendarId`): the card reads the event
   * there, since a secondary calendar's event may not be in 'primary'. 'primary' when absent.
   */
  readonly calendarId: string;
  /** Set on an instance of a series. */
  readonly recurringEventId: string | null;
  readonly organizerEmail: string | null;
  readonly attendees: NonNullable<CalendarEvent['attendees']>;
  /** Whether the add-on may add attachments to this event (CalendarEventActionResponse). */
  readonly canAddAttachments: boolean;
}

/** The Docs file open beside the sidebar (`e.docs`). */
export interface OpenDoc {
  /** Absent until the user grants Tandem access to the file (drive.file). */
  readonly id: string | null;
  readonly hasFileScope: boolean;
}

export interface AddonContext {
  readonly timeZone: string | null;
  readonly locale: string | null;
  /** Button parameters, `action` included. */
  readonly parameters: Readonly<Record<string, string>>;
  /** Text and selection inputs: every value, in order. */
  readonly form: Readonly<Record<string, readonly string[]>>;
  /** Date pickers: milliseconds since the epoch (00:00 UTC of the day for a date). */
  readonly dates: Readonly<Record<string, number>>;
  readonly calendar: OpenEvent | null;
  readonly docs: OpenDoc | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Reads whatever Google (or a test) passed as the event object; anything malformed is left out,
 * never trusted.
 *
 * @example
 * readAddonEvent({ commonEventObject: { parameters: { action: 'refresh' } } }).parameters // { action: 'refresh' }
 * readAddonEvent(undefined).calendar // null
 */
export function readAddonEvent(raw: unknown): AddonContext {
  const event = isRecord(raw) ? raw : {};
  const common = isRecord(event.commonEventObject) ? event.commonEventObject : {};
  const timeZone = isRecord(common.timeZone) ? str(common.timeZone.id) : null;
  const parameters: Record<string, string> = {};
  if (isRecord(common.parameters)) {
    for (const [key, value] of Object.entries(common.parameters))
      if (typeof value === 'string') parameters[key] = value;
  }
  const form: Record<string, string[]> = {};
  const dates: Record<string, number> = {};
  if (isRecord(common.formInputs)) {
    for (const [name, input] of Object.entries(common.formInputs)) {
      if (!isRecord(input)) continue;
      const strings = isRecord(input.stringInputs) ? input.stringInputs.value : undefined;
      if (Array.isArray(strings)) form[name] = strings.filter((v): v is string => typeof v === 'string');
      const picked = isRecord(input.dateInput)
        ? input.dateInput.msSinceEpoch
        : isRecord(input.dateTimeInput)
          ? input.dateTimeInput.msSinceEpoch
          : undefined;
      const ms = Number(picked);
      if (picked !== undefined && picked !== null && picked !== '' && Number.isFinite(ms)) dates[name] = ms;
    }
  }
  return {
    timeZone,
    locale: str(common.userLocale),
    parameters,
    form,
    dates,
    calendar: readOpenEvent(event.calendar),
    docs: readOpenDoc(event.docs),
  };
}

function readOpenEvent(raw: unknown): OpenEvent | null {
  if (!isRecord(raw)) return null;
  const eventId = str(raw.id);
  if (!eventId) return null;
  const capabilities = isRecord(raw.capabilities) ? raw.capabilities : {};
  const organizer = isRecord(raw.organizer) ? str(raw.organizer.email) : null;
  const attendees = Array.isArray(raw.attendees)
    ? raw.attendees.filter(isRecord).filter((a) => typeof a.email === 'string')
    : [];
  return {
    eventId,
    calendarId: str(raw.calendarId) ?? 'primary',
    recurringEventId: str(raw.recurringEventId),
    organizerEmail: organizer,
    attendees: attendees as NonNullable<CalendarEvent['attendees']>,
    canAddAttachments: capabilities.canAddAttachments === true,
  };
}

function readOpenDoc(raw: unknown): OpenDoc | null {
  if (!isRecord(raw)) return null;
  return { id: str(raw.id), hasFileScope: raw.addonHasFileScopePermission === true };
}

/**
 * The calendar to read a series from: the open event's own calendar when it belongs to that series,
 * else 'primary' (a button naming another series).
 *
 * @example calendarOfSeries(readAddonEvent({ calendar: { id: 's1', calendarId: 'c_x@group.calendar.google.com' } }), 's1') // 'c_x@group.calendar.google.com'
 */
export function calendarOfSeries(context: AddonContext, seriesId: string): string {
  const open = context.calendar;
  return open && (open.recurringEventId ?? open.eventId) === seriesId ? open.calendarId : 'primary';
}

/** The first value of a text or selection input, '' when absent. */
export function formText(context: AddonContext, name: string): string {
  return context.form[name]?.[0] ?? '';
}
