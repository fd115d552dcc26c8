// Which events changed: the stored sync token, or a full listing over a bounded window when Google
// says the token is no longer good (410; a malformed token has been reported answered with 400).
import { ApiError } from '../api-error';
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

  it('does not hide any other 400', () => {
    const { ports } = portsListing(() => {
      throw new ApiError('calendar.events.list', { code: 400, reason: 'badRequest', message: 'Bad Request' });
    });
    expect(() => listChanges(ports, 'old-token', now)).toThrow(ApiError);
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
