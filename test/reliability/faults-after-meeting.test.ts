// Faults at every call position of the runs after a meeting, with people's edits, a moved occurrence,
// a series whose other person changed, a new report and two installs (support/worlds.ts) — and Bob,
// the report, in Honolulu (his 1:1 at 10:00 in Paris is 22:00 the evening before for him), pressing
// "Add" on his event card and "Mark done" in the Docs sidebar as the window opens.
import { Scenario } from '../harness';
import { cleanRun, describeFaultMatrix, type Start } from './support/fault-matrix';
import { addFromEventCard, afterAWeekWithTheReportAway, markDoneInSidebar } from './support/two-people';
import { ALICE, BOB } from './support/worlds';

const world = afterAWeekWithTheReportAway();
const start: Start = {
  name: 'the runs after a meeting, with edits, calendar changes, two installs and the report’s presses',
  world,
  presses: [
    addFromEventCard(world, BOB, 'bob1on1_20261020T080000Z'),
    markDoneInSidebar(world, BOB, 'share the offsite agenda'),
  ],
  // Alice's hourly run at 09:29Z is the first after Bob's 1:1 ends (08:30Z); a passing failure in
  // it is retried by her 10:29Z run, one in Bob's runs (at minute 06) by his next.
  windowEnd: '2026-10-20T09:35:00Z',
  retriedBy: '2026-10-20T10:35:00Z',
  // Bob's daily safety net: 14:06Z (04:06 in Honolulu).
  othersKnowBy: '2026-10-20T14:10:00Z',
  nextDay: '2026-10-21T05:00:00Z',
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

  it('holds 26 calls: Bob’s two presses, then Alice’s and Bob’s runs (none for Tandem’s own patches)', () => {
    expect(methods).toHaveLength(26 + ownPatchesList);
    expect(users.filter((u) => u !== ALICE && u !== BOB)).toEqual([]);
  });

  it('Alice’s runs: schedules re-read, one new doc made and shared, sections prepared', () => {
    expect(countsOf(of(ALICE))).toEqual({
      // The changes, then one listing of every series' meetings instead of one read per series.
      'calendar.events.list': 2 + ownPatchesList,
      'calendar.events.patch': 3,
      // One Drive listing a day tells trashed docs apart, not one per run.
      'drive.files.list': 1,
      'drive.files.create': 1,
      'drive.permissions.create': 1,
      'docs.documents.get': 4,
      'docs.documents.batchUpdate': 4,
    });
  });

  it('Bob’s: his two presses (one write each), and his calendar trigger for the series he joined (reads only)', () => {
    expect(countsOf(of(BOB))).toEqual({
      'calendar.events.list': 2,
      'calendar.events.instances': 1,
      'docs.documents.get': 4,
      'docs.documents.batchUpdate': 2,
      'drive.files.get': 1,
    });
  });
});

describeFaultMatrix(start);
