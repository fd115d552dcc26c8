// The same story through tandem-sim, as a person at a terminal would drive it (issue 3: "the
// scenarios pass through tandem-sim as well as in jest").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tandem-cli-'));
const world = join(dir, 'world.json');

function sim(...args: string[]): string {
  const result = spawnSync(process.execPath, ['build/sim.js', ...args, '--world', world], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`tandem-sim ${args[0]} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

function json<T>(text: string): T {
  return JSON.parse(text) as T;
}

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

interface DocJson {
  body: { content: { endIndex: number; paragraph?: unknown }[] };
}

describe('tandem-sim: a manager turns Tandem on and holds a 1:1', () => {
  let bobDoc = '';

  it('new + enable creates the pair docs (the first sync runs in the turn-on)', () => {
    sim('new');
    sim('enable', '--as', 'alice@example.com');
    const files = json<{ id: string; name: string; permissions: { emailAddress: string }[] }[]>(
      sim('files', '--as', 'bob@example.com'),
    );
    expect(files.map((f) => f.name)).toEqual(['Alice Moreau & Bob Okafor · 1:1']);
    bobDoc = files[0]?.id ?? '';
    expect(files[0]?.permissions.map((p) => p.emailAddress).sort()).toEqual([
      'alice@example.com',
      'bob@example.com',
    ]);
    expect(sim('doc', '--doc', bobDoc)).toContain(
      '# 2026-10-20 · Tuesday\n## Check-in\n## Wins\n## Challenges\n## Growth\n## Action items',
    );
  });

  it('an item Bob adds is carried to the next meeting once the meeting is over', () => {
    const doc = json<DocJson>(sim('doc', '--doc', bobDoc, '--format', 'json'));
    const end = doc.body.content[doc.body.content.length - 1]?.endIndex ?? 2;
    const text = '[ ] Bob: share the roadmap draft';
    const requests = file('add-item.json', {
      requests: [
        { insertText: { location: { index: end - 1 }, text: `\n${text}` } },
        {
          updateParagraphStyle: {
            range: { startIndex: end, endIndex: end + text.length },
            paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
            fields: 'namedStyleType',
          },
        },
      ],
    });
    sim('edit', '--as', 'bob@example.com', '--doc', bobDoc, '--requests', requests);
    // The meeting ends at 08:30Z; Alice's first hourly run after it (at :29) prepares the next section.
    sim('tick', '--to', '2026-10-20T09:40:00Z');
    const lines = sim('doc', '--doc', bobDoc).split('\n');
    const next = lines.indexOf('# 2026-10-27 · Tuesday');
    const held = lines.indexOf('# 2026-10-20 · Tuesday');
    expect(next).toBeGreaterThan(0);
    expect(lines.slice(next, held)).toContain('- [ ] Bob: share the roadmap draft · from 2026-10-20');
    expect(lines.slice(held)).toContain('[ ] Bob: share the roadmap draft');
  });

  it('moving the next occurrence moves its untouched section', () => {
    const patch = file('move.json', {
      start: { dateTime: '2026-10-29T10:00:00+01:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-10-29T10:30:00+01:00', timeZone: 'Europe/Paris' },
    });
    sim('calendar', '--as', 'alice@example.com', '--patch', 'bob1on1_20261027T090000Z', patch);
    sim('tick', '--to', '2026-10-20T09:50:00Z'); // the calendar trigger, a minute after the change
    expect(sim('doc', '--doc', bobDoc)).toMatch(/^# 2026-10-29 · Thursday$/m);
    expect(sim('doc', '--doc', bobDoc)).not.toMatch(/^# 2026-10-27/m);
  });

  it('a steady-state sync costs one call', () => {
    const before = json<Record<string, number>>(sim('calls'));
    const report = json<{ ok: boolean; calls: Record<string, number> }>(
      sim('sync', '--as', 'alice@example.com'),
    );
    expect(report.ok).toBe(true);
    expect(report.calls).toEqual({ 'calendar.events.list': 1 });
    expect(json<Record<string, number>>(sim('calls'))['calendar.events.list']).toBe(
      (before['calendar.events.list'] ?? 0) + 1,
    );
  });
});
