// The reminder to prepare (design.md §8) as an e-mail: tomorrow's 1:1s with their time in the
// reader's zone, open action items (overdue first) and the topics so far. Pure: no clock, no I/O.
import type { IsoDate } from '../../core/schedule';
import type { Person } from '../../core/agenda';
import { displayName, formatDay, formatTime, type Viewer } from '../format';

export interface ReminderItem {
  readonly task: string;
  /** Who owns it, as the doc names them; null when nobody is named. */
  readonly owner: Person | null;
  readonly due: IsoDate | null;
}

export interface ReminderTopic {
  /** The sub-heading it sits under (Check-in, Wins…); null above every sub-heading. */
  readonly heading: string | null;
  readonly text: string;
}

export interface ReminderMeeting {
  readonly start: number;
  /** The section's date in the doc (the meeting's day in the series' zone). */
  readonly date: IsoDate;
  readonly other: Person;
  readonly docUrl: string | null;
  /** What the doc holds for this meeting; null when the doc could not be read. */
  readonly agenda: {
    readonly items: readonly ReminderItem[];
    readonly topics: readonly ReminderTopic[];
  } | null;
}

export interface Reminder {
  /** The reader: their zone and clock; `today` is the day the e-mail is sent. */
  readonly viewer: Viewer;
  /** Tomorrow in the reader's zone: the day of every meeting listed. */
  readonly day: IsoDate;
  /** Soonest first. */
  readonly meetings: readonly ReminderMeeting[];
}

export interface ReminderMail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

/** Shown as the sender. */
export const REMINDER_SENDER = 'Tandem';

/**
 * The items in the order a reader acts on them: those due before the meeting's day first (the
 * oldest due first), then the rest as the doc lists them.
 *
 * @example byUrgency([{ task: 'b', due: null }, { task: 'a', due: '2026-11-20' }], '2026-11-24') // a, b
 */
export function byUrgency(
  items: readonly ReminderItem[],
  day: IsoDate,
): { item: ReminderItem; overdue: boolean }[] {
  const marked = items.map((item, order) => ({ item, order, overdue: item.due !== null && item.due < day }));
  marked.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.overdue && b.overdue ? (a.item.due ?? '').localeCompare(b.item.due ?? '') : 0) ||
      a.order - b.order,
  );
  return marked.map(({ item, overdue }) => ({ item, overdue }));
}

function itemLine(item: ReminderItem, overdue: boolean): string {
  const owner = item.owner ? `${displayName(item.owner)}: ` : '';
  const due = item.due ? ` (${overdue ? 'overdue, ' : ''}due ${item.due})` : '';
  return `${owner}${item.task}${due}`;
}

function topicLine(topic: ReminderTopic): string {
  return topic.heading ? `${topic.heading}: ${topic.text}` : topic.text;
}

function meetingTitle(meeting: ReminderMeeting, viewer: Viewer): string {
  return `${formatTime(meeting.start, viewer)} · 1:1 with ${displayName(meeting.other)}`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text for an HTML e-mail: every character that means something in HTML escaped.
 *
 * @example escapeHtml('<b>Ship</b> & "go"') // '&lt;b&gt;Ship&lt;/b&gt; &amp; &quot;go&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const NO_DOC = 'Tandem could not read the agenda doc just now: open it to see the items and topics.';
const NO_ITEMS = 'No open action items.';
const NO_TOPICS = 'No topics yet: add yours to the doc.';
const FOOTER =
  'You get this e-mail because you turned on “E-mail me the day before my 1:1s” in Tandem’s settings. ' +
  'Nobody else gets it. Turn it off there.';

function plainMeeting(meeting: ReminderMeeting, viewer: Viewer, day: IsoDate): string[] {
  const lines = [meetingTitle(meeting, viewer)];
  if (meeting.docUrl) lines.push(`Agenda: ${meeting.docUrl}`);
  if (!meeting.agenda) return [...lines, NO_DOC];
  const items = byUrgency(meeting.agenda.items, day);
  lines.push('Open action items:');
  lines.push(
    ...(items.length > 0
      ? items.map(({ item, overdue }) => `  - ${itemLine(item, overdue)}`)
      : [`  ${NO_ITEMS}`]),
  );
  lines.push('Topics so far:');
  const topics = meeting.agenda.topics;
  lines.push(...(topics.length > 0 ? topics.map((t) => `  - ${topicLine(t)}`) : [`  ${NO_TOPICS}`]));
  return lines;
}

function htmlList(lines: readonly string[], empty: string): string {
  if (lines.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  return `<ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul>`;
}

function htmlMeeting(meeting: ReminderMeeting, viewer: Viewer, day: IsoDate): string {
  const title = `<h3>${escapeHtml(meetingTitle(meeting, viewer))}</h3>`;
  const link = meeting.docUrl ? `<p><a href="${escapeHtml(meeting.docUrl)}">Open the agenda</a></p>` : '';
  if (!meeting.agenda) return `${title}${link}<p>${escapeHtml(NO_DOC)}</p>`;
  const items = byUrgency(meeting.agenda.items, day).map(({ item, overdue }) =>
    overdue ? `<b>${escapeHtml(itemLine(item, overdue))}</b>` : escapeHtml(itemLine(item, overdue)),
  );
  const topics = meeting.agenda.topics.map((t) => escapeHtml(topicLine(t)));
  return (
    `${title}${link}<p>Open action items:</p>${htmlList(items, NO_ITEMS)}` +
    `<p>Topics so far:</p>${htmlList(topics, NO_TOPICS)}`
  );
}

/**
 * The e-mail for one day's reminder, plain and HTML, with the same content.
 *
 * @example composeReminder({ viewer, day: '2026-11-24', meetings: [bob] }).subject
 *   // 'Your 1:1 tomorrow, Tue, Nov 24: Bob Okafor'
 */
export function composeReminder(reminder: Reminder): ReminderMail {
  const { viewer, day, meetings } = reminder;
  const dayText = formatDay(day, viewer);
  const names = meetings.map((m) => displayName(m.other)).join(', ');
  const subject = `Your ${meetings.length === 1 ? '1:1' : '1:1s'} tomorrow, ${dayText}: ${names}`;
  const intro = `Tomorrow, ${dayText} (times in ${viewer.timeZone}):`;
  const body = [
    intro,
    '',
    ...meetings.flatMap((m, i) => [...(i > 0 ? [''] : []), ...plainMeeting(m, viewer, day)]),
    '',
    '—',
    FOOTER,
  ].join('\n');
  const htmlBody =
    `<p>${escapeHtml(intro)}</p>` +
    meetings.map((m) => htmlMeeting(m, viewer, day)).join('') +
    `<hr><p style="color:#666">${escapeHtml(FOOTER)}</p>`;
  return { subject, body, htmlBody };
}
