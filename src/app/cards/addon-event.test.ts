import { formText, readAddonEvent } from './addon-event';

// Event object shape: developers.google.com/workspace/add-ons/concepts/event-objects
// (commonEventObject.parameters / formInputs[name].stringInputs.value / dateInput.msSinceEpoch,
// calendar.calendarId / id / recurringEventId / capabilities.canAddAttachments,
// docs.addonHasFileScopePermission).
describe('readAddonEvent', () => {
  it('reads the common part, the open event and form values', () => {
    const context = readAddonEvent({
      commonEventObject: {
        userLocale: 'fr',
        timeZone: { id: 'Europe/Paris', offset: 3600000 },
        parameters: { action: 'addQuestion', pairKey: 'a b' },
        formInputs: {
          template: { stringInputs: { value: ['Check-in\nWins'] } },
          start: { dateInput: { msSinceEpoch: '1792368000000' } },
        },
      },
      calendar: {
        calendarId: 'c_team@group.calendar.google.com',
        id: 'abc_20261020T080000Z',
        recurringEventId: 'abc',
        organizer: { email: 'alice@example.com' },
        attendees: [{ email: 'alice@example.com' }, { nope: true }],
        capabilities: { canAddAttachments: true },
      },
    });
    expect(context.timeZone).toBe('Europe/Paris');
    expect(context.locale).toBe('fr');
    expect(context.parameters).toEqual({ action: 'addQuestion', pairKey: 'a b' });
    expect(formText(context, 'template')).toBe('Check-in\nWins');
    expect(context.dates).toEqual({ start: 1792368000000 });
    expect(context.calendar).toEqual({
      eventId: 'abc_20261020T080000Z',
      calendarId: 'c_team@group.calendar.google.com',
      recurringEventId: 'abc',
      organizerEmail: 'alice@example.com',
      attendees: [{ email: 'alice@example.com' }],
      canAddAttachments: true,
    });
    expect(context.docs).toBeNull();
  });

  it('reads the open event of the primary calendar as "primary" when the event object names none', () => {
    const context = readAddonEvent({ calendar: { id: 'abc', organizer: { email: 'alice@example.com' } } });
    expect(context.calendar?.calendarId).toBe('primary');
  });

  it('reads whether Docs granted file access', () => {
    expect(readAddonEvent({ docs: { addonHasFileScopePermission: false } }).docs).toEqual({
      id: null,
      hasFileScope: false,
    });
    expect(readAddonEvent({ docs: { id: 'd1', addonHasFileScopePermission: true } }).docs).toEqual({
      id: 'd1',
      hasFileScope: true,
    });
  });

  describe('edge cases', () => {
    it.each([undefined, null, 42, 'x', [], { commonEventObject: 'x', calendar: { id: 5 }, docs: [] }])(
      'reads %p as an event with nothing in it',
      (raw) => {
        const context = readAddonEvent(raw);
        expect(context.parameters).toEqual({});
        expect(context.calendar).toBeNull();
        expect(formText(context, 'anything')).toBe('');
      },
    );

    it('drops parameters that are not strings and dates that are not numbers', () => {
      const context = readAddonEvent({
        commonEventObject: {
          parameters: { action: 'refresh', bad: 3 },
          formInputs: { end: { dateInput: { msSinceEpoch: 'soon' } } },
        },
      });
      expect(context.parameters).toEqual({ action: 'refresh' });
      expect(context.dates).toEqual({});
    });
  });
});
