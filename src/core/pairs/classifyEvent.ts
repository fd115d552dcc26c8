// The rule of design §2: is this calendar event (a series or one of its instances) a 1:1 of the
// user, and with whom — or, for the card, why not.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { matchingKeyword } from './exclusionKeywords';
import { pairKey } from './pairKey';
import { participants, userOrganises, type Participant } from './people';

type CalendarEvent = calendar_v3.Schema$Event;

/** The user's per-series choice from the card; 'include' undoes an exclusion (both ways). */
export type SeriesOverride = 'include' | 'exclude';

/** The user's settings that decide what counts as a 1:1. */
export interface OneOnOneSettings {
  /** Choices from the card, keyed by series id (see {@link seriesIdOf}). */
  readonly seriesOverrides?: Readonly<Record<string, SeriesOverride>>;
  /** Title keywords that take a series out (see `parseExclusionKeywords`). */
  readonly exclusionKeywords?: readonly string[];
  /** Emails known to be groups (mailing lists): never counted as a person. */
  readonly groupEmails?: readonly string[];
}

export type NotOneOnOneReason =
  | 'cancelled'
  | 'notRecurring'
  | 'notRegularEvent'
  | 'guestListHidden'
  | 'onlyYou'
  | 'notAGuest'
  | 'tooManyPeople'
  | 'youDeclined'
  | 'otherDeclined'
  | 'excludedByYou'
  | 'excludedByKeyword';

export type Classification =
  | {
      readonly kind: 'oneOnOne';
      readonly pairKey: string;
      readonly other: { readonly email: string; readonly displayName?: string };
      readonly userIsOrganizer: boolean;
      readonly seriesId: string;
    }
  | {
      readonly kind: 'notOneOnOne';
      readonly reason: NotOneOnOneReason;
      /** A plain sentence fragment for the card ("it has 3 people"); the card escapes it. */
      readonly detail: string;
      readonly seriesId: string | null;
    };

const EVENT_TYPE_DETAILS: Readonly<Record<string, string>> = {
  focusTime: "it's a focus time block",
  outOfOffice: "it's an out-of-office block",
  workingLocation: "it's a working location entry",
  birthday: "it's a birthday",
  fromGmail: 'it was added from Gmail',
};

/**
 * The series a Calendar event belongs to: an instance's `recurringEventId`, else the event's own
 * id (a recurring event's master). `null` for an event without either.
 *
 * @example
 * seriesIdOf({ id: 'abc_20261124T090000Z', recurringEventId: 'abc' }) //=> 'abc'
 * seriesIdOf({ id: 'abc', recurrence: ['RRULE:FREQ=WEEKLY'] }) //=> 'abc'
 */
export function seriesIdOf(event: CalendarEvent): string | null {
  return event.recurringEventId || event.id || null;
}

/**
 * Whether `event` is a 1:1 of the user. It is when, in this order:
 * 1. it is not cancelled, repeats (`recurrence`, or an instance with `recurringEventId`) and is a
 *    regular event (`eventType` 'default' or absent);
 * 2. its guest list is complete as the user sees it (not `attendeesOmitted`; a guest who may not
 *    see other guests cannot know it is a 1:1);
 * 3. its people — attendees minus rooms, equipment and groups — are exactly the user and one
 *    other person (no attendee list: the user alone);
 * 4. read on the series itself (the event with `recurrence`), neither person declined it. When
 *    the other person declined the whole series the 1:1 is not happening, so Tandem stops
 *    preparing sections (the pair and its doc stay; accepting again brings it back). A decline
 *    on one instance is not the series': `schedule` skips that meeting instead;
 * 5. the user has not excluded the series on the card, and — unless they included it there — its
 *    title has none of their exclusion keywords (keywords only ever take a series out).
 * The pair key comes from the emails written on the event, so both people's copies agree and a
 * series split by "this and following" (a new series id) keeps the same pair.
 *
 * @example
 * classifyEvent({ id: 's1', recurrence: ['RRULE:FREQ=WEEKLY'], organizer: { email: 'alice@x.com', self: true },
 *   attendees: [{ email: 'alice@x.com', self: true, organizer: true }, { email: 'bob@x.com' }] }, 'alice@x.com', {})
 * //=> { kind: 'oneOnOne', pairKey: 'alice@x.com bob@x.com', other: { email: 'bob@x.com' },
 * //     userIsOrganizer: true, seriesId: 's1' }
 */
export function classifyEvent(
  event: CalendarEvent,
  userEmail: string,
  settings: OneOnOneSettings = {},
): Classification {
  const seriesId = seriesIdOf(event);
  const no = (reason: NotOneOnOneReason, detail: string): Classification => ({
    kind: 'notOneOnOne',
    reason,
    detail,
    seriesId,
  });

  if (event.status === 'cancelled') return no('cancelled', 'it was cancelled');
  if (!isRecurring(event)) return no('notRecurring', "it doesn't repeat");
  const eventType = event.eventType ?? 'default';
  if (eventType !== 'default') {
    return no('notRegularEvent', EVENT_TYPE_DETAILS[eventType] ?? "it isn't a regular meeting");
  }
  const userIsOrganizer = userOrganises(event, userEmail);
  if (event.attendeesOmitted === true || (event.guestsCanSeeOtherGuests === false && !userIsOrganizer)) {
    return no('guestListHidden', 'its guest list is hidden from you');
  }

  const people = participants(event, userEmail, settings.groupEmails ?? []);
  const user = people.find((person) => person.isUser);
  const others = people.filter((person) => !person.isUser);
  if (others.length === 0) return no('onlyYou', 'there is no one else on it');
  if (!user) return no('notAGuest', "you're not a guest");
  if (others.length > 1) return no('tooManyPeople', `it has ${people.length} people`);
  const other = others[0] as Participant;

  if (isSeriesItself(event)) {
    if (user.responseStatus === 'declined') return no('youDeclined', 'you declined it');
    if (other.responseStatus === 'declined') {
      return no('otherDeclined', `${other.displayName ?? other.email} declined it`);
    }
  }

  const override = seriesId ? settings.seriesOverrides?.[seriesId] : undefined;
  if (override === 'exclude') return no('excludedByYou', 'you excluded it');
  if (override !== 'include') {
    const keyword = matchingKeyword(event.summary ?? '', settings.exclusionKeywords ?? []);
    if (keyword !== null) return no('excludedByKeyword', `its title matches your exclusion '${keyword}'`);
  }

  return {
    kind: 'oneOnOne',
    pairKey: pairKey(user.email, other.email),
    other: { email: other.email, ...(other.displayName ? { displayName: other.displayName } : {}) },
    userIsOrganizer,
    // Google always sends an id; '' only for a hand-made event without one.
    seriesId: seriesId ?? '',
  };
}

function isRecurring(event: CalendarEvent): boolean {
  return (event.recurrence?.length ?? 0) > 0 || Boolean(event.recurringEventId);
}

/** The recurring event itself (its master), not one of its instances. */
function isSeriesItself(event: CalendarEvent): boolean {
  return (event.recurrence?.length ?? 0) > 0 && !event.recurringEventId;
}
