// The hourly run's reminder to prepare (design.md §8): when due, under the user lock, read each of
// tomorrow's agenda docs (not one a run read today), claim the day, e-mail the person alone, record it.
import { docUrl, parseAgenda, type Person } from '../../core/agenda';
import { dateIn } from '../../core/schedule';
import { failureRecord } from '../../api-error';
import type { Ports } from '../../ports';
import { TandemState } from '../state';
import { LOCK_WAIT_MS } from '../sync';
import { composeReminder, REMINDER_SENDER, type ReminderMeeting } from './compose';
import { reminderDue, type DueReminder } from './due';
import { readReminderRecord, writeReminderRecord, type ReminderOutcome } from './record';
import { agendaSummary } from './summary';

export type ReminderRun = 'notDue' | 'busy' | ReminderOutcome;

/**
 * One meeting as the e-mail lists it. Its doc is read once — unless a run read or wrote it today and
 * kept what the e-mail lists of that meeting (PairRecord.agendaSeen); a doc Google refuses is listed
 * without its agenda.
 */
function readMeeting(
  ports: Ports,
  self: Person,
  item: DueReminder['meetings'][number],
  today: string,
  timeZone: string,
): ReminderMeeting {
  const { pair, meeting } = item;
  const other = { email: pair.other.email, name: pair.other.name ?? null };
  const base = {
    start: meeting.start,
    date: meeting.date,
    other,
    docUrl: pair.docId ? docUrl(pair.docId) : null,
  };
  if (!pair.docId) return { ...base, agenda: { items: [], topics: [] } };
  const seen = pair.agendaSeen;
  if (seen && seen.date === meeting.date && dateIn(seen.at, timeZone) === today)
    return { ...base, agenda: { items: seen.items, topics: seen.topics } };
  const people = [self, other];
  try {
    const agenda = parseAgenda(ports.docs.get(pair.docId), people);
    return { ...base, agenda: agendaSummary(agenda, meeting.date, people) };
  } catch (e) {
    const failure = failureRecord(e, 0);
    ports.log.warn('reminderDocUnread', { code: failure.code, reason: failure.reason });
    return { ...base, agenda: null };
  }
}

/**
 * Sends today's reminder when it is due (due.ts); with nothing due it returns before any lock or
 * API call, so reminders off and quiet hours cost nothing.
 *
 * At most once per person and day, never twice: under the user lock, the day is claimed
 * ('sending', written to user properties) *before* MailApp is called, and marked 'sent' after. A
 * retried or overlapping run sees the claim and does nothing. A run killed between the claim and
 * the send loses that day's e-mail (the homepage says so) — the price of never sending it twice,
 * which send-then-mark could not promise. A refusal (the quota ran out, MailApp refused the send)
 * is recorded for the day and not retried until the next one: no loop.
 *
 * Each doc is read here once, except one a run read or wrote today: what the e-mail lists of it was
 * kept then (the bench's reminder-day rows show both).
 */
export function sendDueReminder(
  ports: Ports,
  state: TandemState = new TandemState(ports.state),
  now: Date = ports.session.now(),
): ReminderRun {
  const inputs = (s: TandemState) => ({
    enabled: s.enabled,
    settings: s.settings,
    timeZone: s.profile.timeZone ?? 'UTC',
    pairs: s.pairs.values(),
    record: readReminderRecord(ports.state),
  });
  if (!reminderDue(inputs(state), now.getTime())) return 'notDue';
  if (!ports.lock.tryLock(LOCK_WAIT_MS)) {
    ports.log.info('reminderSkipped', { reason: 'busy' });
    return 'busy';
  }
  try {
    // Again under the lock: another run may have sent it while this one waited.
    const fresh = new TandemState(ports.state);
    const due = reminderDue(inputs(fresh), now.getTime());
    if (!due) return 'notDue';
    return sendLocked(ports, fresh, due, now);
  } finally {
    ports.lock.release();
  }
}

function sendLocked(ports: Ports, state: TandemState, due: DueReminder, now: Date): ReminderOutcome {
  const record = (outcome: ReminderOutcome) => {
    writeReminderRecord(ports.state, { day: due.day, outcome, at: ports.session.now().getTime() });
    return outcome;
  };
  let remaining: number;
  try {
    remaining = ports.mail.remainingDailyQuota();
  } catch (e) {
    // Nothing claimed or sent yet: the next hourly run tries again (at most once an hour, this day
    // only), and until one gets through the homepage says the e-mail has not gone out.
    ports.log.warn('reminderFailed', { step: 'quota', code: failureRecord(e, 0).code });
    return record('waiting');
  }
  if (remaining < 1) {
    ports.log.warn('reminderSkipped', { reason: 'quota' });
    return record('quota');
  }
  const self = { email: ports.session.userEmail(), name: state.profile.name ?? null };
  const timeZone = state.profile.timeZone ?? 'UTC';
  const meetings = due.meetings.map((m) => readMeeting(ports, self, m, due.day, timeZone));
  const mail = composeReminder({
    viewer: { timeZone, locale: 'en', today: due.day },
    day: due.tomorrow,
    meetings,
  });
  record('sending'); // the claim: from here on, this day is never sent again
  try {
    // To its owner alone: the signed-in person's own address, never anyone from the pair or the doc.
    ports.mail.send({ to: self.email, ...mail, name: REMINDER_SENDER });
  } catch (e) {
    ports.log.warn('reminderFailed', { step: 'send', code: failureRecord(e, 0).code });
    return record('failed');
  }
  ports.log.info('reminderSent', { meetings: meetings.length, at: now.getTime() });
  return record('sent');
}
