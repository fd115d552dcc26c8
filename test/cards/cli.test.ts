// The cards through tandem-sim, as a person at a terminal drives them: open-event, open-doc and
// click print the card JSON, and a click's effect shows in the doc and in `calls`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tandem-cards-cli-'));
const world = join(dir, 'world.json');
const ALICE = 'alice@example.com';
const PAIR = 'alice@example.com bob@example.com';

function sim(...args: string[]): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, ['build/sim.js', ...args, '--world', world], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout };
}

function ok(...args: string[]): string {
  const { code, out } = sim(...args);
  if (code !== 0) throw new Error(`tandem-sim ${args[0]} exited ${code}: ${out.slice(0, 300)}`);
  return out;
}

type CardJson = { name: string; sections: { header?: string; widgets: Record<string, unknown>[] }[] };

function questionIds(card: CardJson): string[] {
  return (
    JSON.stringify(card)
      .match(/"questionId","value":"[^"]+"/g)
      ?.map((m) => m.split('"')[5]!) ?? []
  );
}

describe('tandem-sim drives the cards', () => {
  let docId = '';

  it('open-event prints the event card, in two calls', () => {
    ok('new');
    ok('enable', '--as', ALICE);
    ok('tick', '--to', '2026-10-19T07:05:00Z');
    const before = JSON.parse(ok('calls')) as Record<string, number>;
    const card = JSON.parse(ok('open-event', '--as', ALICE, '--event', 'bob1on1')) as CardJson;
    expect(card.name).toBe('event');
    expect(JSON.stringify(card)).toContain('Bob Okafor');
    docId = /document\/d\/([^/]+)\/edit/.exec(JSON.stringify(card))![1]!;
    const after = JSON.parse(ok('calls')) as Record<string, number>;
    const spent = Object.keys(after)
      .map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)] as const)
      .filter(([, n]) => n > 0);
    expect(Object.fromEntries(spent)).toEqual({ 'calendar.events.instances': 1, 'docs.documents.get': 1 });
  });

  it('click addQuestion writes the question into the doc, and the next card moves on', () => {
    const card = JSON.parse(ok('open-event', '--as', ALICE, '--event', 'bob1on1')) as CardJson;
    const [first] = questionIds(card);
    const response = JSON.parse(
      ok(
        'click',
        '--as',
        ALICE,
        '--action',
        'addQuestion',
        '--event',
        'bob1on1',
        '--params',
        JSON.stringify({ pairKey: PAIR, questionId: first }),
      ),
    ) as { action: { notification: { text: string } } };
    expect(response.action.notification.text).toBe('Added to the agenda for tomorrow at 10:00.');
    expect(ok('doc', '--doc', docId)).toMatch(/## Check-in\n- .+\?\n## Wins/);
    expect(
      questionIds(JSON.parse(ok('open-event', '--as', ALICE, '--event', 'bob1on1')) as CardJson),
    ).not.toContain(first);
  });

  it('open-doc prints the sidebar of the agenda', () => {
    const card = JSON.parse(ok('open-doc', '--as', ALICE, '--doc', docId)) as CardJson;
    expect(card.name).toBe('sidebar');
    expect(card.sections[0]!.header).toBe('Next meeting · tomorrow at 10:00');
  });

  it('click with a bad action prints the error card; a bad --params exits non-zero with one line', () => {
    const card = JSON.parse(ok('click', '--as', ALICE, '--action', 'nope')) as {
      action: { navigations: { updateCard: CardJson }[] };
    };
    expect(card.action.navigations[0]!.updateCard.name).toBe('error');
    const bad = sim('click', '--as', ALICE, '--action', 'refresh', '--params', '{not json');
    expect(bad.code).not.toBe(0);
  });
});
