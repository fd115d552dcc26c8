// Tandem's triggers through the real adapter (src/gas) over the emulator's ScriptApp, which holds an
// add-on to one time-driven trigger per user: exactly one calendar and one hourly trigger, never a
// second copy, old triggers replaced, and a turn-on that fails leaves none and says why.
import { createScriptApp } from '../../dev/emulator/appsscript/script-app';
import { AppsScriptStores } from '../../dev/emulator/appsscript/stores';
import { ALICE, sampleWorld, testExecution } from '../../dev/emulator/appsscript/testing';
import type { World, WorldTrigger } from '../../dev/emulator/world';
import { triggerPort } from '../gas/script-services';
import type { Ports, StatePort } from '../ports';
import { CardProblem } from './cards/problems';
import { TandemState } from './state';
import {
  CALENDAR_HANDLER,
  SYNC_HANDLER,
  installTriggers,
  needsNewTriggers,
  removeTriggers,
} from './triggers';
import { turnOn } from './turn-on';

function memoryStore(initial: Record<string, string> = {}): StatePort & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    get: (key) => data[key] ?? null,
    getAll: () => ({ ...data }),
    set: (values) => Object.assign(data, values),
    delete: (key) => delete data[key],
  };
}

/** Alice's ScriptApp as the global the adapter calls, over a world's triggers. */
function setup(world: World = sampleWorld(), properties: Record<string, string> = {}) {
  const stores = AppsScriptStores.fromWorld(world, { addOn: true });
  (globalThis as { ScriptApp?: unknown }).ScriptApp = createScriptApp(stores, testExecution({ user: ALICE }));
  const store = memoryStore(properties);
  const log: string[] = [];
  const ports = {
    triggers: triggerPort(),
    state: store,
    session: { userEmail: () => ALICE, now: () => new Date('2026-11-23T08:00:00Z') },
    log: { info: (event: string) => log.push(event), warn: (event: string) => log.push(event) },
  } as unknown as Ports;
  const mine = () =>
    stores.triggersOf(ALICE).map((t) => ({
      handler: t.handlerFunction,
      type: t.eventType,
      every: t.everyMs ?? null,
      calendar: t.calendarId ?? null,
    }));
  return { stores, ports, store, log, mine, state: () => new TandemState(store) };
}

afterAll(() => {
  delete (globalThis as { ScriptApp?: unknown }).ScriptApp;
});

const HOUR_MS = 3_600_000;
const TWO = [
  { handler: CALENDAR_HANDLER, type: 'ON_EVENT_UPDATED', every: null, calendar: ALICE },
  { handler: SYNC_HANDLER, type: 'CLOCK', every: HOUR_MS, calendar: null },
];

describe('when Tandem is turned on', () => {
  it('installs the calendar trigger on the user’s calendar and one everyHours(1) trigger, both running the sync', () => {
    const { ports, mine, state } = setup();
    const s = state();
    installTriggers(ports, s, ALICE);
    s.save();
    expect(mine()).toEqual(TWO);
    expect(Object.keys(state().triggers).sort()).toEqual(['calendar', 'hourly']);
    expect(needsNewTriggers(state())).toBe(false);
  });

  it('installing again keeps both, creates nothing and keeps the ids', () => {
    const { ports, stores, state } = setup();
    const first = state();
    installTriggers(ports, first, ALICE);
    first.save();
    const ids = stores.triggersOf(ALICE).map((t) => t.id);
    const again = state();
    installTriggers(ports, again, ALICE);
    installTriggers(ports, again, ALICE);
    expect(stores.triggersOf(ALICE).map((t) => t.id)).toEqual(ids);
    expect(again.triggers).toEqual(first.triggers);
  });

  it('a second copy left behind (a lost id, a race) is removed: never two of either', () => {
    const world = sampleWorld({
      triggers: [
        {
          id: '1',
          user: ALICE,
          handlerFunction: CALENDAR_HANDLER,
          eventType: 'ON_EVENT_UPDATED',
          calendarId: ALICE,
        },
        {
          id: '2',
          user: ALICE,
          handlerFunction: CALENDAR_HANDLER,
          eventType: 'ON_EVENT_UPDATED',
          calendarId: ALICE,
        },
      ],
    });
    const { ports, mine, state } = setup(world);
    installTriggers(ports, state(), ALICE);
    expect(mine()).toEqual(TWO);
  });
});

describe('when a user turned on under the one-shot and daily triggers', () => {
  const legacy: WorldTrigger[] = [
    {
      id: '11',
      user: ALICE,
      handlerFunction: CALENDAR_HANDLER,
      eventType: 'ON_EVENT_UPDATED',
      calendarId: ALICE,
    },
    {
      id: '12',
      user: ALICE,
      handlerFunction: SYNC_HANDLER,
      eventType: 'CLOCK',
      everyMs: 24 * HOUR_MS,
      nextRunAt: '2026-11-24T04:00:00.000Z',
    },
    {
      id: '13',
      user: ALICE,
      handlerFunction: SYNC_HANDLER,
      eventType: 'CLOCK',
      at: '2026-11-23T10:01:00.000Z',
    },
  ];
  const stored = { triggers: JSON.stringify({ calendar: '11', daily: '12', oneShot: '13', oneShotAt: 1 }) };

  it('moves them to the hourly one: the old clock triggers deleted first, the calendar trigger kept', () => {
    const { ports, stores, mine, state } = setup(sampleWorld({ triggers: legacy }), stored);
    const s = state();
    expect(needsNewTriggers(s)).toBe(true);
    installTriggers(ports, s, ALICE);
    s.save();
    expect(mine()).toEqual(TWO);
    expect(stores.triggersOf(ALICE)[0]?.id).toBe('11');
    expect(state().triggers).toEqual({ calendar: '11', hourly: stores.triggersOf(ALICE)[1]?.id });
    expect(needsNewTriggers(state())).toBe(false);
  });
});

describe('when Apps Script refuses a trigger', () => {
  /** Nineteen triggers of some other handler: the calendar trigger is the 20th, the hourly one a 21st. */
  const crowded = () =>
    sampleWorld({
      triggers: Array.from({ length: 19 }, (_, i) => ({
        id: `9${i}`,
        user: ALICE,
        handlerFunction: 'somethingElse',
        eventType: 'ON_EVENT_UPDATED' as const,
        calendarId: ALICE,
      })),
    });

  it('installTriggers throws, state keeping only what exists', () => {
    const { ports, state } = setup(crowded());
    const s = state();
    expect(() => installTriggers(ports, s, ALICE)).toThrow(/too many triggers/);
    expect(Object.keys(s.triggers)).toEqual(['calendar']);
  });

  it('turning on leaves no Tandem trigger, stays off, and the card says why in plain words', () => {
    const { ports, stores, state, log } = setup(crowded());
    let thrown: unknown;
    try {
      turnOn(ports);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CardProblem);
    expect((thrown as Error).message).toBe(
      'Tandem couldn’t set up its background runs, so it stays off. Google says your account has too many triggers for Tandem.',
    );
    expect(stores.triggersOf(ALICE).filter((t) => t.handlerFunction !== 'somethingElse')).toEqual([]);
    expect(state().enabled).toBe(false);
    expect(state().triggers).toEqual({});
    expect(log).toContain('turnOnFailed');
  });

  it('when another handler holds the user’s one time-driven trigger, Google’s words come through', () => {
    const world = sampleWorld({
      triggers: [{ id: '5', user: ALICE, handlerFunction: 'other', eventType: 'CLOCK', everyMs: HOUR_MS }],
    });
    const { ports, state } = setup(world);
    expect(() => installTriggers(ports, state(), ALICE)).toThrow(/too many time-based triggers/);
  });
});

describe('when Tandem is turned off', () => {
  it('removes both, and the old daily and one-shot of a user who never moved', () => {
    const world = sampleWorld({
      triggers: [
        {
          id: '1',
          user: ALICE,
          handlerFunction: CALENDAR_HANDLER,
          eventType: 'ON_EVENT_UPDATED',
          calendarId: ALICE,
        },
        {
          id: '2',
          user: ALICE,
          handlerFunction: SYNC_HANDLER,
          eventType: 'CLOCK',
          at: '2026-11-23T10:00:00Z',
        },
        {
          id: '3',
          user: ALICE,
          handlerFunction: 'somethingElse',
          eventType: 'ON_EVENT_UPDATED',
          calendarId: ALICE,
        },
      ],
    });
    const { ports, stores, state } = setup(world);
    const s = state();
    removeTriggers(ports, s);
    expect(stores.triggersOf(ALICE).map((t) => t.id)).toEqual(['3']);
    expect(s.triggers).toEqual({});
  });
});
