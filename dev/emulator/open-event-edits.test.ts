// A card's CalendarEventActionResponse in the emulator: its attachments wait, unsaved, in the
// person's open event. Google: "Changes made by these actions are only saved when the user saves
// the Calendar event itself." (developers.google.com/workspace/add-ons/calendar/calendar-actions)
import { attachmentsOfResponse, OpenEventEdits } from './open-event-edits';
import { Workspace } from './workspace';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const AGENDA = {
  resourceUrl: 'https://docs.google.com/document/d/agenda1/edit',
  title: 'Alice & Bob · 1:1',
  mimeType: 'application/vnd.google-apps.document',
};
const RESPONSE = {
  hostAppAction: { calendarAction: { addAttachmentsActionMarkup: { addonAttachments: [AGENDA] } } },
};
const FIRST = 'bob1on1_20261124T090000Z';

function workspace(): Workspace {
  return Workspace.fromWorld({
    now: '2026-11-23T08:00:00Z',
    users: [
      { email: ALICE, name: 'Alice', timeZone: 'Europe/Paris' },
      { email: BOB, name: 'Bob', timeZone: 'Europe/Paris' },
    ],
    calendars: {
      [ALICE]: {
        events: [
          {
            id: 'bob1on1',
            summary: 'Alice / Bob',
            start: { dateTime: '2026-11-24T10:00:00+01:00', timeZone: 'Europe/Paris' },
            end: { dateTime: '2026-11-24T10:30:00+01:00', timeZone: 'Europe/Paris' },
            recurrence: ['RRULE:FREQ=WEEKLY'],
            attendees: [{ email: ALICE }, { email: BOB }],
          },
        ],
      },
    },
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  });
}

const attachmentsOf = (ws: Workspace, user = ALICE) =>
  (ws.calendar.service(ws.personContext(user)).Events.get('primary', 'bob1on1').attachments ?? []).map(
    (a) => a.fileUrl,
  );

describe('attachmentsOfResponse', () => {
  it('reads the attachments of a CalendarEventActionResponse', () => {
    expect(attachmentsOfResponse(RESPONSE)).toEqual([AGENDA]);
  });

  it.each([null, 'x', { action: { navigations: [] } }, { hostAppAction: { editorAction: {} } }])(
    'finds none in %p',
    (response) => expect(attachmentsOfResponse(response)).toEqual([]),
  );
});

describe('when a card adds an attachment to the open event', () => {
  it('the event shows it unsaved, and Calendar has not stored it', () => {
    const ws = workspace();
    ws.openEvents.hold(ALICE, FIRST, attachmentsOfResponse(RESPONSE));
    expect(ws.openEvents.pending(ALICE, FIRST)).toEqual([AGENDA]);
    expect(ws.openEvents.pending(BOB, FIRST)).toEqual([]);
    expect(attachmentsOf(ws)).toEqual([]);
    expect(attachmentsOf(ws, BOB)).toEqual([]);
  });

  it('closing the event without saving drops it', () => {
    const ws = workspace();
    ws.openEvents.hold(ALICE, FIRST, [AGENDA]);
    ws.openEvents.discard(ALICE, FIRST);
    expect(ws.openEvents.pending(ALICE, FIRST)).toEqual([]);
    expect(ws.openEvents.save(ws, ALICE, FIRST)).toEqual([]);
    expect(attachmentsOf(ws)).toEqual([]);
  });

  it('saving writes it to the series as the person, once, visible to the guest', () => {
    const ws = workspace();
    ws.openEvents.hold(ALICE, FIRST, [AGENDA]);
    expect(ws.openEvents.save(ws, ALICE, FIRST)).toEqual([AGENDA.title]);
    expect(attachmentsOf(ws)).toEqual([AGENDA.resourceUrl]);
    expect(attachmentsOf(ws, BOB)).toEqual([AGENDA.resourceUrl]);
    expect(ws.openEvents.pending(ALICE, FIRST)).toEqual([]);
    // The same doc again, under another URL form: nothing to add.
    ws.openEvents.hold(ALICE, FIRST, [
      { ...AGENDA, resourceUrl: 'https://docs.google.com/document/d/agenda1/view' },
    ]);
    expect(ws.openEvents.save(ws, ALICE, FIRST)).toEqual([]);
    expect(attachmentsOf(ws)).toEqual([AGENDA.resourceUrl]);
  });

  it('a person’s save is not Tandem’s call: the ledger counts nothing', () => {
    const ws = workspace();
    ws.openEvents.hold(ALICE, FIRST, [AGENDA]);
    ws.openEvents.save(ws, ALICE, FIRST);
    expect(ws.ledger.total).toEqual({});
  });

  it('when Calendar refuses the save, the change stays unsaved', () => {
    const ws = workspace();
    ws.openEvents.hold(ALICE, 'nosuchevent1', [AGENDA]);
    expect(() => ws.openEvents.save(ws, ALICE, 'nosuchevent1')).toThrow(/Not Found/);
    expect(ws.openEvents.pending(ALICE, 'nosuchevent1')).toEqual([AGENDA]);
  });

  it('an unsaved change lives in the open editor only: the world file does not keep it', () => {
    const ws = workspace();
    ws.openEvents.hold(ALICE, FIRST, [AGENDA]);
    const again = Workspace.fromWorld(ws.toWorld());
    expect(again.openEvents.pending(ALICE, FIRST)).toEqual([]);
    expect(JSON.stringify(ws.toWorld())).not.toContain('agenda1');
  });

  it('edits are kept per person and per event', () => {
    const edits = new OpenEventEdits();
    edits.hold(ALICE, FIRST, [AGENDA]);
    edits.hold('ALICE@example.com', FIRST, [AGENDA]);
    expect(edits.pending(ALICE, FIRST)).toHaveLength(2);
    expect(edits.pending(ALICE, 'bob1on1')).toEqual([]);
  });
});
