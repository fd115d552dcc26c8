// The fault matrix: a clean window of runs is recorded call by call, then run again from the same
// start with call i failing — 429, 500, 503 once, and for the rest of that run; 403, 404 once.
// Afterwards the world must equal the no-fault world, except what the fault made impossible.
// Under readings without `details` (the strict default) Tandem cannot tell those codes apart: a
// failure is then reported and retried by the next runs, never absorbed or refused by its code.
// A window may hold both people of a pair (support/window.ts, support/fault-checks.ts).
import { MAX_SOON_RETRIES, UNKNOWN_STATUS } from '../../../src/api-error';
import { Scenario } from '../../harness';
import {
  beyondLaggingRecords,
  codesSeen,
  expectRetried,
  keeperFailures,
  unreportedDifferences,
} from './fault-checks';
import { shareStorms, soundness } from './invariants';
import { CallTap } from './tap';
import { cleanRun, faulted, inPress, playWindow, problemsOf, runWindow, type Start } from './window';
import { advance } from './worlds';
import { viewOf } from './world-view';
import { WriteWatch } from './write-watch';

export { cleanRun, referenceAt, runWindow, type Act, type Start } from './window';

/** The whole matrix for one start, as jest tests. */
export function describeFaultMatrix(start: Start): void {
  describe(`faults at every call position of ${start.name}`, () => {
    const clean = cleanRun(start);
    const { nextDay, opening } = clean;
    const references = { retried: clean.retried, known: clean.known };
    const positions = clean.methods.map((method, i) => ({
      position: i + 1,
      method,
      who: clean.users[i]?.split('@')[0] ?? '?',
    }));
    const presses = (start.presses ?? []).map((p) => p.label);
    const at = (position: number) => ({ opening, position });
    // When every call fails, every press fails twice and the person leaves it: the world is then
    // the one where nobody pressed.
    const unpressedStart = { ...start, presses: [] };
    const unpressed = presses.length > 0 ? cleanRun(unpressedStart) : clean;
    const unpressedReferences = { retried: unpressed.retried, known: unpressed.known };

    it('the clean runs make every kind of call the sync makes; every press does what it says; no Tandem writes what it must not', () => {
      expect(clean.methods).toEqual(
        expect.arrayContaining([
          'calendar.events.list',
          'calendar.events.instances',
          'calendar.events.patch',
          'drive.files.list',
          'drive.files.create',
          'drive.permissions.create',
          'docs.documents.get',
          'docs.documents.batchUpdate',
        ]),
      );
      expect(clean.problems).toEqual([]);
      // Replaying from a step of the opening reaches the same world as from the start.
      for (const [step, world] of opening.worlds.entries()) {
        const s = new Scenario(world);
        playWindow(s, start, undefined, step);
        advance(s, start.retriedBy);
        expect([step, viewOf(s.ws)]).toEqual([step, clean.retried]);
      }
    });

    describe.each([429, 500, 503])('when Google answers %i', (code) => {
      it.each(positions)(
        'once, at call $position ($who: $method): absorbed by the retry in the same run',
        ({ position, method }) => {
          const run = faulted(start, (t, offset) => t.failNext(offset, code), at(position));
          // A create is never retried in the run (a twin could follow); the next run makes it.
          // Without a status Tandem does not repeat a call in the run: the next run retries it.
          if (method !== 'drive.files.create' && codesSeen(run.s)) expect(run.failures).toEqual([]);
          expect(run.played.gaveUp).toEqual([]);
          expectRetried(run, start, references);
        },
      );

      it.each(positions)(
        'from call $position ($who: $method) to the end of that run: the next run finishes the work',
        ({ position }) => {
          const run = faulted(start, (t, offset) => t.failRestOfRunFrom(offset, code), at(position));
          expect(run.played.gaveUp).toEqual([]);
          expectRetried(run, start, references);
        },
      );
    });

    it.each([429, 500, 503])(
      'when every call answers %i through the whole window, a meeting’s end included: the runs after it finish the work',
      (code) => {
        const run = faulted(start, (t) => t.failAllFrom(1, code));
        expect(run.played.gaveUp).toEqual(presses);
        expectRetried(run, start, unpressedReferences);
      },
    );

    describe.each([403, 404])('when Google refuses with %i', (code) => {
      it.each(positions)(
        'at call $position ($who: $method): reported, others unharmed, healed next day',
        ({ position }) => {
          const run = faulted(start, (t, offset) => t.failNext(offset, code), at(position));
          // Said so in the run's log, and on the pair or status. A press says so on its card (or,
          // when only its card's reading failed after the write, shows what it could read). Without
          // a status a refusal may be absorbed instead (a sync token refused in any way means a full
          // listing).
          if (codesSeen(run.s) && !inPress(opening, position)) expect(run.failures.length).toBeGreaterThan(0);
          expect(run.played.gaveUp).toEqual([]);
          advance(run.s, start.retriedBy);
          const view = viewOf(run.s.ws);
          expect(problemsOf(run, view)).toEqual([]);
          const recorded = codesSeen(run.s) ? code : UNKNOWN_STATUS;
          expect(unreportedDifferences(view, clean.retried, recorded, run.s)).toEqual([]);
          // Where the keeping Tandem still carries the failure, the other person's Tandem learns of
          // its healing at their own daily safety net after it, which may come after nextDay.
          const excused = keeperFailures(run.s);
          advance(run.s, start.nextDay);
          const healed = viewOf(run.s.ws);
          expect(problemsOf(run, healed)).toEqual([]);
          if (excused.size === 0) expect(healed).toEqual(nextDay);
          else expect(beyondLaggingRecords(healed, nextDay, excused)).toEqual([]);
        },
      );
    });

    it('a share refused by the domain (403 every time): reported, tried once a run at most, never with anyone else, the rest done', () => {
      const s = new Scenario(start.world);
      const tap = new CallTap(s.ws);
      const watch = new WriteWatch(s.ws);
      s.ws.ledger.addFault({ method: 'drive.permissions.create', code: 403, remaining: 1000 });
      runWindow(s, start);
      advance(s, start.nextDay);
      const view = viewOf(s.ws);
      expect([...soundness(s.ws, view, tap.shares), ...watch.violations]).toEqual([]);
      expect(shareStorms(tap.shares, 1)).toEqual([]);
      expect(s.ws.drive.sharingLog().filter((r) => r.at >= Date.parse(start.world.now))).toEqual([]);
      // Once when first made, once more with the daily safety net: no storm. Without a status the
      // refusal may be passing: each of those also tried by the next runs, MAX_SOON_RETRIES in a row
      // at most.
      const perDoc = new Map<string, number>();
      for (const a of tap.shares) perDoc.set(a.fileId, (perDoc.get(a.fileId) ?? 0) + 1);
      expect(Math.max(0, ...perDoc.values())).toBeLessThanOrEqual(
        codesSeen(s) ? 2 : 2 * (1 + MAX_SOON_RETRIES),
      );
      // The records of the Tandem that tried to share each doc (the other person's keep no share).
      const refused = Object.entries(s.ws.toWorld().userProperties).flatMap(([user, values]) =>
        Object.entries(values)
          .filter(([key]) => key.startsWith('pair:'))
          .map(
            ([, value]) =>
              JSON.parse(value) as { docId?: string; sharedWith?: string; error?: { code: number } },
          )
          .filter((p) => p.docId && tap.shares.some((a) => a.fileId === p.docId && a.user === user)),
      );
      expect(refused.length).toBe(perDoc.size);
      const recorded = codesSeen(s) ? 403 : UNKNOWN_STATUS;
      for (const pair of refused) expect([pair.sharedWith, pair.error?.code]).toEqual([undefined, recorded]);
      // Attached and prepared all the same: only the share is missing.
      for (const [pairKey, doc] of Object.entries(view.docs))
        expect(doc.lines).toEqual(nextDay.docs[pairKey]?.lines);
      expect(view.attachments).toEqual(nextDay.attachments);
    });
  });
}
