// Input nobody should send: malformed and oversized world files given to tandem-sim, and settings
// forms filled with too much, too long or markup. Each gets a clear one-line error or is handled;
// nothing is half-saved, and the next sync still serves every pair.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_WORLD_BYTES } from '../../dev/emulator/world';
import { sampleWorld } from '../../dev/sample-world';
import { Scenario } from '../harness';
import { soundness } from './support/invariants';
import { advance, aliceTurnedOn, click, ALICE } from './support/worlds';
import { viewOf } from './support/world-view';

const dir = mkdtempSync(join(tmpdir(), 'tandem-hostile-'));

function sim(world: string, ...args: string[]) {
  return spawnSync(process.execPath, ['build/sim.js', ...args, '--world', world], { encoding: 'utf8' });
}

function worldFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const good = JSON.stringify(sampleWorld());
const withUser = (user: unknown) => JSON.stringify({ ...sampleWorld(), users: [user] });

const BAD_WORLDS: [string, () => string][] = [
  ['not JSON at all', () => 'this is not json {'],
  ['JSON that is not an object', () => '[1, 2, 3]'],
  ['no users', () => JSON.stringify({ ...sampleWorld(), users: [] })],
  [
    'a user whose email is not an email',
    () => withUser({ email: 'alice', name: 'A', timeZone: 'Europe/Paris' }),
  ],
  [
    'a user in a time zone that does not exist',
    () => withUser({ email: 'a@example.com', name: 'A', timeZone: 'Mars/Olympus' }),
  ],
  ['a clock that is not a date', () => JSON.stringify({ ...sampleWorld(), now: 'yesterday' })],
  ['an event id Calendar would refuse', () => good.replace('"bob1on1"', '"Bob-1on1!"')],
  [
    'a recurrence rule that is not one',
    () => good.replace('RRULE:FREQ=WEEKLY;BYDAY=TU', 'RRULE:FREQ=SOMETIMES'),
  ],
  [
    'a trigger of an unknown kind',
    () =>
      JSON.stringify({
        ...sampleWorld(),
        triggers: [{ id: '1', user: 'alice@example.com', handlerFunction: 'x', eventType: 'ON_OPEN' }],
      }),
  ],
  [
    'a Drive file without an owner',
    () => JSON.stringify({ ...sampleWorld(), drive: { files: [{ id: 'f1', name: 'x' }] } }),
  ],
  ['JSON nested 100,000 levels deep', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ['a file larger than the limit', () => `{"pad":"${'x'.repeat(MAX_WORLD_BYTES + 10)}"}`],
];

describe.each(BAD_WORLDS)('when tandem-sim is given a world file with %s', (name, text) => {
  const path = worldFile(`${name.replace(/\W+/g, '-')}.json`, text());
  const before = readFileSync(path, 'utf8');
  const result = sim(path, 'sync', '--as', 'alice@example.com');

  // design.md §7: "exit non-zero with a one-line message on bad input" (the README says 2; an
  // ownerless Drive file and an unknown --as user exit 1 today, reported to the lead).
  it('it exits non-zero with one line saying what is wrong, and no stack trace', () => {
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/^\s+at /);
    expect(lines[0]?.length).toBeGreaterThan(10);
    expect(lines[0]?.length).toBeLessThan(400);
  });

  it('it leaves the file as it was', () => {
    expect(readFileSync(path, 'utf8') === before).toBe(true);
  });
});

describe('when tandem-sim is given bad options', () => {
  const path = worldFile('ok.json', good);
  it.each([
    ['a --fail that is not METHOD:CODE', ['sync', '--as', 'alice@example.com', '--fail', 'drive:boom']],
    ['a --fail count of zero', ['sync', '--as', 'alice@example.com', '--fail', 'drive.files.create:500:0']],
    ['someone who is not in the world', ['sync', '--as', 'mallory@example.com']],
    [
      'an edit file that is not JSON',
      ['edit', '--as', 'alice@example.com', '--doc', 'x', '--requests', worldFile('bad-requests.json', '{')],
    ],
  ])('%s: exits non-zero with one line', (_name, args) => {
    const result = sim(path, ...args);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

/** The settings form as the card sends it; every field a string the user could type. */
function saveSettings(s: Scenario, form: Record<string, string>) {
  return click(s, ALICE, 'saveSettings', {}, form);
}

const VALID_FORM = {
  template: 'Check-in\nWins\nChallenges\nGrowth\nAction items',
  exclusionKeywords: 'interview, OOO',
  customQuestions: '',
};
const longQuestion = (i: number) => `growth: ${'é'.repeat(180)} question ${i}?`;

const BAD_FORMS: [string, Record<string, string>, RegExp][] = [
  [
    'eleven template headings',
    { template: Array.from({ length: 11 }, (_, i) => `Part ${i}`).join('\n') },
    /at most 10/,
  ],
  ['a 61-character heading', { template: `Check-in\n${'W'.repeat(61)}` }, /61 characters/],
  [
    '31 exclusion keywords',
    { exclusionKeywords: Array.from({ length: 31 }, (_, i) => `kw${i}`).join(', ') },
    /at most 30/,
  ],
  ['a 41-character keyword', { exclusionKeywords: 'k'.repeat(41) }, /at most 40/],
  [
    '51 custom questions',
    { customQuestions: Array.from({ length: 51 }, (_, i) => `Question ${i}?`).join('\n') },
    /Up to 50/,
  ],
  ['a 201-character question', { customQuestions: `${'q'.repeat(201)}?` }, /keep questions to 200/],
  [
    '10,000 lines of questions',
    { customQuestions: Array.from({ length: 10_000 }, (_, i) => `Q${i}?`).join('\n') },
    /Up to 50/,
  ],
];

describe('when the settings form is filled with input the rules refuse', () => {
  const s = new Scenario(aliceTurnedOn());
  advance(s, '2026-10-19T07:10:00Z');
  const saved = s.ws.toWorld().userProperties[ALICE]?.settings;

  it.each(BAD_FORMS)('%s: the card says why under the field, nothing is saved', (_name, form, message) => {
    const result = saveSettings(s, { ...VALID_FORM, ...form });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.value)).toMatch(message);
    expect(s.ws.toWorld().userProperties[ALICE]?.settings).toBe(saved);
  });
});

describe('when the settings form holds markup or the most text the rules allow', () => {
  const s = new Scenario(aliceTurnedOn());
  advance(s, '2026-10-19T07:10:00Z');
  const markup = '<b>Wins</b> <script>alert(1)</script> & "quotes"';
  const result = saveSettings(s, {
    template: `Check-in\n${markup}\nAction items`,
    exclusionKeywords: Array.from({ length: 30 }, (_, i) => `${'k'.repeat(38)}${i}`).join(', '),
    customQuestions: Array.from({ length: 50 }, (_, i) => longQuestion(i)).join('\n'),
  });

  it('saving answers a card, not a crash', () => {
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('the markup is kept as text: the card escapes it and the next section shows it literally', () => {
    expect(JSON.stringify(result.value)).not.toContain('<script>');
    advance(s, '2026-10-20T09:40:00Z'); // Bob's 1:1 is over: the next section uses the new template
    const lines = s.lines(s.docId(ALICE, 'bob@example.com'));
    expect(lines).toContain(`## ${markup}`);
  });

  it('every pair is still served, and nothing is shared with anyone new', () => {
    const view = viewOf(s.ws);
    expect(soundness(s.ws, view)).toEqual([]);
    expect(Object.keys(view.docs)).toHaveLength(4);
  });
});
