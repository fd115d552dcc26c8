// Where a tandem-sim card runs, as Google's host would set it up: the doc a person opens (it must
// exist and be theirs to open), the event a button is pressed on, and whether that event is saved.
import { addonEvent, type AddonEventOptions } from '../emulator/addon-events';
import { GoogleJsonResponseException } from '../emulator/errors';
import type { AddonDriver } from '../driver/driver';
import type { Workspace } from '../emulator/workspace';
import { UsageError } from './args';

/** Checks that `user` can open doc `docId` in Docs at all: an unknown or unshared doc is bad input. */
export function checkDocToOpen(ws: Workspace, user: string, docId: string): void {
  ws.user(user);
  const file = ws.drive.file(docId);
  if (!file || ws.drive.documentJson(docId) === null)
    throw new UsageError(`no document ${docId} in this world`);
  if (file.meta.trashed) throw new UsageError(`document ${docId} is in the trash`);
  if (!ws.drive.filesVisibleTo(user).some((f) => f.id === docId))
    throw new UsageError(`${user} cannot open document ${docId}: it is not shared with them`);
}

/** The event object for a card of `user`, with an unknown event id reported as bad input. */
export function cardEvent(ws: Workspace, options: AddonEventOptions): Record<string, unknown> {
  try {
    return addonEvent(ws, options);
  } catch (e) {
    if (e instanceof GoogleJsonResponseException && options.eventId) {
      throw new UsageError(`no event ${options.eventId} in ${options.user}'s calendar`);
    }
    throw e;
  }
}

/**
 * What Calendar does after a button on the event card answered: attachments from the response wait
 * in the open event, and are kept only if the person saves it (`--save`); otherwise they are gone.
 * Returns a note for the terminal when something was saved or dropped.
 */
export function settleOpenEvent(
  driver: AddonDriver,
  user: string,
  eventId: string | undefined,
  response: unknown,
  save: boolean,
): string | null {
  const attachments = driver.holdAttachments(user, eventId, response);
  if (!eventId || attachments.length === 0) return null;
  const { ws } = driver;
  const titles = attachments.map((a) => a.title ?? a.resourceUrl).join(', ');
  if (!save) {
    ws.openEvents.discard(user, eventId);
    return `the event was not saved, so Calendar kept no attachment (${titles}); pass --save to save it`;
  }
  const added = ws.openEvents.save(ws, user, eventId);
  return added.length > 0 ? `saved the event with ${added.join(', ')}` : `saved the event (already attached)`;
}
