// The in-memory calendars: events by organizer, who sees what, guests' own copies, and the change
// log behind sync tokens and onChange. The service modules read and write through this.
import type { ApiContext } from '../context';
import type { WorldUser } from '../world';
import type { CalendarState, Event, GuestCopy } from './model';
import { emailKey, emptyState, fault, viewersOf } from './model';

/** Who made a change: a person in Google's own UI, or a script or API request ('app'). */
export type ChangeActor = 'app' | 'person';
export type ChangeListener = (calendarIds: string[], at: number, actor: ChangeActor) => void;

/** One stored event and the calendar it lives in. */
export interface Located {
  event: Event;
  organizer: string;
}

export class CalendarData {
  readonly users = new Map<string, WorldUser>();
  /** organizer's email → event id → event (exceptions of a series are events too). */
  readonly calendars = new Map<string, Map<string, Event>>();
  /** Secondary calendar id → the user who owns it (and opens it as their own). */
  readonly owners = new Map<string, string>();
  /** Secondary calendar id → its name, as the world file gives it. */
  readonly summaries = new Map<string, string>();
  state: CalendarState = emptyState();
  private readonly listeners: ChangeListener[] = [];

  timeZoneOf(calendar: string): string {
    const owner = this.owners.get(calendar);
    return (
      this.users.get(calendar)?.timeZone ?? (owner ? this.users.get(owner)?.timeZone : undefined) ?? 'UTC'
    );
  }

  /** A calendar someone can open: a world user's, or one the world file lists. */
  isKnownCalendar(calendar: string): boolean {
    return this.users.has(calendar) || this.calendars.has(calendar);
  }

  /**
   * The calendar `calendarId` names, which must be the caller's own ('primary', their email, or a
   * secondary calendar they own): any other answers 404, as Google does for a calendar the caller
   * cannot see.
   */
  ownCalendar(ctx: ApiContext, calendarId: string | undefined): string {
    if (typeof calendarId !== 'string' || calendarId === '') fault(400, 'Missing calendar id.', 'required');
    const user = emailKey(ctx.user);
    const calendar = calendarId === 'primary' ? user : emailKey(calendarId);
    if (calendar !== user && this.owners.get(calendar) !== user) fault(404, 'Not Found', 'notFound');
    return calendar;
  }

  organizedBy(calendar: string): Map<string, Event> {
    let events = this.calendars.get(calendar);
    if (!events) {
      events = new Map();
      this.calendars.set(calendar, events);
    }
    return events;
  }

  /** Every stored event `calendar` shows: its own first, then invitations. */
  visibleIn(calendar: string): Located[] {
    const found: Located[] = [];
    for (const event of this.calendars.get(calendar)?.values() ?? [])
      found.push({ event, organizer: calendar });
    for (const [organizer, events] of this.calendars) {
      if (organizer === calendar) continue;
      for (const event of events.values()) {
        if (viewersOf(event).includes(calendar)) found.push({ event, organizer });
      }
    }
    return found;
  }

  /** The stored event with this id that `calendar` shows, its own taking precedence. */
  find(calendar: string, id: string): Located | undefined {
    const own = this.calendars.get(calendar)?.get(id);
    if (own) return { event: own, organizer: calendar };
    for (const [organizer, events] of this.calendars) {
      const event = events.get(id);
      if (event && viewersOf(event).includes(calendar)) return { event, organizer };
    }
    return undefined;
  }

  copyOf(calendar: string, id: string): GuestCopy | undefined {
    return this.state.guestCopies[calendar]?.[id];
  }

  setCopy(calendar: string, id: string, copy: GuestCopy): void {
    (this.state.guestCopies[calendar] ??= {})[id] = copy;
  }

  nextSeq(): number {
    this.state.seq += 1;
    return this.state.seq;
  }

  /** Notes that `id` changed in each calendar's view at change number `seq`. */
  record(calendars: Iterable<string>, id: string, organizer: string, seq: number): void {
    for (const calendar of calendars) (this.state.changes[calendar] ??= {})[id] = { seq, organizer };
  }

  generation(calendar: string): number {
    return (this.state.generations[calendar] ?? 0) + (this.state.generations['*'] ?? 0);
  }

  invalidate(calendar?: string): void {
    const key = calendar === undefined ? '*' : emailKey(calendar);
    this.state.generations[key] = (this.state.generations[key] ?? 0) + 1;
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Tells listeners which known calendars changed, and who changed them (addresses outside the world have none). */
  emit(calendars: Iterable<string>, at: number, actor: ChangeActor): void {
    const known = [...new Set(calendars)].filter((calendar) => this.isKnownCalendar(calendar)).sort();
    if (known.length === 0) return;
    for (const listener of this.listeners) listener(known, at, actor);
  }
}
