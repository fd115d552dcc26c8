// Calendar API v3 contract, part two: what Tandem writes on a 1:1 series — the agenda doc as an
// attachment (supportsAttachments), its id in private extended properties (per calendar) — what a
// guest sees of it, and the errors for events that do not exist or are gone.
import type { CalendarEvent, DriveFile, TargetCapabilities } from '../../dev/contract/clients';
import { failureOf, GOOGLE_DOC_MIME_TYPE } from '../../dev/contract/clients';
import { QUIET, type SuiteContext } from './harness';

const DOC_PROPERTY = 'tandemDocId'; // src/app/pair-doc.ts

function weekly(day: string, extra: CalendarEvent = {}): CalendarEvent {
  return {
    start: { dateTime: `2027-04-${day}T14:00:00`, timeZone: 'Europe/Paris' },
    end: { dateTime: `2027-04-${day}T14:30:00`, timeZone: 'Europe/Paris' },
    recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'],
    ...extra,
  };
}

const idOf = (event: CalendarEvent): string => event.id ?? '';

export function calendarSeriesContract(suite: SuiteContext, capabilities: TargetCapabilities): void {
  attachmentContract(suite);
  privatePropertyContract(suite);
  if (capabilities.actAsOther) guestContract(suite);
  errorContract(suite);
}

function attachmentContract(suite: SuiteContext): void {
  describe('when the agenda doc is attached to a series', () => {
    let doc: DriveFile;
    let series: CalendarEvent;
    const attachment = () => ({
      fileUrl: doc.webViewLink ?? '',
      title: suite.scratch.label('agenda · 1:1'),
      mimeType: GOOGLE_DOC_MIME_TYPE,
    });
    beforeAll(async () => {
      doc = await suite.createDoc('attached agenda');
      series = await suite.insertEvent('attachment series', weekly('05'));
    });

    it('ignores attachments unless supportsAttachments is set', async () => {
      // "supportsAttachments: Whether API client performing operation supports event attachments."
      // https://developers.google.com/calendar/api/v3/reference/events/patch
      const calendar = suite.target.clients.calendar;
      await calendar.patch('primary', idOf(series), { attachments: [attachment()] }, QUIET);
      expect((await calendar.get('primary', idOf(series))).attachments ?? []).toEqual([]);
    });

    it('stores the attachment with supportsAttachments and fills in the Drive file id', async () => {
      // attachments[].fileId: "For Google Drive files, this is the ID of the corresponding Files
      // resource entry in the Drive API." https://developers.google.com/calendar/api/v3/reference/events
      // Tandem's guest install reads it (agendaAttachment in src/app/pair-doc.ts).
      const calendar = suite.target.clients.calendar;
      await calendar.patch(
        'primary',
        idOf(series),
        { attachments: [attachment()] },
        { ...QUIET, supportsAttachments: true },
      );
      const stored = await calendar.get('primary', idOf(series));
      expect(stored.attachments).toHaveLength(1);
      expect(stored.attachments?.[0]).toMatchObject({
        fileId: doc.id,
        title: attachment().title,
        mimeType: GOOGLE_DOC_MIME_TYPE,
      });
    });

    it('keeps the attachment when a later patch with supportsAttachments leaves it out', async () => {
      // Patch: "Fields that you don't specify in the request remain unchanged."
      // https://developers.google.com/calendar/api/v3/reference/events/patch
      const calendar = suite.target.clients.calendar;
      await calendar.patch(
        'primary',
        idOf(series),
        { extendedProperties: { private: { [DOC_PROPERTY]: doc.id ?? '' } } },
        { ...QUIET, supportsAttachments: true },
      );
      const stored = await calendar.get('primary', idOf(series));
      expect(stored.attachments?.map((a) => a.fileId)).toEqual([doc.id]);
    });

    it('shows the attachment on every instance of the series', async () => {
      const { items = [] } = await suite.target.clients.calendar.instances('primary', idOf(series), {
        timeMin: '2027-04-01T00:00:00Z',
        timeMax: '2027-05-01T00:00:00Z',
      });
      expect(items).toHaveLength(3);
      for (const instance of items) expect(instance.attachments?.map((a) => a.fileId)).toEqual([doc.id]);
    });
  });
}

function privatePropertyContract(suite: SuiteContext): void {
  describe('when Tandem records its doc id in private extended properties', () => {
    it('merges a patch of one private key with the others', async () => {
      // extendedProperties.private: "Properties that are private to the copy of the event that
      // appears on this calendar." https://developers.google.com/calendar/api/v3/reference/events
      const calendar = suite.target.clients.calendar;
      const series = await suite.insertEvent('merge series', weekly('06'));
      await calendar.patch(
        'primary',
        idOf(series),
        { extendedProperties: { private: { [DOC_PROPERTY]: `${suite.scratch.runId}-merged` } } },
        QUIET,
      );
      const stored = await calendar.get('primary', idOf(series));
      expect(stored.extendedProperties?.private).toEqual({
        ...suite.scratch.eventTag,
        [DOC_PROPERTY]: `${suite.scratch.runId}-merged`,
      });
    });

    it('lists only the series whose private property matches, and its instances with singleEvents', async () => {
      // "privateExtendedProperty: Extended properties constraint specified as propertyName=value.
      // Matches only private properties." https://developers.google.com/calendar/api/v3/reference/events/list
      const calendar = suite.target.clients.calendar;
      const wanted = `${DOC_PROPERTY}=${suite.scratch.runId}-wanted`;
      const series = await suite.insertEvent(
        'filtered series',
        weekly('07', {
          extendedProperties: { private: { [DOC_PROPERTY]: `${suite.scratch.runId}-wanted` } },
        }),
      );
      const other = await suite.insertEvent(
        'unfiltered series',
        weekly('07', { extendedProperties: { private: { [DOC_PROPERTY]: `${suite.scratch.runId}-other` } } }),
      );
      const found = await calendar.list('primary', { privateExtendedProperty: [wanted] });
      expect(found.items?.map(idOf)).toEqual([idOf(series)]);
      expect(found.items?.map(idOf)).not.toContain(idOf(other));
      const instances = await calendar.list('primary', {
        privateExtendedProperty: [wanted],
        singleEvents: true,
        timeMin: '2027-04-01T00:00:00Z',
        timeMax: '2027-05-01T00:00:00Z',
      });
      expect(instances.items?.map((e) => e.recurringEventId)).toEqual([
        idOf(series),
        idOf(series),
        idOf(series),
      ]);
    });
  });
}

function guestContract(suite: SuiteContext): void {
  describe('when the other person is a guest of the series', () => {
    let series: CalendarEvent;
    const organizerValue = () => `${suite.scratch.runId}-organizer`;
    const guestValue = () => `${suite.scratch.runId}-guest`;
    beforeAll(async () => {
      const { user, otherUser } = suite.target;
      series = await suite.insertEvent(
        'guest series',
        weekly('08', {
          attendees: [{ email: user }, { email: otherUser ?? '' }],
          extendedProperties: { private: { [DOC_PROPERTY]: organizerValue() } },
        }),
      );
    });
    const guest = () => {
      const clients = suite.target.otherClients;
      if (!clients) throw new Error('this target cannot act as the other person');
      return clients.calendar;
    };

    it('shows the event in the guest’s calendar under the same id, without the organizer’s private properties', async () => {
      // Private properties belong to "the copy of the event that appears on this calendar":
      // https://developers.google.com/calendar/api/v3/reference/events#extendedProperties
      const seen = await suite.eventually(() => guest().get('primary', idOf(series)));
      expect(seen.organizer?.email?.toLowerCase()).toBe(suite.target.user);
      expect(seen.extendedProperties?.private?.[DOC_PROPERTY]).toBeUndefined();
    });

    it('keeps the guest’s own private property out of the organizer’s calendar', async () => {
      await suite.eventually(() => guest().get('primary', idOf(series)));
      await guest().patch(
        'primary',
        idOf(series),
        { extendedProperties: { private: { [DOC_PROPERTY]: guestValue() } } },
        QUIET,
      );
      const mine = await suite.target.clients.calendar.get('primary', idOf(series));
      expect(mine.extendedProperties?.private?.[DOC_PROPERTY]).toBe(organizerValue());
      const theirs = await guest().get('primary', idOf(series));
      expect(theirs.extendedProperties?.private?.[DOC_PROPERTY]).toBe(guestValue());
      const filter = { privateExtendedProperty: [`${DOC_PROPERTY}=${guestValue()}`] };
      expect((await guest().list('primary', filter)).items?.map(idOf)).toEqual([idOf(series)]);
      expect((await suite.target.clients.calendar.list('primary', filter)).items).toEqual([]);
    });
  });
}

function errorContract(suite: SuiteContext): void {
  describe('when an event does not exist or is already deleted', () => {
    it('answers 404 notFound for an id nobody used', async () => {
      // https://developers.google.com/calendar/api/guides/errors#404_not_found
      const failure = await failureOf(
        suite.target.clients.calendar.get('primary', `${suite.scratch.runId}0nothing0here`),
      );
      expect(failure).toMatchObject({ code: 404, reason: 'notFound' });
    });

    it('answers 410 when an event is deleted twice, and get still returns it as cancelled', async () => {
      // status "cancelled": "The get method always returns them."
      // https://developers.google.com/calendar/api/v3/reference/events#status; deleting it again
      // answers 410 "Resource has been deleted" (seen in https://github.com/derekantrican/GAS-ICS-Sync/issues/472).
      const calendar = suite.target.clients.calendar;
      const event = await suite.insertEvent('deleted twice', {
        start: { dateTime: '2027-04-20T09:00:00Z' },
        end: { dateTime: '2027-04-20T09:30:00Z' },
      });
      await calendar.delete('primary', idOf(event), QUIET);
      expect((await calendar.get('primary', idOf(event))).status).toBe('cancelled');
      expect((await failureOf(calendar.delete('primary', idOf(event), QUIET))).code).toBe(410);
    });
  });
}
