// A window of runs, as the fault matrix and the race and time-limit tests vary it: people's acts and
// card presses as it opens, then every trigger run up to its end; played clean once (its calls, its
// opening's worlds, the world at each checkpoint), then again from a step of its opening with a
// fault planned. A card press whose card says it failed is pressed again at once.
import type { ExecutionResult } from '../../../dev/emulator/runtime';
import type { World } from '../../../dev/emulator/world';
import { Scenario } from '../../harness';
import { soundness } from './invariants';
import { CallTap } from './tap';
import { answerOf, type Press } from './two-people';
import { advance } from './worlds';
import { viewOf, type WorldView } from './world-view';
import { WriteWatch } from './write-watch';

/** A person's move that runs Tandem (turning it on): one execution. */
export type Act = (s: Scenario, deadlineMs?: number) => ExecutionResult;

export interface Start {
  name: string;
  world: World;
  /** What people do as the window opens, before any trigger fires (turning Tandem on), in order. */
  act?: Act | Act[];
  /** Card buttons people press next, still before any trigger fires. */
  presses?: Press[];
  /** The runs under test fire up to here. */
  windowEnd: string;
  /**
   * Long enough for a passing failure's retry to have run: each person's first hourly run at least
   * ten minutes after it (due.ts RETRY_AFTER_MS).
   */
  retriedBy: string;
  /**
   * After the other person's daily safety net that follows retriedBy: their listing then sees what
   * the retries of the Tandem that keeps the doc did (nextDay when absent).
   */
  othersKnowBy?: string;
  /** After each person's next daily safety net (their first hourly run after 04:00 their time), which retries pairs Google refused. */
  nextDay: string;
}

/** The window's opening, one step each: the acts, then the presses. */
type Step = { act: Act } | { press: Press };

function stepsOf(start: Start): Step[] {
  const acts = start.act === undefined ? [] : [start.act].flat();
  return [...acts.map((act) => ({ act })), ...(start.presses ?? []).map((press) => ({ press }))];
}

export interface Played {
  results: ExecutionResult[];
  /** Presses whose card still said it failed when pressed again. */
  gaveUp: string[];
  /** Presses that answered neither what their button promises nor the error card. */
  unsaid: string[];
}

/**
 * Plays the window from its step `from` (0: the start) on: the steps, then every trigger run up to
 * windowEnd; `beforeStep` sees the world before each step, and before the triggers (step n).
 */
export function playWindow(
  s: Scenario,
  start: Start,
  deadlineMs?: number,
  from = 0,
  beforeStep?: (step: number) => void,
): Played {
  const played: Played = { results: [], gaveUp: [], unsaid: [] };
  const steps = stepsOf(start);
  for (let i = from; i < steps.length; i++) {
    beforeStep?.(i);
    const step = steps[i]!;
    if ('act' in step) {
      played.results.push(step.act(s, deadlineMs));
      continue;
    }
    const { press } = step;
    let done = false;
    for (let tries = 0; tries < 2 && !done; tries++) {
      const result = press.run(s, deadlineMs);
      played.results.push(result);
      const answer = answerOf(result);
      done = press.done.test(answer);
      if (done) break;
      if (answer !== 'error card') played.unsaid.push(`${press.label}: “${answer}”`);
    }
    if (!done) played.gaveUp.push(press.label);
  }
  beforeStep?.(steps.length);
  played.results.push(...advance(s, start.windowEnd, deadlineMs).map((f) => f.result));
  return played;
}

/** The window's executions: the people's acts and presses, then every trigger run up to windowEnd. */
export function runWindow(s: Scenario, start: Start, deadlineMs?: number): ExecutionResult[] {
  return playWindow(s, start, deadlineMs).results;
}

export interface Reference {
  view: WorldView;
  /** The window's calls, in order. */
  methods: string[];
  /** The user of each of those calls. */
  users: string[];
  /** How many of those calls the window's first execution made. */
  firstExecution: number;
  /** What went wrong in the clean runs: a press not done, a Tandem writing what it must not. */
  problems: string[];
}

export function referenceAt(start: Start, iso: string): Reference {
  const s = new Scenario(start.world);
  const tap = new CallTap(s.ws);
  const watch = new WriteWatch(s.ws);
  const played = playWindow(s, start);
  const methods = tap.methodsSince(0);
  const users = tap.calls.map((c) => c.user);
  const firstExecution = tap.callsOf(1).length;
  advance(s, iso);
  return {
    view: viewOf(s.ws),
    methods,
    users,
    firstExecution,
    problems: [...played.gaveUp, ...played.unsaid, ...watch.violations],
  };
}

/**
 * The clean window's world before each step of its opening and before its triggers, with how many
 * calls came before: a fault at a later call replays the window from there, as the emulator is
 * deterministic and a world round-trips through toWorld() unchanged.
 */
export interface Opening {
  worlds: World[];
  callsBefore: number[];
  /** The steps that are card presses. */
  pressSteps: number[];
}

/** One clean run of a start: its window's calls and opening, and the world at each checkpoint. */
export interface CleanRun extends Omit<Reference, 'view'> {
  opening: Opening;
  /** The world at retriedBy, othersKnowBy and nextDay. */
  retried: WorldView;
  known: WorldView;
  nextDay: WorldView;
}

const cleanRuns = new WeakMap<Start, CleanRun>();

/** Whether the window's call at `position` (1-based) is one of a card press. */
export function inPress(opening: Opening, position: number): boolean {
  return opening.pressSteps.some(
    (step) => opening.callsBefore[step]! < position && position <= opening.callsBefore[step + 1]!,
  );
}

/** The clean run of `start` (made once per start object). */
export function cleanRun(start: Start): CleanRun {
  const known = cleanRuns.get(start);
  if (known) return known;
  const s = new Scenario(start.world);
  const tap = new CallTap(s.ws);
  const watch = new WriteWatch(s.ws);
  const steps = stepsOf(start);
  const pressSteps = steps.flatMap((step, i) => ('press' in step ? [i] : []));
  const opening: Opening = { worlds: [], callsBefore: [], pressSteps };
  const played = playWindow(s, start, undefined, 0, (step) => {
    opening.worlds[step] = step === 0 ? start.world : s.ws.toWorld();
    opening.callsBefore[step] = tap.calls.length;
  });
  const methods = tap.methodsSince(0);
  const users = tap.calls.map((c) => c.user);
  const firstExecution = tap.callsOf(1).length;
  const at = (iso: string) => {
    advance(s, iso);
    return viewOf(s.ws);
  };
  const retried = at(start.retriedBy);
  const othersKnow = start.othersKnowBy ? at(start.othersKnowBy) : null;
  const nextDay = at(start.nextDay);
  const run: CleanRun = {
    methods,
    users,
    firstExecution,
    problems: [...played.gaveUp, ...played.unsaid, ...watch.violations],
    opening,
    retried,
    known: othersKnow ?? nextDay,
    nextDay,
  };
  cleanRuns.set(start, run);
  return run;
}

export interface Faulted {
  s: Scenario;
  tap: CallTap;
  watch: WriteWatch;
  played: Played;
  failures: string[];
}

/**
 * The window again with a fault planned by `fail` (given the call's offset from where the replay
 * starts); with `position`, from the last step of the opening before that call.
 */
export function faulted(
  start: Start,
  fail: (tap: CallTap, offset: number) => void,
  at?: { opening: Opening; position: number },
): Faulted {
  let from = 0;
  if (at)
    while (from + 1 < at.opening.callsBefore.length && at.opening.callsBefore[from + 1]! < at.position)
      from++;
  const s = new Scenario(at ? at.opening.worlds[from]! : start.world);
  const tap = new CallTap(s.ws);
  const watch = new WriteWatch(s.ws);
  fail(tap, at ? at.position - at.opening.callsBefore[from]! : 1);
  const played = playWindow(s, start, undefined, from);
  tap.heal();
  // What the runs of the window reported as failed (a pair, or the whole run).
  const failures = played.results.flatMap((r) =>
    r.logs.map((l) => l.line).filter((l) => /^(pairFailed|syncFailed)/.test(l)),
  );
  return { s, tap, watch, played, failures };
}

/** What must hold whatever failed: soundness, each Tandem writing only its own, every press answered. */
export function problemsOf(run: Faulted, view: WorldView): string[] {
  return [...soundness(run.s.ws, view, run.tap.shares), ...run.watch.violations, ...run.played.unsaid];
}
