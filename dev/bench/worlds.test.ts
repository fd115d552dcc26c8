// The generated worlds: P weekly 1:1s among 200 events that are not 1:1s, in Paris, and the
// order in which the week's 1:1s end (the "K meetings ended" scenarios rely on it).
import { classifyEvent } from '../../src/core/pairs';
import { Workspace } from '../emulator/workspace';
import { kthMeetingEnd } from './scenarios';
import { MANAGER, OTHER_EVENTS, managerWorld, pairSlot, report } from './worlds';

describe('when a manager world is generated', () => {
  const world = managerWorld({ pairs: 40 });
  const events = [
    ...world.calendars[MANAGER.email]!.events,
    ...world.calendars['director@example.com']!.events,
  ];

  it('holds the 40 weekly 1:1s and exactly 200 other events', () => {
    expect(events).toHaveLength(40 + OTHER_EVENTS);
  });

  it('only the pair series are 1:1s of the manager', () => {
    const oneOnOnes = events.filter((e) => classifyEvent(e, MANAGER.email).kind === 'oneOnOne');
    expect(oneOnOnes.map((e) => e.id)).toEqual(
      Array.from({ length: 40 }, (_, i) => `pair${String(i).padStart(3, '0')}`),
    );
  });

  it('the emulator accepts it (event ids, times, users)', () => {
    expect(() => Workspace.fromWorld(world)).not.toThrow();
  });

  it('every report is a distinct person', () => {
    expect(new Set(Array.from({ length: 40 }, (_, i) => report(i).email)).size).toBe(40);
  });
});

describe('when the week’s 1:1s end', () => {
  it('no two end at the same time, eight a weekday', () => {
    const slots = Array.from({ length: 40 }, (_, i) => pairSlot(i));
    expect(new Set(slots.map((s) => `${s.weekday} ${s.startMinutes}`)).size).toBe(40);
    expect(slots.filter((s) => s.weekday === 0)).toHaveLength(8);
  });

  it('the first ends Monday 09:30 in Paris and the 40th Friday 13:00 (winter time, UTC+1)', () => {
    expect(new Date(kthMeetingEnd(1)).toISOString()).toBe('2026-11-16T08:30:00.000Z');
    expect(new Date(kthMeetingEnd(9)).toISOString()).toBe('2026-11-17T08:30:00.000Z');
    expect(new Date(kthMeetingEnd(40)).toISOString()).toBe('2026-11-20T12:00:00.000Z');
  });
});

describe('edge cases', () => {
  it.each([0, 41, 2.5])('%p pairs is refused', (pairs) => {
    expect(() => managerWorld({ pairs })).toThrow(/pairs must be/);
  });
});
