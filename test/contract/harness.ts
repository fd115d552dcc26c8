// What every contract suite shares: the target connected once per suite, scratch events and files
// named and tagged with a unique run id and removed afterwards (also when tests fail), and polling
// for what Google makes visible a moment later.
import type {
  CalendarEvent,
  ContractTarget,
  ContractTargetFactory,
  DriveFile,
  EventWriteOptions,
} from '../../dev/contract/clients';
import { GOOGLE_DOC_MIME_TYPE } from '../../dev/contract/clients';
import {
  deleteEventQuietly,
  newRunId,
  RUN_KEY,
  SCRATCH_KEY,
  SCRATCH_VALUE,
} from '../../dev/contract/scratch';

/** Live calls can be slow; the emulator answers at once. */
export const LIVE_TEST_TIMEOUT_MS = 120_000;

/** Every scratch write: no e-mail to anyone. */
export const QUIET: EventWriteOptions = { sendUpdates: 'none' };

/** Tandem's own Drive fields (src/gas/google-apis.ts). */
export const FILE_FIELDS = 'id,name,mimeType,trashed,owners(emailAddress),appProperties,webViewLink';

export class Scratch {
  readonly runId = newRunId();
  private readonly events: string[] = [];
  private readonly files: string[] = [];

  /** A name that says what made it: "tandem-contract <run id> <what>". */
  label(what: string): string {
    return `tandem-contract ${this.runId} ${what}`;
  }

  /** The private extended properties that mark an event as this run's. */
  get eventTag(): Record<string, string> {
    return { [SCRATCH_KEY]: SCRATCH_VALUE, [RUN_KEY]: this.runId };
  }

  /** An event resource named and tagged for this run; its own private properties are kept. */
  event(what: string, event: CalendarEvent): CalendarEvent {
    const own = event.extendedProperties?.private ?? {};
    return {
      summary: this.label(what),
      ...event,
      extendedProperties: { ...event.extendedProperties, private: { ...this.eventTag, ...own } },
    };
  }

  trackEvent(id: string | null | undefined): string {
    if (!id) throw new Error('Calendar returned an event without an id');
    this.events.push(id);
    return id;
  }

  trackFile(id: string | null | undefined): string {
    if (!id) throw new Error('Drive returned a file without an id');
    this.files.push(id);
    return id;
  }

  /** Removes everything this run made; every removal is tried even when one fails. */
  async cleanup(target: ContractTarget): Promise<void> {
    const failures: string[] = [];
    for (const id of this.events.splice(0).reverse()) {
      await deleteEventQuietly(target.clients, id).catch((e: Error) =>
        failures.push(`event ${id}: ${e.message}`),
      );
    }
    for (const id of this.files.splice(0).reverse()) {
      await target.discardFile(id).catch((e: Error) => failures.push(`file ${id}: ${e.message}`));
    }
    if (failures.length > 0) throw new Error(`scratch cleanup failed: ${failures.join('; ')}`);
  }
}

export interface SuiteContext {
  readonly target: ContractTarget;
  readonly scratch: Scratch;
  /** Inserts a tagged event in the user's calendar and tracks it for cleanup. */
  insertEvent(what: string, event: CalendarEvent, options?: EventWriteOptions): Promise<CalendarEvent>;
  /** Creates a tagged Google Doc in the user's Drive the way Tandem does (Drive files.create). */
  createDoc(what: string, appProperties?: Record<string, string>): Promise<DriveFile>;
  /** Retries `check` until it passes (live: Google shows some writes a moment later). */
  eventually<T>(check: () => Promise<T>): Promise<T>;
}

/** Connects to the target before the suite's tests and cleans up after them. */
export function useTarget(factory: ContractTargetFactory): SuiteContext {
  const scratch = new Scratch();
  let connected: ContractTarget | null = null;
  if (factory.kind === 'live') jest.setTimeout(LIVE_TEST_TIMEOUT_MS);
  beforeAll(async () => {
    connected = await factory.create();
  });
  afterAll(async () => {
    if (connected) await scratch.cleanup(connected);
  });
  const target = (): ContractTarget => {
    if (!connected) throw new Error('the contract target is not connected (its beforeAll failed)');
    return connected;
  };
  return {
    get target() {
      return target();
    },
    scratch,
    async insertEvent(what, event, options = QUIET) {
      const inserted = await target().clients.calendar.insert('primary', scratch.event(what, event), options);
      scratch.trackEvent(inserted.id);
      return inserted;
    },
    async createDoc(what, appProperties = {}) {
      const file = await target().clients.drive.files.create(
        {
          name: scratch.label(what),
          mimeType: GOOGLE_DOC_MIME_TYPE,
          appProperties: { [SCRATCH_KEY]: SCRATCH_VALUE, [RUN_KEY]: scratch.runId, ...appProperties },
        },
        { fields: FILE_FIELDS },
      );
      scratch.trackFile(file.id);
      return file;
    },
    eventually: (check) => retry(check, factory.kind === 'live' ? 60_000 : 0),
  };
}

async function retry<T>(check: () => Promise<T>, timeoutMs: number, intervalMs = 2_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() + intervalMs > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/** Every item of a Calendar listing, following page tokens, with the last page's nextSyncToken. */
export async function listAll(
  page: (pageToken: string | undefined) => Promise<{
    items?: CalendarEvent[];
    nextPageToken?: string | null;
    nextSyncToken?: string | null;
  }>,
): Promise<{ items: CalendarEvent[]; nextSyncToken: string | null }> {
  const items: CalendarEvent[] = [];
  let pageToken: string | undefined;
  for (;;) {
    const result = await page(pageToken);
    items.push(...(result.items ?? []));
    if (!result.nextPageToken) return { items, nextSyncToken: result.nextSyncToken ?? null };
    pageToken = result.nextPageToken;
  }
}
