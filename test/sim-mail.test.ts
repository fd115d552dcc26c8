// tandem-sim mail end to end: the built CLI (build/sim.js) shows the e-mails Tandem sent, all of
// them or one person's mailbox, after the reminder to prepare was turned on and the clock moved.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tandem-sim-mail-'));

function sim(...args: string[]) {
  const result = spawnSync(process.execPath, ['build/sim.js', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

interface Mail {
  from: string;
  to: string[];
  subject: string;
  body: string;
  sentAt: string;
}

describe('tandem-sim mail', () => {
  const world = join(dir, 'mail.json');

  it('prints nothing before Tandem sent any e-mail', () => {
    expect(sim('new', '--world', world).code).toBe(0);
    const none = sim('mail', '--world', world);
    expect(none.code).toBe(0);
    expect(JSON.parse(none.out)).toEqual([]);
  });

  it('prints the reminder in the mailbox of the person who turned it on, and in no one else’s', () => {
    expect(sim('enable', '--world', world, '--as', 'alice@example.com').code).toBe(0);
    const form = JSON.stringify({
      template: 'Check-in\nWins\nChallenges\nGrowth\nAction items',
      remindDayBefore: 'on',
      remindHour: '10',
    });
    const saved = sim(
      'click',
      '--world',
      world,
      '--as',
      'alice@example.com',
      '--action',
      'saveSettings',
      '--form',
      form,
    );
    expect(saved.code).toBe(0);
    // Monday 2026-10-19: 10:00 in Paris is 08:00Z; Alice's 1:1 with Bob is on Tuesday.
    expect(sim('tick', '--world', world, '--to', '2026-10-19T09:30:00Z').code).toBe(0);
    const alice = JSON.parse(sim('mail', '--world', world, '--to', 'alice@example.com').out) as Mail[];
    expect(alice).toHaveLength(1);
    expect(alice[0]).toMatchObject({ from: 'alice@example.com', to: ['alice@example.com'] });
    expect(alice[0]?.subject).toMatch(/^Your 1:1 tomorrow, Tue, Oct 20: Bob Okafor$/);
    expect(alice[0]?.body).toContain('10:00 · 1:1 with Bob Okafor');
    expect(Date.parse(alice[0]!.sentAt)).toBeGreaterThanOrEqual(Date.parse('2026-10-19T08:00:00Z'));
    expect(JSON.parse(sim('mail', '--world', world, '--as', 'alice@example.com').out)).toEqual(alice);
    expect(JSON.parse(sim('mail', '--world', world, '--to', 'bob@example.com').out)).toEqual([]);
    expect(JSON.parse(sim('mail', '--world', world).out)).toEqual(alice);
  });

  it('an unknown person is bad input', () => {
    const unknown = sim('mail', '--world', world, '--to', 'nobody@example.com');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/nobody@example.com is not a user of this world/);
  });
});
