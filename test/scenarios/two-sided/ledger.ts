// What the story counts as it goes: steps, checks, the API calls each person's Tandem made in each
// week (from the emulator's per-execution call counts), and every broken invariant with its step.
import type { BundleRunner, ExecutionResult, RunOptions } from '../../../dev/emulator/runtime';
import type { Workspace } from '../../../dev/emulator/workspace';

/** The invariants the story checks; each test of the story asserts one of them held throughout. */
export const INVARIANTS = {
  oneDoc: 'exactly one agenda doc for the pair, across both people’s Drive',
  sharedInPair: 'the doc is shared with the two people and no one else',
  nextSectionReady: 'every open item is open in the next meeting’s section before it starts',
  sectionPerMeeting: 'one section per held or next meeting, none doubled',
  recordDate: 'section headings carry the meeting’s date in the series’ time zone',
  noDouble: 'no item or question twice in one section',
  noLoss: 'every line a person typed or added is still in the doc',
  noLeftover: 'no untouched Tandem section left for a moved or cancelled occurrence',
  buttonsWork: 'a pressed button does what it says, never “Something went wrong” or an error',
  noFailingOffer: 'no button is offered to a person that fails for them',
  nextMeetingShown: 'the cards name the next meeting that has not ended, in the viewer’s zone',
  names: 'names, not bare addresses, in the doc title and in the cards',
  runsSucceed: 'every trigger run completes and every card opens without “Something went wrong”',
  cardBudget: 'a card opens in at most two API calls',
} as const;

export type InvariantName = keyof typeof INVARIANTS;

export interface Violation {
  week: number;
  step: string;
  detail: string;
  /** Later steps where the same violation was seen again, and the last of them. */
  again: number;
  lastStep?: string;
}

export interface WeekCalls {
  /** Executions of the bundle (card callbacks and trigger runs). */
  runs: number;
  cardCalls: number;
  backgroundCalls: number;
}

export class StoryLedger {
  steps = 0;
  checks = 0;
  week = 0;
  step = 'start';
  readonly violations = new Map<InvariantName, Violation[]>(
    (Object.keys(INVARIANTS) as InvariantName[]).map((name) => [name, []]),
  );
  /** person → week → calls. */
  readonly calls = new Map<string, Map<number, WeekCalls>>();
  /** Buttons seen and not pressed (by text), with why. */
  readonly notPressed = new Map<string, string>();
  readonly pressed = new Map<string, number>();

  /** Counts one check; records a violation when `ok` is false. */
  check(name: InvariantName, ok: boolean, detail: () => string): boolean {
    this.checks++;
    if (ok) return true;
    const list = this.violations.get(name)!;
    const text = detail();
    const seen = list.find((v) => v.detail === text);
    if (seen && seen.lastStep !== this.step) {
      seen.again++;
      seen.lastStep = this.step;
    } else if (!seen)
      list.push({ week: this.week, step: this.step, detail: text, again: 0, lastStep: this.step });
    return false;
  }

  /** Wraps the runner so every execution's calls land in the running person's week. */
  watch(runner: BundleRunner): void {
    const run = runner.run.bind(runner);
    runner.run = (ws: Workspace, options: RunOptions): ExecutionResult => {
      const result = run(ws, options);
      const weeks = this.calls.get(options.user) ?? new Map<number, WeekCalls>();
      this.calls.set(options.user, weeks);
      const figures = weeks.get(this.week) ?? { runs: 0, cardCalls: 0, backgroundCalls: 0 };
      figures.runs++;
      if (options.kind === 'card') figures.cardCalls += result.callCount;
      else figures.backgroundCalls += result.callCount;
      weeks.set(this.week, figures);
      this.check(
        'runsSucceed',
        result.ok,
        () => `${options.functionName} as ${options.user}: ${result.error}`,
      );
      return result;
    };
  }

  /** One line per invariant, then the calls table: what the story prints at its end. */
  summary(title: string, people: readonly string[], weeks: number): string {
    const lines = [`${title}: ${this.steps} steps, ${this.checks} checks`];
    for (const [name, list] of this.violations) {
      const first = list[0];
      lines.push(
        list.length === 0
          ? `  ✓ ${name}`
          : `  ✗ ${name}: ${list.length} violation(s); first in week ${first!.week} at "${first!.step}": ${first!.detail}`,
      );
    }
    lines.push('  calls per person per week (card callbacks + background runs = total; runs):');
    for (const person of people) {
      const cells: string[] = [];
      for (let week = 1; week <= weeks; week++) {
        const f = this.calls.get(person)?.get(week);
        cells.push(
          f
            ? `w${week} ${f.cardCalls}+${f.backgroundCalls}=${f.cardCalls + f.backgroundCalls} (${f.runs})`
            : `w${week} -`,
        );
      }
      lines.push(`    ${person}: ${cells.join(' | ')}`);
    }
    if (this.notPressed.size > 0)
      lines.push(
        `  seen, not pressed: ${[...this.notPressed].map(([text, why]) => `"${text}" (${why})`).join(', ')}`,
      );
    lines.push(`  pressed: ${[...this.pressed].map(([text, n]) => `"${text}"×${n}`).join(', ')}`);
    return lines.join('\n');
  }

  /** Every violation of one invariant, one per line, for an assertion message. */
  report(name: InvariantName): string[] {
    return (this.violations.get(name) ?? []).map(
      (v) =>
        `week ${v.week} · ${v.step}: ${v.detail}${v.again > 0 ? ` (and ${v.again} later steps, the last “${v.lastStep}”)` : ''}`,
    );
  }
}
