// The one dispatchAction: every button's `action` parameter picks a handler from this typed map.
// Handlers return Card v1 JSON or RenderActions; src/main.ts renders them with CardService.
import type { Ports } from '../ports';
import { turnOff, turnOn } from '../app/turn-on';
import { TandemState } from '../app/state';
import {
  actionButton,
  buttons,
  card,
  section,
  text,
  updateCard,
  type Card,
  type RenderActions,
} from './card';

export interface AddonEvent {
  commonEventObject?: {
    parameters?: Record<string, string>;
    formInputs?: Record<string, { stringInputs?: { value?: string[] } }>;
    timeZone?: { id?: string };
    userLocale?: string;
  };
  calendar?: { id?: string; recurringEventId?: string; calendarId?: string };
  docs?: { id?: string; title?: string };
}

/** The homepage until the full homepage view lands: on/off and the pair count. */
export function statusCard(state: TandemState): Card {
  const pairs = [...state.pairs.values()].filter((p) => p.status === 'active');
  return card({
    header: { title: 'Tandem', subtitle: 'Shared agendas for your 1:1s' },
    sections: [
      section([
        text(state.enabled ? `Tandem is on. ${pairs.length} 1:1 pair(s) followed.` : 'Tandem is off.'),
        buttons(state.enabled ? actionButton('Turn off', 'turnOff') : actionButton('Turn on', 'turnOn')),
      ]),
    ],
  });
}

type Handler = (ports: Ports, event: AddonEvent) => Card | RenderActions;

const ROUTES: Record<string, Handler> = {
  turnOn: (ports) =>
    updateCard(statusCard(turnOn(ports)), 'Tandem is on: your 1:1 docs will be ready in a minute or two.'),
  turnOff: (ports) => updateCard(statusCard(turnOff(ports)), 'Tandem is off.'),
  refresh: (ports) => updateCard(statusCard(new TandemState(ports.state))),
};

export function homepage(ports: Ports): Card {
  return statusCard(new TandemState(ports.state));
}

export function dispatch(ports: Ports, event: AddonEvent): Card | RenderActions {
  const action = event.commonEventObject?.parameters?.action ?? '';
  const handler = Object.prototype.hasOwnProperty.call(ROUTES, action) ? ROUTES[action] : undefined;
  if (!handler) throw new Error(`Unknown action "${action.slice(0, 40)}"`);
  return handler(ports, event);
}
