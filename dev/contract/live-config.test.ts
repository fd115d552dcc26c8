// Reading the live credentials from the environment: what counts as none, as complete, as half-set.
import { liveCapabilities, readLiveConfig } from './live-config';

const SA = { TANDEM_LIVE_SA_KEY_FILE: '/keys/sa.json', TANDEM_LIVE_USER: 'Alice@Example.com' };
const OAUTH = {
  TANDEM_LIVE_OAUTH_CLIENT_ID: 'id.apps.googleusercontent.com',
  TANDEM_LIVE_OAUTH_CLIENT_SECRET: 'secret',
  TANDEM_LIVE_OAUTH_REFRESH_TOKEN: 'refresh',
};

describe('when no credential variable is set', () => {
  it('says so in one line naming every variable', () => {
    const config = readLiveConfig({ HOME: '/root', TANDEM_LIVE_USER: '  ' }, 'test:live');
    expect(config.status).toBe('missing');
    const message = config.status === 'missing' ? config.message : '';
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^test:live: no Google credentials/);
    for (const name of [
      'TANDEM_LIVE_SA_KEY_FILE',
      'TANDEM_LIVE_USER',
      'TANDEM_LIVE_OAUTH_REFRESH_TOKEN',
      'TANDEM_LIVE_OTHER_USER',
    ])
      expect(message).toContain(name);
  });
});

describe('when a service account is configured', () => {
  it('acts as the lower-cased user and, with another user, can act as them too', () => {
    const config = readLiveConfig({ ...SA, TANDEM_LIVE_OTHER_USER: 'bob@example.com' }, 'test:live');
    expect(config).toEqual({
      status: 'ready',
      credentials: {
        kind: 'serviceAccount',
        keyFile: '/keys/sa.json',
        user: 'alice@example.com',
        otherUser: 'bob@example.com',
        room: null,
      },
    });
    if (config.status !== 'ready') throw new Error('not ready');
    expect(liveCapabilities(config.credentials)).toEqual({ otherUser: true, actAsOther: true, room: false });
  });

  it('is incomplete without the user to act as', () => {
    const config = readLiveConfig({ TANDEM_LIVE_SA_KEY_FILE: '/keys/sa.json' }, 'smoke');
    expect(config).toEqual({
      status: 'incomplete',
      message: 'smoke: TANDEM_LIVE_SA_KEY_FILE is set but TANDEM_LIVE_USER is not',
    });
  });
});

describe('when OAuth user credentials are configured', () => {
  it('is ready with all three values; the user is optional and it cannot act as anyone else', () => {
    const config = readLiveConfig({ ...OAUTH, TANDEM_LIVE_OTHER_USER: 'bob@example.com' }, 'test:live');
    expect(config).toMatchObject({ status: 'ready', credentials: { kind: 'oauth', user: null } });
    if (config.status !== 'ready') throw new Error('not ready');
    expect(liveCapabilities(config.credentials)).toEqual({ otherUser: true, actAsOther: false, room: false });
  });

  it('names the missing values when only some are set', () => {
    const config = readLiveConfig({ TANDEM_LIVE_OAUTH_CLIENT_ID: 'id' }, 'test:live');
    expect(config.status).toBe('incomplete');
    expect(config.status === 'incomplete' && config.message).toBe(
      'test:live: TANDEM_LIVE_OAUTH_CLIENT_ID set but TANDEM_LIVE_OAUTH_CLIENT_SECRET, TANDEM_LIVE_OAUTH_REFRESH_TOKEN not',
    );
  });
});

describe('when a room is given', () => {
  it('invites it, lower-cased, with either kind of credentials', () => {
    const room = 'C_Room1@resource.calendar.google.com';
    const config = readLiveConfig({ ...OAUTH, TANDEM_LIVE_ROOM: room }, 'test:live');
    expect(config).toMatchObject({ status: 'ready', credentials: { room: room.toLowerCase() } });
    if (config.status !== 'ready') throw new Error('not ready');
    expect(liveCapabilities(config.credentials).room).toBe(true);
  });

  it('refuses an address outside Google’s resource domain', () => {
    expect(readLiveConfig({ ...SA, TANDEM_LIVE_ROOM: 'room1@example.com' }, 'x')).toEqual({
      status: 'incomplete',
      message: 'x: TANDEM_LIVE_ROOM must be a room’s …@resource.calendar.google.com address',
    });
  });
});

describe('edge cases', () => {
  it('refuses an other user that is not an address, or is the user', () => {
    expect(readLiveConfig({ ...SA, TANDEM_LIVE_OTHER_USER: 'bob' }, 'x').status).toBe('incomplete');
    expect(readLiveConfig({ ...SA, TANDEM_LIVE_OTHER_USER: 'ALICE@example.com' }, 'x').status).toBe(
      'incomplete',
    );
  });

  it('prefers the service account when both kinds are set', () => {
    const config = readLiveConfig({ ...SA, ...OAUTH }, 'x');
    expect(config.status === 'ready' && config.credentials.kind).toBe('serviceAccount');
  });
});
