// The second person of a 1:1, through the real bundle: the report adds questions and marks items
// done from either card, in a zone where the meeting falls on another day; who organizes is a fact
// of each series; a guest who made the doc first is never twinned; untouched sections follow their
// meeting after a template change; and names, not addresses, once any of our scopes gives them.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { World } from '../../dev/emulator/world';
import { CardScenario, button, routesOf, shownCard, textOf } from '../cards/card-harness';
import { writeInSection } from '../cards/worlds';

const ALICE = 'alice@acme.test';
const BOB = 'bob@acme.test';
const PAIR = `${ALICE} ${BOB}`;
const PARIS = 'Europe/Paris';
const LA = 'America/Los_Angeles';

/** Alice (Paris) organizes a weekly 1:1 with Bob (Los Angeles) at 08:00 Paris, 23:00 the evening before for Bob. */
function world(extra: calendar_v3.Schema$Event[] = [], bobEvents: calendar_v3.Schema$Event[] = []): World {
  const weekly: calendar_v3.Schema$Event = {
    id: 'ab1on1',
    summary: 'Alice / Bob',
    organizer: { email: ALICE },
    // Calendar often omits names: Tandem must learn them elsewhere.
    attendees: [
      { email: ALICE, organizer: true, responseStatus: 'accepted' },
      { email: BOB, responseStatus: 'accepted' },
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
    calendars: { [ALICE]: { events: [weekly, ...extra] }, [BOB]: { events: bobEvents } },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}

function enableAndSync(s: CardScenario, email: string): void {
  s.enable(email);
  s.sync(email);
}

/** Every agenda doc in the world, whoever owns it (twins included). */
function agendaDocIds(s: CardScenario): string[] {
  return s.ws.drive
    .allFiles()
    .filter((f) => f.meta.appProperties?.tandemApp === 'agenda' && !f.meta.trashed)
    .map((f) => f.meta.id as string);
}

function onlyDoc(s: CardScenario): string {
  const ids = agendaDocIds(s);
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

function fileName(s: CardScenario, docId: string): string | undefined {
  return s.ws.drive.allFiles().find((f) => f.meta.id === docId)?.meta.name ?? undefined;
}

function saveTemplate(s: CardScenario, email: string, template: string[]): void {
  const { response } = s.click(email, 'saveSettings', {}, { form: { template: template.join('\n') } });
  expect(response.action?.notification?.text).toBe('Settings saved.');
}

describe('when the report uses the doc without turning Tandem on', () => {
  it('the sidebar points at the next section, in their zone, and "Add" puts the question there', () => {
    const s = new CardScenario(world());
    enableAndSync(s, ALICE);
    const docId = onlyDoc(s);
    expect(s.lines(docId)).toContain('# 2026-11-03 · Tuesday');

    s.tick('2026-11-02T20:00:00Z'); // Monday 12:00 in Los Angeles; the meeting is tonight at 23:00 there
    const card = s.grantFileScope(BOB, docId).card;
    expect(card.sections[0]?.header).toBe('Next meeting · today at 11:00 PM');
    expect(textOf(card)).toContain('Its section is ready in the doc.');
    // Only the Tandem that keeps the doc prepares sections.
    expect(routesOf(card).map((r) => r.action)).not.toContain('prepareNow');
    expect(routesOf(card).map((r) => r.action)).toContain('refresh');

    const add = routesOf(card).find((r) => r.action === 'addQuestion')!;
    const { response } = s.click(BOB, 'addQuestion', add.params, { docId });
    expect(response.action?.notification?.text).toBe('Added to the agenda for today at 11:00 PM.');
    const lines = s.lines(docId);
    expect(lines.filter((l) => l.startsWith('# ')).map((l) => l.slice(2))).not.toContain('Topics');
    const section = lines.slice(lines.indexOf('# 2026-11-03 · Tuesday'));
    expect(section[1]).toBe('## Check-in');
    expect(section[2]).toMatch(/^- .+\?$/);
  });

  it('after the meeting ends the sidebar moves on, and "Mark done" ticks the carried copy too', () => {
    const s = new CardScenario(world());
    enableAndSync(s, ALICE);
    const docId = onlyDoc(s);
    writeInSection(s, BOB, docId, '2026-11-03', '[ ] Bob: send the design doc');
    s.tick('2026-11-03T08:00:00Z'); // the meeting ended at 07:30 UTC; Alice's Tandem prepares the next
    s.sync(ALICE);
    expect(s.lines(docId)).toContain('- [ ] Bob: send the design doc · from 2026-11-03');

    const card = s.grantFileScope(BOB, docId).card;
    expect(card.sections[0]?.header).toBe('Next meeting · Mon, Nov 9 at 11:00 PM');
    const done = routesOf(card).find((r) => r.action === 'markDone')!;
    expect(done.params.item).toBe('2026-11-10 send the design doc');
    const { response } = s.click(BOB, 'markDone', done.params, { docId });
    expect(response.action?.notification?.text).toBe('Marked done.');
    const lines = s.lines(docId);
    expect(lines).toContain('- [x] Bob: send the design doc · from 2026-11-03');
    expect(lines).toContain('[x] Bob: send the design doc');
    expect(textOf(shownCard(response))).toContain('No open action items. All caught up!');
  });
});

describe('when the report looks in the minutes after a meeting, before the next section is written', () => {
  it('the sidebar already names the next meeting, from what the doc records, and says its section is coming', () => {
    const s = new CardScenario(world());
    enableAndSync(s, ALICE);
    const docId = onlyDoc(s);
    s.ws.now = Date.parse('2026-11-03T07:35:00Z'); // five minutes after the end; no run yet
    const card = s.grantFileScope(BOB, docId).card;
    expect(card.sections[0]?.header).toBe('Next meeting · Mon, Nov 9 at 11:00 PM');
    expect(textOf(card)).toContain(
      'Its section isn’t in the doc yet: Alice Moreau’s Tandem adds it after each meeting.',
    );
  });
});

describe('when the report turned Tandem on before its first sync', () => {
  it('"Add to agenda" on the event card works with the doc the series carries', () => {
    const s = new CardScenario(world());
    enableAndSync(s, ALICE);
    const docId = onlyDoc(s);
    s.enable(BOB);
    s.grantFileScope(BOB, docId);
    const card = s.openEvent(BOB, 'ab1on1').card;
    const { response } = s.press(BOB, button(card, 'Add to agenda'), { eventId: 'ab1on1' });
    expect(response.action?.notification?.text).toBe('Added to the agenda for tomorrow at 11:00 PM.');
  });
});

describe('when each of the two organizes a series of their own', () => {
  it('each Tandem attaches only to the series its user organizes, and there is one doc', () => {
    const coffee: calendar_v3.Schema$Event = {
      id: 'coffee',
      summary: 'Coffee',
      organizer: { email: BOB },
      attendees: [
        { email: BOB, organizer: true, responseStatus: 'accepted' },
        { email: ALICE, responseStatus: 'accepted' },
      ],
      start: { dateTime: '2026-11-05T09:00:00', timeZone: LA },
      end: { dateTime: '2026-11-05T09:30:00', timeZone: LA },
      recurrence: ['RRULE:FREQ=MONTHLY;BYDAY=1TH'],
    };
    const s = new CardScenario(world([], [coffee]));
    enableAndSync(s, ALICE);
    const docId = onlyDoc(s);
    expect(s.pairRecord(ALICE, PAIR).error).toBeUndefined();
    expect((s.event(ALICE, 'ab1on1').attachments ?? []).map((a) => a.fileId)).toEqual([docId]);
    expect(s.event(ALICE, 'coffee').attachments ?? []).toEqual([]);

    enableAndSync(s, BOB);
    s.grantFileScope(BOB, docId);
    s.sync(BOB);
    expect(agendaDocIds(s)).toEqual([docId]);
    expect(s.pairRecord(BOB, PAIR).error).toBeUndefined();
    expect((s.event(BOB, 'coffee').attachments ?? []).map((a) => a.fileId)).toEqual([docId]);
    const sidebar = s.openDoc(ALICE, docId).card;
    expect(textOf(sidebar)).not.toContain('can’t open');
  });
});

describe('when the report made the doc before the organizer turned Tandem on', () => {
  it('the organizer’s Tandem finds it through the report’s trace and never makes a twin', () => {
    const s = new CardScenario(world());
    s.enable(BOB);
    const card = s.openEvent(BOB, 'ab1on1').card;
    s.press(BOB, button(card, 'Create the shared doc'), { eventId: 'ab1on1' });
    const docId = onlyDoc(s);
    expect(s.sharedWith(docId)).toEqual([ALICE, BOB].sort());

    enableAndSync(s, ALICE);
    s.tick('2026-11-04T08:00:00Z');
    expect(agendaDocIds(s)).toEqual([docId]);
    expect(s.pairRecord(ALICE, PAIR).docId).toBe(docId);
    // Alice's card says how to open it once rather than offering a new doc.
    const aliceCard = s.openEvent(ALICE, 'ab1on1').card;
    expect(textOf(aliceCard)).toContain('Open the agenda in Google Docs and allow Tandem there once');
    expect(textOf(aliceCard)).not.toContain('Create agenda doc');
    s.grantFileScope(ALICE, docId);
    s.sync(ALICE);
    expect(agendaDocIds(s)).toEqual([docId]);
    expect((s.event(ALICE, 'ab1on1').attachments ?? []).map((a) => a.fileId)).toEqual([docId]);
  });
});

describe('when the template changes after a section was prepared', () => {
  it('a cancelled occurrence still takes its untouched section with it', () => {
    const s = new CardScenario(world());
    enableAndSync(s, ALICE);
    const docId = onlyDoc(s);
    saveTemplate(s, ALICE, ['Agenda', 'Notes', 'Action items']);
    s.calendarAs(ALICE).Events.remove('primary', 'ab1on1_20261103T070000Z');
    s.sync(ALICE);
    const headings = s.lines(docId).filter((l) => l.startsWith('# 20'));
    expect(headings).toEqual(['# 2026-11-10 · Tuesday']);
  });
});

describe('when Calendar gives no names', () => {
  it('the doc and the cards use the names Drive gives, not addresses', () => {
    const s = new CardScenario(world());
    enableAndSync(s, ALICE);
    const docId = onlyDoc(s);
    s.tick('2026-11-03T08:00:00Z');
    s.sync(ALICE);
    expect(s.lines(docId)[0]).toBe('= Alice Moreau & Bob Okafor · 1:1');
    expect(s.lines(docId)[1]).toMatch(/^Alice and Bob: this doc is for your 1:1s/);
    expect(fileName(s, docId)).toBe('Alice Moreau & Bob Okafor · 1:1');
    expect(textOf(s.homepage(ALICE).card)).toContain('Bob Okafor');
  });
});
