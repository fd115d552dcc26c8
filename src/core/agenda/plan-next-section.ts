// Plans the section for the next meeting: dated heading, the template's sub-headings, and the
// open action items of the latest earlier section, each with ` · from DATE`.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { carriedLine } from './action-item';
import { itemsToCarry } from './carry-over';
import { isIsoDate, leadingIsoDate } from './dates';
import { agendaError } from './errors';
import { parseAgenda, visibleText } from './parse';
import type { Person } from './people';
import { sectionInsertionIndex } from './placement';
import { insertParagraphs, insertionPointAt, oneLine, type NewParagraph } from './requests';
import { actionItemsHeading, checkTemplate, type Template } from './template';
import { forgetFollowing, recordFollowing, recordMeetingTimes, type MeetingTimes } from './meeting-times';

/**
 * The meeting a section is for: its date and the heading text, e.g. `2026-11-24 · Tuesday`, and
 * when known its start and end (ms), recorded in the doc so every reader knows when it ends.
 */
export interface Meeting {
  readonly date: string;
  readonly label: string;
  readonly start?: number;
  readonly end?: number;
  /** The meeting after this one, recorded beside it for the other person's cards. */
  readonly following?: MeetingTimes;
}

/** The request recording the meeting's times on its heading at `headingStart`, if they are known. */
export function timesRequest(meeting: Meeting, headingStart: number): docs_v1.Schema$Request[] {
  if (meeting.start === undefined || meeting.end === undefined) return [];
  const label = oneLine(meeting.label);
  return [
    recordMeetingTimes(
      { date: meeting.date, start: meeting.start, end: meeting.end },
      headingStart,
      label.length,
    ),
    ...(meeting.following ? [recordFollowing(meeting.following, headingStart, label.length)] : []),
  ];
}

/**
 * Requests that add the section for `meeting` when the doc has none for its date (else none):
 * on top of the earlier sections, below "Current focus".
 *
 * @example
 * planNextSection(doc, { date: '2026-11-24', label: '2026-11-24 · Tuesday' }, DEFAULT_TEMPLATE, people)
 * // doc afterwards: # 2026-11-24 · Tuesday / ## Check-in … ## Action items /
 * //                 - [ ] Bob: send the design doc · from 2026-11-17 / # 2026-11-17 · Tuesday …
 */
export function planNextSection(
  document: docs_v1.Schema$Document,
  meeting: Meeting,
  template: Template,
  people: readonly Person[],
): docs_v1.Schema$Request[] {
  checkMeeting(meeting);
  const agenda = parseAgenda(document, people);
  if (agenda.sections.some((section) => section.date === meeting.date)) return [];
  const lines = itemsToCarry(agenda, meeting.date).map(({ item, sectionDate }) =>
    carriedLine(item, sectionDate),
  );
  const point = insertionPointAt(agenda, sectionInsertionIndex(agenda, meeting.date));
  return [
    ...(meeting.following ? forgetFollowing(document) : []),
    ...insertParagraphs(point, sectionParagraphs(meeting.label, template, lines)),
    ...timesRequest(meeting, point.index),
  ];
}

/** The paragraphs of a fresh section: heading, sub-headings, item lines under the action-items one. */
export function sectionParagraphs(
  label: string,
  template: Template,
  itemLines: readonly string[],
): NewParagraph[] {
  const checked = checkTemplate(template);
  if (!checked.ok) throw agendaError('invalid-template', `Invalid template: ${checked.problems.join(' ')}`);
  const itemsHeading = actionItemsHeading(checked.template);
  const paragraphs: NewParagraph[] = [{ text: label, style: 'HEADING_1' }];
  for (const heading of checked.template) {
    paragraphs.push({ text: heading, style: 'HEADING_2' });
    if (heading !== itemsHeading) continue;
    for (const line of itemLines) paragraphs.push({ text: line, style: 'NORMAL_TEXT', bullet: true });
  }
  return paragraphs;
}

/** The label must start with the date, or the parser would not find the section again. */
export function checkMeeting(meeting: Meeting): void {
  if (!isIsoDate(meeting.date)) throw agendaError('invalid-date', `Not a date (YYYY-MM-DD): ${meeting.date}`);
  if (leadingIsoDate(visibleText(oneLine(meeting.label))) !== meeting.date) {
    throw agendaError('invalid-label', `The heading "${meeting.label}" must start with ${meeting.date}.`);
  }
}
