// One agenda Doc per pair: found before created (the series' private property, its attachments,
// Drive appProperties), created with the agenda header, shared with the other person only, and
// attached to the series.
import { agendaTitle, planNewAgenda, type Person } from '../core/agenda';
import { pairTag } from '../core/pairs';
import { sectionLabel } from '../core/schedule';
import type { CalendarEvent, DriveFile, Ports } from '../ports';
import { writeWithRevision } from './revision';
import type { PairRecord, Settings } from './state';

/** Drive appProperty on every agenda doc; its value is `pairTag(pairKey)`. */
export const PAIR_PROPERTY = 'tandemPair';
/** Drive appProperty marking every agenda doc, so one listing finds them all. */
export const APP_PROPERTY = 'tandemApp';
export const APP_PROPERTY_VALUE = 'agenda';

/** Tandem's agenda docs for this user, listed once per run (one call instead of one per pair). */
export class DocIndex {
  private files: DriveFile[] | null = null;
  constructor(private readonly ports: Ports) {}

  withTag(tag: string): DriveFile[] {
    this.files ??= this.ports.drive.listAgendaDocs();
    return this.files.filter((f) => f.appProperties?.[PAIR_PROPERTY] === tag && f.trashed !== true);
  }

  /** Whether the listing (which leaves out trashed files) has this doc. */
  lists(docId: string): boolean {
    this.files ??= this.ports.drive.listAgendaDocs();
    return this.files.some((f) => f.id === docId && f.trashed !== true);
  }
}
export const DOC_PROPERTY = 'tandemDocId';
const DOC_MIME_TYPE = 'application/vnd.google-apps.document';
/** Calendar refuses a 26th attachment. */
export const MAX_ATTACHMENTS = 25;

export function docUrl(docId: string): string {
  return `https://docs.google.com/document/d/${docId}/edit`;
}

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

/** Creates the doc and writes its header (sharing is a separate step). Returns the file id. */
export function createPairDoc(
  ports: Ports,
  user: Person,
  pair: PairRecord,
  settings: Settings,
): { docId: string; preparedDate?: string } {
  const people = peopleOf(user, pair);
  const file = ports.drive.createDocument(agendaTitle(people), {
    [PAIR_PROPERTY]: pairTag(pair.pairKey),
    [APP_PROPERTY]: APP_PROPERTY_VALUE,
  });
  const docId = file.id;
  if (!docId) throw new Error('Drive created a file without an id');
  // The header and the next meeting's section go in one write.
  const next = pair.upcoming[0];
  const firstMeeting = next ? { date: next.date, label: sectionLabel(next.date) } : undefined;
  const { applied } = writeWithRevision(ports, docId, (document) =>
    (document.body?.content?.length ?? 0) > 2
      ? []
      : planNewAgenda({
          title: agendaTitle(people),
          people,
          template: settings.template,
          ...(firstMeeting ? { firstMeeting } : {}),
        }),
  );
  return { docId, ...(applied > 0 && firstMeeting ? { preparedDate: firstMeeting.date } : {}) };
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
      ...attachments,
      { fileUrl: docUrl(docId), fileId: docId, title, mimeType: DOC_MIME_TYPE },
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
  return { attachments: kept, extendedProperties: { private: { [DOC_PROPERTY]: '' } } };
}
