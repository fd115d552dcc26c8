// The contract clients over Google's real APIs through googleapis, authorised with the add-on's
// scopes as one user: a service account acting for them (domain-wide delegation) or their OAuth token.
import { readFileSync } from 'node:fs';
import { auth, calendar } from 'googleapis/build/src/apis/calendar';
import { docs } from 'googleapis/build/src/apis/docs';
import { drive } from 'googleapis/build/src/apis/drive';
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import type { Clients, ContractTarget, ContractTargetFactory } from './clients';
import { ContractApiError } from './clients';
import { liveCapabilities, LIVE_SCOPES, type LiveCredentials } from './live-config';
import { liveErrorBody, liveFailure } from './live-errors';

type AuthClient = InstanceType<typeof auth.JWT> | InstanceType<typeof auth.OAuth2>;

interface ServiceAccountKey {
  client_email: string;
  private_key: string;
}

function readKey(keyFile: string): ServiceAccountKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(keyFile, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the service account key ${keyFile}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const key = parsed as Partial<ServiceAccountKey>;
  if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string') {
    throw new Error(`${keyFile} is not a service account JSON key (client_email, private_key)`);
  }
  return { client_email: key.client_email, private_key: key.private_key };
}

/** An auth client acting as `subject` (service account) or as the token's owner (OAuth). */
export function authFor(credentials: LiveCredentials, subject: string, scopes = LIVE_SCOPES): AuthClient {
  if (credentials.kind === 'serviceAccount') {
    const key = readKey(credentials.keyFile);
    return new auth.JWT({ email: key.client_email, key: key.private_key, scopes, subject });
  }
  const client = new auth.OAuth2({ clientId: credentials.clientId, clientSecret: credentials.clientSecret });
  client.setCredentials({ refresh_token: credentials.refreshToken });
  return client;
}

async function call<T>(method: string, run: () => Promise<{ data: T }>): Promise<T> {
  try {
    return (await run()).data;
  } catch (error) {
    throw new ContractApiError(method, liveFailure(error), liveErrorBody(error));
  }
}

/** The three clients through googleapis. */
export function createLiveClients(authClient: AuthClient): Clients {
  const cal = calendar({ version: 'v3', auth: authClient });
  const doc = docs({ version: 'v1', auth: authClient });
  const drv = drive({ version: 'v3', auth: authClient });
  const file = (resource: unknown) => resource as drive_v3.Schema$File;
  return {
    calendar: {
      insert: (calendarId, requestBody, options = {}) =>
        call('calendar.events.insert', () => cal.events.insert({ calendarId, requestBody, ...options })),
      get: (calendarId, eventId, options = {}) =>
        call('calendar.events.get', () => cal.events.get({ calendarId, eventId, ...options })),
      list: (calendarId, query = {}) =>
        call('calendar.events.list', () => cal.events.list({ calendarId, ...query })),
      instances: (calendarId, eventId, query = {}) =>
        call('calendar.events.instances', () => cal.events.instances({ calendarId, eventId, ...query })),
      patch: (calendarId, eventId, requestBody, options = {}) =>
        call('calendar.events.patch', () =>
          cal.events.patch({ calendarId, eventId, requestBody, ...options }),
        ),
      delete: async (calendarId, eventId, options = {}) => {
        await call('calendar.events.delete', () => cal.events.delete({ calendarId, eventId, ...options }));
      },
    },
    docs: {
      create: (title) =>
        call('docs.documents.create', () => doc.documents.create({ requestBody: { title } })),
      get: (documentId) => call('docs.documents.get', () => doc.documents.get({ documentId })),
      batchUpdate: (documentId, requests, writeControl) =>
        call('docs.documents.batchUpdate', () =>
          doc.documents.batchUpdate({
            documentId,
            requestBody: { requests, ...(writeControl ? { writeControl } : {}) },
          }),
        ),
    },
    drive: {
      files: {
        create: (resource, options = {}) =>
          call('drive.files.create', () => drv.files.create({ requestBody: file(resource), ...options })),
        get: (fileId, options = {}) => call('drive.files.get', () => drv.files.get({ fileId, ...options })),
        list: (query = {}) => call('drive.files.list', () => drv.files.list({ ...query })),
        update: (fileId, resource, options = {}) =>
          call('drive.files.update', () =>
            drv.files.update({ fileId, requestBody: file(resource), ...options }),
          ),
      },
      permissions: {
        create: (fileId, requestBody, options = {}) =>
          call('drive.permissions.create', () => drv.permissions.create({ fileId, requestBody, ...options })),
        list: (fileId, options = {}) =>
          call('drive.permissions.list', () => drv.permissions.list({ fileId, ...options })),
        delete: async (fileId, permissionId) => {
          await call('drive.permissions.delete', () => drv.permissions.delete({ fileId, permissionId }));
        },
      },
    },
  };
}

/** Whose token an OAuth refresh token is: Drive's about.get works under drive.file. */
async function tokenOwner(authClient: AuthClient): Promise<string> {
  const drv = drive({ version: 'v3', auth: authClient });
  const about = await call('drive.about.get', () => drv.about.get({ fields: 'user(emailAddress)' }));
  const email = about.user?.emailAddress;
  if (!email) throw new Error('Drive did not say whose OAuth token this is; set TANDEM_LIVE_USER');
  return email.toLowerCase();
}

/** Connects to Google as the configured user (and the other person when a service account can). */
export async function createLiveTarget(credentials: LiveCredentials): Promise<ContractTarget> {
  const userAuth = authFor(credentials, credentials.user ?? '');
  const user = credentials.user ?? (await tokenOwner(userAuth));
  const { actAsOther } = liveCapabilities(credentials);
  const otherUser = credentials.otherUser;
  const drv = drive({ version: 'v3', auth: userAuth });
  return {
    kind: 'live',
    user,
    otherUser,
    clients: createLiveClients(userAuth),
    otherClients: actAsOther && otherUser ? createLiveClients(authFor(credentials, otherUser)) : null,
    room: credentials.room,
    discardFile: async (fileId) => {
      await call('drive.files.delete', () => drv.files.delete({ fileId }));
    },
  };
}

export function liveFactory(credentials: LiveCredentials): ContractTargetFactory {
  return {
    kind: 'live',
    capabilities: liveCapabilities(credentials),
    create: () => createLiveTarget(credentials),
  };
}
