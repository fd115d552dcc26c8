// The soak's reminders to prepare (design §8): half of the people who run Tandem turn the reminder on,
// at hours spread over the day; after every tick the sent-mail log is checked — at most one a person
// a day, to them alone — and every day now over in a person's zone that came before one of their
// 1:1s (by the test's own schedule) must have brought them one, unless their Tandem recorded why not.
import { wallClockToInstant } from '../../../dev/emulator/time-zone';
import type { Workspace } from '../../../dev/emulator/workspace';
import { dayAfter } from '../../../src/app/reminder/due';
import { dateIn } from '../../../src/core/schedule';
import { mailProblems, reminderRecordOf, remindAt, remindersOf } from './reminder-world';
import { occurrences, type SoakPair } from './soak-world';
import type { Scenario } from '../../harness';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface ReminderFigures {
  /** People who turned the reminder on, and those whose save failed. */
  remindersOn: number;
  remindersSent: number;
  /** Person-days before a 1:1 that asked for a reminder, and those excused by the record (quota, refused). */
  remindersDue: number;
  remindersExcused: number;
}

interface Reminded {
  email: string;
  zone: string;
  hour: number;
  /** The first day of theirs checked: the day after they turned it on. */
  from: string;
  /** Their days checked so far, up to (excluding) this one. */
  next: string;
}

/** The instant a day ends in a zone: the first instant whose date there is the next day. */
function endOfDay(day: string, zone: string): number {
  const next = new Date(`${dayAfter(day)}T00:00:00Z`);
  return wallClockToInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, zone);
}

export class SoakReminders {
  readonly figures: ReminderFigures = {
    remindersOn: 0,
    remindersSent: 0,
    remindersDue: 0,
    remindersExcused: 0,
  };
  private readonly people: Reminded[] = [];
  /** "email day" → what their Tandem recorded for that day, as seen at some tick. */
  private readonly records = new Map<string, string>();
  private mailsChecked = 0;

  /** Every other person of `installed` turns the reminder on, each at another hour of their zone. */
  constructor(
    private readonly s: Scenario,
    installed: readonly string[],
    fail: (problem: string) => void,
  ) {
    installed.forEach((email, i) => {
      if (i % 2 === 1) return;
      // 07:00, 14:00, 21:00, 04:00…: every hour of the day once in 24 people.
      const hour = (7 + (i / 2) * 7) % 24;
      if (!remindAt(s, email, hour)) return fail(`${email} could not turn the reminder on`);
      const zone = s.ws.users.find((u) => u.email === email)?.timeZone ?? 'UTC';
      const from = dayAfter(dateIn(s.ws.now, zone));
      this.people.push({ email, zone, hour, from, next: from });
      this.figures.remindersOn++;
    });
  }

  /** Who has the reminder on, and at what hour of their zone. */
  get on(): readonly { email: string; hour: number }[] {
    return this.people;
  }

  /** The check after a tick: the log's rules, and each person's days now over. */
  check(now: number, pairs: readonly SoakPair[], violate: (problem: string) => void): void {
    const ws: Workspace = this.s.ws;
    for (const problem of mailProblems(ws)) violate(problem);
    const sent = ws.appsScript.sentMail();
    this.figures.remindersSent += sent.length - this.mailsChecked;
    this.mailsChecked = sent.length;
    for (const person of this.people) {
      const record = reminderRecordOf(ws, person.email);
      if (record) this.records.set(`${person.email} ${record.day}`, record.outcome);
      for (let day = person.next; endOfDay(day, person.zone) <= now; day = dayAfter(day)) {
        person.next = dayAfter(day);
        if (!this.hasOneOnOneOn(person, dayAfter(day), pairs)) continue;
        this.figures.remindersDue++;
        if (remindersOf(ws, person.email, day).length > 0) continue;
        const outcome = this.records.get(`${person.email} ${day}`);
        if (outcome === 'quota' || outcome === 'failed') {
          this.figures.remindersExcused++;
          continue;
        }
        violate(
          `${person.email} got no reminder on ${day} (at ${person.hour}:00) for a 1:1 the next day; record: ${outcome ?? 'none'}`,
        );
      }
    }
  }

  /** Whether one of the person's pairs still a 1:1 meets on `day` of their zone, by the test's schedule. */
  private hasOneOnOneOn(person: Reminded, day: string, pairs: readonly SoakPair[]): boolean {
    const from = Date.parse(`${day}T00:00:00Z`) - 15 * HOUR_MS;
    return pairs.some(
      (pair) =>
        (pair.organizer === person.email || pair.other === person.email) &&
        pair.stoppedAt === undefined &&
        occurrences(pair, from, from + 2 * DAY_MS).some((o) => dateIn(o.start, person.zone) === day),
    );
  }
}
