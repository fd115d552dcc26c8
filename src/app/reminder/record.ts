// What Tandem did about a day's reminder, in its own user property (never rewritten by the sync):
// the claim written before sending, the send, or the refusal the homepage shows.
import { isIsoDate } from '../../core/agenda';
import { isRecord } from '../../core/is-record';
import type { StatePort } from '../../ports';

export const REMINDER_KEY = 'reminder';

/**
 * waiting: MailApp did not answer the quota check, nothing claimed or sent, the next hourly run
 * tries again that day; sending: claimed, the send not known to have finished (a run killed
 * mid-way leaves this, and the day is never sent again); sent; quota: MailApp's daily quota had
 * run out; failed: MailApp refused.
 */
export type ReminderOutcome = 'waiting' | 'sending' | 'sent' | 'quota' | 'failed';

export interface ReminderRecord {
  /** The day (YYYY-MM-DD in the person's zone) the reminder was for. */
  readonly day: string;
  readonly outcome: ReminderOutcome;
  readonly at: number;
}

const OUTCOMES: readonly string[] = ['waiting', 'sending', 'sent', 'quota', 'failed'];

/** The stored record, or null when there is none or it is not one Tandem wrote. */
export function readReminderRecord(store: StatePort): ReminderRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(store.get(REMINDER_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(raw)) return null;
  const { day, outcome, at } = raw;
  if (typeof day !== 'string' || !isIsoDate(day)) return null;
  if (typeof outcome !== 'string' || !OUTCOMES.includes(outcome) || typeof at !== 'number') return null;
  return { day, outcome: outcome as ReminderOutcome, at };
}

export function writeReminderRecord(store: StatePort, record: ReminderRecord): void {
  store.set({ [REMINDER_KEY]: JSON.stringify(record) });
}
