// Privacy and scopes audit: stories that use every part of Tandem — background syncs over weeks with
// two installs, people's edits and calendar changes, every button of every card, refused shares and
// deleted docs, both people keeping private notes — then: no file ever shared outside its pair, no
// private doc shared at all, no log line or error carrying doc text, a title, a name or an email,
// no word of a private note in a shared doc or another person's card, and the manifest's scopes
// exactly the README's justified list.
import { readFileSync } from 'node:fs';
import { sampleWorld } from '../../dev/sample-world';
import { ENTRY } from '../../dev/driver/entry-points';
import { docIdOfUrl } from '../../dev/emulator/doc-links';
import type { Workspace } from '../../dev/emulator/workspace';
import { privateTag } from '../../src/app/private-notes';
import { Scenario } from '../harness';
import { auditRuns, leaks, privateStrings, type AuditedRun } from './support/audit';
import { sharesOutsidePairs } from './support/invariants';
import {
  advance,
  afterAWeekOfEdits,
  aliceTurnedOn,
  aliceTurnsOn,
  appendToSection,
  click,
  ALICE,
  BOB,
  CHLOE,
  FARID,
} from './support/worlds';

const SECRETS_WRITTEN = [
  'Secret salary band for Priya',
  'Confidential: medical leave in March',
  '[ ] Bob: تقييم الأداء السري',
  'Resignation letter drafted 🫣',
];

/** What each person writes in their own private notes: never to reach the other, a log or an error. */
const PRIVATE_NOTES: Record<string, string[]> = {
  [ALICE]: ['Alice private: Bob may be burning out', 'Alice privé : promotion refusée 🤐'],
  [BOB]: ['Bob private: interviewing elsewhere', 'Bob privé : سرّي جدا'],
};
const PRIVATE_WRITTEN = Object.values(PRIVATE_NOTES).flat();
const ALICE_BOB = `${ALICE} ${BOB}`;

/** The private-notes docs in the world, with their owner. */
function privateDocs(ws: Workspace): { id: string; owner: string; tag: string }[] {
  return ws.drive
    .allFiles()
    .filter((f) => f.meta.appProperties?.tandemPrivate)
    .map((f) => ({
      id: f.meta.id as string,
      owner: f.meta.owners?.[0]?.emailAddress ?? '',
      tag: f.meta.appProperties?.tandemPrivate ?? '',
    }));
}

/**
 * Alice and Bob both run Tandem, and each presses “My private notes” on their 1:1 (Alice from the
 * event card, Bob from the Docs sidebar) and writes in the next meeting's section of their own notes.
 */
function bothKeepPrivateNotes(s: Scenario): void {
  if (s.ws.toWorld().userProperties[BOB]?.enabled !== 'true') s.enable(BOB);
  const presses: [string, Record<string, string>][] = [
    [ALICE, { pairKey: ALICE_BOB, seriesId: 'bob1on1' }],
    [BOB, { pairKey: ALICE_BOB, docId: s.docId(ALICE, BOB) }],
  ];
  for (const [email, params] of presses) {
    if (params.docId) s.ws.drive.grantFileScope(email, params.docId);
    const pressed = click(s, email, 'privateNotes', params);
    const url = (pressed.value as { action?: { link?: { url?: string } } } | null)?.action?.link?.url ?? '';
    const notes = /\/edit$/.test(url) ? docIdOfUrl(url) : null;
    if (!notes)
      throw new Error(`no private notes for ${email}: ${pressed.error ?? JSON.stringify(pressed.value)}`);
    const date = /^# (\d{4}-\d{2}-\d{2})/.exec(s.lines(notes).find((l) => l.startsWith('# ')) ?? '')?.[1];
    for (const line of PRIVATE_NOTES[email] ?? []) appendToSection(s, email, notes, date ?? '', line);
  }
}

/** The button parameters (action and the rest) found anywhere in a card or response JSON. */
function buttons(value: unknown): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  JSON.stringify(value, (key, inner: unknown) => {
    if (key === 'parameters' && Array.isArray(inner))
      found.push(Object.fromEntries(inner.map((p: { key: string; value: string }) => [p.key, p.value])));
    return inner;
  });
  return found;
}

/** Every action pressed by pressEverything, across stories. */
const pressedActions = new Set<string>();

/** Opens every card a person can open and presses every button on it once (Turn off last). */
function pressEverything(s: Scenario, email: string, docId: string, eventId: string): void {
  s.ws.drive.grantFileScope(email, docId);
  const cards = [
    s.driver.homepage(email),
    s.driver.openEvent(email, eventId),
    s.driver.openDoc(email, docId),
    s.driver.card(email, ENTRY.docsFileScopeGranted, { docId }),
  ];
  const pressed = new Set<string>();
  const queue = cards.flatMap((c) => buttons(c.value));
  for (let i = 0; i < queue.length && pressed.size < 60; i++) {
    const { action, ...params } = queue[i] ?? {};
    const id = JSON.stringify([action, params]);
    if (!action || action === 'turnOff' || pressed.has(id)) continue;
    pressed.add(id);
    pressedActions.add(action);
    const result = click(s, email, action, params);
    queue.push(...buttons(result.value));
  }
}

interface Told {
  s: Scenario;
  runs: AuditedRun[];
}

function story(name: string, play: (s: Scenario) => Scenario): [string, () => Told] {
  return [
    name,
    () => {
      const audit = auditRuns();
      try {
        const s = play(new Scenario(aliceTurnedOn()));
        return { s, runs: audit.runs };
      } finally {
        audit.stop();
      }
    },
  ];
}

const STORIES = [
  story('six weeks of a manager and a report who both run Tandem, with edits and calendar changes', (s) => {
    s.enable(BOB);
    advance(s, '2026-10-20T07:00:00Z');
    bothKeepPrivateNotes(s);
    const doc = s.docId(ALICE, BOB);
    appendToSection(s, BOB, doc, '2026-10-20', SECRETS_WRITTEN[0] ?? '');
    appendToSection(s, ALICE, doc, '2026-10-20', SECRETS_WRITTEN[1] ?? '');
    appendToSection(s, BOB, doc, '2026-10-20', SECRETS_WRITTEN[2] ?? '');
    s.calendarAs(ALICE).Events.remove('primary', 'chloe1on1_20261022T120000Z');
    const chloe = s.event(ALICE, 'chloe1on1');
    s.calendarAs(ALICE).Events.patch(
      { attendees: [...(chloe.attendees ?? []), { email: FARID }] },
      'primary',
      'chloe1on1',
    );
    advance(s, '2026-11-01T12:00:00Z');
    appendToSection(s, ALICE, doc, '2026-11-03', SECRETS_WRITTEN[3] ?? '');
    advance(s, '2026-11-30T12:00:00Z');
    return s;
  }),
  story('every button of every card, pressed by the manager and by the report', (s) => {
    s.enable(BOB);
    advance(s, '2026-10-20T09:40:00Z'); // after Alice's hourly run past Bob's 1:1
    const doc = s.docId(ALICE, BOB);
    appendToSection(s, BOB, doc, '2026-10-27', SECRETS_WRITTEN[2] ?? '');
    bothKeepPrivateNotes(s);
    pressEverything(s, ALICE, doc, 'bob1on1_20261027T090000Z');
    pressEverything(s, BOB, doc, 'bob1on1_20261027T090000Z');
    pressEverything(s, ALICE, s.docId(ALICE, CHLOE), 'chloe1on1');
    advance(s, '2026-10-28T12:00:00Z');
    return s;
  }),
  story('a domain that refuses every share, and a doc deleted by a person', () => {
    // Refused from the first sync on, which runs in the turn-on card.
    const s = new Scenario(sampleWorld());
    s.ws.ledger.addFault({ method: 'drive.permissions.create', code: 403, remaining: 1000 });
    aliceTurnsOn(s);
    advance(s, '2026-10-20T07:00:00Z');
    bothKeepPrivateNotes(s);
    s.ws.drive.driveService(s.ws.personContext(ALICE)).Files.update({ trashed: true }, s.docId(ALICE, CHLOE));
    advance(s, '2026-10-24T12:00:00Z');
    return s;
  }),
  story('the runs after a meeting, replayed from a world with edits, a replaced report and a new one', () => {
    const s = new Scenario(afterAWeekOfEdits());
    bothKeepPrivateNotes(s);
    advance(s, '2026-10-27T12:00:00Z');
    return s;
  }),
];

describe.each(STORIES)('the story of %s', (_name, play) => {
  const { s, runs } = play();
  const answers = runs.map((run) => ({ user: run.user, json: run.answer }));

  it('ran many executions, all of them to the end', () => {
    expect(runs.length).toBeGreaterThan(5);
  });

  it('shared no file with anyone outside its pair, ever', () => {
    expect(sharesOutsidePairs(s.ws)).toEqual([]);
  });

  it('logged no doc text, event title, name or email, not even in an error', () => {
    const secrets = privateStrings(s.ws, [...SECRETS_WRITTEN, ...PRIVATE_WRITTEN]);
    expect(secrets.length).toBeGreaterThan(10);
    expect(leaks(runs, secrets)).toEqual([]);
  });

  describe('with both people keeping private notes', () => {
    const notes = privateDocs(s.ws);

    it('each of them has one private doc on their 1:1, owned by them, with what they wrote', () => {
      const onTheirs = notes.filter((n) => n.tag === privateTag(ALICE_BOB, n.owner));
      expect(onTheirs.map((n) => n.owner).sort()).toEqual([ALICE, BOB]);
      for (const { id, owner } of onTheirs)
        for (const line of PRIVATE_NOTES[owner] ?? []) expect(s.lines(id)).toContain(line);
    });

    it('never shared one: the sharing log has no entry for a private doc, and each has only its owner', () => {
      const ids = new Set(notes.map((n) => n.id));
      expect(s.ws.drive.sharingLog().filter((r) => ids.has(r.fileId))).toEqual([]);
      for (const { id, owner } of notes) {
        expect(s.sharedWith(id)).toEqual([owner]);
        for (const other of [ALICE, BOB].filter((e) => e !== owner))
          expect(s.ws.drive.hasFileScope(other, id)).toBe(false);
      }
    });

    it('no word of them is in a shared doc', () => {
      const shared = s.ws.drive.allFiles().filter((f) => f.meta.appProperties?.tandemApp === 'agenda');
      expect(shared.length).toBeGreaterThan(0);
      for (const file of shared) {
        const text = s.lines(file.meta.id as string).join('\n');
        for (const line of PRIVATE_WRITTEN) expect(text).not.toContain(line);
      }
    });

    it('no card or response the other person saw names them or carries a word of them', () => {
      for (const { id, owner } of notes) {
        const seenByOthers = answers.filter((a) => a.user !== owner);
        expect(seenByOthers.length).toBeGreaterThan(0);
        for (const answer of seenByOthers) {
          expect(answer.json).not.toContain(id);
          for (const line of PRIVATE_NOTES[owner] ?? []) expect(answer.json).not.toContain(line);
        }
      }
      // Nor any card at all: cards open the notes, they never show them.
      for (const answer of answers)
        for (const line of PRIVATE_WRITTEN) expect(answer.json).not.toContain(line);
    });
  });
});

describe('the audit itself', () => {
  it('pressed the buttons of every kind of card', () => {
    expect([...pressedActions].sort()).toEqual(
      expect.arrayContaining(['addQuestion', 'markDone', 'openSettings', 'prepareNow', 'privateNotes']),
    );
  });

  it('finds a secret in a log line when there is one', () => {
    expect(
      leaks(
        [{ user: ALICE, functionName: 'x', lines: ['pairFailed {"who":"Bob@Example.com"}'], answer: '' }],
        [BOB],
      ),
    ).toHaveLength(1);
  });
});

describe('the OAuth scopes', () => {
  const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## OAuth scopes'));
  const table = section.slice(0, section.indexOf('\n## ', 3) > 0 ? section.indexOf('\n## ', 3) : undefined);
  const rows = [...table.matchAll(/^\|\s*`([^`]+)`\s*\|\s*(.*?)\s*\|\s*$/gm)].map((m) => ({
    scope: m[1] ?? '',
    why: m[2] ?? '',
  }));

  it('the README lists each scope with a reason', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.why.length).toBeGreaterThan(15);
  });

  it('the manifest asks for exactly the scopes the README justifies, nothing more', () => {
    const asked = manifest.oauthScopes
      .map((url) => url.replace('https://www.googleapis.com/auth/', ''))
      .sort();
    expect(asked).toEqual(rows.map((r) => r.scope).sort());
  });

  it('none of them reaches all of Drive, all Docs or Gmail', () => {
    for (const scope of manifest.oauthScopes) {
      expect(scope).not.toMatch(/\/auth\/(drive|documents|drive\.readonly|gmail[.\w]*|mail\.google\.com)$/);
      expect(scope).not.toMatch(/mail\.google\.com/);
    }
  });
});
