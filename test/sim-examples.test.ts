// The README's tandem-sim walk-through, run as written: the example event file is accepted by
// `calendar --insert`, `files` names the doc Tandem then makes (its id is the DOC_ID the other
// commands take), and `--help` says where the example lives and what `files` is for.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';

const EXAMPLE = join('docs', 'examples', 'weekly-1on1.json');
const dir = mkdtempSync(join(tmpdir(), 'tandem-sim-examples-'));
const world = join(dir, 'world.json');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sim(...args: string[]) {
  const result = spawnSync(process.execPath, ['build/sim.js', ...args, '--world', world], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the README example of tandem-sim', () => {
  it('inserts the example 1:1, turns Tandem on, and finds the new doc id with files', () => {
    expect(sim('new').code).toBe(0);
    const inserted = sim('calendar', '--as', 'bob@example.com', '--insert', EXAMPLE);
    expect(inserted.err).toBe('');
    expect(inserted.code).toBe(0);
    const event = JSON.parse(inserted.out) as calendar_v3.Schema$Event;
    const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as calendar_v3.Schema$Event;
    expect(event).toMatchObject({
      summary: example.summary,
      recurrence: example.recurrence,
      organizer: { email: 'bob@example.com' },
      start: { dateTime: '2026-10-22T14:00:00+02:00', timeZone: 'Europe/Paris' },
    });
    expect(event.attendees?.map((a) => a.email)).toEqual(['bob@example.com', 'diego@example.com']);

    expect(sim('enable', '--as', 'bob@example.com').code).toBe(0);
    const files = JSON.parse(sim('files', '--as', 'bob@example.com').out) as { id: string; name: string }[];
    const doc = files.find((f) => f.name === 'Bob Okafor & Diego Ramírez · 1:1');
    expect(doc?.id).toBeTruthy();
    const text = sim('doc', '--doc', doc?.id ?? '', '--format', 'text');
    expect(text.code).toBe(0);
    expect(text.out).toContain('# 2026-10-22 · Thursday');
  });

  it('--help names the example file and what files is for', () => {
    const help = spawnSync(process.execPath, ['build/sim.js', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('docs/examples/weekly-1on1.json');
    expect(help.stdout).toMatch(/files --as EMAIL[\s\S]*DOC_ID/);
  });
});
