// Whether a meeting section still holds exactly what Tandem wrote: its dated heading, the
// template's sub-headings and carried item lines, in Tandem's styles. Only such a section moves.

import { DONE_MARKER, OPEN_MARKER } from './action-item';
import { isDoneSince } from './carry-over';
import type { AgendaElement, AgendaParagraph } from './paragraph';
import { visibleText, type Agenda, type MeetingSection } from './parse';
import { sectionInsertionIndex } from './placement';
import { actionItemsHeading, type Template } from './template';

/** What Tandem writes as a heading: the date, then a weekday in any language. */
const TANDEM_LABEL = /^\d{4}-\d{2}-\d{2}(?: \u00B7 [\p{L}\p{M}.]+)?$/u;

/**
 * Why a person's hand shows in the section, or null when it is untouched. People's text, a
 * changed heading or style, a struck or bolded line, a table, an item line twice or with no
 * source in an earlier section, a carried copy ticked while its original is still open (Tandem ticks a
 * copy only when its original is done), a section moved away from where Tandem puts it: each makes
 * it touched.
 *
 * @example
 * touchedBecause(agenda, freshSection, DEFAULT_TEMPLATE)     // null
 * touchedBecause(agenda, sectionWithNotes, DEFAULT_TEMPLATE) // 'it has text under "Wins"'
 */
export function touchedBecause(agenda: Agenda, section: MeetingSection, template: Template): string | null {
  const heading = section.heading;
  if (!TANDEM_LABEL.test(visibleText(heading.text)) || !isTandemStyled(heading, 'HEADING_1', false)) {
    return 'its heading was edited';
  }
  // Tandem puts a section above the first earlier one; a person who moved it elsewhere may have
  // moved it into another section's lines, which then read as its own.
  const place = sectionInsertionIndex(agenda, section.date, section);
  if (place !== section.startIndex && place !== section.endIndex) return 'it was moved in the doc';
  const [before, ...parts] = section.parts;
  if (before && before.content.length > 0) return 'it has text above its first sub-heading';
  if (parts.length !== template.length) return 'its sub-headings were changed';
  const itemsHeading = actionItemsHeading(template);
  for (const [position, part] of parts.entries()) {
    const expected = template[position];
    const heading = part.heading;
    if (!heading || heading.text !== expected || !isTandemStyled(heading, 'HEADING_2', false)) {
      return 'its sub-headings were changed';
    }
    // Tandem writes each item once: a second line with the same identity is a person's.
    const seen = new Set<string>();
    const isTandems = (element: AgendaElement): boolean => {
      const identity = expected === itemsHeading ? carriedIdentity(agenda, element, section) : null;
      if (identity === null || seen.has(identity)) return false;
      seen.add(identity);
      return true;
    };
    const foreign = part.content.find((element) => !isTandems(element));
    if (foreign) {
      return `it has ${foreign.kind === 'paragraph' ? 'text' : 'a ' + foreign.kind} under "${expected}"`;
    }
  }
  return null;
}

/** A section that holds only what Tandem wrote. */
export function isUntouched(agenda: Agenda, section: MeetingSection, template: Template): boolean {
  return touchedBecause(agenda, section, template) === null;
}

/**
 * The identity of an item line as Tandem writes it, or null: `[ ] text · from DATE`, plain and
 * bulleted, copied from an item of an earlier section since DATE (a line people wrote the same
 * way has no such source); `[x]` only when that item is done.
 */
function carriedIdentity(agenda: Agenda, element: AgendaElement, section: MeetingSection): string | null {
  if (element.kind !== 'paragraph' || !isTandemStyled(element, 'NORMAL_TEXT', true)) return null;
  const item = section.items.find((candidate) => candidate.paragraph === element)?.item;
  if (!item || item.carriedFrom === null || item.markerStart !== 0) return null;
  if (!element.text.startsWith(item.marker + ' ')) return null;
  const from = item.carriedFrom;
  const hasSource = agenda.sections.some(
    (source) =>
      source.date >= from &&
      source.date < section.date &&
      source.items.some((entry) => entry.item.identity === item.identity),
  );
  const tandemMarker =
    item.marker === OPEN_MARKER ||
    (item.marker === DONE_MARKER && isDoneSince(agenda, item.identity, from, section.date));
  return hasSource && tandemMarker ? item.identity : null;
}

function isTandemStyled(paragraph: AgendaParagraph, style: string, bullet: boolean): boolean {
  return paragraph.style === style && paragraph.bullet === bullet && paragraph.plain;
}
