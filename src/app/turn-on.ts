// The homepage's on/off switch (design.md §4): turning on installs the calendar trigger and the
// hourly one, then runs the first sync at once, inside the card's 30 seconds, so the pairs, docs and
// sections show straight away; turning off removes every Tandem trigger.
import type { Ports } from '../ports';
import { CardProblem } from './cards/problems';
import { TandemState } from './state';
import { runSync, type SyncReport } from './sync';
import { installTriggers, removeTriggers } from './triggers';

/**
 * The first sync's share of a card callback's 30 seconds (Apps Script's limit for add-on actions);
 * what it does not reach, the next hourly run does.
 */
export const FIRST_SYNC_BUDGET_MS = 20 * 1000;

export interface TurnedOn {
  state: TandemState;
  /** The first sync; null when it failed in a way Google did not explain (recorded for the homepage). */
  firstSync: SyncReport | null;
}

/** The card's words for triggers Apps Script would not make; never its raw text. */
function triggerProblem(e: unknown): string {
  const stays = 'Tandem couldn’t set up its background runs, so it stays off.';
  return /too many/i.test((e as Error)?.message ?? '')
    ? `${stays} Google says your account has too many triggers for Tandem.`
    : `${stays} Try again in a minute.`;
}

/**
 * Installs the two triggers and runs the first sync. Atomic: when Apps Script refuses a trigger,
 * every Tandem trigger is removed, Tandem stays off, and a CardProblem says why.
 */
export function turnOn(ports: Ports): TurnedOn {
  const state = new TandemState(ports.state);
  try {
    installTriggers(ports, state, ports.session.userEmail());
  } catch (e) {
    ports.log.warn('turnOnFailed', { error: e instanceof Error ? e.name : typeof e });
    try {
      removeTriggers(ports, state);
    } catch {
      ports.log.warn('triggersLeft'); // turning off again removes them
    }
    state.setEnabled(false);
    state.save();
    throw new CardProblem(triggerProblem(e));
  }
  state.setEnabled(true);
  state.save();
  ports.log.info('turnedOn');
  let firstSync: SyncReport | null = null;
  try {
    firstSync = runSync(ports, { budgetMs: FIRST_SYNC_BUDGET_MS });
  } catch {
    // Recorded by the sync for the homepage; Tandem is on, and the next hourly run tries again.
  }
  return { state: new TandemState(ports.state), firstSync };
}

export function turnOff(ports: Ports): TandemState {
  const state = new TandemState(ports.state);
  removeTriggers(ports, state);
  state.setEnabled(false);
  state.save();
  ports.log.info('turnedOff');
  return state;
}
