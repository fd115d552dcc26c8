// Shapes the Calendar emulator keeps: events in their organizer's calendar, each guest's own copy
// (private properties, reminders, removal), and the change log that sync tokens and onChange read.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';

export type Event = calendar_v3.Schema$Event;
export type EventDateTime = calendar_v3.Schema$EventDateTime;
export type Events = calendar_v3.Schema$Events;

/** What one guest keeps for an event in their own calendar (Google keeps these per calendar). */
export interface GuestCopy {
  private?: Record<string, string>;
  reminders?: Event['reminders'];
  colorId?: string | null;
  /** The guest removed the event from their calendar: it reads as cancelled there. */
  hidden?: boolean;
  etag: string;
  updated: string;
}

/** The last change of one event in one calendar's view. */
export interface ViewChange {
  seq: number;
  organizer: string;
}

/** The emulator's own bookkeeping, saved under world.emulator.calendar. */
export interface CalendarState {
  version: 1;
  /** Number of the last change, across all calendars. */
  seq: number;
  /** Raised by invalidateSyncTokens: tokens of an older generation answer 410. */
  generations: Record<string, number>;
  /** calendar → event id → its last change in that calendar's view. */
  changes: Record<string, Record<string, ViewChange>>;
  /** calendar → event id → that guest's own copy. */
  guestCopies: Record<string, Record<string, GuestCopy>>;
}

/** A failure Google would answer with; the service turns it into the exception Apps Script throws. */
export class CalendarFault extends Error {
  override readonly name = 'CalendarFault';
  constructor(
    readonly code: number,
    message?: string,
    readonly reason?: string,
  ) {
    super(message ?? `HTTP ${code}`);
  }
  get googleMessage(): string | undefined {
    return this.message === `HTTP ${this.code}` ? undefined : this.message;
  }
}

/** Throws a CalendarFault. */
export function fault(code: number, message?: string, reason?: string): never {
  throw new CalendarFault(code, message, reason);
}

export function deepCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Lower-cased email, the calendar key. */
export function emailKey(email: string | null | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/** Every calendar that shows `event`: its organizer's and each attendee's. */
export function viewersOf(event: Event): string[] {
  const viewers = new Set<string>();
  const organizer = emailKey(event.organizer?.email);
  if (organizer) viewers.add(organizer);
  for (const attendee of event.attendees ?? []) {
    const email = emailKey(attendee.email);
    if (email) viewers.add(email);
  }
  return [...viewers];
}

export function isRecurring(event: Event): boolean {
  return Array.isArray(event.recurrence) && event.recurrence.length > 0 && !event.recurringEventId;
}

export function emptyState(): CalendarState {
  return { version: 1, seq: 0, generations: {}, changes: {}, guestCopies: {} };
}
