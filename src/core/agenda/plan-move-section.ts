// A prepared section follows its meeting: moved when the occurrence moves, removed when it is
// cancelled — only while nobody has touched it. A touched section never moves and is never deleted.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { parseAgenda, type Agenda, type MeetingSection } from './parse';
import type { Person } from './people';
import { sectionInsertionIndex } from './placement';
import { checkMeeting, timesRequest, type Meeting } from './plan-next-section';
import { forgetFollowing, forgetMeetingTimes } from './meeting-times';
import {
  inApplyOrder,
  insertParagraphs,
  insertionPointAt,
  oneLine,
  plainParagraph,
  plainTextStyle,
  rewriteText,
  type NewParagraph,
  type PlannedEdit,
} from './requests';
import { touchedBecause } from './untouched';
import type { Template } from './template';

type Request = docs_v1.Schema$Request;

export interface MovePlan {
  readonly requests: Request[];
  /** What the requests do: `moved` (or relabelled in place), `removed`, or `kept` (no requests). */
  readonly outcome: 'moved' | 'removed' | 'kept';
  /** Why, in words for the homepage card and the logs (no doc text in it). */
  readonly reason: string;
}

/**
 * Plans moving the section for `fromDate` to the meeting `to`, or removing it when `to` is null
 * (the occurrence was cancelled; the caller then plans the next one).
 *
 * @example
 * planMoveSection(doc, '2026-11-24', { date: '2026-11-25', label: '2026-11-25 · Wednesday' }, DEFAULT_TEMPLATE, people)
 * // { outcome: 'moved', reason: 'the section now reads 2026-11-25', requests: [ … ] }
 * planMoveSection(docWithNotes, '2026-11-24', null, DEFAULT_TEMPLATE, people)
 * // { outcome: 'kept', requests: [], reason: 'the section of 2026-11-24 stays: it has text under "Wins"' }
 */
export function planMoveSection(
  document: docs_v1.Schema$Document,
  fromDate: string,
  to: Meeting | null,
  template: Template,
  people: readonly Person[],
): MovePlan {
  if (to) checkMeeting(to);
  const agenda = parseAgenda(document, people);
  const section = agenda.sections.find((candidate) => candidate.date === fromDate);
  if (!section) return kept(`there is no section for ${fromDate}`);
  const touched = touchedBecause(agenda, section, template);
  if (touched) return kept(`the section of ${fromDate} stays: ${touched}`);

  const forget = [
    ...forgetMeetingTimes(document, fromDate),
    ...(to?.following ? forgetFollowing(document) : []),
  ];
  if (to === null)
    return {
      requests: [...forget, ...removal(agenda, section)],
      outcome: 'removed',
      reason: `${fromDate} was cancelled`,
    };
  if (to.date === fromDate && section.heading.text === to.label)
    return kept(`the section already reads ${to.label}`);
  if (to.date !== fromDate && agenda.sections.some((other) => other.date === to.date)) {
    return {
      requests: [...forget, ...removal(agenda, section)],
      outcome: 'removed',
      reason: `a section for ${to.date} already exists, so the one for ${fromDate} was removed`,
    };
  }
  const index = sectionInsertionIndex(agenda, to.date, section);
  const inPlace = to.date === fromDate || index === section.startIndex || index === section.endIndex;
  // In place the heading keeps its start, so its new times go on it in the same batch; a section
  // moved elsewhere gets them from the next preparation, which records missing times.
  const requests = inPlace
    ? [...forget, ...relabel(section, to.label), ...timesRequest(to, section.startIndex)]
    : [...forget, ...moveElsewhere(agenda, section, index, to.label)];
  return { requests, outcome: 'moved', reason: `the section now reads ${to.date}` };
}

function kept(reason: string): MovePlan {
  return { requests: [], outcome: 'kept', reason };
}

/** Rewrites the heading's text, keeping its paragraph; the new text gets a plain style. */
function relabel(section: MeetingSection, label: string): Request[] {
  const { startIndex, endIndex } = section.heading;
  const text = oneLine(label);
  return [
    ...rewriteText(startIndex, endIndex - 1 - startIndex, text),
    plainTextStyle(startIndex, startIndex + text.length),
  ];
}

/**
 * Deletes the section's paragraphs. At the body's end the final newline cannot be deleted, so
 * one empty plain paragraph stays where the section was.
 */
function removal(agenda: Agenda, section: MeetingSection): Request[] {
  const { startIndex, endIndex } = section;
  if (endIndex < agenda.bodyEnd) return [{ deleteContentRange: { range: { startIndex, endIndex } } }];
  return [
    { deleteContentRange: { range: { startIndex, endIndex: endIndex - 1 } } },
    ...plainParagraph(startIndex, startIndex + 1),
  ];
}

/** Writes the section's lines again at `index` and deletes the old ones, in an order that keeps indices right. */
function moveElsewhere(agenda: Agenda, section: MeetingSection, index: number, label: string): Request[] {
  const paragraphs: NewParagraph[] = [{ text: label, style: 'HEADING_1' }];
  for (const part of section.parts) {
    if (part.heading) paragraphs.push({ text: part.heading.text, style: 'HEADING_2' });
    for (const element of part.content) {
      if (element.kind === 'paragraph')
        paragraphs.push({ text: element.text, style: 'NORMAL_TEXT', bullet: true });
    }
  }
  const edits: PlannedEdit[] = [
    { at: section.startIndex, kind: 'rewrite', requests: removal(agenda, section) },
    { at: index, kind: 'insert', requests: insertParagraphs(insertionPointAt(agenda, index), paragraphs) },
  ];
  return inApplyOrder(edits);
}
