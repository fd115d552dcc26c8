// Gathers what a review needs from a pair's agenda doc: for each meeting in the period, what was
// written under its wins, feedback and growth sub-headings, and the action items marked done —
// each with a link back to its meeting's heading. Pure: Docs JSON in, entries out.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { AgendaElement, MeetingSection, Person } from '../../core/agenda';
import { parseAgenda, visibleText } from '../../core/agenda/parse';
import { docUrl, parseActionItem } from '../../core/agenda';
import type { ReviewEntry, ReviewGathering, ReviewPart } from '../../core/review';

const PART_HEADINGS: readonly [Exclude<ReviewPart, 'completedItems'>, RegExp][] = [
  ['wins', /\bwins?\b|celebrat|went well|kudos/iu],
  ['feedback', /feedback/iu],
  ['growth', /growth|career|learn|develop/iu],
];
const FEEDBACK_LINE = /^feedback\s*[:：]\s*/iu;

/** Heading ids by paragraph start index (Docs gives each heading a read-only `headingId`). */
function headingIds(document: docs_v1.Schema$Document): Map<number, string> {
  const ids = new Map<number, string>();
  const content = document.body?.content ?? document.tabs?.[0]?.documentTab?.body?.content ?? [];
  for (const element of content) {
    const id = element.paragraph?.paragraphStyle?.headingId;
    if (id) ids.set(element.startIndex ?? 0, id);
  }
  return ids;
}

function lines(content: readonly AgendaElement[]): string[] {
  return content
    .flatMap((e) => (e.kind === 'paragraph' ? [visibleText(e.text)] : []))
    .filter((t) => t !== '');
}

/**
 * What the review gathers from the meetings dated `start` to `end` (both included), oldest first.
 * A line written under a wins, feedback or growth sub-heading is one entry; so is a line starting
 * `Feedback:` anywhere in a section. Action items are never entries of those parts: an item done
 * in the period is a completed item, once per item however many copies were ticked.
 *
 * @example
 * gatherReview(doc, 'doc1', people, '2026-08-23', '2026-11-23').wins
 * // [{ date: '2026-09-01', text: 'Shipped the billing migration', link: '…#heading=h.abc' }]
 */
export function gatherReview(
  document: docs_v1.Schema$Document,
  docId: string,
  people: readonly Person[],
  start: string,
  end: string,
): ReviewGathering {
  const agenda = parseAgenda(document, people);
  const ids = headingIds(document);
  const sections = agenda.sections
    .filter((s) => s.date >= start && s.date <= end)
    .sort((a, b) => a.date.localeCompare(b.date));
  const gathered: Record<ReviewPart, ReviewEntry[]> = {
    wins: [],
    feedback: [],
    growth: [],
    completedItems: [],
  };
  const doneIdentities = new Set<string>();
  for (const section of sections) {
    const link = docUrl(docId, ids.get(section.heading.startIndex) ?? null);
    const entry = (text: string): ReviewEntry => ({ date: section.date, text, link });
    for (const [part, text] of partLines(section, people)) gathered[part].push(entry(text));
    for (const { item } of section.items) {
      if (!item.done || doneIdentities.has(item.identity)) continue;
      doneIdentities.add(item.identity);
      gathered.completedItems.push(entry(item.text.replace(/\s*·\s*from\s+\d{4}-\d{2}-\d{2}\s*$/u, '')));
    }
  }
  return gathered;
}

/** The section's lines that belong to a review part, in doc order. */
function partLines(section: MeetingSection, people: readonly Person[]): [ReviewPart, string][] {
  const out: [ReviewPart, string][] = [];
  for (const part of section.parts) {
    const heading = part.heading ? visibleText(part.heading.text) : '';
    const kind = PART_HEADINGS.find(([, pattern]) => pattern.test(heading))?.[0] ?? null;
    for (const text of lines(part.content)) {
      if (parseActionItem(text, people)) continue;
      if (FEEDBACK_LINE.test(text) && kind !== 'feedback')
        out.push(['feedback', text.replace(FEEDBACK_LINE, '')]);
      else if (kind) out.push([kind, text]);
    }
  }
  return out;
}

/**
 * Every line the owner wrote in their private notes (src/app/private-notes.ts) for the meetings
 * dated `start` to `end`, oldest first, whatever sub-heading it is under: private notes are short
 * and all of them are the owner's own material for a review.
 *
 * @example
 * gatherPrivateNotes(notes, 'p1', people, '2026-08-23', '2026-11-23')
 * // [{ date: '2026-09-01', text: 'Took the lead on the incident review', link: '…#heading=h.p1' }]
 */
export function gatherPrivateNotes(
  document: docs_v1.Schema$Document,
  docId: string,
  people: readonly Person[],
  start: string,
  end: string,
): ReviewEntry[] {
  const ids = headingIds(document);
  return parseAgenda(document, people)
    .sections.filter((s) => s.date >= start && s.date <= end)
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((section) => {
      const link = docUrl(docId, ids.get(section.heading.startIndex) ?? null);
      return section.parts
        .flatMap((part) => lines(part.content))
        .map((text) => ({ date: section.date, text, link }));
    });
}

export function countOf(gathering: ReviewGathering): Record<ReviewPart, number> {
  return {
    wins: gathering.wins.length,
    feedback: gathering.feedback.length,
    growth: gathering.growth.length,
    completedItems: gathering.completedItems.length,
  };
}
