// The add-on event objects (developers.google.com/workspace/add-ons/concepts/event-objects):
// commonEventObject.timeZone carries the user's zone id and its offset from UTC in milliseconds.
import { addonEvent } from './addon-events';
import { Workspace } from './workspace';

function workspaceAt(now: string) {
  return Workspace.fromWorld({
    now,
    users: [{ email: 'alice@example.com', name: 'Alice', timeZone: 'Europe/Paris', locale: 'fr' }],
    calendars: {},
    drive: { files: [] },
    userProperties: {},
    triggers: [],
  });
}

describe('addonEvent', () => {
  it.each([
    ['2026-10-24T12:00:00Z', 2 * 3600_000],
    ['2026-10-26T12:00:00Z', 1 * 3600_000],
  ])('gives the zone offset in force at %s', (now, offset) => {
    const event = addonEvent(workspaceAt(now), { user: 'alice@example.com', hostApp: 'CALENDAR' }) as {
      commonEventObject: { timeZone: { id: string; offset: number }; userLocale: string };
    };
    expect(event.commonEventObject.timeZone).toEqual({ id: 'Europe/Paris', offset });
    expect(event.commonEventObject.userLocale).toBe('fr');
  });

  it('wraps form values as stringInputs, one list per input', () => {
    const event = addonEvent(workspaceAt('2026-11-23T08:00:00Z'), {
      user: 'alice@example.com',
      hostApp: 'DOCS',
      formInputs: { template: 'Check-in', keywords: ['a', 'b'] },
    }) as { commonEventObject: { formInputs: unknown } };
    expect(event.commonEventObject.formInputs).toEqual({
      template: { stringInputs: { value: ['Check-in'] } },
      keywords: { stringInputs: { value: ['a', 'b'] } },
    });
  });
});
