// The contract clients over the Workspace emulator: its synchronous advanced services wrapped in
// promises, called from an 'app' context (Tandem's code, so the drive.file rule applies).
import { toApiFailure } from '../../src/api-error';
import { DEFAULT_CALL_LATENCY_MS } from '../emulator/calls';
import type { ApiContext } from '../emulator/context';
import { apiError, GoogleJsonResponseException, restErrorOf } from '../emulator/errors';
import type { ReadingsName } from '../emulator/readings';
import { Workspace } from '../emulator/workspace';
import type { World } from '../emulator/world';
import type { CalendarEvent, Clients, ContractTarget, ContractTargetFactory, DocsRequest } from './clients';
import { ContractApiError } from './clients';

/**
 * What Tandem's code gets in an execution as `user` (see createExecution in runtime.ts): calls are
 * counted in the ledger, injected faults fire, and each call costs the modelled latency.
 */
export function appContext(ws: Workspace, user: string): ApiContext {
  const email = ws.user(user).email;
  return {
    user: email,
    actor: 'app',
    now: () => ws.now,
    newId: (prefix) => ws.newId(prefix),
    call: (method, body) => {
      const failWith = ws.ledger.record(method);
      ws.now += DEFAULT_CALL_LATENCY_MS;
      if (failWith !== null) throw apiError(method, failWith);
      return body();
    },
  };
}

/** Runs one synchronous emulator call as a promise, with its failure normalised. */
function call<T>(method: string, body: () => T): Promise<T> {
  try {
    return Promise.resolve(body());
  } catch (error) {
    const body = error instanceof GoogleJsonResponseException ? restErrorOf(error) : null;
    return Promise.reject(new ContractApiError(method, toApiFailure(error), body));
  }
}

/** The three clients acting as `user` through Tandem's code in `ws`. */
export function createEmulatorClients(ws: Workspace, user: string): Clients {
  const ctx = appContext(ws, user);
  const calendar = ws.calendar.service(ctx);
  const docs = ws.drive.docsService(ctx);
  const drive = ws.drive.driveService(ctx);
  return {
    calendar: {
      insert: (calendarId, event, options = {}) =>
        call('calendar.events.insert', () => calendar.Events.insert(event, calendarId, options)),
      get: (calendarId, eventId, options = {}) =>
        call('calendar.events.get', () => calendar.Events.get(calendarId, eventId, options)),
      list: (calendarId, query = {}) =>
        call('calendar.events.list', () => calendar.Events.list(calendarId, { ...query })),
      instances: (calendarId, eventId, query = {}) =>
        call('calendar.events.instances', () => calendar.Events.instances(calendarId, eventId, { ...query })),
      patch: (calendarId, eventId, patch: CalendarEvent, options = {}) =>
        call('calendar.events.patch', () => calendar.Events.patch(patch, calendarId, eventId, options)),
      delete: (calendarId, eventId, options = {}) =>
        call('calendar.events.delete', () => calendar.Events.remove(calendarId, eventId, options)),
    },
    docs: {
      create: (title) => call('docs.documents.create', () => docs.Documents.create({ title })),
      get: (documentId) => call('docs.documents.get', () => docs.Documents.get(documentId)),
      batchUpdate: (documentId, requests: DocsRequest[], writeControl) =>
        call('docs.documents.batchUpdate', () =>
          docs.Documents.batchUpdate({ requests, ...(writeControl ? { writeControl } : {}) }, documentId),
        ),
    },
    drive: {
      files: {
        create: (resource, options = {}) =>
          call('drive.files.create', () => drive.Files.create(resource, undefined, options)),
        get: (fileId, options = {}) => call('drive.files.get', () => drive.Files.get(fileId, options)),
        list: (query = {}) => call('drive.files.list', () => drive.Files.list({ ...query })),
        update: (fileId, resource, options = {}) =>
          call('drive.files.update', () => drive.Files.update(resource, fileId, undefined, options)),
      },
      permissions: {
        create: (fileId, permission, options = {}) =>
          call('drive.permissions.create', () => drive.Permissions.create(permission, fileId, options)),
        list: (fileId, options = {}) =>
          call('drive.permissions.list', () => drive.Permissions.list(fileId, options)),
        delete: (fileId, permissionId) =>
          call('drive.permissions.delete', () => drive.Permissions.remove(fileId, permissionId)),
      },
    },
  };
}

export const EMULATOR_USER = 'casey.contract@example.com';
export const EMULATOR_OTHER_USER = 'robin.other@example.com';
/** A room of the contract world's domain: any address of Google's resource domain is one. */
export const EMULATOR_ROOM = 'c_1880contractroom@resource.calendar.google.com';

/**
 * A fresh world for one suite: the user in Kolkata (no test passes on the calendar's own zone by
 * luck), the other person in New York.
 */
export function contractWorld(): World {
  return {
    now: '2026-11-23T08:00:00Z',
    users: [
      { email: EMULATOR_USER, name: 'Casey Contract', timeZone: 'Asia/Kolkata' },
      { email: EMULATOR_OTHER_USER, name: 'Robin Other', timeZone: 'America/New_York' },
    ],
    calendars: {},
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}

/** The emulator target: it has no files.delete, so discarding only records the id. */
export interface EmulatorTarget extends ContractTarget {
  readonly ws: Workspace;
  readonly discarded: string[];
}

export function emulatorTarget(
  options: { ws?: Workspace; user?: string; otherUser?: string | null } = {},
): EmulatorTarget {
  const ws = options.ws ?? Workspace.fromWorld(contractWorld());
  const user = ws.user(options.user ?? EMULATOR_USER).email;
  const other = options.otherUser === undefined ? EMULATOR_OTHER_USER : options.otherUser;
  const otherUser = other === null ? null : ws.user(other).email;
  const discarded: string[] = [];
  return {
    kind: 'emulator',
    ws,
    discarded,
    user,
    otherUser,
    clients: createEmulatorClients(ws, user),
    otherClients: otherUser === null ? null : createEmulatorClients(ws, otherUser),
    room: EMULATOR_ROOM,
    discardFile: async (fileId) => {
      discarded.push(fileId);
    },
  };
}

export const emulatorFactory: ContractTargetFactory = {
  kind: 'emulator',
  capabilities: { otherUser: true, actAsOther: true, room: true },
  create: async () => emulatorTarget(),
};

/** The emulator target under one named variant of the readings (dev/emulator/readings.ts). */
export function emulatorFactoryUnder(readings: ReadingsName): ContractTargetFactory {
  return {
    ...emulatorFactory,
    create: async () => emulatorTarget({ ws: Workspace.fromWorld(contractWorld(), { readings }) }),
  };
}
