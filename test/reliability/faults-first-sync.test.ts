// Faults at every call position of the first sync, which runs inside the turn-on card: four docs
// made, shared and attached, five schedules read (support/fault-matrix.ts says what is checked);
// what a fault leaves undone, Alice's first hourly run (07:29Z) finishes.
import { sampleWorld } from '../../dev/sample-world';
import { describeFaultMatrix, referenceAt, type Start } from './support/fault-matrix';
import { aliceTurnsOn } from './support/worlds';

const start: Start = {
  name: 'the first sync, inside the turn-on',
  world: sampleWorld(),
  act: aliceTurnsOn,
  windowEnd: '2026-10-19T07:05:00Z',
  retriedBy: '2026-10-19T07:35:00Z',
  nextDay: '2026-10-20T05:00:00Z',
};

describe('the window the matrix varies', () => {
  it('is the turn-on’s first sync alone (Tandem’s own patches fire no trigger): 27 calls, 6 per pair for 4 pairs', () => {
    const { methods } = referenceAt(start, start.windowEnd);
    const counts: Record<string, number> = {};
    for (const method of methods) counts[method] = (counts[method] ?? 0) + 1;
    expect(methods).toHaveLength(27);
    expect(counts).toEqual({
      'calendar.events.list': 1,
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
