// The homepage's line about the reminder to prepare when today's did not go out: the quota ran
// out, MailApp refused it, or a run was cut short after claiming the day (never sent twice).
import type { ReminderRecord } from './record';

/** A claim older than this without its 'sent' was cut short: that run is long over. */
const CUT_SHORT_AFTER_MS = 10 * 60 * 1000;

/**
 * What to tell the person about today's reminder, or null when there is nothing to say.
 *
 * @example reminderProblem({ day: '2026-11-23', outcome: 'quota', at }, '2026-11-23', now)
 *   // 'Today’s reminder e-mail was not sent: your Google account’s daily e-mail quota ran out. …'
 */
export function reminderProblem(record: ReminderRecord | null, today: string, now: number): string | null {
  if (!record || record.day !== today) return null;
  switch (record.outcome) {
    case 'quota':
      return 'Today’s reminder e-mail was not sent: your Google account’s daily e-mail quota ran out. The next one goes out as usual.';
    case 'failed':
      return 'Today’s reminder e-mail could not be sent. The next one goes out as usual.';
    case 'waiting':
      return 'Today’s reminder e-mail has not gone out yet: Google’s mail service did not answer. Tandem tries again next hour.';
    case 'sending':
      return now - record.at > CUT_SHORT_AFTER_MS
        ? 'Today’s reminder e-mail may not have gone out: the run sending it was cut short, and Tandem never sends one twice.'
        : null;
    case 'sent':
      return null;
  }
}
