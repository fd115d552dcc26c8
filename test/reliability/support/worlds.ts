// Starting worlds for the reliability tests, built from the sample world through the real bundle,
// and the small moves every test makes: advance the clock (failed executions allowed), edit a doc.
import type { ExecutionResult } from '../../../dev/emulator/runtime';
import type { FiredTrigger } from '../../../dev/emulator/scheduler';
import { typeInSection } from '../../../dev/driver/typing';
import type { World } from '../../../dev/emulator/world';
import { sampleWorld } from '../../../dev/sample-world';
import { Scenario } from '../../harness';

export const ALICE = 'alice@example.com';
export const BOB = 'bob@example.com';
export const CHLOE = 'chloe@example.com';
export const DIEGO = 'diego@example.com';
export const EMMA = 'emma@example.com';
export const FARID = 'farid@example.com';
export const GWEN = 'gwen@example.com';

/** Advances the clock to `iso`, firing due triggers; failed executions are returned, not thrown. */
export function advance(s: Scenario, iso: string, deadlineMs?: number): FiredTrigger[] {
  return s.driver.withDeadline(deadlineMs).tick(Date.parse(iso));
}

/** A person adds a normal paragraph at the end of the section dated `date`. */
export function appendToSection(s: Scenario, email: string, docId: string, date: string, text: string): void {
  typeInSection(s.ws, email, docId, { date }, text);
}

/**
 * Alice (the sample world's manager) presses "Turn on Tandem": her triggers are installed and her
 * first sync runs inside that card; a deadline ends the execution as Apps Script's time limit would.
 */
export function aliceTurnsOn(s: Scenario, deadlineMs?: number): ExecutionResult {
  return turnsOn(s, ALICE, deadlineMs);
}

/** Someone presses "Turn on Tandem" on the homepage (in Calendar); their first sync runs in that card. */
export function turnsOn(s: Scenario, email: string, deadlineMs?: number): ExecutionResult {
  return s.driver.withDeadline(deadlineMs).enable(email);
}

/** Alice has just turned Tandem on, at 07:00Z: her first sync ran inside the turn-on card. */
export function aliceTurnedOn(): World {
  const s = new Scenario(sampleWorld());
  aliceTurnsOn(s);
  return s.ws.toWorld();
}

/** Alice turned Tandem on while Google was busy: her first sync's listing failed, no doc exists yet. */
export function aliceOnBeforeFirstSync(): World {
  const s = new Scenario(sampleWorld());
  s.ws.ledger.addFault({ method: 'calendar.events.list', code: 503, remaining: 100 });
  aliceTurnsOn(s);
  s.ws.ledger.clearFaults();
  return s.ws.toWorld();
}

/**
 * A day later, both Alice and Bob run Tandem; Bob and Alice wrote items in the 2026-10-20 section,
 * Chloé's first meeting moved to the Friday, Diego's series now has Bob instead, and a new report,
 * Gwen, has a weekly 1:1. The calendar trigger at 07:01Z moves Chloé's untouched section, takes
 * Diego's doc off his series and makes Gwen's doc; Alice's hourly run at 07:29Z merges the items
 * into Bob's next section before his 1:1 (08:00Z); it ends at 08:30Z and her 09:29Z run carries
 * the open item over. `from` starts it from another world than aliceTurnedOn(); `alsoThen` adds
 * people's moves at 07:00Z, after the edits.
 */
export function afterAWeekOfEdits(
  options: { from?: World; alsoThen?: (s: Scenario, doc: string) => void } = {},
): World {
  const s = new Scenario(options.from ?? aliceTurnedOn());
  s.enable(BOB);
  advance(s, '2026-10-20T07:00:00Z');
  const doc = s.docId(ALICE, BOB);
  appendToSection(s, BOB, doc, '2026-10-20', '[ ] Bob: send the design doc to Priya (due 2026-10-23)');
  appendToSection(s, ALICE, doc, '2026-10-20', '[x] Alice: book the offsite room');
  appendToSection(s, BOB, doc, '2026-10-20', 'Topic: conference budget');
  options.alsoThen?.(s, doc);
  s.calendarAs(ALICE).Events.patch(
    {
      start: { dateTime: '2026-10-23T14:00:00+02:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-10-23T14:30:00+02:00', timeZone: 'Europe/Paris' },
    },
    'primary',
    'chloe1on1_20261022T120000Z',
  );
  // Diego's 1:1 now has Bob instead: Diego's doc comes off the series, the Alice–Bob doc goes on.
  s.calendarAs(ALICE).Events.patch(
    {
      attendees: [
        { email: ALICE, responseStatus: 'accepted' },
        { email: BOB, responseStatus: 'accepted' },
      ],
    },
    'primary',
    'diego1on1',
  );
  s.ws.users.push({ email: GWEN, name: 'Gwen Adeyemi', timeZone: 'Europe/Paris' });
  s.calendarAs(ALICE).Events.insert(
    {
      id: 'g1on1series',
      summary: 'Gwen / Alice',
      start: { dateTime: '2026-10-26T14:00:00', timeZone: 'Europe/Paris' },
      end: { dateTime: '2026-10-26T14:30:00', timeZone: 'Europe/Paris' },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=MO'],
      attendees: [{ email: ALICE }, { email: GWEN, displayName: 'Gwen Adeyemi' }],
    },
    'primary',
  );
  return s.ws.toWorld();
}

/** A button press in the card (dispatchAction), in Docs when `params.docId` is set. */
export function click(
  s: Scenario,
  email: string,
  action: string,
  params: Record<string, string> = {},
  formInputs?: Record<string, string | string[]>,
): ExecutionResult {
  const docId = params.docId || undefined;
  return s.driver.click(email, action, params, { docId, ...(formInputs ? { form: formInputs } : {}) });
}

/** What the user's calendar trigger runs (onCalendarEventUpdated with its trigger id), right now. */
export function calendarTriggerRun(s: Scenario, email: string): ExecutionResult {
  const trigger = s.ws.appsScript.triggersOf(email).find((t) => t.eventType === 'ON_EVENT_UPDATED');
  return s.runner.run(s.ws, {
    user: email,
    functionName: trigger?.handlerFunction ?? 'onCalendarEventUpdated',
    args: [{ authMode: 'FULL', triggerUid: trigger?.id, calendarId: email }],
    kind: 'trigger',
  });
}
