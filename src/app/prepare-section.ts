// Per pair: write the section for the next meeting into the pair's doc, open items carried, with
// revision control — or, when nobody edited the doc since, plan the write after it ahead (design.md §4).
import { agendaTitle, parseAgenda, planPairDoc, planRetitle, type Agenda, type Person } from '../core/agenda';
import type { Document, Ports } from '../ports';
import { ApiError } from '../api-error';
import { nextOpenItems } from './cards/open-items';
import { peopleOf } from './pair-doc';
import { maintains, pastHeld } from './prepare';
import { agendaSummary } from './reminder/summary';
import { writePlanned, writeWithRevision } from './revision';
import type { AgendaSummary, PairRecord, PlannedSection, Settings } from './state';

/** What a plan made ahead assumes: the doc, the meetings, the template and the names it was made for. */
function planKey(pair: PairRecord, people: Person[], settings: Settings): string {
  return JSON.stringify([
    pair.docId,
    pair.upcoming.slice(0, 2),
    pair.preparedDate ?? null,
    pair.preparedTemplate ?? null,
    pair.lastHeld?.date ?? null,
    settings.template,
    people,
  ]);
}

/** A plan made ahead is kept in the pair record only up to this size; a bigger one is planned after. */
export const MAX_PLAN_CHARS = 6000;

/**
 * The write for the section after `pair`'s next meeting, planned from the doc as read now — when
 * nobody edited it since Tandem's last write, as then nobody is likely to before the next run. After
 * that meeting the write goes at this revision without a read; a person's edit in between makes
 * Google refuse it, and Tandem reads and plans again (revision.ts writePlanned).
 */
function planAhead(
  document: Document,
  agenda: Agenda,
  pair: PairRecord,
  people: Person[],
  settings: Settings,
): PlannedSection | undefined {
  const next = pair.upcoming[0];
  const revisionId = document.revisionId;
  if (!next || !revisionId || revisionId !== pair.writtenRevision) return undefined;
  const after = pastHeld(pair, new Date(next.end));
  const planned = planPairDoc(document, after, people, settings.template, new Date(next.end));
  const retitle = planRetitle(document, people, after.preparedTemplate ?? settings.template);
  const requests = [...planned.requests, ...retitle];
  if (requests.length === 0) return undefined;
  const preparedTemplate = planned.preparedTemplate ?? after.preparedTemplate ?? settings.template;
  const plan: PlannedSection = {
    key: planKey(after, people, settings),
    revisionId,
    requests,
    ...(planned.preparedDate ? { preparedDate: planned.preparedDate, preparedTemplate } : {}),
    ...(retitle.length > 0 ? { rename: agendaTitle(people) } : {}),
    openItems: nextOpenItems(agenda, planned.preparedDate ?? null, people).length,
    ...summaryAhead(agenda, planned.preparedDate, people),
  };
  return JSON.stringify(plan).length <= MAX_PLAN_CHARS ? plan : undefined;
}

/** A summary kept for the reminder only up to this size; a bigger one is read again by the reminder. */
export const MAX_SUMMARY_CHARS = 2000;

/** What the reminder lists of the section dated `date` in `agenda`, when it fits the size kept. */
function cappedSummary(
  agenda: Agenda,
  date: string,
  people: Person[],
): Omit<AgendaSummary, 'at'> | undefined {
  const summary = { date, ...agendaSummary(agenda, date, people) };
  return JSON.stringify(summary).length <= MAX_SUMMARY_CHARS ? summary : undefined;
}

/**
 * What the reminder lists of the section dated `date`, once the write planned from `agenda` (the
 * doc as read) is made — known only when that write makes the section anew (the items it carries,
 * no topics yet): a merge into a section already there changes what it lists.
 */
function summaryAhead(
  agenda: Agenda,
  date: string | undefined,
  people: Person[],
): { summary?: Omit<AgendaSummary, 'at'> } {
  if (!date || agenda.sections.some((s) => s.date === date)) return {};
  const summary = cappedSummary(agenda, date, people);
  return summary ? { summary } : {};
}

/**
 * What the reminder lists of the next section after this run: from the doc as read when nothing was
 * written, or when the write made that section anew; otherwise (a merge) nothing is kept.
 */
function summaryAfter(
  agenda: Agenda,
  applied: number,
  date: string | undefined,
  people: Person[],
  now: Date,
): AgendaSummary | undefined {
  if (!date) return undefined;
  const summary =
    applied > 0 ? summaryAhead(agenda, date, people).summary : cappedSummary(agenda, date, people);
  return summary ? { ...summary, at: now.getTime() } : undefined;
}

/** Writes the next section (or the merge) into the pair's doc with revision control. */
export function prepareSection(
  ports: Ports,
  pair: PairRecord,
  user: Person,
  settings: Settings,
  now: Date,
  stillListed?: (docId: string) => boolean,
): PairRecord {
  if (!pair.docId || pair.status !== 'active' || !maintains(pair)) return pair;
  const people = peopleOf(user, pair);
  // Google still reads and writes a trashed doc: one the Drive listing no longer shows was trashed
  // (or deleted) by a person. Reported (as missing), never written to, and never replaced unasked.
  // Asked before the doc is read, so a deletion is told apart whether or not Google gives a status.
  if (stillListed && !stillListed(pair.docId))
    throw new ApiError('drive.files.list', {
      code: 404,
      reason: 'trashed',
      message: 'The doc is in the trash',
    });
  const { nextPlan, agendaSeen: _seen, ...rest } = pair;
  const base: PairRecord = rest;
  let preparedDate = pair.preparedDate;
  let preparedTemplate = pair.preparedTemplate;
  let retitled = false;
  const replan = (document: Document) => {
    const planned = planPairDoc(document, base, people, settings.template, now);
    preparedDate = planned.preparedDate;
    if (planned.preparedTemplate) preparedTemplate = planned.preparedTemplate;
    // The title sits above every other edit, so its rewrite goes last and leaves their indices be.
    const retitle = planRetitle(document, people, pair.preparedTemplate ?? settings.template);
    retitled = retitle.length > 0;
    return [...planned.requests, ...retitle];
  };
  const result: PairRecord = { ...base };
  let openItems: number;
  let read: { document: Document; agenda: Agenda } | null = null;
  let seen: AgendaSummary | undefined;
  const ahead = nextPlan && nextPlan.key === planKey(base, people, settings) ? nextPlan : undefined;
  const outcome = ahead
    ? writePlanned(ports, pair.docId, ahead, replan)
    : { ...writeWithRevision(ports, pair.docId, replan), planned: false as const };
  if (ahead && outcome.planned) {
    preparedDate = ahead.preparedDate;
    preparedTemplate = ahead.preparedTemplate;
    retitled = ahead.rename !== undefined;
    openItems = ahead.openItems;
    if (ahead.summary) seen = { ...ahead.summary, at: now.getTime() };
  } else {
    // The doc as read (before this run's write), parsed once for all that follows.
    read = { document: outcome.document, agenda: parseAgenda(outcome.document, people) };
    openItems = nextOpenItems(read.agenda, preparedDate ?? null, people).length;
    seen = summaryAfter(read.agenda, outcome.applied, preparedDate, people, now);
  }
  // Kept for the reminder to prepare, which then need not read the doc again the same day.
  if (seen) result.agendaSeen = seen;
  const revisionAfter = outcome.revisionAfter;
  if (retitled) ports.drive.rename(pair.docId, agendaTitle(people));
  if (preparedDate) result.preparedDate = preparedDate;
  else delete result.preparedDate;
  // A section found already written (by a run cut short) was written with today's template.
  if (preparedDate) result.preparedTemplate = preparedTemplate ?? settings.template;
  else delete result.preparedTemplate;
  if (outcome.applied > 0) {
    if (revisionAfter) result.writtenRevision = revisionAfter;
    else delete result.writtenRevision;
  }
  // Read before the meeting, unwritten since Tandem's last write: the write after it is planned now.
  if (read && outcome.applied === 0 && pair.upcoming[0] && now.getTime() < pair.upcoming[0].start) {
    const plan = planAhead(read.document, read.agenda, result, people, settings);
    if (plan) result.nextPlan = plan;
  }
  // The homepage shows each pair's open items as of the last read: the sync's read counts too.
  if (pair.seen?.openItems !== openItems) result.seen = { ...pair.seen, at: now.getTime(), openItems };
  return result;
}
