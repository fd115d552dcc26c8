import type { PairRecord } from '../state';
import { dayAfter, hourIn, reminderDue, type ReminderInputs } from './due';

const meetingAt = (iso: string, date: string) => ({
  date,
  start: Date.parse(iso),
  end: Date.parse(iso) + 30 * 60_000,
  seriesId: 's1',
});

const pair = (upcoming: PairRecord['upcoming'], status: PairRecord['status'] = 'active'): PairRecord => ({
  pairKey: 'alice@example.com bob@example.com',
  other: { email: 'bob@example.com', name: 'Bob Okafor' },
  userIsOrganizer: true,
  seriesIds: ['s1'],
  status,
  upcoming,
});

// Bob's 1:1 on Tuesday 2026-11-24 at 10:00 Paris (09:00Z).
const tuesday = meetingAt('2026-11-24T09:00:00Z', '2026-11-24');

function inputs(over: Partial<ReminderInputs> = {}): ReminderInputs {
  return {
    enabled: true,
    settings: { remindDayBefore: true, remindHour: 17 },
    timeZone: 'Europe/Paris',
    pairs: [pair([tuesday])],
    record: null,
    ...over,
  };
}

describe('reminderDue', () => {
  describe('when it is on and tomorrow has a 1:1', () => {
    it('is due from the chosen hour in the person’s zone, for today, listing tomorrow’s meeting', () => {
      expect(reminderDue(inputs(), Date.parse('2026-11-23T15:59:00Z'))).toBeNull(); // 16:59 Paris
      const due = reminderDue(inputs(), Date.parse('2026-11-23T16:00:00Z'));
      expect(due).toEqual({
        day: '2026-11-23',
        tomorrow: '2026-11-24',
        meetings: [{ pair: expect.objectContaining({ pairKey: expect.any(String) }), meeting: tuesday }],
      });
    });

    it('stays due until the end of the day, so a missed hourly run is made up', () => {
      expect(reminderDue(inputs(), Date.parse('2026-11-23T22:59:00Z'))).not.toBeNull(); // 23:59 Paris
    });

    it('is not due again once the day has a record, whatever the outcome', () => {
      for (const outcome of ['sending', 'sent', 'quota', 'failed'] as const) {
        const record = { day: '2026-11-23', outcome, at: 0 };
        expect(reminderDue(inputs({ record }), Date.parse('2026-11-23T17:00:00Z'))).toBeNull();
      }
      const yesterday = { day: '2026-11-22', outcome: 'sent' as const, at: 0 };
      expect(reminderDue(inputs({ record: yesterday }), Date.parse('2026-11-23T17:00:00Z'))).not.toBeNull();
    });

    it('stays due after a quota check MailApp did not answer, that day only', () => {
      const waiting = { day: '2026-11-23', outcome: 'waiting' as const, at: 0 };
      expect(reminderDue(inputs({ record: waiting }), Date.parse('2026-11-23T18:00:00Z'))).not.toBeNull();
      expect(reminderDue(inputs({ record: waiting }), Date.parse('2026-11-23T22:59:00Z'))).not.toBeNull();
    });

    it('lists every 1:1 of tomorrow, soonest first', () => {
      const later = meetingAt('2026-11-24T14:00:00Z', '2026-11-24');
      const other = { ...pair([later]), pairKey: 'alice@example.com chloe@example.com' };
      const due = reminderDue(
        inputs({ pairs: [other, pair([tuesday])] }),
        Date.parse('2026-11-23T17:00:00Z'),
      );
      expect(due?.meetings.map((m) => m.meeting.start)).toEqual([tuesday.start, later.start]);
    });
  });

  describe('when nothing should be sent', () => {
    const at = Date.parse('2026-11-23T17:00:00Z');
    it('is off by default, and off with Tandem off', () => {
      expect(reminderDue(inputs({ settings: { remindDayBefore: false, remindHour: 17 } }), at)).toBeNull();
      expect(reminderDue(inputs({ enabled: false }), at)).toBeNull();
    });

    it('has nothing to say on a day before a day without 1:1s, or for a stopped pair', () => {
      const wednesday = meetingAt('2026-11-25T09:00:00Z', '2026-11-25');
      expect(reminderDue(inputs({ pairs: [pair([wednesday])] }), at)).toBeNull();
      expect(reminderDue(inputs({ pairs: [pair([tuesday], 'stopped')] }), at)).toBeNull();
    });
  });

  describe('across zones and daylight-saving days', () => {
    it('reads tomorrow in the person’s zone: 01:00 Tuesday in Los Angeles is Monday’s meeting there', () => {
      // 09:00Z Tuesday is 01:00 Tuesday in Los Angeles: due on Monday from 17:00 there (01:00Z Tuesday).
      const la = inputs({ timeZone: 'America/Los_Angeles' });
      expect(reminderDue(la, Date.parse('2026-11-24T00:59:00Z'))).toBeNull();
      expect(reminderDue(la, Date.parse('2026-11-24T01:00:00Z'))?.day).toBe('2026-11-23');
    });

    it('keeps the wall-clock hour on the day summer time ends', () => {
      // 2026-10-25 Paris: 17:00 local is 16:00Z (winter time from 03:00).
      expect(hourIn(Date.parse('2026-10-25T16:00:00Z'), 'Europe/Paris')).toBe(17);
      expect(hourIn(Date.parse('2026-10-24T15:00:00Z'), 'Europe/Paris')).toBe(17);
    });

    it('reads an unknown zone as UTC', () => {
      expect(hourIn(Date.parse('2026-11-23T05:30:00Z'), 'Not/AZone')).toBe(5);
    });
  });
});

describe('dayAfter', () => {
  it('crosses months and years', () => {
    expect(dayAfter('2026-02-28')).toBe('2026-03-01');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });
});
