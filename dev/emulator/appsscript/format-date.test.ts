import vm from 'node:vm';
import { formatDate } from './format-date';
import { AppsScriptStores } from './stores';
import { sampleWorld, testExecution } from './testing';
import { createUtilities } from './utilities';

const d = (iso: string) => new Date(iso);

// Utilities.formatDate(date, timeZone, format) formats "as described by the Java SE SimpleDateFormat class"
// (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
describe('formatDate', () => {
  describe('when formatting common patterns', () => {
    it('renders numbers, names and zone in the given zone', () => {
      expect(formatDate(d('2026-11-24T08:00:00Z'), 'Europe/Paris', "EEEE d MMMM yyyy 'at' HH:mm z")).toBe(
        'Tuesday 24 November 2026 at 09:00 CET',
      );
      expect(
        formatDate(d('2026-01-05T07:08:09.045Z'), 'Etc/UTC', 'yy y M MM MMM d dd H HH m mm s ss SSS EEE'),
      ).toBe('26 2026 1 01 Jan 5 05 7 07 8 08 9 09 045 Mon');
    });

    it('uses the 12-hour fields as Java does at midnight and noon', () => {
      expect(formatDate(d('2026-11-23T00:05:00Z'), 'Etc/UTC', 'h:mm a hh KK kk')).toBe('12:05 AM 12 00 24');
      expect(formatDate(d('2026-11-23T12:05:00Z'), 'Etc/UTC', 'h:mm a')).toBe('12:05 PM');
    });

    it('names days and months in English, whatever the user’s locale', () => {
      // formatDate takes no locale; Apps Script's server formats with English names.
      const utilities = createUtilities(
        AppsScriptStores.fromWorld(sampleWorld()),
        testExecution({ locale: 'de-DE' }),
      );
      expect(utilities.formatDate(d('2026-11-23T12:00:00Z'), 'Europe/Berlin', 'EEEE, d. MMMM')).toBe(
        'Monday, 23. November',
      );
    });

    it('copies quoted text and treats two quotes as one', () => {
      expect(formatDate(d('2026-11-23T09:00:00Z'), 'Etc/UTC', "h 'o''clock' a, ''yy")).toBe(
        "9 o'clock AM, '26",
      );
      expect(formatDate(d('2026-11-23T09:00:00Z'), 'Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss")).toBe(
        '2026-11-23T09:00:00',
      );
    });
  });

  describe('when the date falls around a daylight-saving change', () => {
    it('switches offset and zone name when Paris moves to summer time', () => {
      const pattern = 'yyyy-MM-dd HH:mm z Z XXX';
      expect(formatDate(d('2026-03-29T00:30:00Z'), 'Europe/Paris', pattern)).toBe(
        '2026-03-29 01:30 CET +0100 +01:00',
      );
      expect(formatDate(d('2026-03-29T01:30:00Z'), 'Europe/Paris', pattern)).toBe(
        '2026-03-29 03:30 CEST +0200 +02:00',
      );
    });

    it('shows the repeated hour twice when Los Angeles leaves summer time', () => {
      expect(formatDate(d('2026-11-01T08:30:00Z'), 'America/Los_Angeles', 'HH:mm z')).toBe('01:30 PDT');
      expect(formatDate(d('2026-11-01T09:30:00Z'), 'America/Los_Angeles', 'HH:mm z')).toBe('01:30 PST');
    });
  });

  describe('edge cases', () => {
    it('prints Z for a zero offset with X, and the hour only with a single X', () => {
      expect(formatDate(d('2026-11-23T09:00:00Z'), 'Etc/UTC', 'XXX')).toBe('Z');
      expect(formatDate(d('2026-11-23T09:00:00Z'), 'Asia/Kolkata', 'X XX XXX')).toBe('+05 +0530 +05:30');
    });

    it('falls back to GMT for an unknown zone and accepts custom GMT offsets, as Java does', () => {
      expect(formatDate(d('2026-11-23T08:00:00Z'), 'Nowhere/City', 'HH:mm z')).toBe('08:00 GMT');
      expect(formatDate(d('2026-11-23T08:00:00Z'), 'GMT+2', 'HH:mm z')).toBe('10:00 GMT+02:00');
    });

    it('refuses a letter SimpleDateFormat does not know', () => {
      expect(() => formatDate(d('2026-11-23T08:00:00Z'), 'Etc/UTC', 'yyyy qq')).toThrow(
        "Illegal pattern character 'q'",
      );
    });

    it('refuses a date that is not a Date, and accepts one from another realm', () => {
      expect(() => formatDate('2026-11-23' as unknown as Date, 'Etc/UTC', 'yyyy')).toThrow(
        "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
      const foreign = vm.runInNewContext('new Date("2026-11-23T08:00:00Z")') as Date;
      expect(formatDate(foreign, 'Etc/UTC', 'yyyy-MM-dd')).toBe('2026-11-23');
    });
  });
});
