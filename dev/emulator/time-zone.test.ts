import { localDate, resolveTimeZone, shortZoneName, wallClockToInstant, zonedFields } from './time-zone';

const iso = (ms: number) => new Date(ms).toISOString();

describe('time zone arithmetic', () => {
  describe('when reading an instant in a zone', () => {
    it('gives the wall-clock fields and the offset in force', () => {
      const winter = zonedFields(Date.parse('2026-11-23T08:00:00Z'), 'Europe/Paris');
      expect(winter).toMatchObject({
        year: 2026,
        month: 11,
        day: 23,
        hour: 9,
        minute: 0,
        weekday: 1,
        offsetMinutes: 60,
      });
      expect(zonedFields(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Paris').offsetMinutes).toBe(120);
    });
  });

  describe('when turning a wall-clock time into an instant', () => {
    it('finds ordinary times in winter and summer', () => {
      expect(iso(wallClockToInstant(2026, 11, 23, 9, 0, 'Europe/Paris'))).toBe('2026-11-23T08:00:00.000Z');
      expect(iso(wallClockToInstant(2026, 7, 1, 9, 0, 'Europe/Paris'))).toBe('2026-07-01T07:00:00.000Z');
    });

    it('moves a time skipped by the spring change one hour later, as Java’s lenient calendar does', () => {
      // 2026-03-29 02:30 does not exist in Paris: clocks jump from 02:00 CET to 03:00 CEST.
      expect(iso(wallClockToInstant(2026, 3, 29, 2, 30, 'Europe/Paris'))).toBe('2026-03-29T01:30:00.000Z');
    });

    it('takes the first of the two instants of a repeated autumn time', () => {
      // 2026-10-25 02:30 happens twice in Paris: first in CEST (00:30Z), then in CET (01:30Z).
      expect(iso(wallClockToInstant(2026, 10, 25, 2, 30, 'Europe/Paris'))).toBe('2026-10-25T00:30:00.000Z');
    });
  });

  describe('edge cases', () => {
    it('reads custom GMT offsets and falls back to GMT for unknown ids', () => {
      expect(resolveTimeZone('GMT-05:30')).toEqual({ kind: 'fixed', offsetMinutes: -330, id: 'GMT-05:30' });
      expect(resolveTimeZone('Atlantis/Nowhere')).toEqual({ kind: 'fixed', offsetMinutes: 0, id: 'GMT' });
      expect(resolveTimeZone('Europe/Paris')).toEqual({ kind: 'iana', id: 'Europe/Paris' });
    });

    it('names zones the way Java prints "z"', () => {
      expect(shortZoneName(Date.parse('2026-07-01T00:00:00Z'), 'Europe/London')).toBe('BST');
      expect(shortZoneName(Date.parse('2026-07-01T00:00:00Z'), 'America/New_York')).toBe('EDT');
      expect(shortZoneName(Date.parse('2026-07-01T00:00:00Z'), 'Etc/UTC')).toBe('UTC');
    });
  });

  describe('when giving the local date of an instant', () => {
    it("is the date on the zone's clocks, not the UTC date", () => {
      const at = Date.parse('2026-11-03T07:00:00Z');
      expect(localDate(at, 'America/Los_Angeles')).toBe('2026-11-02');
      expect(localDate(at, 'Europe/Paris')).toBe('2026-11-03');
      expect(localDate(Date.parse('2026-11-02T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-03');
    });
  });
});
