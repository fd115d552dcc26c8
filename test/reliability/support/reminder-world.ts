// The reminder to prepare as the reliability tests see it: a world where both people of a pair run
// Tandem with the reminder on, in two zones, and what the sent-mail log must show of it after any
// run — nothing twice, nothing to anyone but its owner, at most one a person a day.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { recipientsOf } from '../../../dev/emulator/appsscript/mail';
import type { SentMail } from '../../../dev/emulator/appsscript/state';
import type { Workspace } from '../../../dev/emulator/workspace';
import type { World } from '../../../dev/emulator/world';
import { readReminderRecord, type ReminderRecord } from '../../../src/app/reminder/record';
import { dateIn } from '../../../src/core/schedule';
import { DEFAULT_TEMPLATE } from '../../../src/app/state';
import { memoryStore } from '../../../src/app/state/testing';
import { Scenario } from '../../harness';
import { advance, appendToSection, click, turnsOn } from './worlds';

export const ANA = 'ana@example.com'; // Los Angeles, organizes both 1:1s
export const BEN = 'ben@example.com'; // Paris, her report, runs Tandem
export const CLEO = 'cleo@example.com'; // Paris, her report, no Tandem: never gets an e-mail

/** A weekly 1:1 Ana organizes, on `days`, at `hour` in Los Angeles. */
function oneOnOne(
  id: string,
  other: string,
  name: string,
  hour: number,
  days: string,
): calendar_v3.Schema$Event {
  const at = (h: number, m: number) =>
    `2026-11-17T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`;
  return {
    id,
    summary: `Ana / ${name}`,
    organizer: { email: ANA, displayName: 'Ana Reyes' },
    attendees: [
      { email: ANA, displayName: 'Ana Reyes', organizer: true, responseStatus: 'accepted' },
      { email: other, displayName: name, responseStatus: 'accepted' },
    ],
    start: { dateTime: at(hour, 0), timeZone: 'America/Los_Angeles' },
    end: { dateTime: at(hour, 30), timeZone: 'America/Los_Angeles' },
    recurrence: [`RRULE:FREQ=WEEKLY;BYDAY=${days}`],
  };
}

/** A person saves the settings card with the reminder on (or off) at `hour` of their zone. */
export function remindAt(s: Scenario, email: string, hour: number, on = true): boolean {
  const result = click(
    s,
    email,
    'saveSettings',
    {},
    {
      template: DEFAULT_TEMPLATE.join('\n'),
      ...(on ? { remindDayBefore: 'on' } : {}),
      remindHour: String(hour),
    },
  );
  return result.ok;
}

/** Ana, Ben and Cléo at `now`, nobody running Tandem yet; Ana's calendar holds `events`. */
export function peopleOfTheReminder(now: string, events: calendar_v3.Schema$Event[] = []): World {
  return {
    now,
    users: [
      { email: ANA, name: 'Ana Reyes', timeZone: 'America/Los_Angeles', locale: 'en' },
      { email: BEN, name: 'Ben Adler', timeZone: 'Europe/Paris', locale: 'en' },
      { email: CLEO, name: 'Cléo Martin', timeZone: 'Europe/Paris', locale: 'en' },
    ],
    calendars: { [ANA]: { events } },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  };
}

/**
 * Monday 2026-11-23: Ana (Los Angeles) and Ben (Paris) run Tandem with the reminder on, hers at
 * 08:00 and his at 17:00 — both 16:00Z — and Tuesday holds her 1:1s with Cléo (07:00 Los Angeles,
 * as on Mondays) and with Ben (09:00 Los Angeles, 18:00 Paris). Both wrote in Ben's next section; Ben
 * allowed the doc in Docs once, so his Tandem may read it. The clock stands at 15:30Z: Monday's 1:1
 * with Cléo has just ended, so Ana's next hourly run prepares Tuesday's section, then mails her.
 */
export function remindersDue(): World {
  const s = new Scenario(
    peopleOfTheReminder('2026-11-23T08:00:00Z', [
      oneOnOne('ben1on1tue', BEN, 'Ben Adler', 9, 'TU'),
      oneOnOne('cleo1on1motu', CLEO, 'Cléo Martin', 7, 'MO,TU'),
    ]),
  );
  for (const who of [ANA, BEN]) if (!turnsOn(s, who).ok) throw new Error(`${who} could not turn Tandem on`);
  const docId = s.docId(ANA, BEN);
  s.ws.drive.grantFileScope(BEN, docId);
  appendToSection(s, BEN, docId, '2026-11-24', '[ ] Ana: book the room');
  appendToSection(s, ANA, docId, '2026-11-24', 'Topic: the offsite');
  if (!remindAt(s, ANA, 8) || !remindAt(s, BEN, 17)) throw new Error('the settings were not saved');
  advance(s, '2026-11-23T15:30:00Z');
  return s.ws.toWorld();
}

/** The day (YYYY-MM-DD) a mail was sent, in its sender's zone. */
function dayOf(ws: Workspace, mail: SentMail): string {
  const zone = ws.users.find((u) => u.email === mail.from)?.timeZone ?? 'UTC';
  return dateIn(mail.sentAt, zone);
}

/**
 * What the sent-mail log shows wrong: a mail to anyone but its owner (the sender's Tandem mails its
 * own person alone), two mails the same day to one person, or the same mail twice.
 */
export function mailProblems(ws: Workspace, since = 0): string[] {
  const problems: string[] = [];
  const perDay = new Map<string, number>();
  for (const mail of ws.appsScript.sentMail()) {
    if (mail.sentAt < since) continue;
    const recipients = recipientsOf(mail).map((a) => a.toLowerCase());
    const others = recipients.filter((r) => r !== mail.from.toLowerCase());
    if (others.length > 0 || recipients.length === 0)
      problems.push(`${mail.from}'s Tandem mailed ${recipients.join(', ') || 'nobody'}`);
    const key = `${mail.from} ${dayOf(ws, mail)}`;
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  for (const [key, count] of perDay) if (count > 1) problems.push(`${key}: ${count} reminders`);
  return problems;
}

/** The mails a person's Tandem sent them for their day `day`. */
export function remindersOf(ws: Workspace, email: string, day: string): SentMail[] {
  return ws.appsScript.sentMail().filter((m) => m.from === email && dayOf(ws, m) === day);
}

/** What the person's Tandem recorded of its last reminder. */
export function reminderRecordOf(ws: Workspace, email: string): ReminderRecord | null {
  const values = ws.appsScript.properties({ kind: 'user', email }, false) ?? {};
  return readReminderRecord(memoryStore(values));
}

/** The homepage card as the person sees it now, as JSON text. */
export function homepageText(s: Scenario, email: string): string {
  const result = s.driver.homepage(email);
  return result.ok ? JSON.stringify(result.value) : `failed: ${result.error ?? '?'}`;
}

/** The homepage's line about a reminder that did not go out (src/app/reminder/problem.ts). */
export const REMINDER_NOT_SENT =
  /reminder e-mail (may not have gone out|could not be sent|was not sent|has not gone out yet)/;
