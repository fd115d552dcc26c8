// The event card's buttons through dispatchAction in the emulator: each one's response and its
// effect on the doc, the calendar, the shares and the user's settings.
import { parseCustomQuestions } from '../../src/core/questions';
import { CardScenario, button, callsOf, linkOf, routesOf, shownCard, textOf } from './card-harness';
import { section } from '../harness';
import { ALICE, ALICE_BOB, ALICE_FARID, BOB, FARID, cardWorld } from './worlds';

const DOC_MIME = 'application/vnd.google-apps.document';

function synced(): CardScenario {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  return s;
}

describe('turning Tandem on and off from the event card', () => {
  const s = new CardScenario(cardWorld());

  it('turn on installs the two triggers, runs the first sync and shows the event with its doc', () => {
    const off = s.openEvent(ALICE, 'bob1on1').card;
    const { response } = s.press(ALICE, button(off, 'Turn on Tandem'), { eventId: 'bob1on1' });
    expect(response.action?.notification?.text).toBe('Tandem is on: your 1:1 docs are ready.');
    expect(linkOf(shownCard(response), 'Open agenda')).toContain(s.docId(ALICE, BOB));
    const handlers = s.ws.appsScript
      .triggersOf(ALICE)
      .map((t) => `${t.handlerFunction} ${t.eventType}`)
      .sort();
    expect(handlers).toEqual(['onCalendarEventUpdated ON_EVENT_UPDATED', 'onScheduledSync CLOCK']);
  });

  it('when Google is busy during the first sync, Tandem is on and says the docs follow within the hour', () => {
    const busy = new CardScenario(cardWorld());
    busy.ws.ledger.addFault({ method: 'calendar.events.list', code: 503, remaining: 100 });
    const { response } = busy.click(ALICE, 'turnOn', {}, { eventId: 'bob1on1' });
    busy.ws.ledger.clearFaults();
    expect(response.action?.notification?.text).toBe(
      'Tandem is on. Some 1:1 docs aren’t ready yet: Tandem finishes them within the hour.',
    );
    expect(textOf(shownCard(response))).toContain('There’s no agenda doc for this 1:1 yet.');
    busy.tick('2026-10-19T08:10:00Z'); // the first hourly run lists again
    expect(busy.docId(ALICE, BOB)).toBeDefined();
  });

  it('turn off removes them and the card says Tandem is off', () => {
    const { response } = s.click(ALICE, 'turnOff', {}, { eventId: 'bob1on1' });
    expect(textOf(shownCard(response))).toContain('<b>Tandem is off.</b>');
    expect(s.ws.appsScript.triggersOf(ALICE)).toEqual([]);
  });
});

describe('creating the agenda doc from the card', () => {
  // The organizer's Tandem is on but its first sync found Google busy: no doc yet.
  it('as organizer: creates, shares with the other person only, prepares the next meeting and asks Calendar to attach it', () => {
    const s = new CardScenario(cardWorld());
    s.enableWhileBusy(ALICE);
    const noDoc = s.openEvent(ALICE, 'bob1on1').card;
    const { result, response } = s.press(ALICE, button(noDoc, 'Create agenda doc'), { eventId: 'bob1on1' });
    const docId = s.docId(ALICE, BOB);
    expect(response).toEqual({
      hostAppAction: {
        calendarAction: {
          addAttachmentsActionMarkup: {
            addonAttachments: [
              {
                resourceUrl: `https://docs.google.com/document/d/${docId}/edit`,
                title: 'Alice Moreau & Bob Okafor · 1:1',
                mimeType: DOC_MIME,
              },
            ],
          },
        },
      },
    });
    expect(s.sharedWith(docId)).toEqual([ALICE, BOB]);
    expect(section(s.lines(docId), '2026-10-20')[0]).toBe('# 2026-10-20 · Tuesday');
    expect(callsOf(result)['drive.files.create']).toBe(1);
    expect(s.pairRecord(ALICE, ALICE_BOB).docId).toBe(docId);
    // The card now shows the doc, and a second press (a stale card) makes no twin.
    expect(linkOf(s.openEvent(ALICE, 'bob1on1').card, 'Open agenda')).toContain(docId);
    const again = s.press(ALICE, button(noDoc, 'Create agenda doc'), { eventId: 'bob1on1' });
    expect(again.response.action?.notification?.text).toBe('This 1:1 already has its agenda doc.');
    expect([...s.pairDocs().keys()].filter((k) => k === ALICE_BOB)).toHaveLength(1);
    expect(callsOf(again.result)['drive.files.create']).toBeUndefined();
  });

  it('as organizer without an open event: attaches the doc to the series itself', () => {
    const s = new CardScenario(cardWorld());
    s.enableWhileBusy(ALICE);
    const { response } = s.click(ALICE, 'createDoc', { pairKey: ALICE_BOB, seriesId: 'bob1on1' });
    const docId = s.docId(ALICE, BOB);
    expect(response.action?.notification?.text).toBe('Agenda doc created and shared with Bob Okafor.');
    expect(linkOf(shownCard(response), 'Open agenda')).toContain(docId);
    expect((s.event(ALICE, 'bob1on1').attachments ?? []).map((a) => a.fileId)).toEqual([docId]);
  });

  it('as a guest whose organizer has no Tandem: the doc is the guest’s, shared with the organizer, kept up by the guest', () => {
    const s = synced();
    const noDoc = s.openEvent(ALICE, 'farid1on1alice').card;
    const { response } = s.press(ALICE, button(noDoc, 'Create the shared doc'), {
      eventId: 'farid1on1alice',
    });
    const docId = s.docId(ALICE, FARID);
    expect(response.action?.notification?.text).toBe('Agenda doc created and shared with Farid Haddad.');
    expect(s.ws.drive.file(docId)?.meta.owners?.map((o) => o.emailAddress)).toEqual([ALICE]);
    expect(s.sharedWith(docId)).toEqual([ALICE, FARID]);
    expect(s.event(FARID, 'farid1on1alice').attachments ?? []).toEqual([]); // a guest cannot attach
    expect(textOf(shownCard(response))).toContain('Questions to ask');
    expect(s.pairRecord(ALICE, ALICE_FARID).createdByMe).toBe(true);
    s.tick('2026-10-19T15:40:00Z'); // the hourly run after the 16:00 Paris meeting of the 19th ended
    expect(s.lines(docId).filter((l) => /^# \d{4}-/.test(l))[0]).toBe('# 2026-10-26 · Monday');
  });

  it('as a guest allowed to modify the event: asks Calendar to attach it', () => {
    const s = synced();
    s.calendarAs(FARID).Events.patch({ guestsCanModify: true }, 'primary', 'farid1on1alice');
    const { response } = s.click(
      ALICE,
      'createDoc',
      { pairKey: ALICE_FARID, seriesId: 'farid1on1alice' },
      { eventId: 'farid1on1alice' },
    );
    expect(response.hostAppAction).toBeDefined();
    expect(JSON.stringify(response)).toContain(s.docId(ALICE, FARID));
  });

  it('after the doc was deleted: makes a new one when asked, never on its own', () => {
    const s = synced();
    const old = s.docId(ALICE, BOB);
    // Deleted for good: out of Drive listings. The sync asks the listing before reading the doc, so
    // it knows the doc is gone whatever Docs would answer (404, or no status at all).
    s.ws.drive.driveService(s.ws.personContext(ALICE)).Files.update({ trashed: true }, old);
    s.tick('2026-10-20T09:00:00Z'); // the hourly run before the meeting (its merge) finds the doc gone
    const card = s.openEvent(ALICE, 'bob1on1').card;
    expect(textOf(card)).toContain('The agenda doc was deleted.');
    const { response } = s.press(ALICE, button(card, 'Create a new doc'));
    const fresh = s.pairRecord(ALICE, ALICE_BOB);
    expect(fresh.docId).not.toBe(old);
    expect(fresh.error).toBeUndefined();
    expect(linkOf(shownCard(response), 'Open agenda')).toContain(String(fresh.docId));
    expect(s.sharedWith(String(fresh.docId))).toEqual([ALICE, BOB]);
  });

  it('refuses when the series is no longer a 1:1 with that person', () => {
    const s = synced();
    const { response } = s.click(ALICE, 'createDoc', { pairKey: ALICE_BOB, seriesId: 'teammeet' });
    expect(textOf(shownCard(response))).toContain('This event is no longer a 1:1 with that person');
  });
});

describe('questions on the event card', () => {
  const s = synced();
  const docId = s.docId(ALICE, BOB);

  it('"add to agenda" writes the question under the next meeting’s Check-in and records it as asked', () => {
    const card = s.openEvent(ALICE, 'bob1on1').card;
    const add = routesOf(card).find((r) => r.action === 'addQuestion')!;
    const text = textOf(card)
      .split('\n')
      .find((l) => l.endsWith('?'))!;
    const { response } = s.click(ALICE, 'addQuestion', add.params, { eventId: 'bob1on1' });
    expect(response.action?.notification?.text).toBe('Added to the agenda for tomorrow at 10:00.');
    expect(section(s.lines(docId), '2026-10-20').slice(0, 4)).toEqual([
      '# 2026-10-20 · Tuesday',
      '## Check-in',
      `- ${text}`,
      '## Wins',
    ]);
    expect(JSON.parse(s.userProperty(ALICE, `asked:${ALICE_BOB}`) ?? '[]')).toEqual([
      [add.params.questionId, '2026-10-19'],
    ]);
    const next = routesOf(shownCard(response)).filter((r) => r.action === 'addQuestion');
    expect(next.map((r) => r.params.questionId)).not.toContain(add.params.questionId);
  });

  it('a second press of the same button (a stale card, a second tab) adds nothing', () => {
    const asked = JSON.parse(s.userProperty(ALICE, `asked:${ALICE_BOB}`) ?? '[]') as [string, string][];
    const before = s.lines(docId);
    const { response } = s.click(ALICE, 'addQuestion', { pairKey: ALICE_BOB, questionId: asked[0]![0] });
    expect(response.action?.notification?.text).toBe('That question is already on the agenda.');
    expect(s.lines(docId)).toEqual(before);
  });

  it('"more questions" pushes the next page, different each time', () => {
    const first = routesOf(s.openEvent(ALICE, 'bob1on1').card).filter((r) => r.action === 'addQuestion');
    const ids = (response: ReturnType<CardScenario['click']>['response']) =>
      routesOf(shownCard(response))
        .filter((r) => r.action === 'addQuestion')
        .map((r) => r.params.questionId);
    const page1 = s.click(ALICE, 'moreQuestions', { pairKey: ALICE_BOB }, { eventId: 'bob1on1' }).response;
    expect(page1.action?.navigations?.[0]).toHaveProperty('pushCard');
    const page2 = s.click(ALICE, 'moreQuestions', { pairKey: ALICE_BOB }, { eventId: 'bob1on1' }).response;
    const seen = [...first.map((r) => r.params.questionId), ...ids(page1), ...ids(page2)];
    expect(ids(page1)).toHaveLength(3);
    expect(ids(page2)).toHaveLength(3);
    expect(new Set(seen).size).toBe(9);
  });

  it('the user’s own questions can be added too', () => {
    const [mine] = parseCustomQuestions('growth: What would you like to learn next quarter?').questions;
    s.click(
      ALICE,
      'saveSettings',
      {},
      {
        form: {
          template: 'Check-in\nWins\nChallenges\nGrowth\nAction items',
          customQuestions: 'growth: What would you like to learn next quarter?',
        },
      },
    );
    s.click(ALICE, 'addQuestion', { pairKey: ALICE_BOB, questionId: mine!.id });
    expect(section(s.lines(docId), '2026-10-20')).toContain('- What would you like to learn next quarter?');
  });
});

describe('excluding and including a series', () => {
  const s = synced();

  it('"don’t treat as a 1:1" shows why at once and stops the pair at the next sync', () => {
    const { response } = s.click(ALICE, 'excludeSeries', { seriesId: 'bob1on1' }, { eventId: 'bob1on1' });
    const card = shownCard(response);
    expect(textOf(card)).toContain('<b>Alice / Bob</b> isn’t treated as a 1:1 because you excluded it.');
    expect(routesOf(card)).toEqual([
      { text: 'Treat as a 1:1', action: 'includeSeries', params: { seriesId: 'bob1on1' } },
    ]);
    s.tick('2026-10-19T08:10:00Z'); // the next hourly run lists everything again
    expect(s.pairRecord(ALICE, ALICE_BOB)).toMatchObject({
      status: 'stopped',
      stoppedReason: 'you excluded it',
    });
  });

  it('"treat as a 1:1" brings it back, with its doc', () => {
    const { response } = s.click(ALICE, 'includeSeries', { seriesId: 'bob1on1' }, { eventId: 'bob1on1' });
    expect(linkOf(shownCard(response), 'Open agenda')).toContain(s.docId(ALICE, BOB));
    s.tick('2026-10-19T09:15:00Z');
    expect(s.pairRecord(ALICE, ALICE_BOB).status).toBe('active');
  });
});

describe('refresh, back and bad buttons', () => {
  const s = synced();

  it('refresh renders the open event again; back pops the card', () => {
    const { response } = s.click(ALICE, 'refresh', {}, { eventId: 'bob1on1' });
    expect(shownCard(response).name).toBe('event');
    expect(s.click(ALICE, 'back').response).toEqual({ action: { navigations: [{ pop: true }] } });
  });

  it.each([
    ['an unknown action', 'launchMissiles', {}, 'That button isn’t available any more.'],
    ['a missing parameter', 'addQuestion', { pairKey: ALICE_BOB }, 'That button is missing what it needs.'],
    [
      'an unknown question',
      'addQuestion',
      { pairKey: ALICE_BOB, questionId: 'nope-99' },
      'That question is no longer on offer.',
    ],
    [
      'an unknown pair',
      'addQuestion',
      { pairKey: 'x@y.z q@r.s', questionId: 'wins-01' },
      'This 1:1 has no agenda doc yet',
    ],
    [
      'a mangled item',
      'markDone',
      { docId: 'file-000003', item: 'no date here' },
      'Tandem couldn’t tell which action item that was.',
    ],
  ])('answers %s with the error card, never a crash', (_what, action, params, message) => {
    const { result, response } = s.click(ALICE, action, params as Record<string, string>);
    expect(result.ok).toBe(true);
    const card = shownCard(response);
    expect(card.name).toBe('error');
    expect(textOf(card)).toContain(message);
  });
});
