// Calendar, Docs and Drive ports over Apps Script's advanced services (the REST JSON as is).
// Thin: each method is one API call with its errors normalised; no decisions here.
import { DOC_MIME_TYPE } from '../core/agenda';
import type { CalendarPort, DocsPort, DrivePort } from '../ports';
import { callApi } from '../api-error';

const FILE_FIELDS = 'id,name,mimeType,trashed,owners(emailAddress,displayName),appProperties,webViewLink';

/** Waits between retries of a busy call; absent outside Apps Script (nothing to wait for). */
function appsScriptSleep(ms: number): void {
  if (typeof Utilities !== 'undefined') Utilities.sleep(ms);
}

/** One advanced-service call under Tandem's error rule (callApi), retried with Apps Script's sleep. */
function callGoogle<T>(method: string, body: () => T): T {
  return callApi(method, body, appsScriptSleep);
}

export function calendarPort(): CalendarPort {
  return {
    listEvents: (calendarId, query) =>
      callGoogle('calendar.events.list', () => Calendar!.Events!.list(calendarId, { ...query })),
    getEvent: (calendarId, eventId, timeZone) =>
      callGoogle('calendar.events.get', () =>
        Calendar!.Events!.get(calendarId, eventId, timeZone ? { timeZone } : {}),
      ),
    listInstances: (calendarId, eventId, query) =>
      callGoogle('calendar.events.instances', () =>
        Calendar!.Events!.instances(calendarId, eventId, { ...query }),
      ),
    patchEvent: (calendarId, eventId, patch) =>
      callGoogle('calendar.events.patch', () =>
        Calendar!.Events!.patch(patch as GoogleAppsScript.Calendar.Schema.Event, calendarId, eventId, {
          supportsAttachments: true,
          sendUpdates: 'none',
        }),
      ),
  } as CalendarPort;
}

export function docsPort(): DocsPort {
  return {
    get: (documentId) => callGoogle('docs.documents.get', () => Docs!.Documents!.get(documentId)),
    batchUpdate: (documentId, requests, requiredRevisionId) =>
      callGoogle('docs.documents.batchUpdate', () =>
        Docs!.Documents!.batchUpdate(
          {
            requests,
            writeControl: { requiredRevisionId },
          } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
          documentId,
        ),
      ),
  } as DocsPort;
}

function escapeQueryValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

export function drivePort(): DrivePort {
  return {
    createDocument: (name, appProperties) =>
      callGoogle('drive.files.create', () =>
        Drive!.Files!.create(
          { name, mimeType: DOC_MIME_TYPE, appProperties } as GoogleAppsScript.Drive_v3.Drive.V3.Schema.File,
          null as unknown as GoogleAppsScript.Base.Blob,
          {
            fields: FILE_FIELDS,
          },
        ),
      ),
    // With the people it is shared with, whose names Calendar often leaves out.
    getFile: (fileId) =>
      callGoogle('drive.files.get', () =>
        Drive!.Files!.get(fileId, { fields: `${FILE_FIELDS},permissions(emailAddress,displayName)` }),
      ),
    findByAppProperty: (key, value) =>
      callGoogle('drive.files.list', () => {
        const q = `appProperties has { key='${escapeQueryValue(key)}' and value='${escapeQueryValue(value)}' } and trashed = false`;
        return Drive!.Files!.list({ q, fields: `files(${FILE_FIELDS})`, pageSize: 10 }).files ?? [];
      }),
    listAgendaDocs: () =>
      callGoogle('drive.files.list', () => {
        const q = "appProperties has { key='tandemApp' and value='agenda' } and trashed = false";
        const files: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File[] = [];
        let pageToken: string | undefined;
        do {
          const page = Drive!.Files!.list({
            q,
            fields: `nextPageToken,files(${FILE_FIELDS})`,
            pageSize: 1000,
            ...(pageToken ? { pageToken } : {}),
          });
          files.push(...(page.files ?? []));
          pageToken = page.nextPageToken ?? undefined;
        } while (pageToken);
        return files;
      }),
    rename: (fileId, name) =>
      callGoogle('drive.files.update', () =>
        Drive!.Files!.update(
          { name } as GoogleAppsScript.Drive_v3.Drive.V3.Schema.File,
          fileId,
          null as unknown as GoogleAppsScript.Base.Blob,
          { fields: FILE_FIELDS },
        ),
      ),
    share: (fileId, email, notify) =>
      callGoogle('drive.permissions.create', () =>
        Drive!.Permissions!.create({ type: 'user', role: 'writer', emailAddress: email }, fileId, {
          sendNotificationEmail: notify,
          fields: 'id,emailAddress,role,type,displayName',
        }),
      ),
    listPermissions: (fileId) =>
      callGoogle(
        'drive.permissions.list',
        () =>
          Drive!.Permissions!.list(fileId, { fields: 'permissions(id,emailAddress,role,type,displayName)' })
            .permissions ?? [],
      ),
  } as DrivePort;
}
