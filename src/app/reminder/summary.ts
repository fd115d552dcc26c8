// What the reminder to prepare lists of one meeting (design.md §8): the open items its section
// carries and the topics people wrote in it — read from the doc, or kept by the run that read it.
import { parseActionItem, type Agenda, type Person } from '../../core/agenda';
import { nextOpenItems } from '../cards/open-items';
import type { AgendaSummary } from '../state';
import type { ReminderTopic } from './compose';

/** Per meeting, so one busy doc keeps the e-mail readable. */
export const MAX_ITEMS = 30;
export const MAX_TOPICS = 20;
export const MAX_TOPIC_LENGTH = 300;

/** The topics people wrote in the meeting's section: its paragraphs that are neither headings nor action items. */
export function topicsOf(agenda: Agenda, date: string, people: readonly Person[]): ReminderTopic[] {
  const topics: ReminderTopic[] = [];
  for (const section of agenda.sections.filter((s) => s.date === date)) {
    for (const part of section.parts) {
      for (const element of part.content) {
        if (element.kind !== 'paragraph' || element.style.startsWith('HEADING') || element.style === 'TITLE')
          continue;
        const text = element.text.replace(/\uFFFC/gu, '').trim();
        if (text === '' || parseActionItem(element.text, people, { struck: element.struck })) continue;
        const cut = Array.from(text);
        topics.push({
          heading: part.heading?.text.trim() || null,
          text: cut.length > MAX_TOPIC_LENGTH ? `${cut.slice(0, MAX_TOPIC_LENGTH - 1).join('')}…` : text,
        });
      }
    }
  }
  return topics.slice(0, MAX_TOPICS);
}

/** The open items (at most MAX_ITEMS) and topics of the meeting dated `date`, as the e-mail lists them. */
export function agendaSummary(
  agenda: Agenda,
  date: string,
  people: readonly Person[],
): Pick<AgendaSummary, 'items' | 'topics'> {
  const items = nextOpenItems(agenda, date, people)
    .slice(0, MAX_ITEMS)
    .map((i) => ({ task: i.task, owner: i.owner, due: i.due }));
  return { items, topics: topicsOf(agenda, date, people) };
}
