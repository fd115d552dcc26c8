// What Calendar does with a card's CalendarEventActionResponse: its attachments join the person's
// open event as an unsaved change, kept only if that person then saves the event (design.md §4).
// Google: "Changes made by these actions are only saved when the user saves the Calendar event
// itself." (developers.google.com/workspace/add-ons/calendar/calendar-actions)
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { docIdOfUrl } from './doc-links';
import type { Workspace } from './workspace';

type Attachment = calendar_v3.Schema$EventAttachment;

/** An add-on attachment as Calendar's add-on response markup carries it. */
export interface AddonAttachment {
  resourceUrl: string;
  title?: string;
  mimeType?: string;
  iconUrl?: string;
}

interface ActionResponseJson {
  hostAppAction?: { calendarAction?: { addAttachmentsActionMarkup?: { addonAttachments?: unknown } } };
}

function isAddonAttachment(value: unknown): value is AddonAttachment {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { resourceUrl?: unknown }).resourceUrl === 'string'
  );
}

/**
 * The attachments an action response asks Calendar to add to the open event; [] for any other response.
 * @example attachmentsOfResponse({ action: { navigations: [] } }) // []
 */
export function attachmentsOfResponse(response: unknown): AddonAttachment[] {
  const markup = (response as ActionResponseJson | null)?.hostAppAction?.calendarAction
    ?.addAttachmentsActionMarkup?.addonAttachments;
  return Array.isArray(markup) ? markup.filter(isAddonAttachment) : [];
}

/** The open event of each person (by event id) and the attachments added to it but not saved yet. */
export class OpenEventEdits {
  readonly #pending = new Map<string, AddonAttachment[]>();

  static #key(user: string, eventId: string): string {
    return `${user.toLowerCase()} ${eventId}`;
  }

  /** Calendar shows the attachments in the person's open event, unsaved. */
  hold(user: string, eventId: string, attachments: AddonAttachment[]): void {
    if (attachments.length === 0) return;
    const key = OpenEventEdits.#key(user, eventId);
    this.#pending.set(key, [...(this.#pending.get(key) ?? []), ...attachments]);
  }

  /** What the person's open event shows that is not saved yet. */
  pending(user: string, eventId: string): AddonAttachment[] {
    return [...(this.#pending.get(OpenEventEdits.#key(user, eventId)) ?? [])];
  }

  /** The person closed the event without saving: the attachments are gone. */
  discard(user: string, eventId: string): void {
    this.#pending.delete(OpenEventEdits.#key(user, eventId));
  }

  /**
   * The person presses Save: the held attachments are written as that person (the whole series,
   * as one saves a 1:1's agenda). Returns the titles added. When Calendar refuses, it throws and
   * the change stays unsaved, as the editor stays open.
   */
  save(ws: Workspace, user: string, eventId: string): string[] {
    const held = this.pending(user, eventId);
    const added = held.length > 0 ? addAttachments(ws, user, eventId, held) : [];
    this.discard(user, eventId);
    return added;
  }
}

function seriesOf(ws: Workspace, user: string, eventId: string): calendar_v3.Schema$Event {
  const calendar = ws.calendar.service(ws.personContext(user));
  const event = calendar.Events.get('primary', eventId);
  return event.recurringEventId ? calendar.Events.get('primary', event.recurringEventId) : event;
}

/**
 * Saves attachments into the series of `eventId` as the person would in Calendar's editor:
 * existing ones kept, the same file never twice. Returns the titles added.
 */
export function addAttachments(
  ws: Workspace,
  user: string,
  eventId: string,
  attachments: AddonAttachment[],
): string[] {
  const series = seriesOf(ws, user, eventId);
  const existing = series.attachments ?? [];
  const added: Attachment[] = [];
  // The same file may already be there under another URL form (…/edit, …/view): compare file ids too.
  const sameFile = (e: Attachment, url: string, fileId: string | null) =>
    e.fileUrl === url || (fileId !== null && (e.fileId === fileId || docIdOfUrl(e.fileUrl ?? '') === fileId));
  for (const a of attachments) {
    const fileId = docIdOfUrl(a.resourceUrl);
    if ([...existing, ...added].some((e) => sameFile(e, a.resourceUrl, fileId))) continue;
    added.push({
      fileUrl: a.resourceUrl,
      title: a.title ?? a.resourceUrl,
      ...(a.mimeType ? { mimeType: a.mimeType } : {}),
      ...(a.iconUrl ? { iconLink: a.iconUrl } : {}),
      ...(fileId ? { fileId } : {}),
    });
  }
  if (added.length > 0) {
    ws.calendar
      .service(ws.personContext(user))
      .Events.patch({ attachments: [...existing, ...added] }, 'primary', series.id ?? '', {
        supportsAttachments: true,
      });
  }
  return added.map((a) => a.title ?? '');
}
