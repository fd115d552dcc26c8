// Runs every contract suite against the Workspace emulator, as part of `npm test`; the same suites
// run against Google with `npm run test:live` (test/contract/live.run.ts).
import { emulatorFactory, emulatorFactoryUnder } from '../../dev/contract/emulator-clients';
import { READINGS, READINGS_NAMES } from '../../dev/emulator/readings';
import { calendarContract } from './calendar.contract';
import { docsContract } from './docs.contract';
import { driveContract } from './drive.contract';
import { readingsContract } from './readings.contract';

describe('the emulator target', () => {
  // The suites register their guest and sharing parts from the capabilities: a target that
  // promised a second person without having one would skip them silently.
  it('has the second person and the room its capabilities promise, and acts as that person', async () => {
    expect(emulatorFactory.capabilities).toEqual({ otherUser: true, actAsOther: true, room: true });
    const target = await emulatorFactory.create();
    expect(target.otherUser).toMatch(/@/);
    expect(target.otherUser).not.toBe(target.user);
    expect(target.otherClients).not.toBeNull();
    expect(target.room).toMatch(/@resource\.calendar\.google\.com$/);
  });
});

calendarContract(emulatorFactory);
docsContract(emulatorFactory);
driveContract(emulatorFactory);
// The rows of docs/platform-assumptions.md a live run settles, under every reading the emulator has.
for (const name of READINGS_NAMES) readingsContract(emulatorFactoryUnder(name), READINGS[name]);
