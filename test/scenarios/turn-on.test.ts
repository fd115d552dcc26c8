// Turning Tandem on and off (design.md §4): one calendar trigger, one daily safety net and one
// one-shot per user, never a second copy, all removed when turned off.
import { sampleWorld } from '../../dev/sample-world';
import { Scenario } from '../harness';

const ALICE = 'alice@example.com';

function triggersOf(s: Scenario, email: string) {
  return s.ws.appsScript
    .triggersOf(email)
    .filter((t) => !t.spent)
    .map((t) => `${t.eventType}:${t.handlerFunction}`)
    .sort();
}

describe('turning Tandem on and off', () => {
  const s = new Scenario(sampleWorld());

  it('installs the calendar trigger, the daily safety net and the first one-shot', () => {
    expect(s.enable(ALICE).ok).toBe(true);
    expect(triggersOf(s, ALICE)).toEqual([
      'CLOCK:onScheduledSync',
      'CLOCK:onScheduledSync',
      'ON_EVENT_UPDATED:onCalendarEventUpdated',
    ]);
  });

  it('turning on again adds no second copy of any trigger', () => {
    s.enable(ALICE);
    s.enable(ALICE);
    expect(triggersOf(s, ALICE)).toHaveLength(3);
  });

  it('after syncs, the one-shot is re-armed for the end of the next 1:1, still one of it', () => {
    s.tick('2026-10-20T12:00:00Z');
    expect(triggersOf(s, ALICE)).toHaveLength(3);
    const oneShots = s.ws.appsScript.triggersOf(ALICE).filter((t) => t.at && !t.spent);
    expect(oneShots).toHaveLength(1);
    // Diego's biweekly 1:1 on Wednesday 2026-10-21 11:00–11:45 Paris (09:45Z) ends next.
    expect(Date.parse(oneShots[0]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse('2026-10-21T09:45:00Z'));
    expect(Date.parse(oneShots[0]?.at ?? '')).toBeLessThan(Date.parse('2026-10-21T10:00:00Z'));
  });

  it('turning off removes every Tandem trigger, and nothing runs any more', () => {
    const off = s.runner.run(s.ws, {
      user: ALICE,
      functionName: 'dispatchAction',
      args: [{ commonEventObject: { hostApp: 'CALENDAR', parameters: { action: 'turnOff' } } }],
      kind: 'card',
    });
    expect(off.ok).toBe(true);
    expect(triggersOf(s, ALICE)).toEqual([]);
    expect(s.tick('2026-10-28T12:00:00Z')).toEqual([]);
  });
});
