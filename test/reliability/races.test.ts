// Races: a person typing between Tandem's read and write, the organizer's and the guest's Tandem
// running at once, the calendar trigger firing while the first sync runs in the turn-on card, two
// tabs pressing "Mark done". No twins, no duplicates, no lost edits.
import { sampleWorld } from '../../dev/sample-world';
import { editAs, newLineRequests } from '../../dev/driver/typing';
import { Scenario } from '../harness';
import { referenceAt, runWindow, type Start } from './support/fault-matrix';
import { openItemsBySection, soundness } from './support/invariants';
import { CallTap } from './support/tap';
import {
  advance,
  afterAWeekOfEdits,
  aliceTurnsOn,
  appendToSection,
  calendarTriggerRun,
  click,
  ALICE,
  BOB,
} from './support/worlds';
import { viewOf } from './support/world-view';

const afterMeeting: Start = {
  name: 'the runs after a meeting',
  world: afterAWeekOfEdits(),
  windowEnd: '2026-10-20T09:35:00Z', // Alice's hourly run after Bob's 1:1 (support/worlds.ts)
  retriedBy: '2026-10-20T10:35:00Z',
  nextDay: '2026-10-21T05:00:00Z',
};
const clean = referenceAt(afterMeeting, afterMeeting.retriedBy);

/** The rest of that week: four more meetings end, each next section prepared and items carried. */
const restOfWeek = (() => {
  const s = new Scenario(afterMeeting.world);
  advance(s, afterMeeting.retriedBy);
  return {
    ...afterMeeting,
    name: 'the rest of the week',
    world: s.ws.toWorld(),
    retriedBy: '2026-10-24T00:00:00Z',
  };
})();

/** Tandem's writes to docs that existed at the start (a doc it has just created is known to nobody yet). */
function racedWrites(window: Start): { write: number; window: Start }[] {
  const s = new Scenario(window.world);
  const tap = new CallTap(s.ws);
  advance(s, window.retriedBy);
  const existing = new Set(window.world.drive.files.map((f) => f.id));
  return tap.writeTargets.flatMap((docId, i) => (existing.has(docId) ? [{ write: i + 1, window }] : []));
}
const raced = [...racedWrites(afterMeeting), ...racedWrites(restOfWeek)];

/** A person adds a line just under the doc's title, shifting every index Tandem planned with. */
function typeUnderTheTitle(s: Scenario, docId: string, text: string): void {
  const title = s
    .document(docId)
    .body?.content?.find((e) => e.paragraph?.paragraphStyle?.namedStyleType === 'TITLE');
  const index = (title?.endIndex ?? 2) - 1;
  editAs(s.ws, ALICE, docId, newLineRequests(index, text));
}

describe('when a person edits a doc between Tandem’s read and its write', () => {
  it('the clean runs write to existing docs several times', () =>
    expect(raced.length).toBeGreaterThanOrEqual(5));

  it.each(raced)(
    'in $window.name, at write $write: Tandem re-reads and re-plans, the person’s line is kept once, nothing else changes',
    ({ write, window }) => {
      const s = new Scenario(window.world);
      const tap = new CallTap(s.ws);
      let racedDoc = '';
      tap.raceWrite(write, (docId) => {
        racedDoc = docId;
        typeUnderTheTitle(s, docId, `Typed while Tandem wrote (${write})`);
      });
      const fired = advance(s, window.retriedBy);
      expect(fired.every((f) => f.result.ok)).toBe(true);
      expect(fired.flatMap((f) => f.result.logs).some((l) => l.line.startsWith('revisionConflict'))).toBe(
        true,
      );
      const view = viewOf(s.ws);
      expect(soundness(s.ws, view, tap.shares)).toEqual([]);
      const pairKey =
        Object.entries(view.docs).find(([key]) => s.pairDocs().get(key) === racedDoc)?.[0] ?? '';
      const expected = structuredClone(referenceAt(window, window.retriedBy).view);
      expected.docs[pairKey]?.lines.splice(1, 0, `Typed while Tandem wrote (${write})`);
      expect(view).toEqual(expected);
    },
  );

  it('an item opened at that moment in the meeting that just ended is carried to the next section', () => {
    const s = new Scenario(afterMeeting.world);
    const tap = new CallTap(s.ws);
    const doc = s.docId(ALICE, BOB);
    advance(s, '2026-10-20T08:00:00Z');
    tap.raceNextWrite(() => appendToSection(s, BOB, doc, '2026-10-20', '[ ] Bob: draft the Q4 goals'));
    advance(s, afterMeeting.retriedBy);
    const open = openItemsBySection(s.lines(doc));
    expect(open.get('2026-10-21')).toEqual([
      'Bob: send the design doc to Priya (due 2026-10-23)',
      'Bob: draft the Q4 goals',
    ]);
    expect(soundness(s.ws, viewOf(s.ws), tap.shares)).toEqual([]);
  });
});

describe('when the organizer’s and the guest’s Tandem run at the same moment', () => {
  // Bob (a guest of Alice's 1:1s) runs Tandem; Alice turns it on and her first sync runs in the card.
  const bob = new Scenario(sampleWorld());
  bob.enable(BOB);
  const bothWorld = bob.ws.toWorld();
  const window: Start = {
    ...afterMeeting,
    name: 'Alice’s first sync',
    world: bothWorld,
    act: aliceTurnsOn,
    windowEnd: '2026-10-19T07:05:00Z',
    nextDay: '2026-10-20T05:00:00Z',
  };
  const reference = referenceAt(window, window.nextDay);
  const aliceCalls = reference.methods.length;

  it.each(Array.from({ length: aliceCalls }, (_, i) => ({ call: i + 1 })))(
    'Bob’s whole sync inside Alice’s first sync at call $call: one doc per pair, Bob writes nothing',
    ({ call }) => {
      const s = new Scenario(bothWorld);
      const tap = new CallTap(s.ws);
      let bobRun: ReturnType<Scenario['sync']> | undefined;
      tap.beforeCall(call, () => {
        bobRun = s.sync(BOB);
      });
      runWindow(s, window);
      expect(bobRun?.ok).toBe(true);
      advance(s, window.nextDay);
      const view = viewOf(s.ws);
      expect(soundness(s.ws, view, tap.shares)).toEqual([]);
      expect(view).toEqual(reference.view);
    },
  );
});

describe('when the calendar trigger fires while the first sync runs in the turn-on (the user lock)', () => {
  const window: Start = {
    ...afterMeeting,
    name: 'Alice’s first sync',
    world: sampleWorld(),
    act: aliceTurnsOn,
    windowEnd: '2026-10-19T07:05:00Z',
    nextDay: '2026-10-20T05:00:00Z',
  };
  const moveChloe = (s: Scenario) =>
    s.calendarAs(ALICE).Events.patch(
      {
        start: { dateTime: '2026-10-23T14:00:00+02:00', timeZone: 'Europe/Paris' },
        end: { dateTime: '2026-10-23T14:30:00+02:00', timeZone: 'Europe/Paris' },
      },
      'primary',
      'chloe1on1_20261022T120000Z',
    );
  const reference = (() => {
    const s = new Scenario(window.world);
    runWindow(s, window);
    moveChloe(s);
    advance(s, window.nextDay);
    return viewOf(s.ws);
  })();
  const calls = referenceAt(window, window.windowEnd).methods.length;

  it.each(Array.from({ length: calls }, (_, i) => ({ call: i + 1 })))(
    'a change and its trigger at call $call: the overlapping run skips, writes nothing, and the change lands',
    ({ call }) => {
      const s = new Scenario(window.world);
      const tap = new CallTap(s.ws);
      let overlapping: ReturnType<typeof calendarTriggerRun> | undefined;
      let propertiesBefore = '';
      tap.beforeCall(call, () => {
        moveChloe(s);
        propertiesBefore = JSON.stringify(s.ws.toWorld().userProperties[ALICE]);
        overlapping = calendarTriggerRun(s, ALICE);
      });
      runWindow(s, window);
      expect(overlapping?.value).toMatchObject({ skipped: 'busy' });
      expect(overlapping?.callCount).toBe(0);
      expect(propertiesBefore).not.toBe('');
      advance(s, window.nextDay);
      const view = viewOf(s.ws);
      expect(soundness(s.ws, view, tap.shares)).toEqual([]);
      expect(view).toEqual(reference);
    },
  );
});

describe('when two tabs press "Mark done" on the same item', () => {
  function markDoneParams(s: Scenario, email: string, docId: string): Record<string, string>[] {
    const sidebar = s.driver.openDoc(email, docId);
    const found: Record<string, string>[] = [];
    JSON.stringify(sidebar.value, (key, value: unknown) => {
      if (key === 'parameters' && Array.isArray(value)) {
        const params = Object.fromEntries(value.map((p: { key: string; value: string }) => [p.key, p.value]));
        if (params.action === 'markDone') found.push(params);
      }
      return value;
    });
    return found;
  }

  const s = new Scenario(afterMeeting.world);
  advance(s, afterMeeting.retriedBy);
  const doc = s.docId(ALICE, BOB);
  const [button] = markDoneParams(s, ALICE, doc);
  const tap = new CallTap(s.ws);
  let second: ReturnType<typeof click> | undefined;
  tap.raceNextWrite(() => {
    const { action, ...params } = button ?? {};
    second = click(s, ALICE, action ?? 'markDone', params);
  });
  const { action, ...params } = button ?? {};
  const first = click(s, ALICE, action ?? 'markDone', params);

  it('both presses answer without an error', () => {
    expect(button).toBeDefined();
    expect(first.ok).toBe(true);
    expect(second?.ok).toBe(true);
  });

  it('the item is marked done once, nothing is duplicated and the doc is otherwise unchanged', () => {
    const lines = s.lines(doc);
    const before = clean.view.docs[`${ALICE} ${BOB}`]?.lines ?? [];
    expect(lines.filter((l) => l.includes('send the design doc to Priya'))).toHaveLength(
      before.filter((l) => l.includes('send the design doc to Priya')).length,
    );
    expect(openItemsBySection(lines).get('2026-10-21')).toEqual([]);
    expect(lines.length).toBe(before.length);
    const done = lines.filter(
      (l) => /\[x\].*send the design doc to Priya/.test(l) || /~~.*send the design doc/.test(l),
    );
    expect(done.length).toBeGreaterThanOrEqual(1);
  });

  it('exactly one of the two presses wrote, and the other one said it was already done', () => {
    const notes = [first, second].map((r) => JSON.stringify(r?.value));
    expect(notes.filter((n) => n.includes('Marked done.'))).toHaveLength(1);
    expect(notes.filter((n) => n.includes('already done'))).toHaveLength(1);
  });
});
