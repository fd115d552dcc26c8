// One agenda Doc per pair: found before created (the series' private property, its attachments,
// Drive appProperties), created with the agenda header, shared with the other person only, and
// attached to the series.
import { agendaTitle, DOC_MIME_TYPE, docUrl, namesInTitle, planNewAgenda, type Person } from '../core/agenda';
import { pairTag } from '../core/pairs';
import { sectionLabel } from '../core/schedule';
import type { CalendarEvent, DriveFile, Ports } from '../ports';
import { writeWithRevision } from './revision';
import { ApiError } from '../api-error';
import type { PairRecord, Settings } from './state';

/** Drive appProperty on every agenda doc; its value is `pairTag(pairKey)`. */
export const PAIR_PROPERTY = 'tandemPair';
/** Drive appProperty marking every agenda doc, so one listing finds them all. */
export const APP_PROPERTY = 'tandemApp';
export const APP_PROPERTY_VALUE = 'agenda';

/** How a run's DocIndex knows whether today's Drive listing was made, and records one it makes. */
export interface DailyListing {
  /** A listing made earlier today (by any run) stands for today: no second one. */
  readonly listedToday: boolean;
  readonly onListed: () => void;
}

/**
 * Tandem's agenda docs for this user, listed at most once per run (one call instead of one per
 * pair) and, to tell trashed docs apart, once a day: the listing leaves trashed files out.
 */
export class DocIndex {
  private files: DriveFile[] | null = null;
  constructor(
    private readonly ports: Ports,
    private readonly daily: DailyListing | null = null,
  ) {}

  private listed(): DriveFile[] {
    if (!this.files) {
      this.files = this.ports.drive.listAgendaDocs();
      this.daily?.onListed();
    }
    return this.files;
  }

  withTag(tag: string): DriveFile[] {
    return this.listed().filter((f) => f.appProperties?.[PAIR_PROPERTY] === tag && f.trashed !== true);
  }

  /** A file this run made: listed from now on, so its owner's name is known too. */
  add(file: DriveFile): void {
    this.files = [...(this.files ?? []), file];
  }

  /**
   * The user's own name as Drive shows it on the docs they own, from a listing this run already
   * made (never a call of its own): Calendar often leaves the user's name out.
   */
  ownerName(email: string): string | null {
    for (const file of this.files ?? []) {
      const owner = file.owners?.find((o) => o.emailAddress?.toLowerCase() === email);
      if (owner?.displayName) return owner.displayName;
    }
    return null;
  }

  /**
   * Whether the listing (which leaves out trashed files) has this doc. A doc found in a listing
   * made earlier today is taken as still there without listing again (a daily listing tells
   * trashed docs apart); the first doc asked about each day lists, and so does `fresh` (a doc last
   * found missing).
   */
  lists(docId: string, fresh = false): boolean {
    if (!fresh && !this.files && this.daily?.listedToday) return true;
    return this.listed().some((f) => f.id === docId && f.trashed !== true);
  }
}
export const DOC_PROPERTY = 'tandemDocId';
/** Calendar refuses a 26th attachment. */
export const MAX_ATTACHMENTS = 25;

/** The doc id recorded on the series by a Tandem install, or attached to it. */
export function docIdOnSeries(series: CalendarEvent): string | null {
  const recorded =
    series.extendedProperties?.private?.[DOC_PROPERTY] ?? series.extendedProperties?.shared?.[DOC_PROPERTY];
  if (recorded) return recorded;
  return null;
}

/**
 * A doc attached to the series that looks like a Tandem agenda (a Google Doc titled `… · 1:1`):
 * how a guest's install learns the organizer's doc, which drive.file does not let it search for.
 */
export function agendaAttachment(series: CalendarEvent): string | null {
  const attachment = (series.attachments ?? []).find(
    (a) => a.mimeType === DOC_MIME_TYPE && typeof a.fileId === 'string' && / · 1:1$/.test(a.title ?? ''),
  );
  return attachment?.fileId ?? null;
}

/**
 * The trace a guest's Tandem leaves when it makes the pair's doc: a line in the guest's own
 * attendee comment (the one part of a series a guest may change, and the organizer sees). Under
 * drive.file the organizer's Tandem cannot find the guest's doc in Drive, so it reads this instead
 * and waits for the doc rather than making a twin (design.md §2).
 */
const TRACE_LABEL = 'Tandem agenda: ';
const TRACE = /Tandem agenda: https:\/\/docs\.google\.com\/document\/d\/([A-Za-z0-9_-]+)\S*(?: \((.*)\))?$/;

/**
 * The guest's comment with the trace of `docId` (and the doc's title, which names the guest first)
 * added; the person's own words are kept before it.
 * @example traceComment('Running late', 'abc', 'Bob Okafor & Alice Moreau · 1:1')
 * // 'Running late\nTandem agenda: https://docs.google.com/document/d/abc/edit (Bob Okafor & Alice Moreau · 1:1)'
 */
export function traceComment(comment: string | null | undefined, docId: string, title: string): string {
  const line = `${TRACE_LABEL}${docUrl(docId)} (${title})`;
  const kept = (comment ?? '')
    .split('\n')
    .filter((l) => !TRACE.test(l))
    .join('\n')
    .trim();
  return kept ? `${kept}\n${line}` : line;
}

function traceOf(series: CalendarEvent, email: string): RegExpExecArray | null {
  const attendee = (series.attendees ?? []).find((a) => a.email?.toLowerCase() === email.toLowerCase());
  for (const line of (attendee?.comment ?? '').split('\n')) {
    const match = TRACE.exec(line.trim());
    if (match) return match;
  }
  return null;
}

/** The doc another attendee's Tandem made for this series, from their attendee comment. */
export function tracedDoc(series: CalendarEvent, otherEmail: string): string | null {
  return traceOf(series, otherEmail)?.[1] ?? null;
}

/**
 * A person's name as a Tandem title on the series gives it, when Calendar gives none: the title
 * of the attachment (written by the organizer's Tandem, organizer first) or of a guest's trace
 * (written by that guest's Tandem, guest first).
 */
export function nameOnSeries(series: CalendarEvent, email: string): string | null {
  const who = email.toLowerCase();
  const organizer = series.organizer?.email?.toLowerCase();
  const attachment = (series.attachments ?? []).find((a) => a.fileId === agendaAttachment(series));
  const fromAttachment = namesInTitle(attachment?.title);
  if (fromAttachment && organizer) {
    const name = who === organizer ? fromAttachment[0] : fromAttachment[1];
    if (name) return name;
  }
  for (const attendee of series.attendees ?? []) {
    const names = namesInTitle(traceOf(series, attendee.email ?? '')?.[2]);
    if (!names) continue;
    const name = attendee.email?.toLowerCase() === who ? names[0] : names[1];
    if (name) return name;
  }
  return null;
}

/** Looks for the pair's doc a previous run or the other person's install made. */
export function findPairDoc(
  index: DocIndex,
  pairKey: string,
  series: CalendarEvent | null,
): DriveFile | null {
  const onSeries = series ? docIdOnSeries(series) : null;
  const candidates = index.withTag(pairTag(pairKey));
  if (onSeries) {
    const match = candidates.find((f) => f.id === onSeries);
    if (match) return match;
  }
  // Oldest first: if twins ever existed, everyone converges on the same one.
  return candidates.find((f) => f.mimeType === DOC_MIME_TYPE && f.trashed !== true) ?? null;
}

export function peopleOf(user: Person, pair: PairRecord): Person[] {
  return [user, { email: pair.other.email, name: pair.other.name ?? null }];
}

export interface CreatedPairDoc {
  /** The pair with its new doc (and the share, when it went through). */
  readonly pair: PairRecord;
  readonly file: DriveFile;
  /** The user's name as Drive shows them on the file they now own, when Calendar gave none. */
  readonly ownName: string | null;
  /** The share Google refused, reported once the doc exists: it is never tried with anyone else. */
  readonly shareFailure: ApiError | null;
}

/**
 * Creates the doc, shares it, then writes its header and the next meeting's section in one
 * write: sharing first lets Drive name the other person (the permission's displayName), and the
 * new file names its owner, so the header carries names even when Calendar gave only addresses.
 * The Drive name is set again (one call) only when it was made with an address that now has a name.
 */
export function createPairDoc(
  ports: Ports,
  user: Person,
  pair: PairRecord,
  settings: Settings,
  share: (made: PairRecord) => PairRecord,
): CreatedPairDoc {
  const file = ports.drive.createDocument(agendaTitle(peopleOf(user, pair)), {
    [PAIR_PROPERTY]: pairTag(pair.pairKey),
    [APP_PROPERTY]: APP_PROPERTY_VALUE,
  });
  const docId = file.id;
  if (!docId) throw new Error('Drive created a file without an id');
  const ownName =
    user.name ?? file.owners?.find((o) => o.emailAddress?.toLowerCase() === user.email)?.displayName ?? null;
  let made: PairRecord = { ...pair, docId, createdByMe: true };
  let shareFailure: ApiError | null = null;
  try {
    made = share(made);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    shareFailure = e;
  }
  const people = peopleOf({ email: user.email, name: ownName }, made);
  const title = agendaTitle(people);
  // The header and the next meeting's section go in one write.
  const [next, after] = pair.upcoming;
  const firstMeeting = next
    ? {
        date: next.date,
        label: sectionLabel(next.date),
        start: next.start,
        end: next.end,
        ...(after ? { following: { date: after.date, start: after.start, end: after.end } } : {}),
      }
    : undefined;
  // Every Docs write carries a revision (design.md §1), so the blank doc is read once for it: the
  // other person may already open it (it was shared first), and nothing they type is written over.
  const { applied, revisionAfter } = writeWithRevision(ports, docId, (document) =>
    (document.body?.content?.length ?? 0) > 2
      ? []
      : planNewAgenda({
          title,
          people,
          template: settings.template,
          ...(firstMeeting ? { firstMeeting } : {}),
        }),
  );
  if (revisionAfter) made = { ...made, writtenRevision: revisionAfter };
  if (file.name !== title) ports.drive.rename(docId, title);
  if (applied > 0 && firstMeeting) {
    made = { ...made, preparedDate: firstMeeting.date, preparedTemplate: settings.template };
  }
  return { pair: made, file, ownName, shareFailure };
}

type Attachment = NonNullable<CalendarEvent['attachments']>[number];

/**
 * An attachment as a patch may send it: `fileId` is read-only (Calendar derives it from `fileUrl`,
 * https://developers.google.com/workspace/calendar/api/v3/reference/events), so it is left out.
 */
function writable(attachment: Attachment): Attachment {
  const { fileId: _readOnly, ...rest } = attachment;
  return rest;
}

/**
 * The patch that attaches the doc to the series, keeping its other attachments, and records the
 * doc id in the user's private extended properties; null when both are already there.
 */
export function attachmentPatch(series: CalendarEvent, docId: string, title: string): CalendarEvent | null {
  const attachments = series.attachments ?? [];
  const attached = attachments.some((a) => a.fileId === docId || (a.fileUrl ?? '').includes(docId));
  const recorded = series.extendedProperties?.private?.[DOC_PROPERTY] === docId;
  if (attached && recorded) return null;
  const patch: CalendarEvent = { extendedProperties: { private: { [DOC_PROPERTY]: docId } } };
  if (!attached && attachments.length < MAX_ATTACHMENTS) {
    patch.attachments = [
      ...attachments.map(writable),
      { fileUrl: docUrl(docId), title, mimeType: DOC_MIME_TYPE },
    ];
  }
  return patch;
}

/** The patch that removes Tandem's attachment of `docId` from a series no longer of that pair. */
export function detachmentPatch(series: CalendarEvent, docId: string): CalendarEvent | null {
  const attachments = series.attachments ?? [];
  const kept = attachments.filter((a) => !(a.fileId === docId || (a.fileUrl ?? '').includes(docId)));
  if (kept.length === attachments.length && series.extendedProperties?.private?.[DOC_PROPERTY] !== docId)
    return null;
  return { attachments: kept.map(writable), extendedProperties: { private: { [DOC_PROPERTY]: '' } } };
}
