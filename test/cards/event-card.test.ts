// The Calendar event card through the real bundle: each state's card JSON and the API calls it
// costs (design.md §5: at most two to render — one events.instances, one documents.get).
import { CardScenario, button, callsOf, linkOf, routesOf, textOf } from './card-harness';
import type { World } from '../../dev/emulator/world';
import { ALICE, ALICE_BOB, ALICE_FARID, BOB, cardWorld, writeInSection } from './worlds';

const DOC_URL = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
const TWO_CALLS = { 'calendar.events.instances': 1, 'docs.documents.get': 1 };
const ONE_CALL = { 'calendar.events.instances': 1 };

/** Synced, under the test run's readings, or under named ones (a test of one HTTP status needs details). */
function synced(readings?: World['readings']): CardScenario {
  const s = new CardScenario(readings === undefined ? cardWorld() : { ...cardWorld(), readings });
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  return s;
}

describe('the event card', () => {
  describe('when Tandem is off', () => {
    it('offers to turn it on, without any API call', () => {
      const s = new CardScenario(cardWorld());
      const { result, card } = s.openEvent(ALICE, 'bob1on1');
      expect(textOf(card)).toContain('<b>Tandem is off.</b>');
      expect(routesOf(card)).toEqual([{ text: 'Turn on Tandem', action: 'turnOn', params: {} }]);
      expect(callsOf(result)).toEqual({});
    });
  });

  describe('when the event is a 1:1 with its doc ready', () => {
    const s = synced();
    const docId = s.docId(ALICE, BOB);

    it('names the other person, links the doc, and costs exactly two calls', () => {
      const { result, card } = s.openEvent(ALICE, 'bob1on1');
      expect(callsOf(result)).toEqual(TWO_CALLS);
      expect(card.sections[0]!.widgets[0]).toEqual({
        decoratedText: {
          topLabel: '1:1 with',
          text: 'Bob Okafor',
          bottomLabel: BOB,
          startIcon: { knownIcon: 'PERSON', altText: 'Person' },
          wrapText: true,
        },
      });
      expect(linkOf(card, 'Open agenda')).toBe(DOC_URL(docId));
      expect(card.sections.map((section) => section.header ?? '')).toEqual([
        '',
        'Next meeting · tomorrow at 10:00',
        'How it’s going',
        'Questions to ask',
        'Private notes',
        '',
      ]);
      // The viewer's own notes on the pair: the button names the pair and the series, nothing more.
      expect(routesOf(card)).toContainEqual({
        text: 'My private notes',
        action: 'privateNotes',
        params: { pairKey: ALICE_BOB, seriesId: 'bob1on1' },
      });
    });

    it('offers three questions for the pair, each with "add to agenda", the same on every open', () => {
      const first = routesOf(s.openEvent(ALICE, 'bob1on1').card);
      const adds = first.filter((r) => r.action === 'addQuestion');
      expect(adds).toHaveLength(3);
      for (const add of adds) expect(add.params.pairKey).toBe(ALICE_BOB);
      expect(new Set(adds.map((a) => a.params.questionId)).size).toBe(3);
      expect(routesOf(s.openEvent(ALICE, 'bob1on1').card)).toEqual(first);
      expect(first).toContainEqual({
        text: 'More questions',
        action: 'moreQuestions',
        params: { pairKey: ALICE_BOB },
      });
      expect(first).toContainEqual({
        text: 'Don’t treat as a 1:1',
        action: 'excludeSeries',
        params: { seriesId: 'bob1on1' },
      });
    });

    it('lists the next meeting’s open action items with owner and due date, not the done ones', () => {
      writeInSection(s, BOB, docId, '2026-10-20', '[ ] Bob: send the design doc to Priya (due 2026-10-23)');
      writeInSection(s, ALICE, docId, '2026-10-20', '[x] Alice: book the offsite room');
      const { result, card } = s.openEvent(ALICE, 'bob1on1');
      expect(callsOf(result)).toEqual(TWO_CALLS);
      const items = card.sections[1]!.widgets;
      expect(items).toEqual([
        {
          decoratedText: {
            topLabel: 'Bob Okafor',
            text: 'send the design doc to Priya',
            bottomLabel: 'Due Fri, Oct 23',
            wrapText: true,
          },
        },
      ]);
    });

    it('reads the same for an instance of the series as for the series', () => {
      const instances = s.calendarAs(ALICE).Events.instances('primary', 'bob1on1') as {
        items: { id: string }[];
      };
      const second = instances.items[1]!.id;
      const { result, card } = s.openEvent(ALICE, second);
      expect(callsOf(result)).toEqual(TWO_CALLS);
      expect(textOf(card)).toContain('send the design doc to Priya');
      expect(routesOf(card)).toContainEqual({
        text: 'Don’t treat as a 1:1',
        action: 'excludeSeries',
        params: { seriesId: 'bob1on1' },
      });
    });

    it('remembers the open item count for the homepage', () => {
      s.openEvent(ALICE, 'bob1on1');
      const seen = s.pairRecord(ALICE, ALICE_BOB).seen as { openItems: number; held: number };
      expect(seen.openItems).toBe(1);
      expect(seen.held).toBe(0);
    });
  });

  describe('dates', () => {
    it('are worded in the user’s locale, and "today" is today in the user’s zone', () => {
      const world = cardWorld();
      world.users.find((u) => u.email === ALICE)!.locale = 'fr';
      const s = new CardScenario(world);
      s.enable(ALICE);
      s.tick('2026-10-19T07:05:00Z');
      writeInSection(s, BOB, s.docId(ALICE, BOB), '2026-10-20', '[ ] Bob: send the deck (due 2026-10-23)');
      s.tick('2026-10-19T22:30:00Z'); // 00:30 on the 20th in Paris, still the 19th in UTC
      const card = s.openEvent(ALICE, 'bob1on1').card;
      expect(card.sections[1]!.header).toBe('Next meeting · today at 10:00');
      expect(textOf(card)).toContain('Due ven. 23 oct.');
    });
  });

  describe('when the event is not a 1:1', () => {
    const s = synced();

    it('says a meeting of five is not one, in one call', () => {
      const { result, card } = s.openEvent(ALICE, 'teammeet');
      expect(callsOf(result)).toEqual(ONE_CALL);
      expect(textOf(card)).toContain('<b>Team sync</b> isn’t treated as a 1:1 because it has 5 people.');
      expect(routesOf(card)).toEqual([]);
    });

    it('says a one-off meeting of two does not repeat', () => {
      const { result, card } = s.openEvent(ALICE, 'oneoff');
      expect(callsOf(result)).toEqual(ONE_CALL);
      expect(textOf(card)).toContain('because it doesn&#39;t repeat.');
    });

    it('says an all-day event does not repeat', () => {
      expect(textOf(s.openEvent(ALICE, 'offsite2026').card)).toContain(
        '<b>Team offsite</b> isn’t treated as a 1:1',
      );
    });
  });

  describe('when the 1:1 has no doc yet', () => {
    it('offers the organizer to create it, before a first sync got through, in one call', () => {
      const s = new CardScenario(cardWorld());
      s.enableWhileBusy(ALICE);
      const { result, card } = s.openEvent(ALICE, 'bob1on1');
      expect(callsOf(result)).toEqual(ONE_CALL);
      expect(textOf(card)).toContain(
        'There’s no agenda doc for this 1:1 yet. Tandem will make one, shared with Bob Okafor only.',
      );
      expect(routesOf(card)).toContainEqual({
        text: 'Create agenda doc',
        action: 'createDoc',
        params: { pairKey: ALICE_BOB, seriesId: 'bob1on1' },
      });
    });

    it('tells a guest whose organizer has no Tandem that they can create it themselves', () => {
      const s = synced();
      const { result, card } = s.openEvent(ALICE, 'farid1on1alice');
      expect(callsOf(result)).toEqual(ONE_CALL);
      expect(textOf(card)).toContain(
        'No agenda doc yet: Farid Haddad runs this 1:1 and doesn’t seem to use Tandem. You can create it.',
      );
      expect(routesOf(card)[0]).toEqual({
        text: 'Create the shared doc',
        action: 'createDoc',
        params: { pairKey: ALICE_FARID, seriesId: 'farid1on1alice' },
      });
    });
  });

  describe('when something is wrong', () => {
    // Tests of one HTTP status run where Apps Script gives it (`details`, readings 'detailed');
    // under the strict reading there is no status, and the card says so (below).
    it('says the doc was deleted and offers a new one when Docs answers 404', () => {
      const s = synced('detailed');
      s.ws.ledger.addFault({ method: 'docs.documents.get', code: 404, remaining: 1 });
      const { result, card } = s.openEvent(ALICE, 'bob1on1');
      expect(callsOf(result)).toEqual(TWO_CALLS);
      expect(textOf(card)).toContain('The agenda doc was deleted.');
      expect(routesOf(card)).toEqual([
        {
          text: 'Create a new doc',
          action: 'createDoc',
          params: { pairKey: ALICE_BOB, seriesId: 'bob1on1' },
        },
      ]);
    });

    it('says the organizer’s Tandem lost access when Docs answers 403', () => {
      const s = synced('detailed');
      s.ws.ledger.addFault({ method: 'docs.documents.get', code: 403, remaining: 1 });
      const card = s.openEvent(ALICE, 'bob1on1').card;
      expect(textOf(card)).toContain('Tandem can’t open the agenda doc any more.');
      expect(linkOf(card, 'Open agenda')).toBe(DOC_URL(s.docId(ALICE, BOB)));
      expect(routesOf(card)).toEqual([{ text: 'Try again', action: 'refresh', params: {} }]);
    });

    it('asks a guest to open the organizer’s doc once in Docs (drive.file), then shows it', () => {
      const s = synced();
      s.enable(BOB);
      const docId = s.docId(ALICE, BOB);
      const before = s.openEvent(BOB, 'bob1on1');
      expect(callsOf(before.result)).toEqual(TWO_CALLS);
      expect(textOf(before.card)).toContain('Open the agenda in Google Docs and allow Tandem there once');
      expect(linkOf(before.card, 'Open agenda')).toBe(DOC_URL(docId));
      s.ws.drive.grantFileScope(BOB, docId);
      const after = s.openEvent(BOB, 'bob1on1');
      expect(callsOf(after.result)).toEqual(TWO_CALLS);
      expect(textOf(after.card)).toContain('Alice Moreau');
      expect(linkOf(after.card, 'Open agenda')).toBe(DOC_URL(docId));
      expect(routesOf(after.card).filter((r) => r.action === 'addQuestion')).toHaveLength(3);
    });

    it('shows a sync’s sharing refusal on the card of that pair', () => {
      const s = new CardScenario({ ...cardWorld(), readings: 'detailed' });
      s.ws.ledger.addFault({ method: 'drive.permissions.create', code: 403, remaining: 1 });
      s.enable(ALICE); // the first sync, inside the turn-on
      const failed = Object.entries(s.ws.toWorld().userProperties[ALICE] ?? {})
        .filter(([key]) => key.startsWith('pair:'))
        .map(
          ([, value]) =>
            JSON.parse(value) as { error?: unknown; seriesIds: string[]; other: { name: string } },
        )
        .find((pair) => pair.error);
      expect(failed).toBeDefined();
      const { result, card } = s.openEvent(ALICE, failed!.seriesIds[0]!);
      expect(callsOf(result)).toEqual(ONE_CALL);
      expect(textOf(card)).toContain(
        `Your organization doesn’t allow sharing the agenda with ${failed!.other.name}.`,
      );
      expect(button(card, 'Try again')).toBeDefined();
    });

    it('rides out one "try again" from Calendar (the adapter retries it)', () => {
      const s = synced('detailed');
      s.ws.ledger.addFault({ method: 'calendar.events.instances', code: 503, remaining: 1 });
      const { result, card } = s.openEvent(ALICE, 'bob1on1');
      expect(card.name).toBe('event');
      expect(callsOf(result)).toEqual({ 'calendar.events.instances': 2, 'docs.documents.get': 1 });
    });

    it('shows the error card with "Try again" when Calendar stays unavailable', () => {
      const s = synced('detailed');
      s.ws.ledger.addFault({ method: 'calendar.events.instances', code: 503, remaining: 3 });
      const { result, card } = s.openEvent(ALICE, 'bob1on1');
      expect(result.ok).toBe(true);
      expect(callsOf(result)).toEqual({ 'calendar.events.instances': 3 });
      expect(card.name).toBe('error');
      expect(textOf(card)).toContain('Google is busy right now. Try again in a minute.');
      expect(routesOf(card)).toEqual([{ text: 'Try again', action: 'refresh', params: {} }]);
    });

    it('says plainly when the event is gone', () => {
      const s = synced('detailed');
      s.ws.ledger.addFault({ method: 'calendar.events.instances', code: 404, remaining: 1 });
      expect(textOf(s.openEvent(ALICE, 'bob1on1').card)).toContain('it may have been deleted');
    });

    describe('when Apps Script does not say what went wrong (strict reading: no details)', () => {
      it('a doc Tandem cannot read is never called deleted: the card says Google did not say why, in two calls', () => {
        const s = synced('strict');
        s.ws.ledger.addFault({ method: 'docs.documents.get', code: 404, remaining: 1 });
        const { result, card } = s.openEvent(ALICE, 'bob1on1');
        expect(callsOf(result)).toEqual(TWO_CALLS);
        expect(textOf(card)).not.toContain('deleted');
        expect(textOf(card)).toContain('didn’t say why');
        expect(routesOf(card).map((r) => r.action)).not.toContain('createDoc');
        expect(routesOf(card)).toEqual([{ text: 'Try again', action: 'refresh', params: {} }]);
      });

      it('a Calendar failure is not repeated in the card (its budget is two calls) and is worded as unknown', () => {
        const s = synced('strict');
        s.ws.ledger.addFault({ method: 'calendar.events.instances', code: 503, remaining: 1 });
        const { result, card } = s.openEvent(ALICE, 'bob1on1');
        expect(callsOf(result)).toEqual({ 'calendar.events.instances': 1 });
        expect(card.name).toBe('error');
        expect(textOf(card)).toContain(
          'Google couldn’t do that just now and didn’t say why. Try again in a minute.',
        );
      });
    });
  });
});
