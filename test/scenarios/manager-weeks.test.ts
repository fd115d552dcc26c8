// A manager with four reports over several weeks, through the real bundle in the emulator:
// weekly and biweekly 1:1s, a room-booked one, a moved and a cancelled instance, a series split,
// a new report, a report leaving, a third attendee and a replaced report (issue 3).
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { sampleWorld } from '../../dev/sample-world';
import { Scenario, section } from '../harness';
import { appendToSection } from '../reliability/support/worlds';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const CHLOE = 'chloe@example.com';
const DIEGO = 'diego@example.com';
const EMMA = 'emma@example.com';
const FARID = 'farid@example.com';
const GWEN = 'gwen@example.com';

function headings(lines: string[]): string[] {
  return lines.filter((l) => /^# \d{4}-/.test(l));
}

function attachmentsOf(event: calendar_v3.Schema$Event): string[] {
  return (event.attachments ?? []).map((a) => a.fileId ?? a.fileUrl ?? '');
}

describe('a manager with four reports over several weeks', () => {
  const s = new Scenario(sampleWorld());

  it('turning on prepares one doc per 1:1 pair, shared with the two people only and attached to the series', () => {
    expect(s.enable(ALICE).ok).toBe(true);
    s.tick('2026-10-19T07:05:00Z');
    const docs = s.pairDocs();
    expect([...docs.keys()].sort()).toEqual([
      `${ALICE} ${BOB}`,
      `${ALICE} ${CHLOE}`,
      `${ALICE} ${DIEGO}`,
      `${ALICE} ${EMMA}`,
    ]);
    for (const [key, docId] of docs) expect(s.sharedWith(docId)).toEqual(key.split(' ').sort());
    expect(attachmentsOf(s.event(ALICE, 'bob1on1'))).toEqual([s.docId(ALICE, BOB)]);
    expect(attachmentsOf(s.event(ALICE, 'teammeet'))).toEqual([]);
    expect(attachmentsOf(s.event(ALICE, 'diego1on1'))).toEqual([s.docId(ALICE, DIEGO)]); // a room does not count
  });

  it('each doc has the header and a section for the next meeting, in the user time zone', () => {
    const bob = s.lines(s.docId(ALICE, BOB));
    expect(bob[0]).toBe('= Alice Moreau & Bob Okafor · 1:1');
    expect(bob).toContain('# Current focus');
    expect(section(bob, '2026-10-20')).toEqual([
      '# 2026-10-20 · Tuesday',
      '## Check-in',
      '## Wins',
      '## Challenges',
      '## Growth',
      '## Action items',
    ]);
    expect(headings(s.lines(s.docId(ALICE, DIEGO)))).toEqual(['# 2026-10-21 · Wednesday']);
    expect(headings(s.lines(s.docId(ALICE, EMMA)))).toEqual(['# 2026-10-23 · Friday']);
  });

  it('after the meeting, the next section appears with open items carried and done ones left behind', () => {
    const bobDoc = s.docId(ALICE, BOB);
    appendToSection(s, BOB, bobDoc, '2026-10-20', '[ ] Bob: send the design doc to Priya (due 2026-10-23)');
    appendToSection(s, ALICE, bobDoc, '2026-10-20', '[x] Alice: book the offsite room');
    // The 10:00–10:30 Paris meeting (UTC+2) ended at 08:30Z; Alice's first hourly run after it
    // (her trigger's minute is :29) prepares the next section.
    s.tick('2026-10-20T09:40:00Z');
    const lines = s.lines(bobDoc);
    expect(headings(lines)).toEqual(['# 2026-10-27 · Tuesday', '# 2026-10-20 · Tuesday']);
    expect(section(lines, '2026-10-27')).toContain(
      '- [ ] Bob: send the design doc to Priya (due 2026-10-23) · from 2026-10-20',
    );
    expect(section(lines, '2026-10-27').join('\n')).not.toContain('offsite');
  });

  it('a quiet sync costs one call', () => {
    const before = s.calls();
    const result = s.sync(ALICE);
    expect(result.ok).toBe(true);
    expect(result.calls).toEqual({ 'calendar.events.list': 1 });
    expect(s.calls()['calendar.events.list']).toBe((before['calendar.events.list'] ?? 0) + 1);
  });

  it('an untouched prepared section follows its moved occurrence (across the DST change)', () => {
    // 2026-10-27 10:00 Paris is 09:00Z (winter time from 2026-10-25).
    s.calendarAs(ALICE).Events.patch(
      {
        start: { dateTime: '2026-10-28T11:00:00+01:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2026-10-28T11:30:00+01:00', timeZone: 'Europe/Paris' },
      },
      'primary',
      'bob1on1_20261027T090000Z',
    );
    s.tick('2026-10-20T09:50:00Z'); // the calendar trigger, a minute after the person's change
    const lines = s.lines(s.docId(ALICE, BOB));
    expect(headings(lines)).toEqual(['# 2026-10-28 · Wednesday', '# 2026-10-20 · Tuesday']);
    expect(section(lines, '2026-10-28')).toContain(
      '- [ ] Bob: send the design doc to Priya (due 2026-10-23) · from 2026-10-20',
    );
  });

  it('a cancelled occurrence hands its untouched section to the next one', () => {
    s.tick('2026-10-22T13:40:00Z'); // Chloé's first meeting ends 12:30Z; the 13:29 run prepares 10-29
    expect(headings(s.lines(s.docId(ALICE, CHLOE)))[0]).toBe('# 2026-10-29 · Thursday');
    s.calendarAs(ALICE).Events.remove('primary', 'chloe1on1_20261029T130000Z');
    s.tick('2026-10-22T13:50:00Z');
    expect(headings(s.lines(s.docId(ALICE, CHLOE)))).toEqual([
      '# 2026-11-05 · Thursday',
      '# 2026-10-22 · Thursday',
    ]);
  });

  it('a person who wrote in a prepared section keeps it where it is when the occurrence moves', () => {
    const chloeDoc = s.docId(ALICE, CHLOE);
    appendToSection(s, CHLOE, chloeDoc, '2026-11-05', 'Topic: conference budget');
    s.calendarAs(ALICE).Events.remove('primary', 'chloe1on1_20261105T130000Z');
    s.tick('2026-10-22T14:00:00Z');
    const lines = s.lines(chloeDoc);
    expect(lines).toContain('Topic: conference budget');
    expect(headings(lines)).toContain('# 2026-11-05 · Thursday');
    expect(headings(lines)).toContain('# 2026-11-12 · Thursday');
  });

  it('a series split "this and following" keeps the same doc and attaches it to the new series', () => {
    const emmaDoc = s.docId(ALICE, EMMA);
    const calendar = s.calendarAs(ALICE);
    calendar.Events.patch(
      { recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;UNTIL=20261105T000000Z'] },
      'primary',
      'emma1on1',
    );
    const split = calendar.Events.insert(
      {
        summary: 'Emma & Alice catch-up',
        start: { dateTime: '2026-11-06T15:00:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2026-11-06T15:30:00', timeZone: 'Europe/Paris' },
        recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=FR'],
        attendees: [
          { email: ALICE, responseStatus: 'accepted' },
          { email: EMMA, responseStatus: 'accepted' },
        ],
      },
      'primary',
    ) as calendar_v3.Schema$Event;
    s.tick('2026-10-23T10:00:00Z');
    expect(s.pairDocs().get(`${ALICE} ${EMMA}`)).toBe(emmaDoc);
    expect(attachmentsOf(s.event(ALICE, split.id ?? ''))).toEqual([emmaDoc]);
    expect(headings(s.lines(emmaDoc))[0]).toBe('# 2026-11-06 · Friday');
  });

  it('a new report gets a new doc', () => {
    s.ws.users.push({ email: GWEN, name: 'Gwen Adeyemi', timeZone: 'Europe/Paris' });
    s.calendarAs(ALICE).Events.insert(
      {
        summary: 'Gwen / Alice',
        start: { dateTime: '2026-10-26T14:00:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2026-10-26T14:30:00', timeZone: 'Europe/Paris' },
        recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
        attendees: [{ email: ALICE }, { email: GWEN, displayName: 'Gwen Adeyemi' }],
      },
      'primary',
    );
    s.tick('2026-10-23T10:10:00Z');
    const gwenDoc = s.docId(ALICE, GWEN);
    expect(s.sharedWith(gwenDoc)).toEqual([ALICE, GWEN]);
    expect(headings(s.lines(gwenDoc))).toEqual(['# 2026-10-26 · Monday']);
  });

  it('a third attendee stops the pair: no share with the newcomer, the card-facing reason recorded', () => {
    const chloeDoc = s.docId(ALICE, CHLOE);
    const before = s.lines(chloeDoc);
    const series = s.event(ALICE, 'chloe1on1');
    s.calendarAs(ALICE).Events.patch(
      { attendees: [...(series.attendees ?? []), { email: FARID }] },
      'primary',
      'chloe1on1',
    );
    s.tick('2026-10-29T14:00:00Z');
    expect(s.sharedWith(chloeDoc)).toEqual([ALICE, CHLOE]);
    expect(s.lines(chloeDoc)).toEqual(before);
    expect(s.ws.drive.sharingLog().filter((r) => r.emailAddress === FARID)).toEqual([]);
    const pair = JSON.parse(s.ws.toWorld().userProperties[ALICE]?.[`pair:${ALICE} ${CHLOE}`] ?? '{}') as {
      status?: string;
      stoppedReason?: string;
    };
    expect(pair.status).toBe('stopped');
    expect(pair.stoppedReason).toMatch(/3 people/);
  });

  it('a report replaced by someone else: a new pair doc, and the old doc comes off the series', () => {
    const diegoDoc = s.docId(ALICE, DIEGO);
    s.calendarAs(ALICE).Events.patch(
      {
        attendees: [
          { email: ALICE, responseStatus: 'accepted' },
          { email: BOB, responseStatus: 'accepted' },
        ],
      },
      'primary',
      'diego1on1',
    );
    s.tick('2026-10-29T14:10:00Z');
    expect(attachmentsOf(s.event(ALICE, 'diego1on1'))).toEqual([s.docId(ALICE, BOB)]);
    expect(attachmentsOf(s.event(ALICE, 'diego1on1'))).not.toContain(diegoDoc);
    expect(s.sharedWith(diegoDoc)).toEqual([ALICE, DIEGO]);
  });

  it('a report leaving (series deleted) keeps their doc and stops preparing it', () => {
    const gwenDoc = s.docId(ALICE, GWEN);
    const gwenSeries = s.calendarAs(ALICE).Events.list('primary', { q: 'Gwen' }).items?.[0]?.id ?? '';
    s.calendarAs(ALICE).Events.remove('primary', gwenSeries);
    const before = s.lines(gwenDoc);
    s.tick('2026-11-10T14:00:00Z');
    expect(s.lines(gwenDoc)).toEqual(before);
    expect(s.sharedWith(gwenDoc)).toEqual([ALICE, GWEN]);
  });

  it('never shares any doc outside its pair', () => {
    for (const record of s.ws.drive.sharingLog()) {
      const key = [...s.pairDocs()].find(([, id]) => id === record.fileId)?.[0] ?? '';
      expect(key.split(' ')).toContain(record.emailAddress);
    }
  });
});
