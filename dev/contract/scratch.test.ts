// Scratch resources: run ids fit Google's id alphabet, and the sweep removes only old leftovers.
import { isValidEventId } from '../emulator/calendar';
import { GOOGLE_DOC_MIME_TYPE } from './clients';
import { emulatorTarget } from './emulator-clients';
import { newRunId, RUN_KEY, SCRATCH_KEY, SCRATCH_VALUE, SWEEP_AFTER_MS, sweepLeftovers } from './scratch';

const TAG = { [SCRATCH_KEY]: SCRATCH_VALUE, [RUN_KEY]: 'tcold' };

describe('when a run id is made', () => {
  it('uses only base32hex characters, so it can start an event id', () => {
    const id = newRunId(Date.parse('2026-11-23T08:00:00Z'), () => 0.999);
    expect(id).toMatch(/^tc[0-9a-v]+$/);
    expect(isValidEventId(`${id}0001`)).toBe(true);
  });

  it('differs between two runs started in the same millisecond', () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    expect(newRunId(now, () => 0.1)).not.toBe(newRunId(now, () => 0.2));
  });
});

describe('when an earlier run left scratch events and files behind', () => {
  it('removes those older than the sweep age and keeps recent ones and untagged ones', async () => {
    const target = emulatorTarget();
    const { calendar, drive } = target.clients;
    const event = (summary: string, tagged: boolean) =>
      calendar.insert('primary', {
        summary,
        start: { dateTime: '2027-04-06T09:00:00Z' },
        end: { dateTime: '2027-04-06T09:30:00Z' },
        ...(tagged ? { extendedProperties: { private: TAG } } : {}),
      });
    const file = (name: string) =>
      drive.files.create({ name, mimeType: GOOGLE_DOC_MIME_TYPE, appProperties: TAG }, { fields: 'id' });
    const oldEvent = await event('old', true);
    const untagged = await event('a real meeting', false);
    const oldFile = await file('old');
    target.ws.now += SWEEP_AFTER_MS + 60_000;
    const recentEvent = await event('recent', true);
    const recentFile = await file('recent');

    const report = await sweepLeftovers(target, target.ws.now);

    expect(report).toEqual({ events: 1, files: 1 });
    expect((await calendar.get('primary', oldEvent.id ?? '')).status).toBe('cancelled');
    expect((await calendar.get('primary', recentEvent.id ?? '')).status).toBe('confirmed');
    expect((await calendar.get('primary', untagged.id ?? '')).status).toBe('confirmed');
    expect(target.discarded).toEqual([oldFile.id]);
    expect(target.discarded).not.toContain(recentFile.id);
  });
});

describe('edge cases', () => {
  it('finds nothing to do in an empty calendar and Drive', async () => {
    expect(await sweepLeftovers(emulatorTarget())).toEqual({ events: 0, files: 0 });
  });
});
