// One way to drive the bundle in the emulator as Google's host and a person would: turn Tandem on, run
// the sync, open a card, press a button, let time pass. The CLI, playground, bench and tests share it.
import { addonEvent, type AddonEventOptions } from '../emulator/addon-events';
import { attachmentsOfResponse, type AddonAttachment } from '../emulator/open-event-edits';
import type { BundleRunner, ExecutionResult } from '../emulator/runtime';
import { tick, type FiredTrigger } from '../emulator/scheduler';
import type { Workspace } from '../emulator/workspace';
import { ENTRY, TURN_ON_ACTION } from './entry-points';

export type HostApp = 'CALENDAR' | 'DOCS';

/** Where a card runs: its host app (Docs when a doc is open, else Calendar) and what is open beside it. */
export interface CardPlace {
  host?: HostApp;
  /** Calendar: the open event (an instance id for one occurrence). */
  eventId?: string;
  /** Calendar: the calendar it was opened from, when not the user's own (a secondary calendar). */
  calendarId?: string;
  /** Docs: the open document. */
  docId?: string;
}

/** What a button press sends besides its parameters: the card's form values. */
export interface PressOptions extends CardPlace {
  /** Text inputs and selections, by input name; arrays for multi-valued inputs. */
  form?: Record<string, string | string[]>;
  /** Date pickers, as milliseconds since the epoch. */
  dates?: Record<string, number>;
  /** Date-time pickers, as milliseconds since the epoch. */
  dateTimes?: Record<string, number>;
}

export interface CardCall extends PressOptions {
  parameters?: Record<string, string>;
}

export interface DriverOptions {
  /** Ends every execution after this much emulated time, as Apps Script's limit would. */
  deadlineMs?: number;
  /** Builds the event object (default: addonEvent); tandem-sim reports an unknown event as bad input. */
  eventFor?: (ws: Workspace, options: AddonEventOptions) => Record<string, unknown>;
}

export class AddonDriver {
  constructor(
    readonly ws: Workspace,
    readonly runner: BundleRunner,
    private readonly options: DriverOptions = {},
  ) {}

  /** The same driver whose executions end after `deadlineMs` of emulated time (this one when undefined). */
  withDeadline(deadlineMs: number | undefined): AddonDriver {
    if (deadlineMs === undefined) return this;
    return new AddonDriver(this.ws, this.runner, { ...this.options, deadlineMs });
  }

  /** The homepage's "turn on" button: installs the triggers and runs the first sync in the card. */
  enable(user: string): ExecutionResult {
    return this.click(user, TURN_ON_ACTION);
  }

  /**
   * The hourly trigger's function run by hand (no trigger id): a sync that lists changes and does all
   * that is due, then the reminder to prepare if one is due.
   */
  sync(user: string): ExecutionResult {
    return this.runner.run(this.ws, {
      user,
      functionName: ENTRY.scheduledSync,
      args: [{ authMode: 'FULL' }],
      kind: 'trigger',
      deadlineMs: this.options.deadlineMs,
    });
  }

  /** Lets time pass to `to` (epoch ms), firing every due time and calendar trigger in time order. */
  tick(to: number): FiredTrigger[] {
    return tick(this.ws, this.runner, to, { deadlineMs: this.options.deadlineMs });
  }

  /** The homepage card: Calendar's, or the Docs sidebar's when the place is a doc. */
  homepage(user: string, place: CardPlace = {}): ExecutionResult {
    const docs = (place.host ?? (place.docId !== undefined ? 'DOCS' : 'CALENDAR')) === 'DOCS';
    return this.card(user, docs ? ENTRY.docsHomepage : ENTRY.homepage, place);
  }

  /** The Calendar event card (eventOpenTrigger) on an event of the user's calendar. */
  openEvent(user: string, eventId: string): ExecutionResult {
    return this.card(user, ENTRY.calendarEventOpen, { host: 'CALENDAR', eventId });
  }

  /** The Docs sidebar (the Docs homepage trigger) on a doc. */
  openDoc(user: string, docId: string): ExecutionResult {
    return this.card(user, ENTRY.docsHomepage, { host: 'DOCS', docId });
  }

  /** The person's "Allow access": Docs grants drive.file for the doc, then runs onFileScopeGranted. */
  grantFileScope(user: string, docId: string): ExecutionResult {
    this.ws.drive.grantFileScope(user, docId);
    return this.card(user, ENTRY.docsFileScopeGranted, { host: 'DOCS', docId });
  }

  /** A button press routed by `action` through dispatchAction, on the card of `options`' event or doc. */
  click(
    user: string,
    action: string,
    params: Record<string, string> = {},
    options: PressOptions = {},
  ): ExecutionResult {
    return this.card(user, ENTRY.action, { ...options, parameters: { ...params, action } });
  }

  /** Runs a card function of the bundle with the event object Google's host would pass it. */
  card(user: string, functionName: string, call: CardCall = {}): ExecutionResult {
    const host = call.host ?? (call.docId !== undefined ? 'DOCS' : 'CALENDAR');
    const event = (this.options.eventFor ?? addonEvent)(this.ws, {
      user,
      hostApp: host,
      ...(call.eventId !== undefined ? { eventId: call.eventId } : {}),
      ...(call.calendarId !== undefined ? { calendarId: call.calendarId } : {}),
      ...(call.docId !== undefined ? { docId: call.docId } : {}),
      ...(call.parameters ? { parameters: call.parameters } : {}),
      ...(call.form ? { formInputs: call.form } : {}),
    });
    // Date pickers: developers.google.com/workspace/add-ons/concepts/event-objects#date-input
    // (dateInput.msSinceEpoch) and #date-time-input (dateTimeInput: msSinceEpoch, hasDate, hasTime).
    if (call.dates || call.dateTimes) {
      const common = event.commonEventObject as { formInputs?: Record<string, unknown> };
      common.formInputs ??= {};
      for (const [name, ms] of Object.entries(call.dates ?? {}))
        common.formInputs[name] = { dateInput: { msSinceEpoch: String(ms) } };
      for (const [name, ms] of Object.entries(call.dateTimes ?? {}))
        common.formInputs[name] = {
          dateTimeInput: { msSinceEpoch: String(ms), hasDate: true, hasTime: true },
        };
    }
    return this.runner.run(this.ws, {
      user,
      functionName,
      args: [event],
      kind: 'card',
      activeDocumentId: host === 'DOCS' ? (call.docId ?? null) : null,
      deadlineMs: this.options.deadlineMs,
    });
  }

  /**
   * What Calendar does with a card's answer on an open event: the attachments it returns wait in
   * that event, unsaved, until the person saves it. Returns them ([] when none or no event is open).
   */
  holdAttachments(user: string, eventId: string | undefined, response: unknown): AddonAttachment[] {
    const attachments = attachmentsOfResponse(response);
    if (eventId === undefined || attachments.length === 0) return [];
    this.ws.openEvents.hold(user, eventId, attachments);
    return attachments;
  }
}
