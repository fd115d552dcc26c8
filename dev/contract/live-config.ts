// Which Google credentials the live runs (npm run test:live, npm run smoke) use, read from the
// environment: a service account with domain-wide delegation, or OAuth user credentials.
import type { TargetCapabilities } from './clients';

export const LIVE_ENV = {
  saKeyFile: 'TANDEM_LIVE_SA_KEY_FILE',
  user: 'TANDEM_LIVE_USER',
  otherUser: 'TANDEM_LIVE_OTHER_USER',
  room: 'TANDEM_LIVE_ROOM',
  oauthClientId: 'TANDEM_LIVE_OAUTH_CLIENT_ID',
  oauthClientSecret: 'TANDEM_LIVE_OAUTH_CLIENT_SECRET',
  oauthRefreshToken: 'TANDEM_LIVE_OAUTH_REFRESH_TOKEN',
} as const;

/** The add-on's own Calendar and Drive scopes (appsscript.json): the live runs see what Tandem sees. */
export const LIVE_SCOPES = [
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/drive.file',
];

export type LiveCredentials =
  | {
      kind: 'serviceAccount';
      keyFile: string;
      /** The Workspace user the service account acts as. */
      user: string;
      otherUser: string | null;
      /** A room of the domain (`…@resource.calendar.google.com`) to invite, or null. */
      room: string | null;
    }
  | {
      kind: 'oauth';
      clientId: string;
      clientSecret: string;
      refreshToken: string;
      /** Who the refresh token belongs to; asked of Drive when not given. */
      user: string | null;
      otherUser: string | null;
      room: string | null;
    };

export type LiveConfig =
  | { status: 'ready'; credentials: LiveCredentials }
  | { status: 'missing'; message: string }
  | { status: 'incomplete'; message: string };

const HOW_TO =
  `set ${LIVE_ENV.saKeyFile} + ${LIVE_ENV.user} (service account with domain-wide delegation) or ` +
  `${LIVE_ENV.oauthClientId} + ${LIVE_ENV.oauthClientSecret} + ${LIVE_ENV.oauthRefreshToken} ` +
  `(OAuth user), optionally ${LIVE_ENV.otherUser} and ${LIVE_ENV.room}; see README "Contract tests and live runs"`;

/** The one line printed when there are no credentials at all. */
export function missingCredentialsLine(what: string): string {
  return `${what}: no Google credentials in the environment, nothing run against Google — ${HOW_TO}.`;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** Google's address of a room or equipment calendar (Admin console → Buildings and resources). */
const ROOM = /^[^@\s]+@resource\.calendar\.google\.com$/;

/**
 * Reads the live credentials from environment variables; a half-set configuration is an error.
 * @example readLiveConfig({ TANDEM_LIVE_SA_KEY_FILE: 'sa.json', TANDEM_LIVE_USER: 'a@x.com' }, 'test:live').status // 'ready'
 */
export function readLiveConfig(env: Record<string, string | undefined>, what: string): LiveConfig {
  const value = (name: string): string | null => {
    const text = env[name]?.trim();
    return text ? text : null;
  };
  const keyFile = value(LIVE_ENV.saKeyFile);
  const user = value(LIVE_ENV.user)?.toLowerCase() ?? null;
  const otherUser = value(LIVE_ENV.otherUser)?.toLowerCase() ?? null;
  const room = value(LIVE_ENV.room)?.toLowerCase() ?? null;
  const oauth = [LIVE_ENV.oauthClientId, LIVE_ENV.oauthClientSecret, LIVE_ENV.oauthRefreshToken] as const;
  const oauthValues = oauth.map(value);
  const incomplete = (problem: string): LiveConfig => ({
    status: 'incomplete',
    message: `${what}: ${problem}`,
  });
  for (const [name, email] of [
    [LIVE_ENV.user, user],
    [LIVE_ENV.otherUser, otherUser],
  ] as const) {
    if (email !== null && !EMAIL.test(email)) return incomplete(`${name} must be an email address`);
  }
  if (room !== null && !ROOM.test(room)) {
    return incomplete(`${LIVE_ENV.room} must be a room’s …@resource.calendar.google.com address`);
  }
  if (otherUser !== null && otherUser === user) {
    return incomplete(`${LIVE_ENV.otherUser} must be a different person from ${LIVE_ENV.user}`);
  }
  if (keyFile !== null) {
    if (user === null) return incomplete(`${LIVE_ENV.saKeyFile} is set but ${LIVE_ENV.user} is not`);
    return { status: 'ready', credentials: { kind: 'serviceAccount', keyFile, user, otherUser, room } };
  }
  const [clientId, clientSecret, refreshToken] = oauthValues;
  if (clientId && clientSecret && refreshToken) {
    return {
      status: 'ready',
      credentials: { kind: 'oauth', clientId, clientSecret, refreshToken, user, otherUser, room },
    };
  }
  const setOnes = oauth.filter((_, i) => oauthValues[i] !== null);
  if (setOnes.length > 0) {
    const unset = oauth.filter((_, i) => oauthValues[i] === null);
    return incomplete(`${setOnes.join(', ')} set but ${unset.join(', ')} not`);
  }
  return { status: 'missing', message: missingCredentialsLine(what) };
}

/** A service account can act as the other person too; OAuth credentials are one person's. */
export function liveCapabilities(credentials: LiveCredentials): TargetCapabilities {
  return {
    otherUser: credentials.otherUser !== null,
    actAsOther: credentials.kind === 'serviceAccount' && credentials.otherUser !== null,
    room: credentials.room !== null,
  };
}
