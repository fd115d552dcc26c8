// The fingerprint of a series: what decides whether it is a 1:1 and when it meets, so a later
// listing can tell a real change from Tandem's own patch (an attachment, a private property).
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';

/**
 * A digest of the fields that decide whether a series is a 1:1 and when it meets — not its
 * attachments or extended properties, so Tandem's own patch does not look like a change.
 * @example seriesFingerprint({ status: 'confirmed', recurrence: ['RRULE:FREQ=WEEKLY'] }) // '1tb1p85'
 */
export function seriesFingerprint(master: calendar_v3.Schema$Event): string {
  const relevant = JSON.stringify([
    master.status,
    master.summary,
    master.eventType,
    master.recurrence,
    master.start,
    master.end,
    master.organizer?.email,
    (master.attendees ?? []).map((a) => [a.email, a.resource, a.responseStatus, a.self]),
  ]);
  let hash = 5381;
  for (let i = 0; i < relevant.length; i++) hash = ((hash * 33) ^ relevant.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}
