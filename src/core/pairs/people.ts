// Who takes part in a calendar event as a person: attendees minus rooms, equipment and groups,
// plus the user when they organise the event without being on its guest list.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { normaliseEmail } from './pairKey';

type CalendarEvent = calendar_v3.Schema$Event;
type Attendee = calendar_v3.Schema$EventAttendee;

/** One person of an event, as the event's own JSON names them. */
export interface Participant {
  /** Lower-cased email, as written on the event (an alias stays an alias). */
  readonly email: string;
  readonly displayName?: string;
  /** Google's responseStatus: 'needsAction' | 'declined' | 'tentative' | 'accepted'. */
  readonly responseStatus?: string;
  /** This entry is the calendar the event was read from, i.e. the user. */
  readonly isUser: boolean;
}

/**
 * Whether an attendee is a group rather than a person. The Calendar v3 attendee JSON has no
 * "group" flag, so a group is recognised by what is known outside the event:
 * - its email is in `groupEmails` (from the user's settings or a directory look-up by the shell);
 * - or Google is still listing its members (`asyncOperation` is present, which Google documents
 *   for "listing of members of large attendee groups").
 *
 * @example
 * isGroupAttendee({ email: 'team@example.com' }, ['Team@example.com']) //=> true
 * isGroupAttendee({ email: 'bob@example.com', asyncOperation: 'inProgress' }, []) //=> true
 * isGroupAttendee({ email: 'bob@example.com' }, []) //=> false
 */
export function isGroupAttendee(attendee: Attendee, groupEmails: readonly string[]): boolean {
  if (attendee.asyncOperation) return true;
  const email = attendee.email ? normaliseEmail(attendee.email) : '';
  return email !== '' && groupEmails.some((group) => normaliseEmail(group) === email);
}

/**
 * The people of an event as seen by `userEmail`: attendees that are not rooms or equipment
 * (`resource: true`) and not groups, each email once. The organizer is counted only when it is
 * the user and the guest list leaves them out (events created through the API may list only the
 * guests); an organizer who is someone else, or a shared calendar, is never added. An event with
 * no attendee list has no people but, at most, its organizer-user.
 *
 * @example
 * participants({ organizer: { email: 'alice@x.com', self: true }, attendees: [{ email: 'bob@x.com' }] },
 *   'alice@x.com', [])
 * //=> [{ email: 'bob@x.com', isUser: false }, { email: 'alice@x.com', isUser: true }]
 */
export function participants(
  event: CalendarEvent,
  userEmail: string,
  groupEmails: readonly string[] = [],
): Participant[] {
  const user = normaliseEmail(userEmail);
  const people = new Map<string, Participant>();
  for (const attendee of event.attendees ?? []) {
    if (attendee.resource === true || !attendee.email || isGroupAttendee(attendee, groupEmails)) continue;
    const email = normaliseEmail(attendee.email);
    const isUser = attendee.self === true || email === user;
    const known = people.get(email);
    people.set(email, {
      email,
      ...optional('displayName', attendee.displayName ?? known?.displayName),
      ...optional('responseStatus', attendee.responseStatus ?? known?.responseStatus),
      isUser: isUser || known?.isUser === true,
    });
  }
  const organizer = event.organizer;
  if (organizer?.email && userOrganises(event, user) && ![...people.values()].some((p) => p.isUser)) {
    const email = normaliseEmail(organizer.email);
    people.set(email, { email, ...optional('displayName', organizer.displayName), isUser: true });
  }
  return [...people.values()];
}

/**
 * Whether the user organises the event: `organizer.self`, the organizer's email is the user's, or
 * the user's attendee entry says `organizer: true`.
 *
 * @example
 * userOrganises({ organizer: { email: 'Alice@x.com' } }, 'alice@x.com') //=> true
 */
export function userOrganises(event: CalendarEvent, userEmail: string): boolean {
  const user = normaliseEmail(userEmail);
  const organizer = event.organizer;
  if (organizer?.self === true) return true;
  if (organizer?.email && normaliseEmail(organizer.email) === user) return true;
  return (event.attendees ?? []).some(
    (a) => a.organizer === true && (a.self === true || (a.email ? normaliseEmail(a.email) === user : false)),
  );
}

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  return value ? ({ [key]: value } as { [P in K]?: string }) : {};
}
