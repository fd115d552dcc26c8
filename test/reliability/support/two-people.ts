// The second installed person of the reliability tests: Bob, the sample world's report, runs Tandem
// too, from Honolulu, where his 1:1 at 10:00 in Paris falls on the evening before. His card presses
// are replayed exactly as pressed; one whose card says it failed is pressed again at once.
import type { ExecutionResult } from '../../../dev/emulator/runtime';
import { sampleWorld } from '../../../dev/sample-world';
import type { World } from '../../../dev/emulator/world';
import type { Card, RenderActions } from '../../../src/ui/card';
import { routesOf } from '../../../src/ui/testing/read-card';
import { Scenario } from '../../harness';
import { afterAWeekOfEdits, aliceTurnedOn, appendToSection, turnsOn, ALICE, BOB, click } from './worlds';

/** UTC−10 all year: Tuesday 10:00 in Paris (08:00Z, or 09:00Z in winter) is Monday 22:00 or 23:00 there. */
export const REPORT_ZONE = 'Pacific/Honolulu';

/** The world with Bob living in REPORT_ZONE. */
export function reportAway(world: World): World {
  return {
    ...world,
    users: world.users.map((u) => (u.email === BOB ? { ...u, timeZone: REPORT_ZONE, locale: 'en-US' } : u)),
  };
}

/** A button press of a card, as a person makes it: the same button with the same parameters. */
export interface Press {
  /** Who presses what, for messages. */
  label: string;
  run: (s: Scenario, deadlineMs?: number) => ExecutionResult;
  /** The notification that says the press did what its button says. */
  done: RegExp;
}

export const ADDED = /^(Added to the agenda for .+\.|That question is already on the agenda\.)$/;
export const MARKED = /^(Marked done\.|That item was already done\.)$/;

/** What the press answered: its notification, or "error card" when the card says it failed. */
export function answerOf(result: ExecutionResult): string {
  if (!result.ok) return `failed: ${result.error ?? '?'}`;
  const response = result.value as RenderActions;
  const shown = response.action?.navigations?.at(-1);
  if (shown && 'updateCard' in shown && shown.updateCard.name === 'error') return 'error card';
  return response.action?.notification?.text ?? 'nothing said';
}

/** The person opens the pair's doc in Docs and allows Tandem's sidebar access to it, once. */
export function allowAccess(s: Scenario, who: string, docId: string): Card {
  const result = s.driver.grantFileScope(who, docId);
  if (!result.ok) throw new Error(`the sidebar failed for ${who}: ${result.error}`);
  return result.value as Card;
}

/** The parameters of the first `action` button a card offers; throws if it offers none. */
function offered(card: Card, action: string, where: string): Record<string, string> {
  const route = routesOf(card).find((r) => r.action === action);
  if (!route) throw new Error(`${where} offers no ${action}`);
  return route.params;
}

/** "Add" beside the first question the event card of `eventId` offers `who`, read from `world`. */
export function addFromEventCard(world: World, who: string, eventId: string): Press {
  const s = new Scenario(world);
  const opened = s.driver.openEvent(who, eventId);
  const params = offered(opened.value as Card, 'addQuestion', `the event card of ${eventId}`);
  return {
    label: `${who} presses "Add" on the event card`,
    run: (run, deadlineMs) =>
      run.driver.withDeadline(deadlineMs).click(who, 'addQuestion', params, { eventId }),
    done: ADDED,
  };
}

/** "Mark done" on the open item of the Docs sidebar whose reference ends with `task`, read from `world`. */
export function markDoneInSidebar(world: World, who: string, task: string): Press {
  const s = new Scenario(world);
  const docId = s.docId(ALICE, BOB);
  const card = s.driver.openDoc(who, docId).value as Card;
  const route = routesOf(card).find((r) => r.action === 'markDone' && r.params.item?.endsWith(task));
  if (!route) throw new Error(`${who}'s sidebar offers no "Mark done" for ${task}`);
  return {
    label: `${who} presses "Mark done" in the Docs sidebar`,
    run: (run) => click(run, who, 'markDone', route.params),
    done: MARKED,
  };
}

/**
 * afterAWeekOfEdits with Bob in Honolulu, who has opened the doc in Docs once (allowing the sidebar
 * access) and has an item of Alice's to tick: "[ ] Bob: share the offsite agenda".
 */
export function afterAWeekWithTheReportAway(): World {
  return afterAWeekOfEdits({
    from: reportAway(aliceTurnedOn()),
    alsoThen: (s, doc) => {
      appendToSection(s, ALICE, doc, '2026-10-20', '[ ] Bob: share the offsite agenda');
      allowAccess(s, BOB, doc);
    },
  });
}

/** Bob, in Honolulu, turned Tandem on at 07:00Z, before Alice: his Tandem knows their 1:1, no doc yet. */
export function reportTurnedOnFirst(): World {
  const s = new Scenario(reportAway(sampleWorld()));
  const result = turnsOn(s, BOB);
  if (!result.ok) throw new Error(`Bob's turn-on failed: ${result.error}`);
  return s.ws.toWorld();
}
