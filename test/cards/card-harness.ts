// Card scenarios: the real bundle's card functions (event open, Docs sidebar, homepage, button
// presses) run in the emulator as Google would call them, with helpers to read the card JSON.
import { readFileSync } from 'node:fs';
import type { World } from '../../dev/emulator/world';
import { openLinkPrefixes, uncoveredLinks } from '../../dev/emulator/manifest-links';
import type { ExecutionResult } from '../../dev/emulator/runtime';
import type { PressOptions } from '../../dev/driver/driver';
import type { Button, Card, RenderActions } from '../../src/ui/card';
import {
  button,
  buttonsOf,
  linkOf,
  routeOf,
  routesOf,
  textOf,
  textsOf,
  widgetsOf,
} from '../../src/ui/testing/read-card';
import { Scenario } from '../harness';

export interface CardRun {
  readonly result: ExecutionResult;
  readonly card: Card;
}

export interface ActionRun {
  readonly result: ExecutionResult;
  readonly response: RenderActions;
}

export class CardScenario extends Scenario {
  constructor(world: World) {
    super(world);
  }

  /**
   * Turns Tandem on while Google is busy: the first sync's listing fails (503), so no pair has its
   * doc yet and the card is how a person gets one before the next hourly run.
   */
  enableWhileBusy(email: string): ExecutionResult {
    this.ws.ledger.addFault({ method: 'calendar.events.list', code: 503, remaining: 100 });
    try {
      return this.enable(email);
    } finally {
      this.ws.ledger.clearFaults();
    }
  }

  homepage(email: string): CardRun {
    const result = this.driver.homepage(email);
    return { result, card: okValue(result) as Card };
  }

  openEvent(email: string, eventId: string): CardRun {
    const result = this.driver.openEvent(email, eventId);
    return { result, card: okValue(result) as Card };
  }

  openDoc(email: string, docId: string): CardRun {
    const result = this.driver.openDoc(email, docId);
    return { result, card: okValue(result) as Card };
  }

  /** The person accepts the file access request: Docs grants drive.file, then the trigger runs. */
  grantFileScope(email: string, docId: string): CardRun {
    const result = this.driver.grantFileScope(email, docId);
    return { result, card: okValue(result) as Card };
  }

  click(
    email: string,
    action: string,
    params: Record<string, string> = {},
    options: PressOptions = {},
  ): ActionRun {
    const result = this.driver.click(email, action, params, options);
    return { result, response: okValue(result) as RenderActions };
  }

  /** Presses a button of a card: its route and parameters, as the card carries them. */
  press(email: string, button: Button, options: PressOptions = {}): ActionRun {
    const { action, params } = routeOf(button);
    return this.click(email, action, params, options);
  }

  userProperty(email: string, key: string): string | undefined {
    return this.ws.toWorld().userProperties?.[email]?.[key];
  }

  pairRecord(email: string, pairKey: string): Record<string, unknown> {
    return JSON.parse(this.userProperty(email, `pair:${pairKey}`) ?? '{}') as Record<string, unknown>;
  }
}

/** The manifest's allowlist: a card opening any other URL fails the test that produced it. */
const LINK_PREFIXES = openLinkPrefixes(JSON.parse(readFileSync('appsscript.json', 'utf8')) as object);

function okValue(result: ExecutionResult): unknown {
  if (!result.ok) throw new Error(`card function failed: ${result.error}`);
  const failed = result.logs.find((l) => l.line.startsWith('cardFailed'));
  if (failed && process.env.CARD_DEBUG) console.warn(failed.line);
  const uncovered = uncoveredLinks(result.value, LINK_PREFIXES);
  if (uncovered.length > 0) {
    throw new Error(
      `the card opens ${uncovered.join(', ')}: not covered by appsscript.json openLinkUrlPrefixes`,
    );
  }
  return result.value;
}

/** The card a response shows (the last pushed or updated one). */
export function shownCard(response: RenderActions): Card {
  const steps = response.action?.navigations ?? [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    if ('updateCard' in step) return step.updateCard;
    if ('pushCard' in step) return step.pushCard;
  }
  throw new Error(`no card in response: ${JSON.stringify(response).slice(0, 300)}`);
}

/** The card readers have one home beside the card types; card tests take them from here too. */
export { button, buttonsOf, linkOf, routeOf, routesOf, textOf, textsOf, widgetsOf };

/** Calls made, without methods called zero times. */
export function callsOf(result: ExecutionResult): Record<string, number> {
  return Object.fromEntries(Object.entries(result.calls).filter(([, n]) => n > 0));
}
