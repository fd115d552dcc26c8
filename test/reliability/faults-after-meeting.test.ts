// Faults at every call position of the runs after a meeting, with people's edits, a moved occurrence,
// a series whose other person changed, a new report and two installs (support/worlds.ts).
import { describeFaultMatrix, referenceAt, type Start } from './support/fault-matrix';
import { afterAWeekOfEdits } from './support/worlds';

const start: Start = {
  name: 'the runs after a meeting, with edits, calendar changes and two installs',
  world: afterAWeekOfEdits(),
  windowEnd: '2026-10-20T08:38:00Z',
  retriedBy: '2026-10-20T09:10:00Z',
  nextDay: '2026-10-21T05:00:00Z',
};

describe('the window the matrix varies', () => {
  it('holds 23 calls: schedules re-read, one new doc made and shared, sections prepared', () => {
    const { methods } = referenceAt(start, start.windowEnd);
    const counts: Record<string, number> = {};
    for (const method of methods) counts[method] = (counts[method] ?? 0) + 1;
    expect(methods).toHaveLength(23);
    expect(counts).toEqual({
      'calendar.events.list': 3,
      'calendar.events.instances': 6,
      'calendar.events.patch': 3,
      'drive.files.list': 2,
      'drive.files.create': 1,
      'drive.permissions.create': 1,
      'docs.documents.get': 4,
      'docs.documents.batchUpdate': 3,
    });
  });
});

describeFaultMatrix(start);
