// Runs every contract suite against the Workspace emulator, as part of `npm test`; the same suites
// run against Google with `npm run test:live` (test/contract/live.run.ts).
import { emulatorFactory } from '../../dev/contract/emulator-clients';
import { calendarContract } from './calendar.contract';
import { docsContract } from './docs.contract';
import { driveContract } from './drive.contract';

calendarContract(emulatorFactory);
docsContract(emulatorFactory);
driveContract(emulatorFactory);
