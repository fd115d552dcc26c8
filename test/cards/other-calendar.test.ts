// Events opened from a calendar other than 'primary' (a secondary calendar the user owns): the event
// object names it in `calendar.calendarId`, and the card reads the event there, through the real bundle.
import { addonEvent } from '../../dev/emulator/addon-events';
import type { ExecutionResult } from '../../dev/emulator/runtime';
import type { World } from '../../dev/emulator/world';
import { ENTRY } from '../../dev/driver/entry-points';
import type { Card, RenderActions } from '../../src/ui/card';
import { CardScenario, shownCard, textOf } from './card-harness';
import { ALICE, BOB, CHLOE, cardWorld } from './worlds';

const TEAM = 'c_managers1on1s@group.calendar.google.com';
const TZ = 'Europe/Paris';

/**
 * Alice keeps a secondary calendar; its weekly meeting with Bob and Chloe is organized by that
 * calendar, so it is not in her primary calendar at all.
 */
function worldWithSecondaryCalendar(): World {
  const world = cardWorld();
  world.calendars[TEAM] = {
    owner: ALICE,
    summary: 'Team 1:1s',
    events: [
      {
        id: 'teambob01',
        summary: 'Bob skip-level',
        attendees: [
          { email: BOB, responseStatus: 'accepted' },
          { email: CHLOE, responseStatus: 'accepted' },
        ],
        start: { dateTime: '2026-10-21T11:00:00', timeZone: TZ },
        end: { dateTime: '2026-10-21T11:30:00', timeZone: TZ },
        recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=WE'],
      },
    ],
  };
  return world;
}

function ok(result: ExecutionResult): ExecutionResult {
  if (!result.ok) throw new Error(`card function failed: ${result.error}`);
  return result;
}

describe('when Alice opens an event from her secondary calendar', () => {
  const s = new CardScenario(worldWithSecondaryCalendar());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  const opened = () =>
    addonEvent(s.ws, { user: ALICE, hostApp: 'CALENDAR', eventId: 'teambob01', calendarId: TEAM });

  it('the event object names that calendar, not primary', () => {
    expect((opened() as { calendar: { calendarId: string } }).calendar.calendarId).toBe(TEAM);
  });

  it('the card reads the series from that calendar and says why it is not her 1:1', () => {
    const result = ok(
      s.driver.card(ALICE, ENTRY.calendarEventOpen, { eventId: 'teambob01', calendarId: TEAM }),
    );
    const card = result.value as Card;
    const text = textOf(card);
    expect(text).not.toContain('Something went wrong');
    expect(text).toContain('Bob skip-level');
    expect(text).toContain('it has 3 people'); // the calendar (Alice's), Bob and Chloe
    expect(result.calls).toMatchObject({ 'calendar.events.instances': 1 });
  });

  it('a button on that card reads the same calendar (Create agenda doc finds it is not her 1:1)', () => {
    const pressed = s.driver.click(
      ALICE,
      'createDoc',
      { pairKey: `${ALICE} ${BOB}`, seriesId: 'teambob01' },
      { eventId: 'teambob01', calendarId: TEAM },
    );
    const card = shownCard(ok(pressed).value as RenderActions);
    expect(textOf(card)).toContain('no longer a 1:1 with that person');
    expect(s.ws.drive.filesVisibleTo(ALICE).filter((f) => f.name?.includes('Bob skip-level'))).toEqual([]);
  });

  it('the same 1:1 opened from her primary calendar still reads primary', () => {
    const card = ok(s.driver.openEvent(ALICE, 'bob1on1')).value as Card;
    expect(textOf(card)).toContain('Bob Okafor');
    expect(textOf(card)).not.toContain('Something went wrong');
  });
});
