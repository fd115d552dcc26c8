// Two faults around the sync itself: an expired sync token (HTTP 410) makes the next run list
// everything again without doing any work twice, and a run that cannot get the user lock skips
// without writing anything.
import { createExecution } from '../../dev/emulator/runtime';
import { LOCK_WAIT_MS } from '../../src/app/sync';
import { Scenario } from '../harness';
import { referenceAt } from './support/fault-matrix';
import { soundness } from './support/invariants';
import { CallTap } from './support/tap';
import { advance, afterAWeekOfEdits, ALICE } from './support/worlds';
import { viewOf } from './support/world-view';

const WRITES = [
  'drive.files.create',
  'drive.permissions.create',
  'docs.documents.batchUpdate',
  'calendar.events.patch',
];
const start = {
  name: 'the runs after a meeting',
  world: afterAWeekOfEdits(),
  windowEnd: '2026-10-20T09:35:00Z', // Alice's hourly run after Bob's 1:1 (support/worlds.ts)
  retriedBy: '2026-10-20T10:35:00Z',
  nextDay: '2026-10-21T05:00:00Z',
};
const clean = referenceAt(start, start.retriedBy);
const writesIn = (methods: string[]) => methods.filter((m) => WRITES.includes(m)).sort();

describe.each([
  [
    'Google answers 410 to the stored sync token',
    (s: Scenario) => s.ws.ledger.addFault({ method: 'calendar.events.list', code: 410, remaining: 1 }),
  ],
  ['every sync token of the calendar expired', (s: Scenario) => s.ws.calendar.invalidateSyncTokens(ALICE)],
])('when %s', (_name, expire) => {
  const s = new Scenario(start.world);
  const tap = new CallTap(s.ws);
  expire(s);
  advance(s, start.windowEnd);
  const methods = tap.methodsSince(0);
  advance(s, start.retriedBy);

  it('the run lists everything again (a full sync)', () => {
    const first = tap.callsOf(1).filter((c) => c.method === 'calendar.events.list');
    expect(first.length).toBeGreaterThanOrEqual(2);
  });

  it('makes exactly the writes a run with a valid token makes: nothing twice', () => {
    expect(writesIn(methods)).toEqual(writesIn(clean.methods));
  });

  it('ends in the same world, moved occurrence included', () => {
    const view = viewOf(s.ws);
    expect(soundness(s.ws, view, tap.shares)).toEqual([]);
    expect(view).toEqual(clean.view);
  });
});

describe('when another execution holds the user lock', () => {
  const s = new Scenario(start.world);
  const tap = new CallTap(s.ws);
  // A long run of Alice's (a manual sync, say) took the lock at 07:00:30 and is still going.
  s.ws.now = Date.parse('2026-10-20T07:00:30Z');
  const holder = createExecution(s.ws, { user: ALICE, kind: 'trigger' }, 'exec-holder', 'Etc/UTC');
  const lock = (holder.context as { LockService: { getUserLock(): { tryLock(ms: number): boolean } } })
    .LockService;
  const held = lock.getUserLock().tryLock(0);
  const before = viewOf(s.ws);
  const properties = JSON.stringify(s.ws.toWorld().userProperties[ALICE]);
  const fired = advance(s, '2026-10-20T07:01:30Z');
  const blocked = fired.findIndex((f) => f.user === ALICE);

  it('the calendar trigger waits a little, then skips', () => {
    expect(held).toBe(true);
    expect(fired[blocked]?.result.value).toMatchObject({ skipped: 'busy' });
    expect(fired[blocked]?.result.elapsedMs).toBeGreaterThanOrEqual(LOCK_WAIT_MS);
  });

  it('and writes nothing: no API call, no property, the world as it was', () => {
    expect(tap.callsOf(blocked + 1)).toEqual([]);
    expect(JSON.stringify(s.ws.toWorld().userProperties[ALICE])).toBe(properties);
    const after = viewOf(s.ws);
    expect([after.docs, after.attachments, after.pairs[ALICE]]).toEqual([
      before.docs,
      before.attachments,
      before.pairs[ALICE],
    ]);
  });

  it('the change it skipped is picked up once the lock is free, by the next day at the latest', () => {
    s.ws.appsScript.endExecution(holder.ctx.executionId, s.ws.now);
    advance(s, start.nextDay);
    const view = viewOf(s.ws);
    expect(soundness(s.ws, view, tap.shares)).toEqual([]);
    expect(view).toEqual(referenceAt(start, start.nextDay).view);
  });
});
