// The outside world as the use cases see it, in Google's own REST shapes (Calendar v3, Docs v1,
// Drive v3). src/gas implements these with Apps Script's advanced services; tests use the emulator.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';

export type CalendarEvent = calendar_v3.Schema$Event;
export type CalendarEvents = calendar_v3.Schema$Events;
export type Document = docs_v1.Schema$Document;
export type DocsRequest = docs_v1.Schema$Request;
export type DriveFile = drive_v3.Schema$File;
export type DrivePermission = drive_v3.Schema$Permission;

/** An API call that failed, normalised from whatever Apps Script threw. */
export interface ApiFailure {
  /** HTTP status (0 when the error was not an HTTP error, e.g. the execution time limit). */
  code: number;
  /** Google's reason, e.g. 'notFound', 'rateLimitExceeded'; '' when unknown. */
  reason: string;
  message: string;
}

export interface EventListQuery {
  syncToken?: string;
  timeMin?: string;
  timeMax?: string;
  singleEvents?: boolean;
  showDeleted?: boolean;
  pageToken?: string;
  maxResults?: number;
  timeZone?: string;
  privateExtendedProperty?: string[];
}

export interface CalendarPort {
  listEvents(calendarId: string, query: EventListQuery): CalendarEvents;
  getEvent(calendarId: string, eventId: string, timeZone?: string): CalendarEvent;
  listInstances(
    calendarId: string,
    eventId: string,
    query: {
      timeMin?: string;
      timeMax?: string;
      timeZone?: string;
      showDeleted?: boolean;
      maxResults?: number;
    },
  ): CalendarEvents;
  patchEvent(calendarId: string, eventId: string, patch: CalendarEvent): CalendarEvent;
}

export interface DocsPort {
  get(documentId: string): Document;
  /** Applies requests only if the document is still at `requiredRevisionId`. */
  batchUpdate(
    documentId: string,
    requests: DocsRequest[],
    requiredRevisionId: string,
  ): docs_v1.Schema$BatchUpdateDocumentResponse;
}

export interface DrivePort {
  createDocument(name: string, appProperties: Record<string, string>): DriveFile;
  getFile(fileId: string): DriveFile;
  findByAppProperty(key: string, value: string): DriveFile[];
  /** Every agenda doc Tandem can reach for this user (appProperties tandemApp='agenda'), all pages. */
  listAgendaDocs(): DriveFile[];
  /** Renames a file Tandem made (drive.files.update with only `name`). */
  rename(fileId: string, name: string): DriveFile;
  /** Shares as writer; the permission comes back with the person's `displayName` when Drive knows it. */
  share(fileId: string, email: string, notify: boolean): DrivePermission;
  listPermissions(fileId: string): DrivePermission[];
}

/** A string key-value store (Apps Script user properties). */
export interface StatePort {
  get(key: string): string | null;
  getAll(): Record<string, string>;
  set(values: Record<string, string>): void;
  delete(key: string): void;
}

export interface LockPort {
  /** Takes the user lock, waiting at most `ms`; false when another execution holds it. */
  tryLock(ms: number): boolean;
  release(): void;
}

export interface TriggerInfo {
  id: string;
  handler: string;
  kind: 'calendar' | 'clock';
}

/** Tandem's installable triggers; the calendar one runs `onCalendarEventUpdated`, the hourly one `onScheduledSync`. */
export interface TriggerPort {
  /** The current user's triggers of this project. */
  list(): TriggerInfo[];
  /** Each create returns the new trigger's unique id. */
  createCalendarTrigger(calendarEmail: string): string;
  /** A time-driven trigger every hour (`everyHours(1)`): the most often an add-on may run one. */
  createHourly(): string;
  delete(id: string): void;
}

export interface SessionPort {
  userEmail(): string;
  now(): Date;
}

/** Structured, privacy-safe logging: an event name and counts/ids only — never doc text, titles or emails. */
export interface LogPort {
  info(event: string, fields?: Record<string, number | string | boolean>): void;
  warn(event: string, fields?: Record<string, number | string | boolean>): void;
}

/** One e-mail, to one address: the reminder to prepare (design.md §8). */
export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text, for readers that do not show HTML. */
  body: string;
  /** The same content as simple HTML, every text from a doc or an event escaped. */
  htmlBody: string;
  /** The sender name shown. */
  name: string;
}

/** Apps Script's MailApp (scope script.send_mail): only the reminder a person turns on for themselves. */
export interface MailPort {
  /** Recipients the user may still e-mail today (MailApp.getRemainingDailyQuota). */
  remainingDailyQuota(): number;
  /** Sends one message; throws what MailApp throws, which Tandem never parses. */
  send(message: MailMessage): void;
}

export interface Ports {
  calendar: CalendarPort;
  docs: DocsPort;
  drive: DrivePort;
  state: StatePort;
  lock: LockPort;
  triggers: TriggerPort;
  session: SessionPort;
  log: LogPort;
  mail: MailPort;
}
