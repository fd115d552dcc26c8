// Scratch resources of the contract and smoke runs: a tag every event and file carries, a unique
// run id, and the sweep that removes what an interrupted earlier run left behind.
import type { Clients, ContractTarget } from './clients';
import { ContractApiError } from './clients';

/** Private extended property / Drive appProperty on every scratch resource. */
export const SCRATCH_KEY = 'tandemContract';
export const SCRATCH_VALUE = 'scratch';
/** Private extended property / appProperty naming the run that made the resource. */
export const RUN_KEY = 'tandemContractRun';
/** Leftovers younger than this may belong to a run still going; the sweep leaves them. */
export const SWEEP_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * A run id unique enough for names and property values: base32hex only, so it also fits
 * Calendar's event id alphabet.
 * @example newRunId(Date.parse('2026-11-23T08:00:00Z'), () => 0.5) // 'tc' + time + random, e.g. 'tcmhp3k1c0g00000'
 */
export function newRunId(now = Date.now(), random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 32 ** 5)
    .toString(32)
    .padStart(5, '0');
  return `tc${now.toString(32)}${suffix}`;
}

/** Calendar or Drive answered that the thing is already gone. */
export function isGone(error: unknown): boolean {
  return error instanceof ContractApiError && [404, 410].includes(error.failure.code);
}

/** Deletes an event, treating "already gone" as done. */
export async function deleteEventQuietly(clients: Clients, eventId: string): Promise<void> {
  try {
    await clients.calendar.delete('primary', eventId, { sendUpdates: 'none' });
  } catch (error) {
    if (!isGone(error)) throw error;
  }
}

export interface SweepReport {
  events: number;
  files: number;
}

/**
 * Deletes scratch events and files created more than SWEEP_AFTER_MS before `now` (a run that was
 * killed before its cleanup). Recent ones are left alone: another run may be using them.
 */
export async function sweepLeftovers(target: ContractTarget, now = Date.now()): Promise<SweepReport> {
  const cutoff = now - SWEEP_AFTER_MS;
  const old = (created: string | null | undefined) => Date.parse(created ?? '') < cutoff;
  const report: SweepReport = { events: 0, files: 0 };
  let pageToken: string | undefined;
  do {
    const page = await target.clients.calendar.list('primary', {
      privateExtendedProperty: [`${SCRATCH_KEY}=${SCRATCH_VALUE}`],
      maxResults: 2500,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const event of page.items ?? []) {
      if (event.id && event.organizer?.self === true && old(event.created)) {
        await deleteEventQuietly(target.clients, event.id);
        report.events++;
      }
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  const files = await target.clients.drive.files.list({
    q: `appProperties has { key='${SCRATCH_KEY}' and value='${SCRATCH_VALUE}' } and trashed = false`,
    fields: 'files(id,createdTime)',
    pageSize: 1000,
  });
  for (const file of files.files ?? []) {
    if (file.id && old(file.createdTime)) {
      await target.discardFile(file.id);
      report.files++;
    }
  }
  return report;
}
