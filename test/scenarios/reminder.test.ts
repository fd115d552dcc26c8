// The reminder to prepare (design.md §8, issue 14) through the real bundle: one e-mail the day
// before a person's 1:1s, at the hour they chose in their own zone, to them alone, never twice —
// after a retry, with two runs at once, or a run killed mid-way — and a quota refusal on the homepage.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { World } from '../../dev/emulator/world';
import { ENTRY } from '../../dev/driver/entry-points';
import { mailReport } from '../../dev/sim/mail';
import { Scenario } from '../harness';
import { CallTap } from '../reliability/support/tap';
import { advance, appendToSection, click, turnsOn } from '../reliability/support/worlds';

const ALICE = 'alice@example.com'; // Los Angeles, organizes the 1:1
const BOB = 'bob@example.com'; // Paris, the guest
const CHLOE = 'chloe@example.com'; // no Tandem, never gets anything
const TEMPLATE = 'Check-in\nWins\nChallenges\nGrowth\nAction items';

/** Alice's weekly 1:1 with Bob: Tuesdays 09:00 in Los Angeles, 18:00 in Paris (17:00Z). */
function oneOnOne(): calendar_v3.Schema$Event {
  return {
    id: 'bob1on1tue',
    summary: 'Alice / Bob',
    organizer: { email: ALICE, displayName: 'Alice Moreau' },
    attendees: [
      { email: ALICE, displayName: 'Alice Moreau', organizer: true, responseStatus: 'accepted' },
      { email: BOB, displayName: 'Bob Okafor', responseStatus: 'accepted' },
    ],
    start: { dateTime: '2026-11-17T09:00:00', timeZone: 'America/Los_Angeles' },
    end: { dateTime: '2026-11-17T09:30:00', timeZone: 'America/Los_Angeles' },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU'],
  };
}

function world(): World {
  return {
    now: '2026-11-23T08:00:00Z', // Monday: 00:00 in Los Angeles, 09:00 in Paris
    users: [
      { email: ALICE, name: 'Alice Moreau', timeZone: 'America/Los_Angeles', locale: 'en' },
      { email: BOB, name: 'Bob Okafor', timeZone: 'Europe/Paris', locale: 'en' },
      { email: CHLOE, name: 'Chloé Dubois', timeZone: 'Europe/Paris', locale: 'en' },
    ],
    calendars: { [ALICE]: { events: [oneOnOne()] } },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}

function remindAt(s: Scenario, email: string, hour: number, on = true) {
  const result = click(
    s,
    email,
    'saveSettings',
    {},
    {
      template: TEMPLATE,
      ...(on ? { remindDayBefore: 'on' } : {}),
      remindHour: String(hour),
    },
  );
  expect(result.ok).toBe(true);
}

/** Both run Tandem; Alice's has prepared Tuesday's section, where both have written. */
function prepared(): Scenario {
  const s = new Scenario(world());
  expect(turnsOn(s, ALICE).ok).toBe(true);
  expect(turnsOn(s, BOB).ok).toBe(true);
  const docId = s.docId(ALICE, BOB);
  // Bob opened it once in Docs ("Allow access"): drive.file lets his Tandem read it from then on.
  s.ws.drive.grantFileScope(BOB, docId);
  appendToSection(s, BOB, docId, '2026-11-24', '[ ] Alice: book the room');
  appendToSection(s, BOB, docId, '2026-11-24', '[ ] Bob: send the design doc (due 2026-11-20)');
  appendToSection(s, ALICE, docId, '2026-11-24', 'How did the offsite go? <b>honestly</b>');
  appendToSection(s, ALICE, docId, '2026-11-24', '[x] Bob: file the expenses');
  return s;
}

const mailOf = (s: Scenario, email: string) => mailReport(s.ws, email);

describe('the reminder to prepare', () => {
  describe('when Alice (Los Angeles) and Bob (Paris) turn it on for 17:00', () => {
    const s = prepared();
    remindAt(s, ALICE, 17);
    remindAt(s, BOB, 17);
    const docId = s.docId(ALICE, BOB);

    it('sends nothing before the hour', () => {
      advance(s, '2026-11-23T15:59:00Z'); // 16:59 in Paris, 07:59 in Los Angeles
      expect(s.ws.appsScript.sentMail()).toEqual([]);
    });

    it('sends Bob his at 17:00 Paris, and only to him', () => {
      const fired = advance(s, '2026-11-23T17:00:00Z');
      const mail = mailOf(s, BOB);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.from).toBe(BOB);
      expect(mail[0]!.to).toEqual([BOB]);
      const sentAt = Date.parse(mail[0]!.sentAt);
      expect(sentAt).toBeGreaterThanOrEqual(Date.parse('2026-11-23T16:00:00Z'));
      expect(sentAt).toBeLessThan(Date.parse('2026-11-23T17:00:00Z'));
      expect(mailOf(s, ALICE)).toEqual([]);
      // The run that sent it: one doc read, the quota, the send — and nothing else.
      const sending = fired.find((f) => f.result.calls['mail.sendEmail']);
      expect(sending?.result.calls).toEqual({
        'docs.documents.get': 1,
        'mail.getRemainingDailyQuota': 1,
        'mail.sendEmail': 1,
      });
    });

    it('gives Bob the time on his clock, the open items overdue first, the topics and the link', () => {
      const { subject, body } = mailOf(s, BOB)[0]!;
      expect(subject).toBe('Your 1:1 tomorrow, Tue, Nov 24: Alice Moreau');
      expect(body).toContain('18:00 · 1:1 with Alice Moreau');
      expect(body).toContain(`Agenda: https://docs.google.com/document/d/${docId}/edit`);
      const items = body.slice(body.indexOf('Open action items:'), body.indexOf('Topics so far:'));
      expect(items.split('\n').filter((l) => l.startsWith('  - '))).toEqual([
        '  - Bob Okafor: send the design doc (overdue, due 2026-11-20)',
        '  - Alice Moreau: book the room',
      ]);
      expect(body).toContain('How did the offsite go? <b>honestly</b>');
      expect(body).not.toContain('file the expenses'); // done
    });

    it('escapes the doc’s text in the HTML version', () => {
      const html = s.ws.appsScript.sentMail().find((m) => m.from === BOB)?.htmlBody ?? '';
      expect(html).toContain('How did the offsite go? &lt;b&gt;honestly&lt;/b&gt;');
      expect(html).not.toContain('<b>honestly</b>');
    });

    it('sends Alice hers at 17:00 Los Angeles, with the time on her clock', () => {
      advance(s, '2026-11-24T02:00:00Z'); // 18:00 Monday in Los Angeles
      const mail = mailOf(s, ALICE);
      expect(mail).toHaveLength(1);
      expect(Date.parse(mail[0]!.sentAt)).toBeGreaterThanOrEqual(Date.parse('2026-11-24T01:00:00Z'));
      expect(mail[0]!.body).toContain('09:00 · 1:1 with Bob Okafor');
      expect(mail[0]!.body).toContain('(times in America/Los_Angeles)');
    });

    it('sends each nothing more that day, nor on Tuesday before a Wednesday without 1:1s', () => {
      advance(s, '2026-11-25T08:00:00Z');
      expect(mailOf(s, BOB)).toHaveLength(1);
      expect(mailOf(s, ALICE)).toHaveLength(1);
    });

    it('never sends anything to anyone but its owner', () => {
      expect(mailOf(s, CHLOE)).toEqual([]);
      for (const m of s.ws.appsScript.sentMail()) expect([...m.to, ...m.cc, ...m.bcc]).toEqual([m.from]);
    });

    it('costs nothing in the hours it is not due', () => {
      const fired = advance(s, '2026-11-26T08:00:00Z');
      const mailCalls = fired.filter((f) => Object.keys(f.result.calls).some((m) => m.startsWith('mail.')));
      expect(mailCalls).toEqual([]);
    });
  });

  describe('when the guest’s Tandem cannot read the doc (never opened under drive.file)', () => {
    it('still sends the meeting with its link, saying the doc could not be read', () => {
      const s = new Scenario(world());
      turnsOn(s, ALICE);
      turnsOn(s, BOB);
      remindAt(s, BOB, 17);
      advance(s, '2026-11-23T17:00:00Z');
      const [mail] = mailOf(s, BOB);
      expect(mail?.body).toContain('18:00 · 1:1 with Alice Moreau');
      expect(mail?.body).toContain(`https://docs.google.com/document/d/${s.docId(ALICE, BOB)}/edit`);
      expect(mail?.body).toContain('could not read the agenda doc');
    });
  });

  describe('when it is off (the default)', () => {
    it('sends nothing and the hourly runs make no mail or extra doc call', () => {
      const s = prepared();
      const before = s.calls();
      advance(s, '2026-11-24T08:00:00Z');
      expect(s.ws.appsScript.sentMail()).toEqual([]);
      const spent = s.calls();
      expect(spent['mail.getRemainingDailyQuota'] ?? 0).toBe(0);
      expect((spent['docs.documents.get'] ?? 0) - (before['docs.documents.get'] ?? 0)).toBe(0);
    });

    it('stops when turned off again', () => {
      const s = prepared();
      remindAt(s, BOB, 17);
      remindAt(s, BOB, 17, false);
      advance(s, '2026-11-23T22:00:00Z');
      expect(mailOf(s, BOB)).toEqual([]);
    });
  });

  describe('when a run is retried, overlaps another, or is killed', () => {
    it('a retried run the same hour sends nothing more', () => {
      const s = prepared();
      remindAt(s, BOB, 17);
      advance(s, '2026-11-23T17:00:00Z');
      expect(s.sync(BOB).ok).toBe(true);
      expect(s.sync(BOB).ok).toBe(true);
      expect(mailOf(s, BOB)).toHaveLength(1);
    });

    it('a second run started while the first is sending finds the lock taken and sends nothing', () => {
      const s = prepared();
      remindAt(s, BOB, 17);
      advance(s, '2026-11-23T15:30:00Z');
      const tap = new CallTap(s.ws);
      s.ws.now = Date.parse('2026-11-23T16:30:00Z');
      let overlapping: ReturnType<Scenario['sync']> | undefined;
      // Just before the first run's send: its doc read and quota check are done (calls 1 and 2).
      tap.beforeCall(3, () => {
        overlapping = s.sync(BOB);
      });
      const first = s.sync(BOB);
      expect(first.calls['mail.sendEmail']).toBe(1);
      expect(overlapping?.ok).toBe(true);
      expect(overlapping?.value).toMatchObject({ skipped: 'busy' });
      expect(overlapping?.calls).toEqual({});
      expect(mailOf(s, BOB)).toHaveLength(1);
      expect(s.sync(BOB).calls['mail.sendEmail']).toBeUndefined();
      expect(mailOf(s, BOB)).toHaveLength(1);
    });

    const killedAt = (deadlineMs: number) => {
      const s = prepared();
      remindAt(s, BOB, 17);
      advance(s, '2026-11-23T15:30:00Z');
      s.ws.now = Date.parse('2026-11-23T16:30:00Z');
      // Bob's hourly trigger, with nothing due for the sync: the run's calls come 150 ms apart, the
      // quota check, the doc read, the send.
      const hourly = s.ws.appsScript.triggersOf(BOB).find((t) => t.eventType === 'CLOCK');
      const killed = s.runner.run(s.ws, {
        user: BOB,
        functionName: ENTRY.scheduledSync,
        args: [{ triggerUid: hourly?.id }],
        kind: 'trigger',
        deadlineMs,
      });
      expect(killed.timedOut).toBe(true);
      advance(s, '2026-11-23T22:30:00Z');
      return s;
    };

    it('a run killed before it claimed the day leaves it to the next hourly run, which sends it once', () => {
      const s = killedAt(100);
      expect(mailOf(s, BOB)).toHaveLength(1);
      expect(homepage(s, BOB)).not.toMatch(/reminder e-mail/);
    });

    it.each([
      { at: 'the doc read', deadlineMs: 250 },
      { at: 'the send', deadlineMs: 400 },
    ])(
      'a run killed at $at sends nothing that day, never twice, and the homepage says so',
      ({ deadlineMs }) => {
        const s = killedAt(deadlineMs);
        expect(mailOf(s, BOB)).toEqual([]);
        expect(homepage(s, BOB)).toMatch(/reminder e-mail (may not have gone out|could not be sent)/);
      },
    );
  });

  describe('when MailApp’s daily quota has run out', () => {
    const s = prepared();
    remindAt(s, BOB, 17);
    s.ws.appsScript.setMailQuota(BOB, 0);
    const fired = advance(s, '2026-11-23T20:30:00Z');

    it('sends nothing, and asks the quota once that day, not in a loop', () => {
      expect(mailOf(s, BOB)).toEqual([]);
      const asked = fired.filter((f) => f.result.calls['mail.getRemainingDailyQuota']);
      expect(asked).toHaveLength(1);
      expect(fired.some((f) => f.result.calls['mail.sendEmail'])).toBe(false);
    });

    it('says so on Bob’s homepage', () => {
      const home = homepage(s, BOB);
      expect(home).toContain('daily e-mail quota ran out');
    });

    it('sends the next day’s as usual once the quota is back', () => {
      s.ws.appsScript.setMailQuota(BOB, 100);
      advance(s, '2026-11-30T20:00:00Z'); // Monday again, before Tuesday's 1:1
      expect(mailOf(s, BOB)).toHaveLength(1);
      expect(homepage(s, BOB)).not.toContain('quota ran out');
    });
  });
});

/** The homepage card's JSON as that person sees it now. */
function homepage(s: Scenario, email: string): string {
  const result = s.driver.homepage(email);
  expect(result.ok).toBe(true);
  return JSON.stringify(result.value);
}
