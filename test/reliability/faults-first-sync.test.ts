// Faults at every call position of the first sync, which runs inside the turn-on card: Alice's makes
// four docs, shares and attaches them. Bob, her report in Honolulu, turned Tandem on just before
// her; his first hourly run after hers finds the doc of their 1:1 (support/fault-matrix.ts says
// what is checked). What a fault leaves undone, each one's next hourly run finishes.
import { sampleWorld } from '../../dev/sample-world';
import type { Card } from '../../src/ui/card';
import { buttonsOf } from '../cards/card-harness';
import { Scenario } from '../harness';
import { cleanRun, describeFaultMatrix, type Start } from './support/fault-matrix';
import { reportAway, reportTurnedOnFirst } from './support/two-people';
import { advance, aliceTurnsOn, turnsOn, ALICE, BOB } from './support/worlds';
import { pairRecords } from './support/world-view';

const start: Start = {
  name: 'the first sync, inside the turn-on, with the report’s Tandem on first',
  world: reportTurnedOnFirst(),
  act: aliceTurnsOn,
  // Bob's hourly runs come at minute 29, Alice's at minute 06: a passing failure in her first sync
  // is retried at 08:06Z, one in Bob's 07:29Z run at 08:29Z.
  windowEnd: '2026-10-19T07:35:00Z',
  retriedBy: '2026-10-19T08:35:00Z',
  // Bob's daily safety net runs at 14:29Z (04:29 in Honolulu): his listing then sees what Alice's
  // retries did. Hers runs at 02:06Z (04:06 in Paris).
  othersKnowBy: '2026-10-19T14:35:00Z',
  nextDay: '2026-10-20T05:00:00Z',
};

function countsOf(methods: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const method of methods) counts[method] = (counts[method] ?? 0) + 1;
  return counts;
}

describe('the window the matrix varies', () => {
  const { methods, users } = cleanRun(start);
  const of = (who: string) => methods.filter((_, i) => users[i] === who);
  // Under readings where a script's calendar writes fire triggers, Alice's patches start her own
  // calendar trigger, which lists once more.
  const ownPatchesList = new Scenario(start.world).ws.readings.calendarTriggersOnApiWrites ? 1 : 0;

  it('holds 26 calls: Alice’s first sync (Tandem’s own patches fire no trigger), then Bob’s hourly run', () => {
    expect(methods).toHaveLength(26 + ownPatchesList);
    expect(users.filter((u) => u !== ALICE && u !== BOB)).toEqual([]);
  });

  it('Alice’s first sync: 23 calls, 5 per pair for 4 pairs and 3 listings (the schedules of all from one)', () => {
    expect(countsOf(of(ALICE))).toEqual({
      'calendar.events.list': 2 + ownPatchesList,
      'calendar.events.patch': 4,
      'drive.files.list': 1,
      'drive.files.create': 4,
      'drive.permissions.create': 4,
      'docs.documents.get': 4,
      'docs.documents.batchUpdate': 4,
    });
  });

  it('Bob’s first hourly run, his daily safety net: 3 calls that find her doc, none a write', () => {
    expect(countsOf(of(BOB))).toEqual({
      'calendar.events.list': 1,
      'calendar.events.instances': 1,
      'drive.files.list': 1,
    });
  });
});

describe('when the report’s first sync of his 1:1 fails once, after Alice attached the doc', () => {
  // His turn-on lists the series with Alice's attachment; the pair's next call fails (503). His next
  // run retries the pair, but from a listing of what changed since (nothing), so it has no series
  // to read the attachment from, and under drive.file his Drive listing cannot show Alice's doc.
  it('his Tandem still records the doc by his next daily safety net, and his homepage links it', () => {
    const s = new Scenario(reportAway(sampleWorld()));
    aliceTurnsOn(s);
    s.ws.ledger.addFault({ method: 'calendar.events.instances', code: 503, remaining: 1 });
    turnsOn(s, BOB);
    s.ws.ledger.clearFaults();
    advance(s, '2026-10-20T05:00:00Z'); // his retry at 07:06Z and his daily safety net at 14:06Z
    const docId = s.docId(ALICE, BOB);
    expect(pairRecords(s.ws, BOB)[`${ALICE} ${BOB}`]?.docId).toBe(docId);
    const home = s.driver.homepage(BOB);
    expect(buttonsOf(home.value as Card).map((b) => b.text)).toContain('Agenda');
  });
});

describeFaultMatrix(start);
