// Faults at every call position of the first sync after turning Tandem on: 28 calls that make four
// docs, share and attach them, and read five schedules (support/fault-matrix.ts says what is checked).
import { describeFaultMatrix, referenceAt, type Start } from './support/fault-matrix';
import { aliceTurnedOn } from './support/worlds';

const start: Start = {
  name: 'the first sync after turning on',
  world: aliceTurnedOn(),
  windowEnd: '2026-10-19T07:06:00Z',
  retriedBy: '2026-10-19T07:40:00Z',
  nextDay: '2026-10-20T05:00:00Z',
};

describe('the window the matrix varies', () => {
  it('is the first sync (and the quiet run its own patches trigger): 28 calls, 6 per pair for 4 pairs', () => {
    const { methods } = referenceAt(start, start.windowEnd);
    const counts: Record<string, number> = {};
    for (const method of methods) counts[method] = (counts[method] ?? 0) + 1;
    expect(methods).toHaveLength(28);
    expect(counts).toEqual({
      'calendar.events.list': 2,
      'calendar.events.instances': 5,
      'calendar.events.patch': 4,
      'drive.files.list': 1,
      'drive.files.create': 4,
      'drive.permissions.create': 4,
      'docs.documents.get': 4,
      'docs.documents.batchUpdate': 4,
    });
  });
});

describeFaultMatrix(start);
