// "My private notes" through the real bundle: from the event card and the Docs sidebar, a doc owned
// by the person pressing, shared with no one, named for the pair, with a section for the next
// meeting dated in the series' zone; found again after a reinstall, never made twice (two quick
// presses), gathered into that person's review notes only; and what a press costs.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { docIdOfUrl } from '../../dev/emulator/doc-links';
import type { World } from '../../dev/emulator/world';
import type { RenderActions } from '../../src/ui/card';
import {
  CardScenario,
  button,
  buttonsOf,
  callsOf,
  routesOf,
  shownCard,
  textOf,
  type ActionRun,
} from '../cards/card-harness';
import { writeInSection, writeUnder } from '../cards/worlds';
import { CallTap } from '../reliability/support/tap';

const ALICE = 'alice@acme.test';
const BOB = 'bob@acme.test';
const PAIR = `${ALICE} ${BOB}`;
const PARIS = 'Europe/Paris';
const LA = 'America/Los_Angeles';
const SECTION = ['## Observations', '## To raise', '## For the review'];

/** Alice (Paris) organizes a weekly 1:1 with Bob (Los Angeles) at 08:00 Paris: 23:00 the evening before for Bob. */
function world(): World {
  const weekly: calendar_v3.Schema$Event = {
    id: 'ab1on1',
    summary: 'Alice / Bob',
    organizer: { email: ALICE },
    attendees: [
      { email: ALICE, organizer: true, responseStatus: 'accepted', displayName: 'Alice Moreau' },
      { email: BOB, responseStatus: 'accepted', displayName: 'Bob Okafor' },
    ],
    start: { dateTime: '2026-11-03T08:00:00', timeZone: PARIS },
    end: { dateTime: '2026-11-03T08:30:00', timeZone: PARIS },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU'],
  };
  return {
    now: '2026-11-01T18:00:00Z',
    users: [
      { email: ALICE, name: 'Alice Moreau', timeZone: PARIS, locale: 'en-GB' },
      { email: BOB, name: 'Bob Okafor', timeZone: LA, locale: 'en-US' },
    ],
    calendars: { [ALICE]: { events: [weekly] }, [BOB]: { events: [] } },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}

/** Every private-notes doc in the world, whoever owns it. */
function privateDocs(s: CardScenario): { id: string; owner: string; name: string }[] {
  return s.ws.drive
    .allFiles()
    .filter((f) => f.meta.appProperties?.tandemPrivate && !f.meta.trashed)
    .map((f) => ({
      id: f.meta.id as string,
      owner: f.meta.owners?.[0]?.emailAddress ?? '',
      name: f.meta.name ?? '',
    }));
}

function linkedDoc(response: RenderActions): string {
  const url = response.action?.link?.url ?? '';
  const id = /\/edit$/.test(url) ? docIdOfUrl(url) : null;
  if (!id) throw new Error(`the press opened no doc: ${JSON.stringify(response).slice(0, 300)}`);
  return id;
}

function pressFromEvent(s: CardScenario, email: string): ActionRun {
  const card = s.openEvent(email, 'ab1on1').card;
  return s.press(email, button(card, 'My private notes'), { eventId: 'ab1on1' });
}

function withAliceOn(): CardScenario {
  const s = new CardScenario(world());
  s.enable(ALICE);
  s.sync(ALICE);
  return s;
}

function headings(lines: string[]): string[] {
  return lines.filter((l) => l.startsWith('# '));
}

describe('when the organizer presses “My private notes” on the event card the first time', () => {
  const s = withAliceOn();
  const first = pressFromEvent(s, ALICE);
  const docId = linkedDoc(first.response);

  it('opens a new doc of hers, named for the pair, that no one else may open', () => {
    expect(privateDocs(s)).toEqual([{ id: docId, owner: ALICE, name: 'Private · 1:1 with Bob Okafor' }]);
    expect(s.sharedWith(docId)).toEqual([ALICE]);
    expect(s.ws.drive.sharingLog().filter((r) => r.fileId === docId)).toEqual([]);
    expect(s.ws.drive.hasFileScope(BOB, docId)).toBe(false);
    expect(callsOf(first.result)['drive.permissions.create']).toBeUndefined();
    expect(first.response.action?.link).toMatchObject({ openAs: 'FULL_SIZE' });
    expect(first.response.action?.notification?.text).toBe(
      'Your private notes are ready. Only you can see them.',
    );
  });

  it('holds a section for the next meeting, with the private template', () => {
    const lines = s.lines(docId);
    expect(lines[0]).toBe('= Private · 1:1 with Bob Okafor');
    expect(lines[1]).toContain('Only you can see this doc');
    expect(lines.slice(lines.indexOf('# 2026-11-03 · Tuesday'))).toEqual([
      '# 2026-11-03 · Tuesday',
      ...SECTION,
    ]);
  });

  it('is not an agenda: the shared doc and the sync never see it', () => {
    const agenda = s.docId(ALICE, BOB);
    expect(agenda).not.toBe(docId);
    s.tick('2026-11-02T18:00:00Z');
    expect(s.lines(agenda).join('\n')).not.toContain('Observations');
    expect(s.lines(docId).filter((l) => l.startsWith('# '))).toEqual(['# 2026-11-03 · Tuesday']);
  });

  it('opened in Docs, its sidebar says these are her private notes and offers nothing of the pair', () => {
    const opened = s.openDoc(ALICE, docId);
    expect(textOf(opened.card)).toContain('Your private notes');
    expect(textOf(opened.card)).not.toContain('isn’t a Tandem agenda');
    expect(routesOf(opened.card).map((r) => r.action)).toEqual([]);
  });

  it('a second press opens the same doc in one call, and writes nothing', () => {
    const again = pressFromEvent(s, ALICE);
    expect(linkedDoc(again.response)).toBe(docId);
    expect(privateDocs(s)).toHaveLength(1);
    expect(callsOf(again.result)).toEqual({ 'docs.documents.get': 1 });
    expect(again.response.action?.notification).toBeUndefined();
  });

  it('after the meeting, a press adds the next meeting’s section on top, in two calls', () => {
    s.tick('2026-11-03T08:00:00Z');
    const { result, response } = pressFromEvent(s, ALICE);
    expect(linkedDoc(response)).toBe(docId);
    expect(headings(s.lines(docId))).toEqual(['# 2026-11-10 · Tuesday', '# 2026-11-03 · Tuesday']);
    expect(callsOf(result)).toEqual({ 'docs.documents.get': 1, 'docs.documents.batchUpdate': 1 });
  });

  it('rendering the event card still costs at most two calls', () => {
    const { result, card } = s.openEvent(ALICE, 'ab1on1');
    expect(buttonsOf(card).map((b) => b.text)).toContain('My private notes');
    expect(result.callCount).toBeLessThanOrEqual(2);
  });
});

describe('when Tandem is installed again (its stored state gone) or used from another device', () => {
  it('finds the same doc by its Drive property and never makes a second one', () => {
    const s = withAliceOn();
    const docId = linkedDoc(pressFromEvent(s, ALICE).response);
    const wiped = s.ws.toWorld();
    wiped.userProperties[ALICE] = {};
    wiped.triggers = wiped.triggers.filter((t) => (t as { user?: string }).user !== ALICE);
    const again = new CardScenario(wiped);
    again.enable(ALICE);
    again.sync(ALICE);
    const { result, response } = pressFromEvent(again, ALICE);
    expect(linkedDoc(response)).toBe(docId);
    expect(privateDocs(again)).toHaveLength(1);
    expect(callsOf(result)['drive.files.create']).toBeUndefined();
    expect(callsOf(result)['drive.files.list']).toBe(1);
    // Found once, it is recorded: the next press needs no search.
    expect(callsOf(pressFromEvent(again, ALICE).result)).toEqual({ 'docs.documents.get': 1 });
  });
});

describe('when two presses (two tabs, two devices) run at once', () => {
  function racedPresses(atCall: number): {
    s: CardScenario;
    first: ActionRun;
    second: ActionRun | undefined;
  } {
    const s = withAliceOn();
    const card = s.openEvent(ALICE, 'ab1on1').card;
    const pressed = button(card, 'My private notes');
    const tap = new CallTap(s.ws);
    let second: ActionRun | undefined;
    tap.beforeCall(atCall, () => {
      second = s.press(ALICE, pressed, { eventId: 'ab1on1' });
    });
    const first = s.press(ALICE, pressed, { eventId: 'ab1on1' });
    return { s, first, second };
  }

  it.each([
    ['between the first one’s search and its create', 2],
    ['just after the first one made the doc', 3],
    ['while the first one writes the section', 4],
  ])('%s: one doc, with one section', (_when, atCall) => {
    const { s, first, second } = racedPresses(atCall);
    expect(second).toBeDefined();
    expect(privateDocs(s)).toHaveLength(1);
    const docId = linkedDoc(first.response);
    expect(headings(s.lines(docId))).toEqual(['# 2026-11-03 · Tuesday']);
    expect(s.lines(docId).filter((l) => l.startsWith('= '))).toHaveLength(1);
    // The second press opened the same doc, or (while the first held the lock, before the doc
    // existed) asked to press again: never a second doc.
    const url = second?.response.action?.link?.url;
    if (url) expect(linkedDoc(second.response)).toBe(docId);
    else expect(textOf(shownCard(second!.response))).toContain('Press “My private notes” again');
  });
});

describe('when the report, in another zone, keeps private notes too', () => {
  const s = withAliceOn();
  const aliceNotes = linkedDoc(pressFromEvent(s, ALICE).response);
  const agenda = s.docId(ALICE, BOB);

  it('from the Docs sidebar, without Tandem turned on: a doc of his, dated in the series’ zone', () => {
    s.tick('2026-11-02T20:00:00Z'); // Monday 12:00 in Los Angeles: the meeting is tonight there, Tuesday in Paris
    const sidebar = s.grantFileScope(BOB, agenda).card;
    const { result, response } = s.press(BOB, button(sidebar, 'My private notes'), { docId: agenda });
    const bobNotes = linkedDoc(response);
    expect(bobNotes).not.toBe(aliceNotes);
    expect(privateDocs(s).find((d) => d.id === bobNotes)).toEqual({
      id: bobNotes,
      owner: BOB,
      // The sidebar's press knows only her address: the name follows once his Tandem learns it.
      name: 'Private · 1:1 with alice@acme.test',
    });
    expect(s.sharedWith(bobNotes)).toEqual([BOB]);
    expect(headings(s.lines(bobNotes))).toEqual(['# 2026-11-03 · Tuesday']);
    expect(callsOf(result)['drive.permissions.create']).toBeUndefined();
  });

  it('from his event card once his Tandem is on: the same doc of his, now named for her', () => {
    s.enable(BOB);
    s.sync(BOB);
    const [before] = privateDocs(s).filter((d) => d.owner === BOB);
    const { response } = pressFromEvent(s, BOB);
    expect(privateDocs(s).filter((d) => d.owner === BOB)).toEqual([
      { id: before?.id, owner: BOB, name: 'Private · 1:1 with Alice Moreau' },
    ]);
    expect(linkedDoc(response)).toBe(before?.id);
  });

  it('neither card of one mentions the other’s notes, and neither may open them', () => {
    const bobNotes = privateDocs(s).find((d) => d.owner === BOB)!.id;
    for (const [who, others] of [
      [BOB, aliceNotes],
      [ALICE, bobNotes],
    ] as const) {
      const cards = [s.openEvent(who, 'ab1on1').card, s.openDoc(who, agenda).card];
      for (const card of cards) {
        expect(JSON.stringify(card)).not.toContain(others);
        // The one button is the viewer's own: its press opens their notes.
        const own = routesOf(card).filter((r) => r.action === 'privateNotes');
        expect(own).toHaveLength(1);
      }
      expect(s.ws.drive.hasFileScope(who, others)).toBe(false);
    }
  });
});

describe('review notes gather the private notes, for their owner only', () => {
  const s = withAliceOn();
  const agenda = s.docId(ALICE, BOB);
  writeUnder(s, BOB, agenda, '2026-11-03', 'Wins', 'Closed the billing migration');
  const aliceNotes = linkedDoc(pressFromEvent(s, ALICE).response);
  writeUnder(s, ALICE, aliceNotes, '2026-11-03', 'For the review', 'Alice only: handled the outage calmly');
  s.enable(BOB);
  s.sync(BOB);
  s.grantFileScope(BOB, agenda);
  const bobNotes = linkedDoc(pressFromEvent(s, BOB).response);
  writeInSection(s, BOB, bobNotes, '2026-11-03', 'Bob only: ask about the promotion path');
  s.tick('2026-11-04T12:00:00Z');

  function review(email: string): string[] {
    const { response } = s.click(
      email,
      'createReviewNotes',
      {},
      { form: { period: 'lastQuarter', pair: PAIR } },
    );
    const card = shownCard(response);
    const url = buttonsOf(card).find((b) => b.text === 'Open review notes');
    if (!url || !('openLink' in url.onClick)) throw new Error(`no review notes: ${textOf(card)}`);
    const link = url.onClick.openLink.url;
    if (!link.includes('/edit')) throw new Error(`review notes link is not an edit link: ${link}`);
    return s.lines(docIdOfUrl(link)!);
  }

  it('Alice’s review has her private lines, marked private, and none of Bob’s', () => {
    const lines = review(ALICE);
    expect(lines).toContain('- 2026-11-03 · Closed the billing migration');
    expect(lines).toContain('# From your private notes (only you can see these)');
    expect(lines).toContain('- 2026-11-03 · Private · Alice only: handled the outage calmly');
    expect(lines.join('\n')).not.toContain('Bob only');
  });

  it('Bob’s review has his, and none of Alice’s', () => {
    const lines = review(BOB);
    expect(lines).toContain('- 2026-11-03 · Private · Bob only: ask about the promotion path');
    expect(lines.join('\n')).not.toContain('Alice only');
  });

  it('no private line reached the shared doc', () => {
    const text = s.lines(agenda).join('\n');
    expect(text).not.toContain('Alice only');
    expect(text).not.toContain('Bob only');
  });
});
