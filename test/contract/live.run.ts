// Runs every contract suite against Google's real APIs (npm run test:live → dev/contract/live-main.ts,
// jest config test/contract/jest.live.config.js). Without credentials it fails: it never passes empty.
import { liveFactory } from '../../dev/contract/live-clients';
import { readLiveConfig } from '../../dev/contract/live-config';
import { calendarContract } from './calendar.contract';
import { docsContract } from './docs.contract';
import { driveContract } from './drive.contract';
import { readingsContract } from './readings.contract';

const config = readLiveConfig(process.env, 'test:live');
if (config.status !== 'ready') throw new Error(config.message);
const factory = liveFactory(config.credentials);

calendarContract(factory);
docsContract(factory);
driveContract(factory);
readingsContract(factory);
