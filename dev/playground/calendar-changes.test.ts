// A person's calendar changes in the playground, applied to the Calendar emulator: the series and
// occurrences read back as Google would show them afterwards.
import { Workspace } from '../emulator/workspace';
import { sampleWorld } from '../sample-world';
import {
  addAttachments,
  addAttendee,
  CalendarChangeError,
  cancelOccurrence,
  moveOccurrence,
  replaceAttendee,
} from './calendar-changes';

const ALICE = 'alice@example.com';
const FIRST = 'bob1on1_20261020T080000Z';
const DOC_URL = 'https://docs.google.com/document/d/agenda1doc0001/edit';

function setup() {
  const ws = Workspace.fromWorld(sampleWorld());
  const calendar = ws.calendar.service(ws.personContext(ALICE));
  return { ws, get: (id: string) => calendar.Events.get('primary', id) };
}

describe('when the organizer moves or cancels one occurrence', () => {
  it('moves it to the new local time, keeping its 30 minutes', () => {
    const { ws, get } = setup();
    moveOccurrence(ws, ALICE, FIRST, '2026-10-21T15:00');
    expect(Date.parse(get(FIRST).start?.dateTime ?? '')).toBe(Date.parse('2026-10-21T13:00:00Z'));
    expect(Date.parse(get(FIRST).end?.dateTime ?? '')).toBe(Date.parse('2026-10-21T13:30:00Z'));
  });

  it('cancels only that occurrence', () => {
    const { ws, get } = setup();
    cancelOccurrence(ws, ALICE, FIRST);
    expect(get(FIRST).status).toBe('cancelled');
    expect(get('bob1on1_20261027T090000Z').status).toBe('confirmed');
  });
});

describe('when the organizer changes the guests of the series', () => {
  it('adds a third guest to the whole series', () => {
    const { ws, get } = setup();
    addAttendee(ws, ALICE, FIRST, 'Chloe@Example.com');
    expect(get('bob1on1').attendees?.map((a) => a.email)).toEqual([
      ALICE,
      'bob@example.com',
      'chloe@example.com',
    ]);
    expect(get('bob1on1_20261027T090000Z').attendees).toHaveLength(3);
  });

  it('replaces the report with someone else', () => {
    const { ws, get } = setup();
    replaceAttendee(ws, ALICE, FIRST, 'bob@example.com', 'emma@example.com');
    expect(get('bob1on1').attendees?.map((a) => [a.email, a.displayName])).toEqual([
      [ALICE, 'Alice Moreau'],
      ['emma@example.com', 'Emma Lindqvist'],
    ]);
  });
});

describe('when an add-on asks Calendar to attach a file', () => {
  it('attaches it to the series, once, keeping what was there', () => {
    const { ws, get } = setup();
    const attachment = {
      resourceUrl: DOC_URL,
      title: 'Agenda',
      mimeType: 'application/vnd.google-apps.document',
    };
    expect(addAttachments(ws, ALICE, FIRST, [attachment])).toEqual(['Agenda']);
    expect(addAttachments(ws, ALICE, FIRST, [attachment])).toEqual([]);
    const sameDocOtherUrl = {
      resourceUrl: 'https://docs.google.com/document/d/agenda1doc0001/view',
      title: 'Agenda',
    };
    expect(addAttachments(ws, ALICE, FIRST, [sameDocOtherUrl])).toEqual([]);
    const attachments = get('bob1on1').attachments ?? [];
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ fileUrl: DOC_URL, title: 'Agenda', fileId: 'agenda1doc0001' });
  });
});

describe('edge cases', () => {
  it('refuses to move an all-day event, or to a time that does not exist', () => {
    const { ws } = setup();
    expect(() => moveOccurrence(ws, ALICE, 'offsite2026', '2026-11-06T10:00')).toThrow(CalendarChangeError);
    expect(() => moveOccurrence(ws, ALICE, FIRST, '2026-10-21T25:00')).toThrow(/YYYY-MM-DDTHH:MM/);
  });

  it('moves into the daylight-saving week at the same wall-clock time', () => {
    const { ws, get } = setup();
    moveOccurrence(ws, ALICE, FIRST, '2026-10-26T10:00');
    // Monday 26 October is on winter time in Paris (UTC+1).
    expect(Date.parse(get(FIRST).start?.dateTime ?? '')).toBe(Date.parse('2026-10-26T09:00:00Z'));
  });

  it('refuses to replace someone who is not a guest', () => {
    const { ws } = setup();
    expect(() => replaceAttendee(ws, ALICE, FIRST, 'diego@example.com', 'emma@example.com')).toThrow(
      'diego@example.com is not a guest of this event',
    );
  });
});
