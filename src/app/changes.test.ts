// Which events changed: the stored sync token, or a full listing over a bounded window when Google
// says the token is no longer good (410; a malformed token has been reported answered with 400),
// or when Apps Script does not say what the failure was.
import { ApiError, UNKNOWN_STATUS } from '../api-error';
import type { EventListQuery, Ports } from '../ports';
import { FULL_SYNC_LOOKBACK_DAYS, listChanges } from './changes';

function portsListing(first: () => never): { ports: Ports; queries: EventListQuery[] } {
  const queries: EventListQuery[] = [];
  const calendar = {
    listEvents: (_id: string, query: EventListQuery) => {
      queries.push(query);
      if (queries.length === 1 && query.syncToken) first();
      return { items: [{ id: 'e1' }], nextSyncToken: 'fresh', timeZone: 'Europe/Paris' };
    },
  };
  const log = { info: () => undefined, warn: () => undefined };
  return { ports: { calendar, log } as unknown as Ports, queries };
}

const now = new Date('2026-11-23T08:00:00Z');

describe('listChanges', () => {
  it.each([
    [
      '410 Gone',
      new ApiError('calendar.events.list', {
        code: 410,
        reason: 'fullSyncRequired',
        message: 'Sync token is no longer valid',
      }),
    ],
    [
      '400 Invalid sync token value',
      new ApiError('calendar.events.list', {
        code: 400,
        reason: 'invalid',
        message: 'Invalid sync token value.',
      }),
    ],
    [
      'a 400 in words that do not name the token (the message is never read)',
      new ApiError('calendar.events.list', { code: 400, reason: 'badRequest', message: 'Bad Request' }),
    ],
    [
      'a failure whose status Apps Script did not give',
      new ApiError('calendar.events.list', { code: UNKNOWN_STATUS, reason: '', message: 'Not Found' }),
    ],
  ])('falls back to a full listing over the bounded window on %s', (_name, error) => {
    const { ports, queries } = portsListing(() => {
      throw error;
    });
    const changes = listChanges(ports, 'old-token', now);
    expect(changes.full).toBe(true);
    expect(changes.nextSyncToken).toBe('fresh');
    expect(queries[1]?.syncToken).toBeUndefined();
    expect(Date.parse(queries[1]?.timeMin ?? '')).toBe(now.getTime() - FULL_SYNC_LOOKBACK_DAYS * 86_400_000);
  });

  it.each([403, 429, 503])('does not hide a %i: the listing would fail the same way', (code) => {
    const { ports, queries } = portsListing(() => {
      throw new ApiError('calendar.events.list', { code, reason: 'x', message: 'x' });
    });
    expect(() => listChanges(ports, 'old-token', now)).toThrow(ApiError);
    expect(queries).toHaveLength(1);
  });

  it('a failure that is not an API call’s (a bug) is not hidden either', () => {
    const { ports } = portsListing(() => {
      throw new TypeError('boom');
    });
    expect(() => listChanges(ports, 'old-token', now)).toThrow(TypeError);
  });

  it('lists incrementally with a good token', () => {
    const { ports, queries } = portsListing(() => {
      throw new Error('not called');
    });
    queries.push({}); // the first call is taken: no failure
    const changes = listChanges(ports, 'good', now);
    expect(changes.full).toBe(false);
    expect(queries[1]).toMatchObject({ syncToken: 'good' });
  });
});
