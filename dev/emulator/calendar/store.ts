// CalendarStore: the emulated Google Calendar of one world. Loads and saves the world file's
// calendars (plus its own state), hands out the `Calendar` service, and reports every change.
import type { ApiContext } from '../context';
import type { World, WorldCalendar, WorldUser } from '../world';
import { WorldFileError } from '../world';
import { CalendarData } from './data';
import type { ChangeListener } from './data';
import { checkEvent, isValidEventId, toBase32Hex, withDefaults } from './defaults';
import type { CalendarState, Event } from './model';
import { CalendarFault, deepCopy, emailKey, emptyState } from './model';
import { createCalendarService } from './service';
import type { CalendarService } from './service';

const EXCEPTION_ID = /^[a-v0-9]{5,1024}_\d{8}(T\d{6}Z)?$/;

function isState(value: unknown): value is CalendarState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<CalendarState>;
  return (
    state.version === 1 &&
    typeof state.seq === 'number' &&
    typeof state.generations === 'object' &&
    typeof state.changes === 'object' &&
    typeof state.guestCopies === 'object'
  );
}

function loadEvent(raw: Event, organizer: string, where: string, timeZone: string, now: number): Event {
  const id = raw.id ?? toBase32Hex(`${where}`);
  if (!isValidEventId(id) && !(raw.recurringEventId && EXCEPTION_ID.test(id))) {
    throw new WorldFileError(
      `${where}.id "${id}" is not a Calendar event id (a-v, 0-9, 5 to 1024 characters)`,
    );
  }
  const event = withDefaults(deepCopy(raw), { id, organizer, creator: organizer, now, seq: 0 });
  try {
    checkEvent(event, timeZone);
  } catch (error) {
    if (error instanceof CalendarFault) throw new WorldFileError(`${where}: ${error.message}`);
    throw error;
  }
  return event;
}

/** Records a secondary calendar's owner, who must be a user of the world and not the calendar itself. */
function ownSecondary(data: CalendarData, calendarId: string, calendar: WorldCalendar): void {
  const owner = emailKey(calendar.owner);
  if (!data.users.has(owner))
    throw new WorldFileError(`calendars.${calendarId}.owner "${calendar.owner}" is not a user of this world`);
  if (data.users.has(calendarId))
    throw new WorldFileError(`calendars.${calendarId}: a user's primary calendar has no owner field`);
  data.owners.set(calendarId, owner);
  if (calendar.summary !== undefined) data.summaries.set(calendarId, calendar.summary);
}

export class CalendarStore {
  private constructor(private readonly data: CalendarData) {}

  /**
   * Loads the world's calendars (events in their organizer's calendar, keyed by email) with
   * Google's defaults filled in. `state` is what toWorld() returned (world.emulator.calendar);
   * `now` dates events that have no created/updated (the Unix epoch when not given).
   * Throws WorldFileError naming the first event Google would refuse.
   */
  static fromWorld(
    calendars: World['calendars'],
    users: WorldUser[],
    state?: unknown,
    now: number | string = 0,
  ): CalendarStore {
    const data = new CalendarData();
    for (const user of users) data.users.set(emailKey(user.email), user);
    data.state = isState(state) ? deepCopy(state) : emptyState();
    const at = typeof now === 'string' ? Date.parse(now) : now;
    for (const [email, calendar] of Object.entries(calendars ?? {})) {
      const organizer = emailKey(email);
      if (calendar?.owner !== undefined) ownSecondary(data, organizer, calendar);
      const events = data.organizedBy(organizer);
      (calendar?.events ?? []).forEach((raw, index) => {
        const where = `calendars.${email}.events[${index}]`;
        const event = loadEvent(raw, organizer, where, data.timeZoneOf(organizer), at);
        if (events.has(event.id ?? '')) throw new WorldFileError(`${where}: id "${event.id}" is used twice`);
        events.set(event.id ?? '', event);
      });
    }
    return new CalendarStore(data);
  }

  /** The calendars as world-file JSON, and the emulator's own state (round-trips through fromWorld). */
  toWorld(): { calendars: World['calendars']; state: unknown } {
    const calendars: World['calendars'] = {};
    for (const [organizer, events] of this.data.calendars) {
      const owner = this.data.owners.get(organizer);
      const summary = this.data.summaries.get(organizer);
      calendars[organizer] = {
        ...(owner ? { owner } : {}),
        ...(summary !== undefined ? { summary } : {}),
        events: [...events.values()].map((event) => deepCopy(event)),
      };
    }
    return { calendars, state: deepCopy(this.data.state) };
  }

  /** What the add-on sees as the global `Calendar` in an execution with this context. */
  service(ctx: ApiContext): CalendarService {
    return createCalendarService(this.data, ctx);
  }

  /**
   * Called after every successful write with each calendar whose view changed (the organizer's and
   * every attendee's that the world knows) and the time of the change.
   */
  onChange(listener: ChangeListener): void {
    this.data.onChange(listener);
  }

  /** Makes outstanding sync tokens (of one calendar, or all) answer 410, as Google may at any time. */
  invalidateSyncTokens(calendarId?: string): void {
    this.data.invalidate(calendarId);
  }
}
