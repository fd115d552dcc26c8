// Plans the first content of a pair's new agenda doc: its title, two lines on how the doc
// works, and the "Current focus" heading. Meeting sections come later, one per meeting.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { firstName, type Person } from './people';
import { CURRENT_FOCUS } from './parse';
import { insertParagraphs } from './requests';
import { checkMeeting, sectionParagraphs, timesRequest, type Meeting } from './plan-next-section';
import { actionItemsHeading, DEFAULT_TEMPLATE, type Template } from './template';

export interface NewAgenda {
  readonly title: string;
  /** Lines under the title; by default `agendaIntro(people, template)`. */
  readonly intro?: readonly string[];
  readonly people: readonly Person[];
  readonly template?: Template;
  /** The first meeting's section, written in the same batch (one write instead of two). */
  readonly firstMeeting?: Meeting;
}

/** The body of a doc fresh from `documents.create`: a section break, then one empty paragraph. */
const FRESH_DOC_FIRST_PARAGRAPH = 1;

/**
 * The doc's name and title: `Alice Moreau & Bob Okafor · 1:1` (emails when names are unknown).
 *
 * @example
 * agendaTitle([{ email: 'a@x.com', name: 'Alice Moreau' }, { email: 'b@x.com', name: 'Bob Okafor' }])
 * // 'Alice Moreau & Bob Okafor · 1:1'
 */
export function agendaTitle(people: readonly Person[]): string {
  const names = people.map((person) => (person.name ?? '').trim() || person.email);
  return `${names.join(' & ')} \u00B7 1:1`;
}

/**
 * The two names in a title Tandem wrote, in its order (the writer's own first), or null when the
 * title is not one of Tandem's, a side is an address, or " & " makes it ambiguous.
 *
 * @example namesInTitle('Alice Moreau & Bob Okafor · 1:1') // ['Alice Moreau', 'Bob Okafor']
 * @example namesInTitle('alice@acme.test & Bob Okafor · 1:1') // [null, 'Bob Okafor']
 */
export function namesInTitle(title: string | null | undefined): [string | null, string | null] | null {
  const match = /^(.+) & (.+) \u00B7 1:1$/u.exec(title ?? '');
  if (!match || (title ?? '').split(' & ').length !== 2) return null;
  const name = (side: string) => (side.includes('@') || side.trim() === '' ? null : side.trim());
  return [name(match[1] as string), name(match[2] as string)];
}

/**
 * Two lines on how the doc works, in the pair's own names.
 *
 * @example
 * agendaIntro(people)[1]
 * // 'Start a line with "[ ]" to make it an action item: "[x]" when done, "Bob:" for who, …'
 */
export function agendaIntro(people: readonly Person[], template: Template = DEFAULT_TEMPLATE): string[] {
  const names = people.map(firstName);
  const greeting = names.length > 0 ? `${names.join(' and ')}: this doc` : 'This doc';
  const owner = names[names.length - 1] ?? 'Name';
  return [
    `${greeting} is for your 1:1s. Each meeting gets its own dated section, newest on top; ` +
      `add topics to the next one any time.`,
    `Start a line with "[ ]" to make it an action item: "[x]" when done, "${owner}:" for who, ` +
      `"(due YYYY-MM-DD)" for when. Open items move on to the next meeting under "${actionItemsHeading(template)}".`,
  ];
}

/**
 * Requests for a doc fresh from `documents.create`: TITLE, the intro as NORMAL_TEXT, and the
 * "Current focus" HEADING_1, above the doc's empty paragraph, which stays for people to write in.
 *
 * @example
 * planNewAgenda({ title: agendaTitle(people), people })
 * // doc afterwards: TITLE 'Alice Moreau & Bob Okafor · 1:1', two NORMAL lines, '# Current focus', ''
 */
export function planNewAgenda(agenda: NewAgenda): docs_v1.Schema$Request[] {
  const intro = agenda.intro ?? agendaIntro(agenda.people, agenda.template);
  // The section goes after the empty paragraph (which stays under "Current focus"); it is planned
  // first so the header's insertion at index 1 comes after it in the batch.
  const section: docs_v1.Schema$Request[] = [];
  if (agenda.firstMeeting) {
    checkMeeting(agenda.firstMeeting);
    const paragraphs = sectionParagraphs(agenda.firstMeeting.label, agenda.template ?? DEFAULT_TEMPLATE, []);
    const point = { mode: 'after', index: FRESH_DOC_FIRST_PARAGRAPH + 1 } as const;
    section.push(...insertParagraphs(point, paragraphs), ...timesRequest(agenda.firstMeeting, point.index));
  }
  return [
    ...section,
    ...insertParagraphs({ mode: 'before', index: FRESH_DOC_FIRST_PARAGRAPH }, [
      { text: agenda.title, style: 'TITLE' },
      ...intro.filter((line) => line.trim() !== '').map((text) => ({ text, style: 'NORMAL_TEXT' as const })),
      { text: CURRENT_FOCUS, style: 'HEADING_1' },
    ]),
  ];
}
