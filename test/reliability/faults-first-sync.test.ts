// Faults at every call position of the first sync after turning Tandem on: 27 calls that make four
// docs, share and attach them, and read five schedules (support/fault-matrix.ts says what is checked).
import { describeFaultMatrix } from './support/fault-matrix';
import { aliceTurnedOn } from './support/worlds';

describeFaultMatrix({
  name: 'the first sync after turning on',
  world: aliceTurnedOn(),
  windowEnd: '2026-10-19T07:06:00Z',
  retriedBy: '2026-10-19T07:40:00Z',
  nextDay: '2026-10-20T05:00:00Z',
});
