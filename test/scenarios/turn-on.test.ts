// Turning Tandem on and off (design.md §4): one calendar trigger and one hourly trigger per user,
// never a second copy; the first sync inside the turn-on card; hourly runs that cost nothing when
// nothing is due; users of the old one-shot and daily triggers moved over; all removed when off.
import { sampleWorld } from '../../dev/sample-world';
import type { World } from '../../dev/emulator/world';
import { Scenario, section } from '../harness';
import { appendToSection } from '../reliability/support/worlds';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const HOUR_MS = 3_600_000;

function triggersOf(s: Scenario, email: string) {
  return s.ws.appsScript
    .triggersOf(email)
    .map((t) => `${t.eventType}:${t.handlerFunction}${t.everyMs ? ` every ${t.everyMs / HOUR_MS}h` : ''}`)
    .sort();
}

const TWO_TRIGGERS = ['CLOCK:onScheduledSync every 1h', 'ON_EVENT_UPDATED:onCalendarEventUpdated'];

/** The world's calls per method between two moments, by running `body`. */
function callsDuring(s: Scenario, body: () => void): Record<string, number> {
  const before = s.calls();
  body();
  const after = s.calls();
  const spent: Record<string, number> = {};
  for (const [method, n] of Object.entries(after))
    if (n !== (before[method] ?? 0)) spent[method] = n - (before[method] ?? 0);
  return spent;
}

describe('turning Tandem on and off', () => {
  const s = new Scenario(sampleWorld());

  it('installs the calendar trigger and one hourly trigger, nothing else', () => {
    expect(s.enable(ALICE).ok).toBe(true);
    expect(triggersOf(s, ALICE)).toEqual(TWO_TRIGGERS);
  });

  it('runs the first sync inside the turn-on: the docs and next sections exist at once', () => {
    expect([...s.pairDocs().keys()].filter((k) => k.includes(ALICE)).length).toBeGreaterThanOrEqual(4);
    expect(section(s.lines(s.docId(ALICE, BOB)), '2026-10-20')[0]).toMatch(/^# 2026-10-20/);
  });

  it('turning on again adds no second copy of either, and keeps their ids', () => {
    const ids = s.ws.appsScript.triggersOf(ALICE).map((t) => t.id);
    s.enable(ALICE);
    s.enable(ALICE);
    expect(s.ws.appsScript.triggersOf(ALICE).map((t) => t.id)).toEqual(ids);
  });

  it('the hourly trigger fires every hour; hours with nothing due cost no call', () => {
    // From Monday 09:00 to Tuesday 08:30 Paris, two runs have work: the one after Farid's 1:1 with
    // Alice ends (16:30; Farid has no Tandem, so Alice's looks for a doc he may have made since) and
    // Tuesday's daily safety net (after 04:00). Bob's 1:1 at 10:00 is not within 75 minutes yet.
    let fired: ReturnType<Scenario['tick']> = [];
    const spent = callsDuring(s, () => {
      fired = s.tick('2026-10-20T06:30:00Z');
    });
    const hourly = fired.filter((f) => f.eventType === 'CLOCK');
    expect(hourly.length).toBeGreaterThanOrEqual(22);
    const gaps = hourly.slice(1).map((f, i) => Date.parse(f.at) - Date.parse(hourly[i]!.at));
    expect(new Set(gaps)).toEqual(new Set([HOUR_MS]));
    const working = hourly.filter((f) => f.result.callCount > 0);
    expect(working.map((f) => f.result.calls)).toEqual([
      { 'drive.files.list': 1 },
      { 'calendar.events.list': 1 },
    ]);
    expect(Date.parse(working[0]!.at)).toBeGreaterThan(Date.parse('2026-10-19T14:31:00Z'));
    expect(Date.parse(working[1]!.at)).toBeGreaterThanOrEqual(Date.parse('2026-10-20T02:00:00Z'));
    // Tandem's own patches at turn-on fire its calendar trigger only under a reading where API
    // writes fire triggers (lenient): that run lists the changes once, finds its own, writes nothing.
    const echoes = fired.filter((f) => f.eventType !== 'CLOCK');
    expect(echoes.map((f) => `${f.handlerFunction} ${JSON.stringify(f.result.calls)}`)).toEqual(
      s.ws.readings.calendarTriggersOnApiWrites ? ['onCalendarEventUpdated {"calendar.events.list":1}'] : [],
    );
    expect(spent).toEqual({ 'calendar.events.list': 1 + echoes.length, 'drive.files.list': 1 });
  });

  it('turning off removes both, and nothing runs any more', () => {
    const off = s.driver.click(ALICE, 'turnOff');
    expect(off.ok).toBe(true);
    expect(triggersOf(s, ALICE)).toEqual([]);
    expect(s.tick('2026-10-28T12:00:00Z')).toEqual([]);
  });
});

describe('in the hour before a 1:1', () => {
  it('an open item written late into an older section is in the next section before the meeting, merged once', () => {
    const s = new Scenario(sampleWorld());
    s.enable(ALICE);
    s.tick('2026-10-21T12:00:00Z'); // Bob's 1:1 of the 20th is over; the 27th's section is ready
    const doc = s.docId(ALICE, BOB);
    expect(section(s.lines(doc), '2026-10-27')[0]).toMatch(/^# 2026-10-27/);
    appendToSection(s, BOB, doc, '2026-10-20', '[ ] Bob: book the room');
    s.tick('2026-10-27T07:40:00Z'); // other pairs' meetings end meanwhile; Bob's doc waits
    expect(section(s.lines(doc), '2026-10-27').some((l) => l.includes('Bob: book the room'))).toBe(false);
    // 10:00 Paris is 09:00Z after the change to winter time on the 25th.
    const fired = s.tick('2026-10-27T08:59:00Z').filter((f) => f.result.calls['docs.documents.get']);
    expect(fired).toHaveLength(1);
    expect(section(s.lines(doc), '2026-10-27').filter((l) => l.includes('Bob: book the room'))).toEqual([
      expect.stringContaining('· from 2026-10-20'),
    ]);
    const record = JSON.parse(s.ws.toWorld().userProperties[ALICE]![`pair:${ALICE} ${BOB}`]!) as {
      mergedFor?: string;
    };
    expect(record.mergedFor).toBe('2026-10-27');
  });
});

describe('when a user turned on under the one-shot and daily triggers', () => {
  /** Alice on, synced, then her triggers and state as the earlier version left them. */
  function legacyWorld(): World {
    const s = new Scenario(sampleWorld());
    s.enable(ALICE);
    const world = s.ws.toWorld();
    const calendar = world.triggers.find((t) => t.eventType === 'ON_EVENT_UPDATED')!;
    world.triggers = [
      calendar,
      {
        id: '7900000000000000001',
        user: ALICE,
        handlerFunction: 'onScheduledSync',
        eventType: 'CLOCK',
        everyMs: 24 * HOUR_MS,
        nextRunAt: '2026-10-20T04:00:00.000Z',
      },
      {
        id: '7900000000000000002',
        user: ALICE,
        handlerFunction: 'onScheduledSync',
        eventType: 'CLOCK',
        at: '2026-10-20T08:31:00.000Z', // after Bob's 1:1 on Tuesday
      },
    ];
    const props = world.userProperties[ALICE]!;
    props.triggers = JSON.stringify({
      calendar: calendar.id,
      daily: '7900000000000000001',
      oneShot: '7900000000000000002',
      oneShotAt: Date.parse('2026-10-20T08:31:00Z'),
    });
    delete props.dailyOn;
    // At rest: under a reading where API writes fire triggers, the turn-on's own patches left a
    // calendar run pending, which the earlier version would have run long ago.
    world.emulator = { ...world.emulator, pendingCalendarTriggers: {} };
    return world;
  }

  it('their next run moves them to the hourly trigger, the old clock triggers gone', () => {
    const s = new Scenario(legacyWorld());
    const fired = s.tick('2026-10-20T04:30:00Z');
    expect(fired.map((f) => f.at)).toEqual(['2026-10-20T04:00:00.000Z']); // the old daily
    expect(triggersOf(s, ALICE)).toEqual(TWO_TRIGGERS);
    const ids = JSON.parse(s.ws.toWorld().userProperties[ALICE]!.triggers!) as Record<string, string>;
    expect(Object.keys(ids).sort()).toEqual(['calendar', 'hourly']);
    expect(
      s.ws.appsScript
        .triggersOf(ALICE)
        .map((t) => t.id)
        .sort(),
    ).toEqual(Object.values(ids).sort());
  });

  it('nothing is lost: Bob’s meeting ends and the next section is prepared by the hourly run', () => {
    const s = new Scenario(legacyWorld());
    s.tick('2026-10-20T09:40:00Z');
    expect(section(s.lines(s.docId(ALICE, BOB)), '2026-10-27')[0]).toMatch(/^# 2026-10-27/);
  });
});

describe('edge cases', () => {
  it('when Apps Script refuses a trigger, turning on leaves none, stays off and the card says why', () => {
    // Another handler of the project already holds Alice's one time-driven trigger.
    const world = sampleWorld();
    world.triggers = [
      {
        id: '7800000000000000001',
        user: ALICE,
        handlerFunction: 'someoneElse',
        eventType: 'CLOCK',
        everyMs: HOUR_MS,
      },
    ];
    const s = new Scenario(world);
    const result = s.enable(ALICE);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.value)).toContain(
      'Tandem couldn’t set up its background runs, so it stays off. Google says your account has too many triggers for Tandem.',
    );
    expect(triggersOf(s, ALICE)).toEqual(['CLOCK:someoneElse every 1h']);
    expect(s.ws.toWorld().userProperties[ALICE]?.enabled).toBe('false');
    expect(s.pairDocs().size).toBe(0);
  });

  it('Bob’s calendar trigger does not fire for Alice’s Tandem attaching her doc to their series', () => {
    // About the strict reading itself: "API requests do not cause triggers to run".
    const s = new Scenario({ ...sampleWorld(), readings: 'strict' });
    s.enable(BOB);
    s.enable(ALICE); // attaches the doc to bob1on1 through the API
    expect([...s.ws.pendingCalendarTriggers.keys()]).toEqual([]);
  });

  it('where API writes do fire triggers (lenient), the runs they start only read, and end', () => {
    const s = new Scenario({ ...sampleWorld(), readings: 'lenient' });
    s.enable(BOB);
    s.enable(ALICE);
    expect(s.ws.pendingCalendarTriggers.size).toBe(2); // Bob's and Alice's own
    const runs = s.tick('2026-10-19T07:10:00Z').filter((f) => f.eventType === 'ON_EVENT_UPDATED');
    expect(runs.map((f) => f.user).sort()).toEqual([ALICE, BOB]);
    // Bob's Tandem sees Alice's attachment at once; neither writes, so neither fires another run.
    const methods = runs.flatMap((f) => Object.keys(f.result.calls));
    expect(methods.filter((m) => !/\.(list|get|instances)$/.test(m))).toEqual([]);
    expect(s.ws.pendingCalendarTriggers.size).toBe(0);
  });
});
