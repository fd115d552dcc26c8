// The homepage's on/off switch: turning on installs the triggers and schedules the first sync a
// minute later (a card callback has only 30 seconds); turning off removes every Tandem trigger.
import type { Ports } from '../ports';
import { TandemState } from './state';
import { armOneShot, installTriggers, removeTriggers } from './triggers';

/** The first sync runs this soon after turning on, inside a trigger's 6 minutes. */
export const FIRST_SYNC_DELAY_MS = 60 * 1000;

export function turnOn(ports: Ports): TandemState {
  const state = new TandemState(ports.state);
  const email = ports.session.userEmail();
  installTriggers(ports, state, email);
  state.setEnabled(true);
  armOneShot(ports, state, ports.session.now().getTime() + FIRST_SYNC_DELAY_MS);
  state.save();
  ports.log.info('turnedOn');
  return state;
}

export function turnOff(ports: Ports): TandemState {
  const state = new TandemState(ports.state);
  removeTriggers(ports, state);
  state.setEnabled(false);
  state.save();
  ports.log.info('turnedOff');
  return state;
}
