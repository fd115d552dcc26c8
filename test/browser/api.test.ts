// The playground server's JSON API refuses bad input with a status and a one-line JSON error, and
// changes nothing when it refuses. No browser: these are the page's own calls, made directly.
import { startWorld, type World0 } from './harness';

let world: World0;

beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world?.close();
});

describe('when a request is malformed', () => {
  it.each([
    ['a body that is not JSON', '/api/card/event', '{not json', 400, 'request body is not valid JSON'],
    ['a missing field', '/api/card/event', { user: 'alice@example.com' }, 400, 'eventId:'],
    [
      'a bad email',
      '/api/card/event',
      { user: 'alice', eventId: 'x' },
      400,
      'user: must be an email address',
    ],
    [
      'someone not in the world',
      '/api/card/event',
      { user: 'zoe@example.com', eventId: 'x' },
      400,
      'is not a user of this world',
    ],
    ['an unknown clock step', '/api/clock', { user: 'alice@example.com', step: 'year' }, 400, 'step:'],
    ['a clock without step or time', '/api/clock', { user: 'alice@example.com' }, 400, 'give either step'],
    [
      'a bad function name',
      '/api/action',
      { user: 'alice@example.com', host: 'CALENDAR', function: 'x; y' },
      400,
      'function: must be a function name',
    ],
    [
      'a move to a time that is not a time',
      '/api/calendar/move',
      { user: 'alice@example.com', eventId: 'bob1on1_20261020T080000Z', start: 'tomorrow' },
      400,
      'YYYY-MM-DDTHH:MM',
    ],
    [
      'an unknown doc edit',
      '/api/doc/edit',
      { user: 'alice@example.com', docId: 'd', edit: { kind: 'erase', at: 1 } },
      400,
      'edit.kind',
    ],
  ])('refuses %s with a clear message', async (_what, path, body, status, message) => {
    const answer = await world.api(path, body);
    expect(answer.status).toBe(status);
    expect(String(answer.json.error)).toContain(message);
  });

  it('answers 404 for an unknown route and 405 for the wrong method', async () => {
    expect(await world.api('/api/nothing')).toEqual({
      status: 404,
      json: { error: 'no such page or API route: /api/nothing' },
    });
    const wrong = await world.api('/api/card/event');
    expect(wrong).toEqual({ status: 405, json: { error: '/api/card/event takes POST, not GET' } });
  });

  it('refuses a body over 1 MB', async () => {
    const answer = await world.api('/api/card/event', JSON.stringify({ user: 'x'.repeat(1024 * 1024 + 10) }));
    expect(answer.status).toBe(413);
  });
});

describe('when Google would refuse the change', () => {
  it('passes the Calendar error and its status on, and the world is unchanged', async () => {
    const before = world.savedWorld().calendars;
    const answer = await world.api('/api/calendar/cancel', {
      user: 'alice@example.com',
      eventId: 'noSuchEvent1',
    });
    expect(answer.status).toBe(404);
    expect(String(answer.json.error)).toContain('calendar.events.delete');
    expect(world.savedWorld().calendars).toEqual(before);
  });

  it('refuses a guest added twice', async () => {
    const answer = await world.api('/api/calendar/add-guest', {
      user: 'alice@example.com',
      eventId: 'bob1on1',
      email: 'bob@example.com',
    });
    expect(answer).toEqual({
      status: 400,
      json: { error: 'bob@example.com is already a guest of this event' },
    });
  });
});

describe('when a request is well formed', () => {
  it('the state route names the users, the clock and the bundle', async () => {
    const { status, json } = await world.api('/api/state');
    expect(status).toBe(200);
    expect(json.now).toBe('2026-10-19T07:00:00.000Z');
    expect((json.users as { email: string }[]).map((u) => u.email)).toContain('bob@example.com');
    expect(json.bundle).toMatchObject({ loaded: true });
  });

  it('the world file is written after every change', async () => {
    await world.api('/api/clock', { user: 'alice@example.com', step: 'hour' });
    expect(world.savedWorld().now).toBe('2026-10-19T08:00:00.000Z');
  });
});
