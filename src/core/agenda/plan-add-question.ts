// Plans "add to agenda" for a suggested question: a bullet under the next meeting's check-in
// sub-heading, or under a "Topics" heading when there is none. Pure: Docs JSON in, requests out.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { AgendaElement } from './paragraph';
import { parseAgenda, visibleText, type Agenda, type MeetingSection } from './parse';
import type { Person } from './people';
import { sectionInsertionIndex } from './placement';
import { insertParagraphs, insertionPointAt, oneLine, type NewParagraph } from './requests';
import type { Template } from './template';

type Request = docs_v1.Schema$Request;

export const TOPICS_HEADING = 'Topics';
const CHECK_IN = /^check[\s-]?ins?$/iu;
const TOPICS = /^topics?$/iu;
/** After every real date: a new top-level Topics block goes above every meeting section. */
const AFTER_ALL = '9999-12-31';

const same = (a: string, b: string) => visibleText(a).toLowerCase() === visibleText(b).toLowerCase();

function writtenParagraphs(content: readonly AgendaElement[]) {
  return content.filter((e) => e.kind === 'paragraph' && visibleText(e.text) !== '');
}

function bullet(text: string): NewParagraph {
  return { text, style: 'NORMAL_TEXT', bullet: true };
}

/**
 * Requests that add `question` as a bullet for the meeting on `date`: at the end of that section's
 * check-in part (the template's check-in heading), else of its "Topics" part, else under a new
 * "Topics" sub-heading right below the date heading. Without a section for `date` (or no date),
 * under a top-level "Topics" heading above the meeting sections. None when the question is
 * already there, so pressing twice (or two tabs) adds it once.
 *
 * @example
 * planAddQuestion(doc, '2026-11-24', 'What energised you this week?', DEFAULT_TEMPLATE, people)
 * // # 2026-11-24 · Tuesday / ## Check-in / - What energised you this week? / ## Wins …
 */
export function planAddQuestion(
  document: docs_v1.Schema$Document,
  date: string | null,
  question: string,
  template: Template,
  people: readonly Person[],
): Request[] {
  const text = oneLine(question);
  if (text === '') return [];
  const agenda = parseAgenda(document, people);
  const section = date ? agenda.sections.find((s) => s.date === date) : undefined;
  return section ? intoSection(agenda, section, text, template) : intoTopicsBlock(agenda, text);
}

function intoSection(agenda: Agenda, section: MeetingSection, text: string, template: Template): Request[] {
  if (writtenParagraphs(section.content).some((p) => p.kind === 'paragraph' && same(p.text, text))) return [];
  const checkIn = template.find((heading) => CHECK_IN.test(heading.trim()));
  const isCheckIn = (heading: string) =>
    CHECK_IN.test(visibleText(heading)) || (checkIn !== undefined && same(heading, checkIn));
  const part =
    section.parts.find((p) => p.heading && isCheckIn(p.heading.text)) ??
    section.parts.find((p) => p.heading && TOPICS.test(visibleText(p.heading.text)));
  if (part?.heading) {
    const last = writtenParagraphs(part.content).pop();
    const at = insertionPointAt(agenda, (last ?? part.heading).endIndex);
    return insertParagraphs(at, [bullet(text)]);
  }
  const at = insertionPointAt(agenda, section.heading.endIndex);
  return insertParagraphs(at, [{ text: TOPICS_HEADING, style: 'HEADING_2' }, bullet(text)]);
}

function intoTopicsBlock(agenda: Agenda, text: string): Request[] {
  const block = agenda.blocks.find(
    (b) => b.kind === 'other' && b.heading !== null && TOPICS.test(visibleText(b.heading.text)),
  );
  if (block?.heading) {
    const written = writtenParagraphs(block.content);
    if (written.some((p) => p.kind === 'paragraph' && same(p.text, text))) return [];
    const at = insertionPointAt(agenda, (written.pop() ?? block.heading).endIndex);
    return insertParagraphs(at, [bullet(text)]);
  }
  const at = insertionPointAt(agenda, sectionInsertionIndex(agenda, AFTER_ALL));
  return insertParagraphs(at, [{ text: TOPICS_HEADING, style: 'HEADING_1' }, bullet(text)]);
}
