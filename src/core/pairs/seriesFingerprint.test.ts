import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { seriesFingerprint } from './seriesFingerprint';

const SERIES: calendar_v3.Schema$Event = {
  id: 'series-1',
  status: 'confirmed',
  summary: 'Alice / Bob',
  eventType: 'default',
  recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU'],
  start: { dateTime: '2026-11-03T10:00:00+01:00', timeZone: 'Europe/Berlin' },
  end: { dateTime: '2026-11-03T10:30:00+01:00', timeZone: 'Europe/Berlin' },
  organizer: { email: 'alice@example.com', self: true },
  attendees: [
    { email: 'alice@example.com', self: true, responseStatus: 'accepted' },
    { email: 'bob@example.com', responseStatus: 'needsAction' },
  ],
};

describe('seriesFingerprint', () => {
  it('gives the value of its @example', () => {
    expect(seriesFingerprint({ status: 'confirmed', recurrence: ['RRULE:FREQ=WEEKLY'] })).toBe('1tb1p85');
  });

  it('is the same for the same series read twice', () => {
    expect(seriesFingerprint(structuredClone(SERIES))).toBe(seriesFingerprint(SERIES));
  });

  describe('when only what Tandem writes changed', () => {
    it('ignores an attachment, an extended property, the etag and the update time', () => {
      const patched: calendar_v3.Schema$Event = {
        ...SERIES,
        etag: '"2"',
        updated: '2026-11-04T09:00:00Z',
        attachments: [
          { fileId: 'doc-1', fileUrl: 'https://docs.google.com/document/d/doc-1', title: 'Agenda' },
        ],
        extendedProperties: { private: { tandemPair: 'p1-0123456789abcdef' } },
      };
      expect(seriesFingerprint(patched)).toBe(seriesFingerprint(SERIES));
    });

    it('ignores an attendee comment and display names', () => {
      const attendees = (SERIES.attendees ?? []).map((a) => ({
        ...a,
        comment: 'Agenda: doc-1',
        displayName: 'X',
      }));
      expect(seriesFingerprint({ ...SERIES, attendees })).toBe(seriesFingerprint(SERIES));
    });
  });

  describe('when what decides a 1:1 or its meetings changed', () => {
    const changes: [string, calendar_v3.Schema$Event][] = [
      ['the series is cancelled', { ...SERIES, status: 'cancelled' }],
      ['the title changes (an exclusion keyword may match)', { ...SERIES, summary: 'Interview' }],
      ['the event type changes', { ...SERIES, eventType: 'focusTime' }],
      ['the recurrence changes', { ...SERIES, recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=WE'] }],
      ['the start moves', { ...SERIES, start: { ...SERIES.start, dateTime: '2026-11-03T11:00:00+01:00' } }],
      ['the end moves', { ...SERIES, end: { ...SERIES.end, dateTime: '2026-11-03T11:00:00+01:00' } }],
      ['the organizer changes', { ...SERIES, organizer: { email: 'bob@example.com' } }],
      [
        'a third person is invited',
        { ...SERIES, attendees: [...(SERIES.attendees ?? []), { email: 'carol@example.com' }] },
      ],
      [
        'the other person declines',
        {
          ...SERIES,
          attendees: (SERIES.attendees ?? []).map((a) => (a.self ? a : { ...a, responseStatus: 'declined' })),
        },
      ],
      [
        'an attendee turns out to be a room',
        {
          ...SERIES,
          attendees: (SERIES.attendees ?? []).map((a) => (a.self ? a : { ...a, resource: true })),
        },
      ],
    ];
    it.each(changes)('differs when %s', (_, changed) => {
      expect(seriesFingerprint(changed)).not.toBe(seriesFingerprint(SERIES));
    });
  });

  describe('edge cases', () => {
    it('takes an event with no attendee list like an empty one', () => {
      const { attendees: _none, ...alone } = SERIES;
      expect(seriesFingerprint(alone)).toBe(seriesFingerprint({ ...SERIES, attendees: [] }));
    });

    it('keeps the attendees in their order: the same people listed the other way round differ', () => {
      const reversed = [...(SERIES.attendees ?? [])].reverse();
      expect(seriesFingerprint({ ...SERIES, attendees: reversed })).not.toBe(seriesFingerprint(SERIES));
    });

    it('is a short base-36 word, whatever the size of the event', () => {
      const crowd = Array.from({ length: 200 }, (_, i) => ({ email: `p${i}@example.com` }));
      expect(seriesFingerprint({ ...SERIES, attendees: crowd })).toMatch(/^[0-9a-z]{1,7}$/);
      expect(seriesFingerprint({})).toMatch(/^[0-9a-z]{1,7}$/);
    });
  });
});
