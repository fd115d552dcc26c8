// The add-on event objects (developers.google.com/workspace/add-ons/concepts/event-objects):
// commonEventObject.timeZone carries the user's zone id and its offset from UTC in milliseconds;
// calendar.calendarId names the calendar the event was opened from.
import { addonEvent } from './addon-events';
import { GoogleJsonResponseException } from './errors';
import { Workspace } from './workspace';
import { WorldFileError } from './world';

function workspaceAt(now: string) {
  return Workspace.fromWorld({
    now,
    users: [{ email: 'alice@example.com', name: 'Alice', timeZone: 'Europe/Paris', locale: 'fr' }],
    calendars: {},
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  });
}

describe('addonEvent', () => {
  it.each([
    ['2026-10-24T12:00:00Z', 2 * 3600_000],
    ['2026-10-26T12:00:00Z', 1 * 3600_000],
  ])('gives the zone offset in force at %s', (now, offset) => {
    const event = addonEvent(workspaceAt(now), { user: 'alice@example.com', hostApp: 'CALENDAR' }) as {
      commonEventObject: { timeZone: { id: string; offset: number }; userLocale: string };
    };
    expect(event.commonEventObject.timeZone).toEqual({ id: 'Europe/Paris', offset });
    expect(event.commonEventObject.userLocale).toBe('fr');
  });

  it('wraps form values as stringInputs, one list per input', () => {
    const event = addonEvent(workspaceAt('2026-11-23T08:00:00Z'), {
      user: 'alice@example.com',
      hostApp: 'DOCS',
      formInputs: { template: 'Check-in', keywords: ['a', 'b'] },
    }) as { commonEventObject: { formInputs: unknown } };
    expect(event.commonEventObject.formInputs).toEqual({
      template: { stringInputs: { value: ['Check-in'] } },
      keywords: { stringInputs: { value: ['a', 'b'] } },
    });
  });
});

describe('when an event is opened in Calendar', () => {
  const TEAM = 'c_team1on1s@group.calendar.google.com';
  const weekly = (id: string, attendees: string[]) => ({
    id,
    summary: id,
    start: { dateTime: '2026-11-24T10:00:00+01:00', timeZone: 'Europe/Paris' },
    end: { dateTime: '2026-11-24T10:30:00+01:00', timeZone: 'Europe/Paris' },
    recurrence: ['RRULE:FREQ=WEEKLY'],
    attendees: attendees.map((email) => ({ email })),
  });
  const ws = Workspace.fromWorld({
    now: '2026-11-23T08:00:00Z',
    users: [
      { email: 'alice@example.com', name: 'Alice', timeZone: 'Europe/Paris' },
      { email: 'bob@example.com', name: 'Bob', timeZone: 'Europe/Paris' },
    ],
    calendars: {
      'alice@example.com': { events: [weekly('alicebob1', ['alice@example.com', 'bob@example.com'])] },
      [TEAM]: {
        owner: 'alice@example.com',
        summary: 'Team 1:1s',
        events: [weekly('teambob01', ['bob@example.com'])],
      },
    },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  });
  const open = (user: string, eventId: string, calendarId?: string) =>
    addonEvent(ws, { user, hostApp: 'CALENDAR', eventId, ...(calendarId ? { calendarId } : {}) }) as {
      calendar: {
        calendarId: string;
        id: string;
        organizer: { email: string };
        capabilities: Record<string, boolean>;
      };
    };

  it('from the primary calendar, carries the user’s email as calendarId, as Google does', () => {
    expect(open('alice@example.com', 'alicebob1').calendar.calendarId).toBe('alice@example.com');
    expect(open('alice@example.com', 'alicebob1', 'primary').calendar.calendarId).toBe('alice@example.com');
  });

  it('from a secondary calendar the user owns, carries that calendar’s id and its event', () => {
    const { calendar } = open('alice@example.com', 'teambob01', TEAM);
    expect(calendar.calendarId).toBe(TEAM);
    expect(calendar.organizer.email).toBe(TEAM);
    expect(calendar.capabilities.canAddAttachments).toBe(true); // the owner edits the calendar's events
  });

  it('that event is not in the owner’s primary calendar', () => {
    expect(() => open('alice@example.com', 'teambob01')).toThrow(GoogleJsonResponseException);
  });

  it('someone else cannot open a calendar they do not own (404, as Google hides it)', () => {
    expect(() => open('bob@example.com', 'teambob01', TEAM)).toThrow(/Not Found/);
  });

  it('a secondary calendar’s owner must be a user of the world', () => {
    const world = ws.toWorld();
    world.calendars[TEAM] = { ...world.calendars[TEAM]!, owner: 'zed@example.com' };
    expect(() => Workspace.fromWorld(world)).toThrow(WorldFileError);
  });

  it('the secondary calendar round-trips through the world file with its owner', () => {
    const world = ws.toWorld();
    expect(world.calendars[TEAM]).toMatchObject({ owner: 'alice@example.com', summary: 'Team 1:1s' });
    expect(Workspace.fromWorld(world).toWorld().calendars[TEAM]?.owner).toBe('alice@example.com');
  });
});
