// Faults at every call position of the runs after a meeting, with people's edits, a moved occurrence,
// a series whose other person changed, a new report and two installs (support/worlds.ts).
import { describeFaultMatrix, referenceAt, type Start } from './support/fault-matrix';
import { afterAWeekOfEdits } from './support/worlds';

const start: Start = {
  name: 'the runs after a meeting, with edits, calendar changes and two installs',
  world: afterAWeekOfEdits(),
  // Alice's hourly run at 09:29Z is the first after Bob's 1:1 ends (08:30Z); a passing failure in
  // it is retried by her 10:29Z run.
  windowEnd: '2026-10-20T09:35:00Z',
  retriedBy: '2026-10-20T10:35:00Z',
  nextDay: '2026-10-21T05:00:00Z',
};

describe('the window the matrix varies', () => {
  it('holds 23 calls: schedules re-read, one new doc made and shared, sections prepared (no run for Tandem’s own patches)', () => {
    const { methods } = referenceAt(start, start.windowEnd);
    const counts: Record<string, number> = {};
    for (const method of methods) counts[method] = (counts[method] ?? 0) + 1;
    expect(methods).toHaveLength(23);
    expect(counts).toEqual({
      'calendar.events.list': 2,
      'calendar.events.instances': 6,
      'calendar.events.patch': 3,
      'drive.files.list': 2,
      'drive.files.create': 1,
      'drive.permissions.create': 1,
      'docs.documents.get': 4,
      'docs.documents.batchUpdate': 4,
    });
  });
});

describeFaultMatrix(start);
