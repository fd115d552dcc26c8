import { byUrgency, composeReminder, escapeHtml, type Reminder, type ReminderMeeting } from './compose';

const ALICE = { email: 'alice@example.com', name: 'Alice Moreau' };
const BOB = { email: 'bob@example.com', name: 'Bob Okafor' };
const CHLOE = { email: 'chloe@example.com', name: null };

const bob: ReminderMeeting = {
  start: Date.parse('2026-11-24T09:00:00Z'), // 10:00 in Paris, 01:00 in Los Angeles
  date: '2026-11-24',
  other: BOB,
  docUrl: 'https://docs.google.com/document/d/doc-bob/edit',
  agenda: {
    items: [
      { task: 'book the room', owner: ALICE, due: null },
      { task: 'send the design doc', owner: BOB, due: '2026-11-20' },
      { task: 'plan the offsite', owner: null, due: '2026-11-30' },
      { task: 'fix the build', owner: BOB, due: '2026-11-18' },
    ],
    topics: [
      { heading: 'Check-in', text: 'How was the trip?' },
      { heading: null, text: 'Budget' },
    ],
  },
};

function reminder(timeZone: string, meetings: ReminderMeeting[] = [bob]): Reminder {
  return { viewer: { timeZone, locale: 'en', today: '2026-11-23' }, day: '2026-11-24', meetings };
}

describe('composeReminder', () => {
  describe('when a person has one 1:1 tomorrow', () => {
    const mail = composeReminder(reminder('Europe/Paris'));

    it('names the day and the other person in the subject', () => {
      expect(mail.subject).toBe('Your 1:1 tomorrow, Tue, Nov 24: Bob Okafor');
    });

    it('gives the time in the reader’s zone, the doc link, the items overdue first, and the topics', () => {
      expect(mail.body.split('\n')).toEqual([
        'Tomorrow, Tue, Nov 24 (times in Europe/Paris):',
        '',
        '10:00 · 1:1 with Bob Okafor',
        'Agenda: https://docs.google.com/document/d/doc-bob/edit',
        'Open action items:',
        '  - Bob Okafor: fix the build (overdue, due 2026-11-18)',
        '  - Bob Okafor: send the design doc (overdue, due 2026-11-20)',
        '  - Alice Moreau: book the room',
        '  - plan the offsite (due 2026-11-30)',
        'Topics so far:',
        '  - Check-in: How was the trip?',
        '  - Budget',
        '',
        '—',
        expect.stringContaining('E-mail me the day before my 1:1s'),
      ]);
    });

    it('words the same time on a Los Angeles clock for a reader there', () => {
      expect(composeReminder(reminder('America/Los_Angeles')).body).toContain('01:00 · 1:1 with Bob Okafor');
    });

    it('has an HTML version with the same content, overdue items in bold, and the link', () => {
      expect(mail.htmlBody).toContain('<h3>10:00 · 1:1 with Bob Okafor</h3>');
      expect(mail.htmlBody).toContain('<a href="https://docs.google.com/document/d/doc-bob/edit">');
      expect(mail.htmlBody).toContain('<li><b>Bob Okafor: fix the build (overdue, due 2026-11-18)</b></li>');
      expect(mail.htmlBody).toContain('<li>Check-in: How was the trip?</li>');
    });
  });

  describe('when the doc holds markup, or could not be read, or is empty', () => {
    it('escapes every text from the doc and the calendar in the HTML', () => {
      const hostile: ReminderMeeting = {
        ...bob,
        other: { email: 'x@example.com', name: '<script>alert(1)</script>' },
        agenda: {
          items: [{ task: '<img src=x onerror=alert(1)>', owner: null, due: null }],
          topics: [{ heading: '<b>H</b>', text: '"quoted" & \'single\'' }],
        },
      };
      const mail = composeReminder(reminder('Europe/Paris', [hostile]));
      expect(mail.htmlBody).not.toMatch(/<script|<img|<b>H/);
      expect(mail.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(mail.htmlBody).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
      expect(mail.body).toContain('<img src=x onerror=alert(1)>'); // plain text stays as written
    });

    it('says so for a doc it could not read, and for no items or topics yet', () => {
      const unread = composeReminder(reminder('Europe/Paris', [{ ...bob, agenda: null }]));
      expect(unread.body).toContain('could not read the agenda doc');
      const empty = composeReminder(
        reminder('Europe/Paris', [{ ...bob, agenda: { items: [], topics: [] } }]),
      );
      expect(empty.body).toContain('No open action items.');
      expect(empty.body).toContain('No topics yet');
      expect(empty.htmlBody).toContain('<p>No topics yet: add yours to the doc.</p>');
    });
  });

  describe('when there are several 1:1s', () => {
    it('lists each, in the order given, and names the other person by email when no name is known', () => {
      const chloe: ReminderMeeting = {
        ...bob,
        start: Date.parse('2026-11-24T13:00:00Z'),
        other: CHLOE,
        docUrl: null,
        agenda: { items: [], topics: [] },
      };
      const mail = composeReminder(reminder('Europe/Paris', [bob, chloe]));
      expect(mail.subject).toBe('Your 1:1s tomorrow, Tue, Nov 24: Bob Okafor, chloe@example.com');
      expect(mail.body.indexOf('10:00 · 1:1 with Bob Okafor')).toBeLessThan(
        mail.body.indexOf('14:00 · 1:1 with chloe@example.com'),
      );
    });
  });
});

describe('byUrgency', () => {
  it('puts items due before the day first, oldest due first, the rest in doc order', () => {
    const items = [
      { task: 'a', owner: null, due: null },
      { task: 'b', owner: null, due: '2026-11-23' },
      { task: 'c', owner: null, due: '2026-11-24' },
      { task: 'd', owner: null, due: '2026-11-01' },
    ];
    expect(byUrgency(items, '2026-11-24').map((x) => `${x.item.task}${x.overdue ? '!' : ''}`)).toEqual([
      'd!',
      'b!',
      'a',
      'c',
    ]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that mean something in HTML and leaves the rest', () => {
    expect(escapeHtml(`<a href="x">'&'</a> é 🙂`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; é 🙂',
    );
  });
});
