// A person's private notes on one 1:1: a doc of their own, shared with no one, laid out like the
// agenda (dated sections, newest on top) with its own short template. Pure: plans requests only.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { Person } from './people';
import { checkMeeting, planNextSection, sectionParagraphs, type Meeting } from './plan-next-section';
import { insertParagraphs } from './requests';
import type { Template } from './template';

/** The sub-headings of a private section: what a person keeps for themselves before and after a 1:1. */
export const PRIVATE_TEMPLATE: Template = ['Observations', 'To raise', 'For the review'];

/** The body of a doc fresh from `files.create`: a section break, then one empty paragraph. */
const FRESH_DOC_FIRST_PARAGRAPH = 1;

/**
 * The private doc's name and title, for the other person of the pair (their address when no name
 * is known).
 *
 * @example privateNotesTitle({ email: 'bob@x.com', name: 'Bob Okafor' }) // 'Private · 1:1 with Bob Okafor'
 * @example privateNotesTitle({ email: 'bob@x.com', name: null }) // 'Private · 1:1 with bob@x.com'
 */
export function privateNotesTitle(other: Person): string {
  return `Private \u00B7 1:1 with ${(other.name ?? '').trim() || other.email}`;
}

/** The line under the title: whose doc it is and that it stays theirs. */
export function privateNotesIntro(other: Person): string {
  const name = (other.name ?? '').trim() || other.email;
  return (
    `Your own notes on your 1:1s with ${name}. Only you can see this doc: Tandem never shares it, ` +
    'and nothing here goes into the shared agenda. Each meeting gets its own dated section, newest on top.'
  );
}

/** Whether a doc holds nothing yet: a new doc is a section break and one empty paragraph. */
function isBlank(document: docs_v1.Schema$Document): boolean {
  const content = document.body?.content ?? [];
  return !content.some((e) =>
    (e.paragraph?.elements ?? []).some((r) => (r.textRun?.content ?? '\n') !== '\n'),
  );
}

/**
 * Requests that bring the private doc up to date for `meeting`: in a blank doc, the title, the
 * intro and the meeting's section in one batch; otherwise the meeting's section when it has none
 * yet (planNextSection, which also carries any open "[ ]" line of an earlier section). No meeting:
 * only the header of a blank doc.
 *
 * @example
 * planPrivateNotes(blankDoc, { date: '2026-11-24', label: '2026-11-24 · Tuesday' }, bob, people)
 * // doc afterwards: TITLE 'Private · 1:1 with Bob Okafor', intro, '', '# 2026-11-24 · Tuesday',
 * //                 '## Observations', '## To raise', '## For the review'
 */
export function planPrivateNotes(
  document: docs_v1.Schema$Document,
  meeting: Meeting | null,
  other: Person,
  people: readonly Person[],
): docs_v1.Schema$Request[] {
  if (!isBlank(document)) {
    if (!meeting) return [];
    return planNextSection(document, meeting, PRIVATE_TEMPLATE, people);
  }
  // The section goes after the empty paragraph and is planned first, so the header's insertion
  // at index 1 comes after it in the batch (as planNewAgenda does).
  const section: docs_v1.Schema$Request[] = [];
  if (meeting) {
    checkMeeting(meeting);
    section.push(
      ...insertParagraphs(
        { mode: 'after', index: FRESH_DOC_FIRST_PARAGRAPH + 1 },
        sectionParagraphs(meeting.label, PRIVATE_TEMPLATE, []),
      ),
    );
  }
  return [
    ...section,
    ...insertParagraphs({ mode: 'before', index: FRESH_DOC_FIRST_PARAGRAPH }, [
      { text: privateNotesTitle(other), style: 'TITLE' },
      { text: privateNotesIntro(other), style: 'NORMAL_TEXT' },
    ]),
  ];
}
