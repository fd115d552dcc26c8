// ScriptApp.newTrigger(fn): the calendar and clock trigger builders, with Apps Script's argument
// checks, the add-on rules (hourly at most, one time-driven trigger per user) and the
// 20-triggers-per-user limit applied at create().
import type { ExecutionContext } from '../context';
import type { WorldTrigger } from '../world';
import { AppsScriptException, MESSAGES } from './exception';
import type { AppsScriptStores } from './stores';
import { isDate, resolveTimeZone } from '../time-zone';
import { firstRun, periodMs } from './trigger-schedule';
import type { ClockSchedule } from './trigger-schedule';

/** https://developers.google.com/apps-script/guides/services/quotas: "Triggers 20 / user / script". */
export const MAX_TRIGGERS_PER_USER = 20;
/** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyminutesn */
export const EVERY_MINUTES_ALLOWED = [1, 5, 10, 15, 30];
export const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const;

/** The Trigger object Apps Script hands back; a snapshot of the stored trigger. */
export class EmulatedTrigger {
  constructor(private readonly stored: WorldTrigger) {}
  getUniqueId(): string {
    return this.stored.id;
  }
  getHandlerFunction(): string {
    return this.stored.handlerFunction;
  }
  getEventType(): 'CLOCK' | 'ON_EVENT_UPDATED' {
    return this.stored.eventType;
  }
  getTriggerSource(): 'CLOCK' | 'CALENDAR' {
    return this.stored.eventType === 'CLOCK' ? 'CLOCK' : 'CALENDAR';
  }
  /** The calendar id for a calendar trigger; a clock trigger has no source entity (null). */
  getTriggerSourceId(): string | null {
    return this.stored.calendarId ?? null;
  }
}

/** The emulator's own wording where Google's text is not published. */
const notModelled = (what: string) => new Error(`${what} is not modelled by the Tandem emulator`);

function positiveInteger(n: unknown, name: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
    throw new AppsScriptException(MESSAGES.invalidArgument(name));
  return n;
}

function integerIn(n: unknown, min: number, max: number, name: string): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw new AppsScriptException(MESSAGES.invalidArgument(name));
  }
  return n;
}

/**
 * Refuses a trigger the user may not add: a 21st of any kind, or, in an add-on, a second
 * time-driven one. Google's editor add-on page says "Each add-on can only have one trigger of each
 * type, per user, per document"; its Workspace add-on page says nothing about installable triggers.
 * The strictest reading (design.md §1) holds for both: one time-driven trigger per user, whether
 * it recurs or runs once (at()/after(), which no page forbids an add-on), spent one-shots included
 * until deleted, since getProjectTriggers still lists them.
 */
function checkRoom(stores: AppsScriptStores, ctx: ExecutionContext, eventType: WorldTrigger['eventType']) {
  const mine = stores.triggersOf(ctx.user);
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw new AppsScriptException(MESSAGES.tooManyTriggers);
  if (stores.addOn && eventType === 'CLOCK' && mine.some((t) => t.eventType === 'CLOCK'))
    throw new AppsScriptException(MESSAGES.tooManyTimeBased);
}

function save(
  stores: AppsScriptStores,
  ctx: ExecutionContext,
  trigger: Omit<WorldTrigger, 'id'>,
  schedule?: ClockSchedule,
  id = stores.newTriggerId(),
) {
  const stored: WorldTrigger = { id, ...trigger };
  stores.addTrigger(stored, schedule);
  return new EmulatedTrigger(stored);
}

export class CalendarTriggerBuilder {
  private onUpdate = false;
  constructor(
    private readonly stores: AppsScriptStores,
    private readonly ctx: ExecutionContext,
    private readonly handlerFunction: string,
    private readonly calendarId: string,
  ) {}
  onEventUpdated(): CalendarTriggerBuilder {
    this.onUpdate = true;
    return this;
  }
  create(): EmulatedTrigger {
    if (!this.onUpdate)
      throw new AppsScriptException('A calendar trigger needs onEventUpdated() before create().');
    checkRoom(this.stores, this.ctx, 'ON_EVENT_UPDATED');
    return save(this.stores, this.ctx, {
      user: this.ctx.user,
      handlerFunction: this.handlerFunction,
      eventType: 'ON_EVENT_UPDATED',
      calendarId: this.calendarId,
    });
  }
}

export class ClockTriggerBuilder {
  private oneShotAt: number | null = null;
  private recurrence: { unit: ClockSchedule['unit']; every: number } | null = null;
  private hour: number | undefined;
  private minute: number | undefined;
  private weekday: number | undefined;
  private timeZone: string;

  constructor(
    private readonly stores: AppsScriptStores,
    private readonly ctx: ExecutionContext,
    private readonly handlerFunction: string,
  ) {
    this.timeZone = ctx.scriptTimeZone; // "By default, the timezone is the script's timezone."
  }

  /** Runs once, at least this long after now. */
  after(durationMilliseconds: number): ClockTriggerBuilder {
    const ms = Number(durationMilliseconds);
    if (!Number.isFinite(ms) || ms < 0)
      throw new AppsScriptException(MESSAGES.invalidArgument('durationMilliseconds'));
    this.oneShotAt = this.ctx.now() + ms;
    return this;
  }
  /** Runs once, at this time. */
  at(date: Date): ClockTriggerBuilder {
    if (!isDate(date) || Number.isNaN(date.getTime()))
      throw new AppsScriptException(MESSAGES.invalidArgument('date'));
    this.oneShotAt = date.getTime();
    return this;
  }
  atDate(_year: number, _month: number, _day: number): ClockTriggerBuilder {
    throw notModelled('ClockTriggerBuilder.atDate');
  }
  onMonthDay(_day: number): ClockTriggerBuilder {
    throw notModelled('ClockTriggerBuilder.onMonthDay');
  }
  everyMinutes(n: number): ClockTriggerBuilder {
    if (!EVERY_MINUTES_ALLOWED.includes(n)) throw new AppsScriptException(MESSAGES.everyMinutes);
    this.recurrence = { unit: 'minutes', every: n };
    return this;
  }
  everyHours(n: number): ClockTriggerBuilder {
    this.recurrence = { unit: 'hours', every: positiveInteger(n, 'hours') };
    return this;
  }
  everyDays(n: number): ClockTriggerBuilder {
    this.recurrence = { unit: 'days', every: positiveInteger(n, 'days') };
    return this;
  }
  everyWeeks(n: number): ClockTriggerBuilder {
    this.recurrence = { unit: 'weeks', every: positiveInteger(n, 'weeks') };
    return this;
  }
  atHour(hour: number): ClockTriggerBuilder {
    this.hour = integerIn(hour, 0, 23, 'hour');
    return this;
  }
  /** Google runs it within ±15 minutes of `minute`; the emulator runs it on the minute. */
  nearMinute(minute: number): ClockTriggerBuilder {
    this.minute = integerIn(minute, 0, 59, 'minute');
    return this;
  }
  onWeekDay(day: string): ClockTriggerBuilder {
    const index = WEEKDAYS.indexOf(String(day) as (typeof WEEKDAYS)[number]);
    if (index < 0) throw new AppsScriptException(MESSAGES.invalidArgument('day'));
    this.weekday = index;
    return this;
  }
  inTimezone(timezone: string): ClockTriggerBuilder {
    const zone = resolveTimeZone(String(timezone));
    if (zone.kind !== 'iana') throw new AppsScriptException(MESSAGES.invalidArgument('timezone'));
    this.timeZone = zone.id;
    return this;
  }

  create(): EmulatedTrigger {
    const base = { user: this.ctx.user, handlerFunction: this.handlerFunction, eventType: 'CLOCK' as const };
    const recurrence = this.recurrence;
    if (this.oneShotAt !== null && recurrence) {
      throw new AppsScriptException(
        'A clock trigger runs either once (at/after) or repeatedly (every…), not both.',
      );
    }
    if (this.oneShotAt !== null) {
      checkRoom(this.stores, this.ctx, 'CLOCK');
      return save(this.stores, this.ctx, { ...base, at: new Date(this.oneShotAt).toISOString() });
    }
    if (!recurrence)
      throw new AppsScriptException('A clock trigger needs at(), after() or every…() before create().');
    const daily = recurrence.unit === 'days' || recurrence.unit === 'weeks';
    if (this.hour !== undefined && !daily)
      throw new AppsScriptException('atHour() needs everyDays() or everyWeeks().');
    if (this.weekday !== undefined && recurrence.unit !== 'weeks') {
      throw new AppsScriptException('onWeekDay() needs everyWeeks().');
    }
    if (this.stores.addOn && recurrence.unit === 'minutes')
      throw new AppsScriptException(MESSAGES.addOnTooFrequent);
    checkRoom(this.stores, this.ctx, 'CLOCK');
    const id = this.stores.newTriggerId();
    const requested: ClockSchedule = {
      timeZone: this.timeZone,
      ...recurrence,
      ...(this.hour !== undefined ? { hour: this.hour } : {}),
      ...(this.minute !== undefined ? { minute: this.minute } : {}),
      ...(this.weekday !== undefined ? { weekday: this.weekday } : {}),
    };
    const { at, schedule } = firstRun(requested, this.ctx.now(), id);
    return save(
      this.stores,
      this.ctx,
      { ...base, everyMs: periodMs(schedule), nextRunAt: new Date(at).toISOString() },
      schedule,
      id,
    );
  }
}

export class TriggerBuilder {
  constructor(
    private readonly stores: AppsScriptStores,
    private readonly ctx: ExecutionContext,
    private readonly handlerFunction: string,
  ) {}
  forUserCalendar(emailId: string): CalendarTriggerBuilder {
    return new CalendarTriggerBuilder(
      this.stores,
      this.ctx,
      this.handlerFunction,
      String(emailId).toLowerCase(),
    );
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.stores, this.ctx, this.handlerFunction);
  }
  forDocument(): never {
    throw notModelled('TriggerBuilder.forDocument');
  }
  forSpreadsheet(): never {
    throw notModelled('TriggerBuilder.forSpreadsheet');
  }
  forForm(): never {
    throw notModelled('TriggerBuilder.forForm');
  }
}
