// The execution runtime: a fresh vm context per execution holding only Apps Script's globals,
// the emulated clock, call accounting, fault injection and the time limits.
import { BundleRunner, CARD_TIME_LIMIT_MS, TRIGGER_TIME_LIMIT_MS } from './runtime';
import { tick } from './scheduler';
import { Workspace, CALENDAR_TRIGGER_DELAY_MS } from './workspace';
import type { World } from './world';

const world = (): World => ({
  now: '2026-11-23T08:00:00Z',
  users: [
    { email: 'alice@example.com', name: 'Alice Moreau', timeZone: 'Europe/Paris' },
    { email: 'bob@example.com', name: 'Bob Okafor', timeZone: 'Europe/Paris' },
  ],
  calendars: {},
  drive: { files: [] },
  userProperties: {},
  triggers: [],
});

const SCRIPT = `
var loads = (typeof loads === 'number' ? loads : 0) + 1;
function whoAndWhen() { return { user: Session.getEffectiveUser().getEmail(), now: new Date().toISOString(), loads: loads, isDate: new Date() instanceof Date }; }
function listTwice() { Calendar.Events.list('primary', {}); Calendar.Events.list('primary', {}); return 'ok'; }
function globalsSeen() { return ['require', 'process', 'setTimeout', 'module', 'Buffer'].filter(function (n) { return typeof globalThis[n] !== 'undefined'; }); }
function listForever() { for (;;) { Calendar.Events.list('primary', {}); } }
function catchTimeout() { try { listForever(); } catch (e) { return Calendar.Events.list('primary', {}); } }
function sleepLong() { Utilities.sleep(20000); Utilities.sleep(20000); return 'woke'; }
function failOnce() { try { Calendar.Events.list('primary', {}); return 'no error'; } catch (e) { return { message: e.message, code: e.details ? e.details.code : 'no details' }; } }
function armTrigger() { ScriptApp.newTrigger('onTick').timeBased().at(new Date(Date.now() + 3600000)).create(); ScriptApp.newTrigger('onCal').forUserCalendar('alice@example.com').onEventUpdated().create(); return 'armed'; }
function onTick() { PropertiesService.getUserProperties().setProperty('ticked', new Date().toISOString()); }
function onCal(e) { PropertiesService.getUserProperties().setProperty('cal', e.calendarId + ' ' + new Date().toISOString()); }
`;

describe('BundleRunner', () => {
  it('runs as the given user, on the emulated clock, with Date still a real Date', () => {
    const ws = Workspace.fromWorld(world());
    const result = new BundleRunner(SCRIPT).run(ws, {
      user: 'bob@example.com',
      functionName: 'whoAndWhen',
      kind: 'card',
    });
    expect(result.value).toEqual({
      user: 'bob@example.com',
      now: '2026-11-23T08:00:00.000Z',
      loads: 1,
      isDate: true,
    });
  });

  it('starts every execution in a fresh global context, as Apps Script does', () => {
    const ws = Workspace.fromWorld(world());
    const runner = new BundleRunner(SCRIPT);
    runner.run(ws, { user: 'bob@example.com', functionName: 'whoAndWhen', kind: 'card' });
    const second = runner.run(ws, { user: 'bob@example.com', functionName: 'whoAndWhen', kind: 'card' });
    expect((second.value as { loads: number }).loads).toBe(1);
  });

  it('offers no Node or browser globals', () => {
    const ws = Workspace.fromWorld(world());
    expect(
      new BundleRunner(SCRIPT).run(ws, {
        user: 'alice@example.com',
        functionName: 'globalsSeen',
        kind: 'card',
      }).value,
    ).toEqual([]);
  });

  it('counts each API call per method, in the execution and in the world, and charges latency', () => {
    const ws = Workspace.fromWorld(world());
    const result = new BundleRunner(SCRIPT).run(ws, {
      user: 'alice@example.com',
      functionName: 'listTwice',
      kind: 'trigger',
      latencyMs: 100,
    });
    expect(result.calls).toEqual({ 'calendar.events.list': 2 });
    expect(result.elapsedMs).toBe(200);
    expect(ws.toWorld().emulator?.calls).toEqual({ 'calendar.events.list': 2 });
  });

  it('fails the next call of a faulted method as Apps Script would, then recovers', () => {
    const ws = Workspace.fromWorld(world());
    ws.ledger.addFault({ method: 'calendar.events.list', code: 503, remaining: 1 });
    const runner = new BundleRunner(SCRIPT);
    // Strict reading (the default): Apps Script documents no `details`, so the script sees none.
    expect(
      runner.run(ws, { user: 'alice@example.com', functionName: 'failOnce', kind: 'card' }).value,
    ).toEqual({
      message: 'API call to calendar.events.list failed with error: The service is currently unavailable.',
      code: 'no details',
    });
    expect(runner.run(ws, { user: 'alice@example.com', functionName: 'failOnce', kind: 'card' }).value).toBe(
      'no error',
    );
  });

  it('gives the faulted call `details` with its HTTP code under the lenient reading', () => {
    const ws = Workspace.fromWorld(world(), { readings: 'lenient' });
    ws.ledger.addFault({ method: 'calendar.events.list', code: 503, remaining: 1 });
    const result = new BundleRunner(SCRIPT).run(ws, {
      user: 'alice@example.com',
      functionName: 'failOnce',
      kind: 'card',
    });
    expect(result.value).toMatchObject({ code: 503 });
  });

  describe('when an execution runs past its time limit', () => {
    it('ends a trigger after 6 minutes of emulated time', () => {
      const ws = Workspace.fromWorld(world());
      const result = new BundleRunner(SCRIPT).run(ws, {
        user: 'alice@example.com',
        functionName: 'listForever',
        kind: 'trigger',
      });
      expect(result.timedOut).toBe(true);
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/Exceeded maximum execution time/);
      expect(result.elapsedMs).toBeGreaterThan(TRIGGER_TIME_LIMIT_MS);
      expect(result.elapsedMs).toBeLessThan(TRIGGER_TIME_LIMIT_MS + 1000);
    });

    it('ends a card callback after 30 seconds, counting sleeps', () => {
      const ws = Workspace.fromWorld(world());
      const result = new BundleRunner(SCRIPT).run(ws, {
        user: 'alice@example.com',
        functionName: 'sleepLong',
        kind: 'card',
      });
      expect(result.timedOut).toBe(true);
      expect(result.elapsedMs).toBeGreaterThan(CARD_TIME_LIMIT_MS);
    });

    it('cannot be caught and continued by the script: every later call fails too', () => {
      const ws = Workspace.fromWorld(world());
      const result = new BundleRunner(SCRIPT).run(ws, {
        user: 'alice@example.com',
        functionName: 'catchTimeout',
        kind: 'trigger',
        deadlineMs: 1000,
      });
      expect(result.timedOut).toBe(true);
      expect(result.ok).toBe(false);
    });

    it('honours a shorter deadline (--deadline-ms)', () => {
      const ws = Workspace.fromWorld(world());
      const result = new BundleRunner(SCRIPT).run(ws, {
        user: 'alice@example.com',
        functionName: 'listForever',
        kind: 'trigger',
        deadlineMs: 1000,
      });
      expect(result.calls['calendar.events.list']).toBe(7);
    });
  });

  it('answers "Script function not found" for a missing function, as Apps Script does', () => {
    const ws = Workspace.fromWorld(world());
    const result = new BundleRunner(SCRIPT).run(ws, {
      user: 'alice@example.com',
      functionName: 'nope',
      kind: 'card',
    });
    expect(result.error).toBe('Script function not found: nope');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'answers "Script function not found" for %s, which only the prototype chain has',
    (name) => {
      const ws = Workspace.fromWorld(world());
      const result = new BundleRunner(SCRIPT).run(ws, {
        user: 'alice@example.com',
        functionName: name,
        kind: 'card',
      });
      expect(result).toMatchObject({ ok: false, error: `Script function not found: ${name}` });
    },
  );
});

describe('tick', () => {
  it('fires due time-driven triggers at their time, as their user, and advances the clock', () => {
    const ws = Workspace.fromWorld(world());
    const runner = new BundleRunner(SCRIPT);
    runner.run(ws, { user: 'bob@example.com', functionName: 'armTrigger', kind: 'card' });
    const fired = tick(ws, runner, Date.parse('2026-11-23T10:00:00Z'));
    expect(fired.map((f) => [f.handlerFunction, f.user, f.at])).toEqual([
      ['onTick', 'bob@example.com', '2026-11-23T09:00:00.000Z'],
    ]);
    expect(ws.toWorld().userProperties['bob@example.com']?.ticked).toBe('2026-11-23T09:00:00.000Z');
    expect(new Date(ws.now).toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(tick(ws, runner, Date.parse('2026-11-23T12:00:00Z'))).toEqual([]);
  });

  it('fires a calendar trigger once for changes made before it runs, a little after the change', () => {
    const ws = Workspace.fromWorld(world());
    const runner = new BundleRunner(SCRIPT);
    runner.run(ws, { user: 'alice@example.com', functionName: 'armTrigger', kind: 'card' });
    const calendar = ws.calendar.service(ws.personContext('alice@example.com'));
    const event = {
      summary: 'x',
      start: { dateTime: '2026-11-24T10:00:00Z' },
      end: { dateTime: '2026-11-24T10:30:00Z' },
    };
    calendar.Events.insert(event, 'primary');
    calendar.Events.insert(event, 'primary');
    const fired = tick(ws, runner, Date.parse('2026-11-23T08:30:00Z')).filter(
      (f) => f.eventType === 'ON_EVENT_UPDATED',
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]?.at).toBe(
      new Date(Date.parse('2026-11-23T08:00:00Z') + CALENDAR_TRIGGER_DELAY_MS).toISOString(),
    );
    expect(ws.toWorld().userProperties['alice@example.com']?.cal).toMatch(
      /^alice@example.com 2026-11-23T08:01/,
    );
  });

  it('keeps pending calendar triggers and triggers across a save and load of the world', () => {
    const ws = Workspace.fromWorld(world());
    const runner = new BundleRunner(SCRIPT);
    runner.run(ws, { user: 'alice@example.com', functionName: 'armTrigger', kind: 'card' });
    ws.calendar.service(ws.personContext('alice@example.com')).Events.insert(
      {
        summary: 'x',
        start: { dateTime: '2026-11-24T10:00:00Z' },
        end: { dateTime: '2026-11-24T10:30:00Z' },
      },
      'primary',
    );
    const reloaded = Workspace.fromWorld(JSON.parse(JSON.stringify(ws.toWorld())) as World);
    const fired = tick(reloaded, runner, Date.parse('2026-11-23T10:00:00Z'));
    expect(fired.map((f) => f.handlerFunction).sort()).toEqual(['onCal', 'onTick']);
  });
});
