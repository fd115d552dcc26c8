// The small async clients the contract suites are written against: the Calendar, Docs and Drive
// operations Tandem relies on, in Google's REST shapes, with every failure as {code, reason, message}.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';
import type { ApiFailure } from '../../src/ports';

export type { ApiFailure };
export type CalendarEvent = calendar_v3.Schema$Event;
export type CalendarEvents = calendar_v3.Schema$Events;
export type Document = docs_v1.Schema$Document;
export type DocsRequest = docs_v1.Schema$Request;
export type BatchUpdateResponse = docs_v1.Schema$BatchUpdateDocumentResponse;
export type DriveFile = drive_v3.Schema$File;
export type DriveFileList = drive_v3.Schema$FileList;
export type DrivePermission = drive_v3.Schema$Permission;
export type DrivePermissionList = drive_v3.Schema$PermissionList;

export const GOOGLE_DOC_MIME_TYPE = 'application/vnd.google-apps.document';

/** A failed call, normalised the same way for the emulator and for Google. */
export class ContractApiError extends Error {
  override readonly name = 'ContractApiError';
  constructor(
    readonly method: string,
    readonly failure: ApiFailure,
    /**
     * The REST error body as it came (`error` of the JSON), or null: what an advanced service
     * would wrap as `details` where it gives them (docs/platform-assumptions.md).
     */
    readonly body: unknown = null,
  ) {
    super(`${method}: ${failure.code} ${failure.reason} ${failure.message}`.trim());
  }
}

export interface EventWriteOptions {
  supportsAttachments?: boolean;
  sendUpdates?: 'all' | 'externalOnly' | 'none';
}

export interface EventListQuery {
  syncToken?: string;
  pageToken?: string;
  timeMin?: string;
  timeMax?: string;
  timeZone?: string;
  singleEvents?: boolean;
  orderBy?: 'startTime' | 'updated';
  showDeleted?: boolean;
  maxResults?: number;
  privateExtendedProperty?: string[];
}

export type InstancesQuery = Pick<
  EventListQuery,
  'timeMin' | 'timeMax' | 'timeZone' | 'showDeleted' | 'maxResults' | 'pageToken'
>;

/** Calendar API v3 `events`. */
export interface CalendarClient {
  insert(calendarId: string, event: CalendarEvent, options?: EventWriteOptions): Promise<CalendarEvent>;
  get(calendarId: string, eventId: string, options?: { timeZone?: string }): Promise<CalendarEvent>;
  list(calendarId: string, query?: EventListQuery): Promise<CalendarEvents>;
  instances(calendarId: string, eventId: string, query?: InstancesQuery): Promise<CalendarEvents>;
  patch(
    calendarId: string,
    eventId: string,
    patch: CalendarEvent,
    options?: EventWriteOptions,
  ): Promise<CalendarEvent>;
  delete(calendarId: string, eventId: string, options?: EventWriteOptions): Promise<void>;
}

/** Docs API v1 `documents`. */
export interface DocsClient {
  create(title: string): Promise<Document>;
  get(documentId: string): Promise<Document>;
  batchUpdate(
    documentId: string,
    requests: DocsRequest[],
    writeControl?: { requiredRevisionId?: string },
  ): Promise<BatchUpdateResponse>;
}

/** A File resource as written: a null property value removes that key ("Entries with null values are cleared"). */
export type FileWrite = Omit<DriveFile, 'appProperties'> & {
  appProperties?: Record<string, string | null>;
};

export interface FileListQuery {
  q?: string;
  fields?: string;
  pageSize?: number;
  pageToken?: string;
  orderBy?: string;
}

/** Drive API v3 `files` and `permissions` (Apps Script names permissions.delete `remove`). */
export interface DriveClient {
  files: {
    create(resource: FileWrite, options?: { fields?: string }): Promise<DriveFile>;
    get(fileId: string, options?: { fields?: string }): Promise<DriveFile>;
    list(query?: FileListQuery): Promise<DriveFileList>;
    update(fileId: string, resource: FileWrite, options?: { fields?: string }): Promise<DriveFile>;
  };
  permissions: {
    create(
      fileId: string,
      permission: DrivePermission,
      options?: { sendNotificationEmail?: boolean; fields?: string },
    ): Promise<DrivePermission>;
    list(fileId: string, options?: { fields?: string }): Promise<DrivePermissionList>;
    delete(fileId: string, permissionId: string): Promise<void>;
  };
}

/** The three APIs as one person's Tandem (the add-on, with its scopes) sees them. */
export interface Clients {
  calendar: CalendarClient;
  docs: DocsClient;
  drive: DriveClient;
}

/** Where the suites run: the emulator or Google, acting as a user and perhaps a second person. */
export interface ContractTarget {
  readonly kind: 'emulator' | 'live';
  /** The acting user's email (lower-case). */
  readonly user: string;
  /** A second real person to invite and share with, when there is one. */
  readonly otherUser: string | null;
  /** Tandem's view as `user`. */
  readonly clients: Clients;
  /** Tandem's view as `otherUser`, when the target can act as them. */
  readonly otherClients: Clients | null;
  /** A room's `…@resource.calendar.google.com` address to invite, when there is one. */
  readonly room: string | null;
  /** Removes a scratch file for good (cleanup only; not an operation Tandem performs). */
  discardFile(fileId: string): Promise<void>;
}

/** What a target can do is known before connecting, so suites register only tests it can run. */
export interface TargetCapabilities {
  /** A second person exists (sharing, attendees). */
  otherUser: boolean;
  /** The target can also act as that person (their calendar copy, their drive.file view). */
  actAsOther: boolean;
  /** A room of the domain can be invited (resource attendees). */
  room: boolean;
}

export interface ContractTargetFactory {
  readonly kind: 'emulator' | 'live';
  readonly capabilities: TargetCapabilities;
  create(): Promise<ContractTarget>;
}

/**
 * The ContractApiError a promise rejected with (its failure and the REST body), or an error when it
 * did not reject.
 */
export async function failedCall(promise: Promise<unknown>): Promise<ContractApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ContractApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/**
 * The failure a promise rejected with, or an error when it did not reject.
 * @example (await failureOf(calendar.get('primary', 'nope'))).code // 404
 */
export async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ContractApiError) return error.failure;
    throw error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
