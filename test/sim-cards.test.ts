// tandem-sim's card commands as design.md §7 gives them, through the built CLI (build/sim.js):
// open-doc [--grant], click on the card of an event (--event) or a doc (--doc), and --save, since
// Calendar keeps what a card attaches to the open event only if the person saves it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { World } from '../dev/emulator/world';

const dir = mkdtempSync(join(tmpdir(), 'tandem-sim-cards-'));
const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';

type Card = { name: string; sections: { header?: string; widgets: Record<string, unknown>[] }[] };
type Response = {
  action?: { navigations?: { updateCard?: Card }[] };
  hostAppAction?: {
    calendarAction?: { addAttachmentsActionMarkup?: { addonAttachments: { resourceUrl: string }[] } };
  };
};

function sim(world: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['build/sim.js', ...args, '--world', world], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function ok(world: string, ...args: string[]): string {
  const { code, out, err } = sim(world, ...args);
  if (code !== 0) throw new Error(`tandem-sim ${args[0]} exited ${code}: ${err}${out.slice(0, 300)}`);
  return out;
}

function readWorld(world: string): World {
  return JSON.parse(readFileSync(world, 'utf8')) as World;
}

function seriesAttachments(world: string, seriesId: string): string[] {
  const event = readWorld(world).calendars[ALICE]?.events.find((e) => e.id === seriesId);
  return (event?.attachments ?? []).map((a) => a.fileUrl ?? '');
}

const DANA = 'dana@example.net';
/** A weekly 1:1 Alice adds after turning Tandem on: no sync has seen it, so it has no doc yet. */
const DANA_SERIES = {
  id: 'dana1on1',
  summary: 'Alice / Dana',
  start: { dateTime: '2026-10-21T15:00:00', timeZone: 'Europe/Paris' },
  end: { dateTime: '2026-10-21T15:30:00', timeZone: 'Europe/Paris' },
  recurrence: ['RRULE:FREQ=WEEKLY'],
  attendees: [{ email: ALICE }, { email: DANA, displayName: 'Dana Lee' }],
};

/** A fresh sample world with Alice's Tandem on and her new 1:1 with Dana, which has no doc. */
function freshWorld(name: string): string {
  const world = join(dir, `${name}.json`);
  ok(world, 'new');
  ok(world, 'enable', '--as', ALICE);
  const event = join(dir, `${name}-event.json`);
  writeFileSync(event, JSON.stringify(DANA_SERIES));
  ok(world, 'calendar', '--as', ALICE, '--insert', event);
  return world;
}

const createDoc = [
  '--action',
  'createDoc',
  '--params',
  JSON.stringify({ pairKey: `${ALICE} ${DANA}`, seriesId: 'dana1on1' }),
];

describe('click --event: the press happens on that event’s card', () => {
  it('Calendar keeps no attachment from the card unless the event is saved (the default)', () => {
    const world = freshWorld('unsaved');
    const patches = () =>
      (JSON.parse(ok(world, 'calls')) as Record<string, number>)['calendar.events.patch'] ?? 0;
    const before = { attachments: seriesAttachments(world, 'dana1on1'), patches: patches() };
    const { code, out, err } = sim(world, 'click', '--as', ALICE, '--event', 'dana1on1', ...createDoc);
    expect(code).toBe(0);
    const response = JSON.parse(out) as Response;
    const offered = response.hostAppAction?.calendarAction?.addAttachmentsActionMarkup?.addonAttachments;
    expect(offered).toHaveLength(1);
    // "Changes made by these actions are only saved when the user saves the Calendar event itself."
    // — developers.google.com/workspace/add-ons/calendar/calendar-actions
    expect(err).toMatch(
      /^tandem-sim: the event was not saved, so Calendar kept no attachment .*; pass --save to save it\n$/,
    );
    // Only Tandem's own events.patch may have attached anything; the card's response did not.
    if (patches() === before.patches)
      expect(seriesAttachments(world, 'dana1on1')).toEqual(before.attachments);
  });

  it('--save saves the open event as the person: the doc is attached to the series, once', () => {
    const world = freshWorld('saved');
    const { code, out, err } = sim(
      world,
      'click',
      '--as',
      ALICE,
      '--event',
      'dana1on1',
      '--save',
      ...createDoc,
    );
    expect(code).toBe(0);
    const url = (JSON.parse(out) as Response).hostAppAction?.calendarAction?.addAttachmentsActionMarkup
      ?.addonAttachments[0]?.resourceUrl;
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(err).toMatch(/^tandem-sim: saved the event/);
    const attached = seriesAttachments(world, 'dana1on1');
    const docId = /\/d\/([^/]+)/.exec(url ?? '')?.[1] ?? '';
    expect(attached.filter((u) => u.includes(docId))).toHaveLength(1);
  });

  it('an event the person does not have is bad input: exit 2, one line, world untouched', () => {
    const world = freshWorld('noevent');
    const before = readFileSync(world, 'utf8');
    const { code, err } = sim(
      world,
      'click',
      '--as',
      ALICE,
      '--event',
      'nosuchevent1',
      '--action',
      'refresh',
    );
    expect(code).toBe(2);
    expect(err).toBe(`tandem-sim: no event nosuchevent1 in ${ALICE}'s calendar\n`);
    expect(readFileSync(world, 'utf8')).toBe(before);
  });

  it('--event and --doc together, or --save without an event, are bad input', () => {
    const world = freshWorld('both');
    const both = sim(
      world,
      'click',
      '--as',
      ALICE,
      '--action',
      'refresh',
      '--event',
      'bob1on1',
      '--doc',
      'd1',
    );
    expect([both.code, both.err]).toEqual([2, 'tandem-sim: click takes --event ID or --doc ID, not both\n']);
    const save = sim(world, 'click', '--as', ALICE, '--action', 'refresh', '--save');
    expect([save.code, save.err]).toEqual([
      2,
      'tandem-sim: --save needs --event ID: the open event to save\n',
    ]);
  });

  it('refresh on the event card answers with that event’s card; with no context, the homepage', () => {
    const world = freshWorld('refresh');
    const onEvent = JSON.parse(
      ok(world, 'click', '--as', ALICE, '--event', 'bob1on1', '--action', 'refresh'),
    ) as Response;
    expect(onEvent.action?.navigations?.[0]?.updateCard?.name).toBe('event');
    const nowhere = JSON.parse(ok(world, 'click', '--as', ALICE, '--action', 'refresh')) as Response;
    expect(nowhere.action?.navigations?.[0]?.updateCard?.name).toBe('home');
  });
});

describe('open-doc and click --doc: the Docs sidebar of that doc', () => {
  const world = join(dir, 'docs.json');
  let docId = '';

  beforeAll(() => {
    ok(world, 'new');
    ok(world, 'enable', '--as', ALICE);
    ok(world, 'tick', '--to', '2026-10-19T07:05:00Z');
    const files = JSON.parse(ok(world, 'files', '--as', BOB)) as { id: string; name: string }[];
    docId = files.find((f) => f.name.includes('Bob Okafor'))?.id ?? '';
    expect(docId).not.toBe('');
  });

  it('an unknown doc id is an error, not an access card: exit 2, one line, world untouched', () => {
    const before = readFileSync(world, 'utf8');
    for (const args of [
      ['open-doc', '--as', BOB, '--doc', 'nosuchdoc'],
      ['open-doc', '--as', BOB, '--doc', 'nosuchdoc', '--grant'],
      ['click', '--as', BOB, '--doc', 'nosuchdoc', '--action', 'refresh'],
    ]) {
      const { code, out, err } = sim(world, ...args);
      expect({ code, out, err }).toEqual({
        code: 2,
        out: '',
        err: 'tandem-sim: no document nosuchdoc in this world\n',
      });
    }
    expect(readFileSync(world, 'utf8')).toBe(before);
  });

  it('a doc not shared with the person is an error too', () => {
    const { code, err } = sim(world, 'open-doc', '--as', 'chloe@example.com', '--doc', docId);
    expect(code).toBe(2);
    expect(err).toBe(
      `tandem-sim: chloe@example.com cannot open document ${docId}: it is not shared with them\n`,
    );
  });

  it('without --grant, the other person is asked to allow access; --grant does what “Allow access” does', () => {
    const asked = JSON.parse(ok(world, 'open-doc', '--as', BOB, '--doc', docId)) as Card;
    expect(JSON.stringify(asked)).toContain('Allow access to this doc');
    const granted = JSON.parse(ok(world, 'open-doc', '--as', BOB, '--doc', docId, '--grant')) as Card;
    expect(JSON.stringify(granted)).not.toContain('Allow access to this doc');
    expect(granted.sections.map((s) => s.header)).toContain('Open action items');
    // The grant is part of the world: the next open needs no --grant.
    const again = JSON.parse(ok(world, 'open-doc', '--as', BOB, '--doc', docId)) as Card;
    expect(again).toEqual(granted);
  });

  it('click --doc presses a button of that doc’s sidebar: refresh answers with the sidebar', () => {
    const response = JSON.parse(
      ok(world, 'click', '--as', BOB, '--doc', docId, '--action', 'refresh'),
    ) as Response;
    expect(response.action?.navigations?.[0]?.updateCard?.name).toBe('sidebar');
    expect(JSON.stringify(response)).toContain('Open action items');
  });
});

describe('the card options on other commands', () => {
  it('--grant and --save belong to open-doc and click: elsewhere they are bad input', () => {
    const world = freshWorld('options');
    const grant = sim(world, 'open-event', '--as', ALICE, '--event', 'bob1on1', '--grant');
    expect([grant.code, grant.err]).toEqual([2, 'tandem-sim: --grant is an option of open-doc only\n']);
    const save = sim(world, 'open-event', '--as', ALICE, '--event', 'bob1on1', '--save');
    expect([save.code, save.err]).toEqual([2, 'tandem-sim: --save is an option of click only\n']);
  });
});

describe('tandem-sim --help', () => {
  it('names the card options: --event/--doc on click, --grant and --save', () => {
    const result = spawnSync(process.execPath, ['build/sim.js', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('open-doc --as EMAIL --doc ID [--grant]');
    expect(result.stdout).toContain(
      'click --as EMAIL --action NAME [--event ID | --doc ID] [--params JSON] [--form JSON] [--save]',
    );
    expect(result.stdout).toMatch(/--save saves it, else Calendar drops them/);
  });
});
