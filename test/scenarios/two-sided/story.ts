// The story's stage: the real bundle in the emulator with the two people's world, the schedule and
// what people did as the test keeps them, and `step`, which runs one action and then checks every
// invariant of the world. Steps never stop the story: a broken invariant is recorded and it goes on.
import { advance } from '../../reliability/support/worlds';
import { CardScenario } from '../../cards/card-harness';
import { StoryLedger } from './ledger';
import { Notebook } from './notebook';
import { SETTLE_MS, Schedule, twoSidedWorld } from './story-world';
import { agendaDocs, checkNextSectionReady, checkWorld, type WorldFacts } from './world-checks';

export class Story implements WorldFacts {
  readonly s = new CardScenario(twoSidedWorld());
  readonly schedule = new Schedule();
  readonly notebook = new Notebook();
  readonly ledger = new StoryLedger();
  docDueAt = Number.POSITIVE_INFINITY;
  calendarSettledAt = 0;
  /** Who has turned Tandem on. */
  readonly on = new Set<string>();

  constructor() {
    this.ledger.watch(this.s.runner);
  }

  get now(): number {
    return this.s.ws.now;
  }

  /** The pair's agenda doc (the first, if a twin was made). */
  docId(): string | undefined {
    return agendaDocs(this.s)[0];
  }

  /** One action of the story, then every world invariant; a throw is recorded, not raised. */
  step(label: string, body: () => void): void {
    this.ledger.steps++;
    this.ledger.step = `${new Date(this.now).toISOString().slice(0, 16)}Z ${label}`;
    try {
      body();
    } catch (e) {
      this.ledger.check('runsSucceed', false, () => `the step threw: ${(e as Error).message.split('\n')[0]}`);
    }
    checkWorld(this);
  }

  /** Advances the clock, firing every due trigger of both people (a failed run is recorded). */
  tickTo(ms: number, label: string): void {
    if (ms <= this.now) return;
    this.step(`clock → ${new Date(ms).toISOString().slice(0, 16)}Z, ${label}`, () => {
      for (const fired of advance(this.s, new Date(ms).toISOString()))
        this.ledger.check(
          'runsSucceed',
          fired.result.ok,
          () => `${fired.handlerFunction} as ${fired.user} at ${fired.at}: ${fired.result.error}`,
        );
    });
  }

  /** Five minutes before a meeting: its section must already hold every open item. */
  beforeMeeting(label: string): void {
    this.step(label, () => checkNextSectionReady(this, this.docId()));
  }

  /** A calendar change by a person: Tandem's calendar trigger follows within a minute or so. */
  calendarChanged(): void {
    this.calendarSettledAt = this.now + SETTLE_MS;
  }
}
