// tandem-sim end to end: the built CLI (build/sim.js) on world files in a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tandem-sim-'));

function sim(...args: string[]) {
  const result = spawnSync(process.execPath, ['build/sim.js', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function worldWithDoc(path: string): void {
  const world = {
    now: '2026-11-23T08:00:00Z',
    users: [
      { email: 'alice@example.com', name: 'Alice Moreau', timeZone: 'Europe/Paris' },
      { email: 'bob@example.com', name: 'Bob Okafor', timeZone: 'Europe/Paris' },
    ],
    drive: {
      files: [
        {
          id: 'doc1',
          name: 'Notes',
          mimeType: 'application/vnd.google-apps.document',
          owners: [{ emailAddress: 'alice@example.com' }],
          document: {
            title: 'Notes',
            body: {
              content: [
                { endIndex: 1, sectionBreak: {} },
                {
                  startIndex: 1,
                  endIndex: 7,
                  paragraph: {
                    elements: [
                      { startIndex: 1, endIndex: 7, textRun: { content: 'Hello\n', textStyle: {} } },
                    ],
                    paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
                  },
                },
              ],
            },
          },
        },
      ],
    },
  };
  writeFileSync(path, JSON.stringify(world));
}

describe('tandem-sim', () => {
  it('new writes the sample world, which loads again', () => {
    const world = join(dir, 'sample.json');
    const made = sim('new', '--world', world);
    expect(made.code).toBe(0);
    const json = JSON.parse(readFileSync(world, 'utf8')) as {
      users: { email: string }[];
      calendars: Record<string, unknown>;
    };
    expect(json.users.map((u) => u.email)).toContain('alice@example.com');
    expect(Object.keys(json.calendars)).toContain('alice@example.com');
    expect(sim('calls', '--world', world).code).toBe(0);
  });

  it('calendar --insert stores the event in the organizer calendar, visible to the guest, and counts no Tandem call', () => {
    const world = join(dir, 'insert.json');
    worldWithDoc(world);
    const eventFile = join(dir, 'event.json');
    writeFileSync(
      eventFile,
      JSON.stringify({
        summary: 'Alice / Bob',
        start: { dateTime: '2026-11-24T10:00:00+01:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2026-11-24T10:30:00+01:00', timeZone: 'Europe/Paris' },
        recurrence: ['RRULE:FREQ=WEEKLY'],
        attendees: [{ email: 'alice@example.com' }, { email: 'bob@example.com' }],
      }),
    );
    const inserted = sim('calendar', '--as', 'alice@example.com', '--insert', eventFile, '--world', world);
    expect(inserted.err).toBe('');
    expect(inserted.code).toBe(0);
    const event = JSON.parse(inserted.out) as { id: string; organizer: { email: string } };
    expect(event.organizer.email).toBe('alice@example.com');
    const saved = JSON.parse(readFileSync(world, 'utf8')) as {
      calendars: Record<string, { events: { id: string }[] }>;
    };
    expect(saved.calendars['alice@example.com']?.events.map((e) => e.id)).toContain(event.id);
    expect(JSON.parse(sim('calls', '--world', world).out)).toEqual({});
  });

  it('edit applies Docs requests as a person and doc --format text prints the result', () => {
    const world = join(dir, 'edit.json');
    worldWithDoc(world);
    const requests = join(dir, 'requests.json');
    writeFileSync(
      requests,
      JSON.stringify({
        requests: [
          { insertText: { location: { index: 1 }, text: 'Agenda\n' } },
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 8 },
              paragraphStyle: { namedStyleType: 'HEADING_1' },
              fields: 'namedStyleType',
            },
          },
          {
            updateTextStyle: {
              range: { startIndex: 8, endIndex: 13 },
              textStyle: { strikethrough: true },
              fields: 'strikethrough',
            },
          },
        ],
      }),
    );
    const edited = sim(
      'edit',
      '--as',
      'alice@example.com',
      '--doc',
      'doc1',
      '--requests',
      requests,
      '--world',
      world,
    );
    expect(edited.err).toBe('');
    expect(edited.code).toBe(0);
    const text = sim('doc', '--doc', 'doc1', '--format', 'text', '--world', world);
    expect(text.out).toBe('# Agenda\n~~Hello~~\n');
  });

  it('refuses an edit by someone the doc is not shared with', () => {
    const world = join(dir, 'refused.json');
    worldWithDoc(world);
    const requests = join(dir, 'r2.json');
    writeFileSync(requests, JSON.stringify([{ insertText: { location: { index: 1 }, text: 'x' } }]));
    const edited = sim(
      'edit',
      '--as',
      'bob@example.com',
      '--doc',
      'doc1',
      '--requests',
      requests,
      '--world',
      world,
    );
    expect(edited.code).toBe(1);
    expect(edited.err).toMatch(/^tandem-sim: API call to docs\.documents\.batchUpdate failed with error: /);
  });

  describe('triggers', () => {
    it('prints each user’s installed triggers: none before turning on, then the calendar and hourly ones', () => {
      const world = join(dir, 'triggers.json');
      expect(sim('new', '--world', world).code).toBe(0);
      const before = JSON.parse(sim('triggers', '--world', world).out) as Record<string, unknown[]>;
      expect(Object.keys(before)).toContain('alice@example.com');
      expect(Object.values(before).every((list) => list.length === 0)).toBe(true);
      expect(sim('enable', '--world', world, '--as', 'alice@example.com').code).toBe(0);
      const after = sim('triggers', '--world', world, '--as', 'alice@example.com');
      expect(after.code).toBe(0);
      const mine = (
        JSON.parse(after.out) as Record<string, { function: string; kind: string; schedule: object }[]>
      )['alice@example.com'];
      expect(mine?.map(({ function: fn, kind, schedule }) => ({ fn, kind, schedule }))).toEqual([
        { fn: 'onCalendarEventUpdated', kind: 'calendar', schedule: { calendar: 'alice@example.com' } },
        {
          fn: 'onScheduledSync',
          kind: 'clock',
          schedule: { every: '1 hour', nextRun: expect.stringMatching(/^2026-10-19T0[78]:\d\d:00\.000Z$/) },
        },
      ]);
      expect(Object.keys(JSON.parse(after.out) as object)).toEqual(['alice@example.com']);
    });

    it('an unknown --as is bad input', () => {
      const result = sim('triggers', '--world', join(dir, 'sample.json'), '--as', 'zed@example.com');
      expect(result.code).toBe(2);
      expect(result.err).toBe('tandem-sim: zed@example.com is not a user of this world\n');
    });
  });

  describe('bad input', () => {
    it.each([
      [['doc', '--doc', 'x'], /--world FILE is required/],
      [['fly', '--world', 'w.json'], /unknown command "fly"/],
      [['doc', '--world', join(dir, 'missing.json'), '--doc', 'x'], /cannot read world/],
      [['tick', '--world', join(dir, 'sample.json'), '--to', 'soon'], /--to must be an ISO date-time/],
      [['calls', '--world', join(dir, 'sample.json'), '--fail', 'nope'], /--fail expects METHOD:CODE\[:N\]/],
    ])('%j exits 2 with one line', (args, message) => {
      const result = sim(...(args as string[]));
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.err.trim().split('\n')).toHaveLength(1);
    });

    it('a malformed world file names the bad field', () => {
      const world = join(dir, 'bad.json');
      writeFileSync(
        world,
        JSON.stringify({ now: '2026-11-23T08:00:00Z', users: [{ email: 'x', name: 'X', timeZone: 'UTC' }] }),
      );
      const result = sim('calls', '--world', world);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/users\.0\.email must be an email address/);
    });
  });
});
