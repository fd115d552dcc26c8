// Where things go in an agenda doc people may have rearranged: a new meeting section (newest
// on top), and the lines added to a section's action items.

import type { Agenda, MeetingSection } from './parse';
import { visibleText } from './parse';
import { actionItemsHeading, type Template } from './template';

/**
 * The index a section for `date` goes at: before the first section (in document order) of an
 * earlier date; else after the last section; else after "Current focus"; else after the intro.
 * `ignoring` leaves one section out (the one being moved).
 *
 * @example
 * // sections 2026-11-17 at index 120, 2026-11-10 at 300
 * sectionInsertionIndex(agenda, '2026-11-24') // 120
 */
export function sectionInsertionIndex(agenda: Agenda, date: string, ignoring?: MeetingSection): number {
  const sections = agenda.sections.filter((section) => section !== ignoring);
  const earlier = sections.find((section) => section.date < date);
  if (earlier) return earlier.startIndex;
  const last = sections[sections.length - 1];
  if (last) return last.endIndex;
  if (agenda.currentFocus) return agenda.currentFocus.endIndex;
  const preamble = agenda.blocks.find((block) => block.kind === 'preamble');
  return preamble?.endIndex ?? agenda.bodyEnd;
}

/**
 * The index new action items go at in a section: after the last item under the action-items
 * heading, else right after that heading; when people removed the heading, after the
 * section's last item, else at the end of the section.
 */
export function itemInsertionIndex(section: MeetingSection, template: Template): number {
  const wanted = actionItemsHeading(template).toLowerCase();
  const part = section.parts.find(
    (candidate) => candidate.heading !== null && visibleText(candidate.heading.text).toLowerCase() === wanted,
  );
  if (part?.heading) {
    const lastItem = section.items.filter((entry) => part.content.includes(entry.paragraph)).pop();
    return lastItem?.paragraph.endIndex ?? part.heading.endIndex;
  }
  const lastItem = section.items[section.items.length - 1];
  return lastItem?.paragraph.endIndex ?? section.endIndex;
}
