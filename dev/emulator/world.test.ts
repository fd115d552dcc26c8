import { parseWorld, serializeWorld, WorldFileError } from './world';

const minimal = {
  now: '2026-11-23T08:00:00Z',
  users: [{ email: 'alice@example.com', name: 'Alice Moreau', timeZone: 'Europe/Paris' }],
};

describe('parseWorld', () => {
  it('fills the parts a world may omit with empty defaults', () => {
    const world = parseWorld(JSON.stringify(minimal));
    expect(world.calendars).toEqual({});
    expect(world.drive).toEqual({ files: [] });
    expect(world.userProperties).toEqual({});
    expect(world.triggers).toEqual([]);
  });

  it('round-trips through serializeWorld', () => {
    const world = parseWorld(JSON.stringify(minimal));
    expect(parseWorld(serializeWorld(world))).toEqual(world);
  });

  it('keeps unknown fields of events (Calendar API resources) as they are', () => {
    const event = { id: 'abcde', summary: 'x', somethingNew: { a: 1 } };
    const world = parseWorld(
      JSON.stringify({ ...minimal, calendars: { 'alice@example.com': { events: [event] } } }),
    );
    expect(world.calendars['alice@example.com']?.events[0]).toEqual(event);
  });

  describe('when the file is malformed', () => {
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{"now": ', /not valid JSON/],
      ['no users', JSON.stringify({ now: minimal.now, users: [] }), /users needs at least one user/],
      [
        'a bad email',
        JSON.stringify({ ...minimal, users: [{ ...minimal.users[0], email: 'alice' }] }),
        /users\.0\.email must be an email address/,
      ],
      [
        'a bad time zone',
        JSON.stringify({ ...minimal, users: [{ ...minimal.users[0], timeZone: 'Mars/Olympus' }] }),
        /timeZone must be an IANA time zone/,
      ],
      ['a bad now', JSON.stringify({ ...minimal, now: 'tomorrow' }), /now must be an ISO date-time/],
      [
        'a duplicated user',
        JSON.stringify({
          ...minimal,
          users: [minimal.users[0], { ...minimal.users[0], email: 'ALICE@example.com' }],
        }),
        /lists ALICE@example.com twice/,
      ],
      [
        'events that are not a list',
        JSON.stringify({ ...minimal, calendars: { 'alice@example.com': { events: {} } } }),
        /calendars\.alice@example\.com\.events/,
      ],
      [
        'a trigger of an unknown type',
        JSON.stringify({
          ...minimal,
          triggers: [{ id: 't', user: 'alice@example.com', handlerFunction: 'f', eventType: 'ON_OPEN' }],
        }),
        /triggers\.0\.eventType/,
      ],
    ];
    it.each(cases)('refuses %s with a one-line message naming the field', (_name, text, message) => {
      expect(() => parseWorld(text, 'w.json')).toThrow(WorldFileError);
      try {
        parseWorld(text, 'w.json');
      } catch (e) {
        expect((e as Error).message).toMatch(/^w\.json: /);
        expect((e as Error).message).toMatch(message);
        expect((e as Error).message).not.toContain('\n');
      }
    });
  });
});
