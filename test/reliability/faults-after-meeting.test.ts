// Faults at every call position of the runs after a meeting, with people's edits, a moved occurrence,
// a series whose other person changed, a new report and two installs (support/worlds.ts).
import { describeFaultMatrix } from './support/fault-matrix';
import { afterAWeekOfEdits } from './support/worlds';

describeFaultMatrix({
  name: 'the runs after a meeting, with edits, calendar changes and two installs',
  world: afterAWeekOfEdits(),
  windowEnd: '2026-10-20T08:38:00Z',
  retriedBy: '2026-10-20T09:10:00Z',
  nextDay: '2026-10-21T05:00:00Z',
});
