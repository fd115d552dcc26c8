// Apps Script's time limit: a run killed at any call leaves what it did, and the next runs finish
// the work without doing anything twice; a run that uses up Tandem's own budget stops cleanly and
// the next hourly run resumes it — the other person's Tandem included.
import { DEFAULT_CALL_LATENCY_MS } from '../../dev/emulator/calls';
import { sampleWorld } from '../../dev/sample-world';
import { ENTRY } from '../../dev/driver/entry-points';
import { SYNC_BUDGET_MS } from '../../src/app/sync';
import type { Card } from '../../src/ui/card';
import { buttonsOf } from '../cards/card-harness';
import { Scenario } from '../harness';
import { referenceAt, runWindow, type Start } from './support/fault-matrix';
import { HardTimeLimit } from './support/hard-time-limit';
import { soundness } from './support/invariants';
import { soakWorld } from './support/soak-world';
import { CallTap } from './support/tap';
import { advance, aliceOnBeforeFirstSync, aliceTurnsOn, turnsOn, ALICE } from './support/worlds';
import { pairRecords, viewOf } from './support/world-view';

const start: Start = {
  name: 'the first sync, inside the turn-on',
  world: sampleWorld(),
  act: aliceTurnsOn,
  windowEnd: '2026-10-19T07:05:00Z',
  retriedBy: '2026-10-19T07:35:00Z',
  nextDay: '2026-10-20T05:00:00Z',
};
const clean = referenceAt(start, start.nextDay);
// Only the turn-on's own calls: under readings where Tandem's patches fire its calendar trigger,
// that trigger's run follows in the window as a second execution.
const firstRun = clean.firstExecution;

describe('when Apps Script kills the first sync at a call', () => {
  const calls = Array.from({ length: firstRun }, (_, i) => ({ call: i + 1, method: clean.methods[i] }));

  it.each(calls)('at call $call ($method): the next runs finish the work, nothing twice', ({ call }) => {
    const s = new Scenario(start.world);
    const tap = new CallTap(s.ws);
    const limit = new HardTimeLimit(s.ws);
    // The call that takes the execution past its deadline is the one Apps Script stops at.
    const deadlineMs = call * DEFAULT_CALL_LATENCY_MS - 1;
    limit.set(deadlineMs);
    const [killed] = runWindow(s, start, deadlineMs);
    limit.set(null);
    expect(killed?.timedOut).toBe(true);
    expect(tap.callsOf(1)).toHaveLength(call);
    advance(s, start.nextDay);
    const view = viewOf(s.ws);
    expect(soundness(s.ws, view, tap.shares)).toEqual([]);
    expect(view).toEqual(clean.view);
  });
});

describe('when the sync uses up its own time budget', () => {
  // Alice is on, but her first sync found Google busy: the next sync does the whole first sync.
  const busyStart: Start = {
    ...start,
    name: 'the first sync after a busy turn-on',
    world: aliceOnBeforeFirstSync(),
  };
  delete busyStart.act;
  const reference = referenceAt(busyStart, busyStart.nextDay);
  const s = new Scenario(busyStart.world);
  const tap = new CallTap(s.ws);
  // Calls of 20 s each: the 4.5-minute budget runs out after a pair or two.
  const slow = s.runner.run(s.ws, {
    user: ALICE,
    functionName: ENTRY.scheduledSync,
    args: [{}],
    kind: 'trigger',
    latencyMs: 20_000,
  });

  it('stops cleanly before Apps Script would, saying it is partial', () => {
    expect(slow.ok).toBe(true);
    expect(slow.value).toMatchObject({ partial: true });
    expect(slow.elapsedMs).toBeLessThan(SYNC_BUDGET_MS + 3 * 20_000);
    expect(Object.keys(viewOf(s.ws).docs).length).toBeLessThan(4);
  });

  it('the next hourly run finishes the work, with no twin, section or share twice', () => {
    advance(s, busyStart.nextDay);
    const view = viewOf(s.ws);
    expect(soundness(s.ws, view, tap.shares)).toEqual([]);
    expect(view).toEqual(reference.view);
    expect(tap.executions).toBeGreaterThan(1);
  });
});

describe('when the report’s turn-on runs out of time before their own 1:1 with their manager', () => {
  // m1 reports to m0 and keeps 30 1:1s of their own; m0 turned Tandem on first and attached the
  // doc of their 1:1. m1's first sync, inside the turn-on card, stops at its time budget before
  // that pair; the next run resumes it. The series is known by then, so nothing lists it again.
  it('the report’s Tandem still records the manager’s doc by the next day, and their homepage links it', () => {
    const built = soakWorld({ users: 2, pairsPerUser: 30, weeks: 1, seed: 20261019 });
    const s = new Scenario(built.world);
    const [manager, report] = built.installs.managers as [string, string];
    turnsOn(s, manager);
    const resumed = turnsOn(s, report).logs.find((l) => l.line.startsWith('syncDone'))?.line;
    expect(resumed).toContain('"partial":true');
    advance(s, '2026-10-21T00:00:00Z');
    const pairKey = `${manager} ${report}`;
    expect(pairRecords(s.ws, report)[pairKey]?.docId).toBe(s.docId(manager, report));
    const home = s.driver.homepage(report);
    const agendas = buttonsOf(home.value as Card).filter((b) => b.text === 'Agenda');
    // The homepage shows its first 30 pairs; the one with their manager is among them, with its doc.
    const managerDoc = s.docId(manager, report) ?? '';
    expect(managerDoc).not.toBe('');
    expect(agendas.some((b) => JSON.stringify(b.onClick).includes(managerDoc))).toBe(true);
    expect(agendas).toHaveLength(30);
  });
});
