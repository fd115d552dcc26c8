import vm from 'node:vm';
import { MESSAGES } from './exception';
import { createScriptApp } from './script-app';
import { AppsScriptStores } from './stores';
import { ALICE, BOB, sampleWorld, testExecution } from './testing';
import { MAX_TRIGGERS_PER_USER, type TriggerBuilder } from './trigger-builder';
import { pickedMinute } from './trigger-schedule';

const T0 = '2026-11-23T08:00:00.000Z';
const ms = (iso: string) => Date.parse(iso);

function setup(options: { addOn?: boolean; scriptTimeZone?: string } = {}) {
  const stores = AppsScriptStores.fromWorld(sampleWorld(), { addOn: options.addOn ?? true });
  const exec = testExecution({ user: ALICE, at: T0, scriptTimeZone: options.scriptTimeZone });
  return { stores, exec, ScriptApp: createScriptApp(stores, exec) };
}

describe('ScriptApp', () => {
  describe('when a calendar trigger is created', () => {
    it('lists it with Apps Script getters and saves it to the world', () => {
      const { stores, ScriptApp } = setup();
      const created = ScriptApp.newTrigger('onCalendarChange')
        .forUserCalendar('Alice@Example.com')
        .onEventUpdated()
        .create();
      const [listed] = ScriptApp.getProjectTriggers();
      expect(listed!.getUniqueId()).toBe(created.getUniqueId());
      expect(listed!.getUniqueId()).toMatch(/^\d+$/);
      expect(listed!.getHandlerFunction()).toBe('onCalendarChange');
      expect(listed!.getEventType()).toBe(ScriptApp.EventType.ON_EVENT_UPDATED);
      expect(listed!.getTriggerSource()).toBe(ScriptApp.TriggerSource.CALENDAR);
      expect(listed!.getTriggerSourceId()).toBe(ALICE);
      const world = sampleWorld();
      stores.saveTo(world);
      expect(world.triggers).toEqual([
        {
          id: created.getUniqueId(),
          user: ALICE,
          handlerFunction: 'onCalendarChange',
          eventType: 'ON_EVENT_UPDATED',
          calendarId: ALICE,
        },
      ]);
      expect(stores.calendarTriggersFor(['ALICE@example.com']).map((t) => t.id)).toEqual([
        created.getUniqueId(),
      ]);
    });

    it('needs onEventUpdated() before create()', () => {
      const { ScriptApp } = setup();
      expect(() => ScriptApp.newTrigger('f').forUserCalendar(ALICE).create()).toThrow('onEventUpdated');
    });
  });

  describe('when triggers are listed and deleted', () => {
    it('lists the same triggers on every call and only the current user’s', () => {
      // getProjectTriggers: "all installable triggers associated with the current project and current user".
      const { stores, ScriptApp } = setup();
      ScriptApp.newTrigger('sync').timeBased().everyDays(1).create();
      createScriptApp(stores, testExecution({ user: BOB }))
        .newTrigger('sync')
        .timeBased()
        .everyHours(1)
        .create();
      const first = ScriptApp.getProjectTriggers().map((t) => t.getUniqueId());
      const second = ScriptApp.getProjectTriggers().map((t) => t.getUniqueId());
      expect(first).toHaveLength(1);
      expect(second).toEqual(first);
      expect(stores.triggersOf('*')).toHaveLength(2);
    });

    it('deletes a trigger once; a second delete or another user’s delete does nothing', () => {
      const { stores, ScriptApp } = setup();
      const mine = ScriptApp.newTrigger('sync').timeBased().after(60_000).create();
      const bobs = createScriptApp(stores, testExecution({ user: BOB }));
      bobs.deleteTrigger(mine);
      expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
      ScriptApp.deleteTrigger(mine);
      ScriptApp.deleteTrigger(mine);
      expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    });

    it('never reuses a deleted trigger’s id', () => {
      const { ScriptApp } = setup();
      const a = ScriptApp.newTrigger('f').timeBased().after(1).create();
      ScriptApp.deleteTrigger(a);
      expect(ScriptApp.newTrigger('f').timeBased().after(1).create().getUniqueId()).not.toBe(a.getUniqueId());
    });
  });

  describe('when a user reaches 20 triggers', () => {
    // https://developers.google.com/apps-script/guides/services/quotas: "Triggers 20 / user / script".
    it('refuses the 21st with Apps Script’s message, for that user only, until one is deleted', () => {
      // Outside an add-on: an add-on holds one time-driven trigger per user (below).
      const { stores, ScriptApp } = setup({ addOn: false });
      for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++)
        ScriptApp.newTrigger(`f${i}`).timeBased().after(1000).create();
      expect(() => ScriptApp.newTrigger('more').timeBased().after(1000).create()).toThrow(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
      expect(ScriptApp.getProjectTriggers()).toHaveLength(MAX_TRIGGERS_PER_USER);
      expect(() =>
        createScriptApp(stores, testExecution({ user: BOB }))
          .newTrigger('f')
          .timeBased()
          .after(1)
          .create(),
      ).not.toThrow();
      ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
      expect(() => ScriptApp.newTrigger('more').timeBased().after(1000).create()).not.toThrow();
    });
  });

  describe('when an add-on creates time-driven triggers', () => {
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers: "Each add-on can only
    // have one trigger of each type, per user, per document" and "Time-driven triggers cannot run
    // more frequently than once per hour". The Workspace add-on page says nothing of installable
    // triggers; the emulator holds a Workspace add-on to the same rules (the strictest reading).
    it('holds one per user: a second one, recurring or one-shot, throws Apps Script’s message', () => {
      const { stores, ScriptApp } = setup();
      const hourly = ScriptApp.newTrigger('sync').timeBased().everyHours(1).create();
      expect(() => ScriptApp.newTrigger('sync').timeBased().everyDays(1).atHour(4).create()).toThrow(
        MESSAGES.tooManyTimeBased,
      );
      expect(() => ScriptApp.newTrigger('other').timeBased().after(60_000).create()).toThrow(
        'This add-on has created too many time-based triggers in this document for this Google user account.',
      );
      expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([hourly.getUniqueId()]);
      // A calendar trigger is another type; another user has their own time-driven trigger.
      ScriptApp.newTrigger('onCalendar').forUserCalendar(ALICE).onEventUpdated().create();
      createScriptApp(stores, testExecution({ user: BOB }))
        .newTrigger('sync')
        .timeBased()
        .everyHours(1)
        .create();
      expect(stores.triggersOf('*')).toHaveLength(3);
      ScriptApp.deleteTrigger(hourly);
      expect(() => ScriptApp.newTrigger('sync').timeBased().everyDays(1).create()).not.toThrow();
    });

    it('counts a spent one-shot until it is deleted, as getProjectTriggers still lists it', () => {
      const { stores, ScriptApp } = setup();
      const once = ScriptApp.newTrigger('sync').timeBased().after(60_000).create();
      stores.markFired(once.getUniqueId(), ms(T0) + 60_000);
      expect(() => ScriptApp.newTrigger('sync').timeBased().everyHours(1).create()).toThrow(
        MESSAGES.tooManyTimeBased,
      );
      ScriptApp.deleteTrigger(once);
      expect(() => ScriptApp.newTrigger('sync').timeBased().everyHours(1).create()).not.toThrow();
    });

    it('allows a one-shot at() or after(): no page forbids it, and it recurs at no frequency', () => {
      const { ScriptApp } = setup();
      ScriptApp.newTrigger('sync').timeBased().at(new Date('2026-11-23T09:00:00Z')).create();
      expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    });

    it('recurs hourly at most: everyMinutes throws; everyHours, everyDays, atHour and everyWeeks are accepted', () => {
      expect(() => setup().ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(
        MESSAGES.addOnTooFrequent,
      );
      expect(() => setup().ScriptApp.newTrigger('f').timeBased().everyMinutes(1).create()).toThrow(
        'once per hour',
      );
      const accepted: ((b: TriggerBuilder) => { create(): unknown })[] = [
        (b) => b.timeBased().everyHours(1),
        (b) => b.timeBased().everyHours(6),
        (b) => b.timeBased().everyDays(1),
        (b) => b.timeBased().everyDays(1).atHour(4),
        (b) => b.timeBased().everyWeeks(1).onWeekDay('MONDAY'),
      ];
      for (const build of accepted) {
        const { ScriptApp } = setup();
        expect(() => build(ScriptApp.newTrigger('f')).create()).not.toThrow();
      }
    });

    it('outside an add-on, a user may hold several time-driven triggers', () => {
      const { ScriptApp } = setup({ addOn: false });
      ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
      ScriptApp.newTrigger('b').timeBased().after(60_000).create();
      expect(ScriptApp.getProjectTriggers()).toHaveLength(2);
    });
  });

  describe('when an hourly trigger runs', () => {
    // Google picks the minute of an everyHours trigger and keeps it; the emulator picks it from the
    // trigger's id (pickedMinute), the same in every run of a world (docs/emulator.md).
    it('fires once each hour at one fixed minute past the hour, its first run within the hour', () => {
      const { stores, ScriptApp } = setup();
      const id = ScriptApp.newTrigger('sync').timeBased().everyHours(1).create().getUniqueId();
      const runs: number[] = [];
      for (let i = 0; i < 30; i++) {
        const [due] = stores.dueClockTriggers(ms('2026-11-25T00:00:00Z'));
        runs.push(due!.at);
        stores.markFired(id, due!.at);
      }
      expect(runs[0]! - ms(T0)).toBeGreaterThan(0);
      expect(runs[0]! - ms(T0)).toBeLessThanOrEqual(3_600_000);
      for (const at of runs) expect(new Date(at).getUTCMinutes()).toBe(pickedMinute(id));
      for (const at of runs) expect(new Date(at).getUTCSeconds()).toBe(0);
      expect(runs.slice(1).map((at, i) => at - runs[i]!)).toEqual(Array(29).fill(3_600_000));
    });

    it('is deterministic: the same world makes the same trigger at the same minute', () => {
      const first = setup();
      const second = setup();
      first.ScriptApp.newTrigger('sync').timeBased().everyHours(1).create();
      second.ScriptApp.newTrigger('sync').timeBased().everyHours(1).create();
      expect(second.stores.triggersOf(ALICE)[0]!.nextRunAt).toBe(
        first.stores.triggersOf(ALICE)[0]!.nextRunAt,
      );
    });

    it('picks different minutes for different triggers', () => {
      const minutes = new Set(
        Array.from({ length: 200 }, (_, i) => pickedMinute(`7${String(i).padStart(18, '0')}`)),
      );
      expect(minutes.size).toBeGreaterThan(40);
    });

    it('everyHours(6) keeps its minute and runs six hours apart', () => {
      const { stores, ScriptApp } = setup();
      const id = ScriptApp.newTrigger('sync').timeBased().everyHours(6).create().getUniqueId();
      const [first] = stores.dueClockTriggers(ms('2026-11-24T00:00:00Z'));
      stores.markFired(id, first!.at);
      expect(Date.parse(stores.triggersOf(ALICE)[0]!.nextRunAt!) - first!.at).toBe(6 * 3_600_000);
      expect(new Date(first!.at).getUTCMinutes()).toBe(pickedMinute(id));
    });
  });

  describe('when a one-shot clock trigger is created', () => {
    it('is due at now + after(ms), then spent but still listed once fired', () => {
      const { stores, ScriptApp } = setup();
      const trigger = ScriptApp.newTrigger('sync')
        .timeBased()
        .after(30 * 60_000)
        .create();
      expect(trigger.getEventType()).toBe('CLOCK');
      expect(trigger.getTriggerSourceId()).toBeNull();
      expect(stores.dueClockTriggers(ms('2026-11-23T08:29:59Z'))).toEqual([]);
      const [due] = stores.dueClockTriggers(ms('2026-11-23T09:00:00Z'));
      expect(due!.at).toBe(ms('2026-11-23T08:30:00Z'));
      stores.markFired(trigger.getUniqueId(), due!.at);
      expect(stores.dueClockTriggers(ms('2027-01-01T00:00:00Z'))).toEqual([]);
      expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    });

    it('runs at(date), including a Date from another realm', () => {
      const { stores, ScriptApp } = setup();
      const foreign = vm.runInNewContext('new Date("2026-11-24T17:00:00Z")') as Date;
      ScriptApp.newTrigger('a').timeBased().at(foreign).create();
      expect(stores.dueClockTriggers(ms('2026-12-01T00:00:00Z'))[0]!.at).toBe(ms('2026-11-24T17:00:00Z'));
    });
  });

  describe('when a recurring clock trigger is created', () => {
    it('refuses everyMinutes values other than 1, 5, 10, 15 or 30', () => {
      // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyminutesn
      const { ScriptApp } = setup({ addOn: false });
      expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(7)).toThrow(MESSAGES.everyMinutes);
      ScriptApp.newTrigger('f').timeBased().everyMinutes(5).create();
    });

    it('refuses sub-hourly triggers in an add-on', () => {
      // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers:
      // add-ons can use a time-driven trigger once per hour at most.
      const { ScriptApp } = setup({ addOn: true });
      expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow('once per hour');
      expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    });

    it('first runs one period after creation and advances by the period, skipping missed runs', () => {
      const { stores, ScriptApp } = setup({ addOn: false });
      const t = ScriptApp.newTrigger('f').timeBased().everyMinutes(10).create();
      const id = t.getUniqueId();
      expect(stores.dueClockTriggers(ms(T0) + 3_600_000)).toHaveLength(1);
      expect(stores.dueClockTriggers(ms(T0) + 3_600_000)[0]!.at).toBe(ms('2026-11-23T08:10:00Z'));
      stores.markFired(id, ms('2026-11-23T08:45:00Z'));
      expect(stores.triggersOf(ALICE)[0]!.nextRunAt).toBe('2026-11-23T08:50:00.000Z');
    });

    it('runs everyHours().nearMinute() on that minute past the hour', () => {
      const { stores, ScriptApp } = setup();
      ScriptApp.newTrigger('f').timeBased().everyHours(1).nearMinute(30).create();
      expect(stores.triggersOf(ALICE)[0]!.nextRunAt).toBe('2026-11-23T08:30:00.000Z');
    });

    it('keeps a daily atHour trigger at the same wall-clock time in its zone across a DST change', () => {
      // "Specifies the timezone for the specified dates/time when the trigger runs" (inTimezone);
      // Europe/Paris moves to summer time on 2026-03-29.
      const stores = AppsScriptStores.fromWorld(sampleWorld());
      const exec = testExecution({ at: '2026-03-27T12:00:00Z' });
      const t = createScriptApp(stores, exec)
        .newTrigger('daily')
        .timeBased()
        .everyDays(1)
        .atHour(9)
        .inTimezone('Europe/Paris')
        .create();
      const runs: string[] = [];
      for (let i = 0; i < 3; i++) {
        const [due] = stores.dueClockTriggers(ms('2026-04-30T00:00:00Z'));
        runs.push(new Date(due!.at).toISOString());
        stores.markFired(t.getUniqueId(), due!.at);
      }
      expect(runs).toEqual([
        '2026-03-28T08:00:00.000Z',
        '2026-03-29T07:00:00.000Z',
        '2026-03-30T07:00:00.000Z',
      ]);
    });

    it('uses the script time zone when inTimezone is not called', () => {
      const { stores, ScriptApp } = setup({ scriptTimeZone: 'America/New_York' });
      ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
      expect(stores.triggersOf(ALICE)[0]!.nextRunAt).toBe('2026-11-23T11:00:00.000Z');
    });

    it('runs everyWeeks().onWeekDay().atHour() on that weekday', () => {
      const { stores, ScriptApp } = setup();
      ScriptApp.newTrigger('weekly')
        .timeBased()
        .everyWeeks(1)
        .onWeekDay(ScriptApp.WeekDay.FRIDAY)
        .atHour(7)
        .create();
      const [due] = stores.dueClockTriggers(ms('2026-12-31T00:00:00Z'));
      expect(new Date(due!.at).toISOString()).toBe('2026-11-27T07:00:00.000Z');
      stores.markFired(due!.trigger.id, due!.at);
      expect(stores.triggersOf(ALICE)[0]!.nextRunAt).toBe('2026-12-04T07:00:00.000Z');
    });
  });

  describe('edge cases', () => {
    it('refuses incomplete or contradictory clock builders', () => {
      const { ScriptApp } = setup();
      expect(() => ScriptApp.newTrigger('f').timeBased().create()).toThrow();
      expect(() => ScriptApp.newTrigger('f').timeBased().after(1).everyDays(1).create()).toThrow();
      expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(1).atHour(3).create()).toThrow('atHour');
      expect(() => ScriptApp.newTrigger('f').timeBased().atHour(24)).toThrow('Invalid argument: hour');
      expect(() => ScriptApp.newTrigger('f').timeBased().inTimezone('Mars/Olympus')).toThrow('timezone');
      expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
    });

    it('prints enum values as their names', () => {
      const { ScriptApp } = setup();
      expect(String(ScriptApp.EventType.CLOCK)).toBe('CLOCK');
      expect(String(ScriptApp.AuthMode.FULL)).toBe('FULL');
      expect(Object.keys(ScriptApp.WeekDay)).toEqual([
        'SUNDAY',
        'MONDAY',
        'TUESDAY',
        'WEDNESDAY',
        'THURSDAY',
        'FRIDAY',
        'SATURDAY',
      ]);
    });

    it('orders due triggers of all users by time, each recurring trigger once', () => {
      const { stores, ScriptApp } = setup();
      ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
      createScriptApp(stores, testExecution({ user: BOB, at: T0 }))
        .newTrigger('soon')
        .timeBased()
        .after(60_000)
        .create();
      const due = stores.dueClockTriggers(ms('2026-11-23T12:00:00Z'));
      expect(due.map((d) => [d.trigger.handlerFunction, d.trigger.user])).toEqual([
        ['soon', BOB],
        ['hourly', ALICE],
      ]);
    });
  });
});
