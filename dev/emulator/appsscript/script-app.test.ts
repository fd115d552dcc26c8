import vm from 'node:vm';
import { MESSAGES } from './exception';
import { createScriptApp } from './script-app';
import { AppsScriptStores } from './stores';
import { ALICE, BOB, sampleWorld, testExecution } from './testing';
import { MAX_TRIGGERS_PER_USER } from './trigger-builder';

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
      const { stores, ScriptApp } = setup();
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
