// The smoke test's scripted checks: a scratch weekly 1:1 for Tandem to find, whether Tandem has
// attached and recorded its agenda doc on the series, and whether the doc is shared as it should be.
import { DOC_PROPERTY } from '../../src/app/pair-doc';
import { DAY_MS } from '../../src/core/schedule';
import type { CalendarEvent, Clients } from '../contract/clients';
import { ContractApiError, GOOGLE_DOC_MIME_TYPE } from '../contract/clients';
import { RUN_KEY, SCRATCH_KEY, SCRATCH_VALUE } from '../contract/scratch';
import type { SmokePeople } from './checklist';

/** A check's outcome: passed, failed, or null when the APIs cannot tell (the step stays manual). */
export interface CheckResult {
  ok: boolean | null;
  detail: string;
}

/**
 * A weekly 30-minute 1:1 of the two people, four times, starting a week after `now` at 15:00 UTC.
 * @example scratchOneOnOne(people, 'tc1', Date.parse('2026-11-23T08:00:00Z')).start // { dateTime: '2026-11-30T15:00:00Z', timeZone: 'UTC' }
 */
export function scratchOneOnOne(people: SmokePeople, runId: string, now: number): CalendarEvent {
  const day = new Date(now + 7 * DAY_MS).toISOString().slice(0, 10);
  return {
    summary: `Tandem smoke 1:1 ${runId}`,
    start: { dateTime: `${day}T15:00:00Z`, timeZone: 'UTC' },
    end: { dateTime: `${day}T15:30:00Z`, timeZone: 'UTC' },
    recurrence: ['RRULE:FREQ=WEEKLY;COUNT=4'],
    attendees: [{ email: people.user }, { email: people.other }],
    extendedProperties: { private: { [SCRATCH_KEY]: SCRATCH_VALUE, [RUN_KEY]: runId } },
  };
}

/** The agenda doc Tandem recorded on the series and attached to it, or null while it has not. */
export function agendaOnSeries(series: CalendarEvent): { docId: string; title: string } | null {
  const docId = series.extendedProperties?.private?.[DOC_PROPERTY];
  if (!docId) return null;
  const attachment = (series.attachments ?? []).find(
    (a) => a.fileId === docId && a.mimeType === GOOGLE_DOC_MIME_TYPE,
  );
  return attachment ? { docId, title: attachment.title ?? '' } : null;
}

/** Whether Tandem has attached its doc to the series yet, and which doc. */
export async function checkAttached(
  clients: Clients,
  seriesId: string,
): Promise<CheckResult & { docId: string | null }> {
  const series = await clients.calendar.get('primary', seriesId);
  const agenda = agendaOnSeries(series);
  if (!agenda) return { ok: false, docId: null, detail: 'no Tandem agenda doc on the series yet' };
  const titled = / · 1:1$/.test(agenda.title);
  return {
    ok: titled,
    docId: agenda.docId,
    detail: titled
      ? `doc ${agenda.docId} “${agenda.title}” attached and recorded`
      : `doc ${agenda.docId} attached, but its title “${agenda.title}” does not end in “ · 1:1”`,
  };
}

/**
 * Whether the doc is shared with exactly the two people (owner and writer). Under drive.file the
 * script's own credentials usually cannot see Tandem's doc: then the answer is null (manual).
 */
export async function checkShared(
  clients: Clients,
  docId: string,
  people: SmokePeople,
): Promise<CheckResult> {
  let permissions;
  try {
    const file = await clients.drive.files.get(docId, { fields: 'permissions(emailAddress,role,type)' });
    permissions = file.permissions ?? [];
  } catch (error) {
    if (error instanceof ContractApiError && [403, 404].includes(error.failure.code)) {
      return {
        ok: null,
        detail: `Drive answers ${error.failure.code} to these credentials (drive.file: the doc is Tandem’s, not this script’s)`,
      };
    }
    throw error;
  }
  const shares = permissions.map(
    (p) => `${p.role} ${p.type === 'user' ? p.emailAddress?.toLowerCase() : p.type}`,
  );
  const expected = [`owner ${people.user}`, `writer ${people.other}`];
  const ok = shares.length === 2 && expected.every((e) => shares.includes(e));
  return { ok, detail: ok ? 'shared with the two of you only' : `shares: ${shares.join(', ') || 'none'}` };
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Runs `check` until it passes or `timeoutMs` has gone by; the last result when it never passed. */
export async function waitFor<T extends CheckResult>(
  check: () => Promise<T>,
  timeoutMs: number,
  intervalMs: number,
  clock: Clock,
): Promise<T> {
  const deadline = clock.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result.ok !== false || clock.now() + intervalMs > deadline) return result;
    await clock.sleep(intervalMs);
  }
}
