// Drives the bundle in the emulator as a user would (turn on, open a card, let time pass) and
// prepares the worlds the scenarios start from, each built once and reused for every run.
import type { calendar_v3 } from 'googleapis/build/src/apis/calendar/v3';
import { AddonDriver } from '../driver/driver';
import { typeInSection } from '../driver/typing';
import { Workspace } from '../emulator/workspace';
import type { World } from '../emulator/world';
import { pairTag } from '../../src/core/pairs';
import { appendHistory } from './five-year-doc';
import type { MeasuredExecution, MeasuredRunner } from './measure';
import { MANAGER, MONDAY, managerWorld, pairSeriesId, report } from './worlds';

const MINUTE = 60 * 1000;
/**
 * Turning on runs the first sync in the card; what its 20 s do not reach, the first hourly run
 * (within the hour, at the minute Apps Script picked) finishes.
 */
export const SETTLE_MS = 65 * MINUTE;
export const FIVE_YEARS_OF_WEEKS = 260;
/** The hour (Paris) of the manager's reminder to prepare in the reminder worlds. */
export const REMINDER_HOUR = 17;

/** A workspace and the runner recording what the bundle does in it, driven as the manager. */
export class Session {
  readonly ws: Workspace;
  private readonly driver: AddonDriver;

  constructor(
    world: World,
    readonly runner: MeasuredRunner,
  ) {
    this.ws = Workspace.fromWorld(world);
    this.driver = new AddonDriver(this.ws, runner);
  }

  /** The homepage "turn on" button, as the manager. */
  enable(): void {
    this.driver.enable(MANAGER.email);
  }

  /** Lets time pass to `at`, firing every due trigger. */
  tickTo(at: number): void {
    this.driver.tick(at);
  }

  /** One background sync now, run by hand (no trigger id): it lists changes and does all that is due. */
  sync(): void {
    this.driver.sync(MANAGER.email);
  }

  /**
   * The manager changes a meeting that is not a 1:1 (a team meeting's title) in Calendar's own UI:
   * a person's change, so it fires her calendar trigger.
   */
  changeUnrelatedEvent(): void {
    const calendar = this.ws.calendar.service(this.ws.personContext(MANAGER.email));
    const page = calendar.Events.list('primary', {
      timeMin: new Date(this.ws.now).toISOString(),
      maxResults: 250,
    }) as calendar_v3.Schema$Events;
    const event = (page.items ?? []).find(
      (e) => e.id && !e.id.startsWith('pair') && (e.attendees ?? []).length > 2 && e.recurrence,
    );
    if (!event?.id) throw new Error('no team meeting to change');
    calendar.Events.patch({ summary: `${event.summary ?? ''} (new room)` }, 'primary', event.id);
  }

  /** Opens the Calendar event card on the next occurrence of pair i's 1:1. */
  openEventCard(pair: number): void {
    this.driver.openEvent(MANAGER.email, this.nextInstanceId(pair));
  }

  /** Opens the Docs sidebar (homepage trigger) on pair i's agenda doc. */
  openDocsSidebar(pair: number): void {
    this.driver.openDoc(MANAGER.email, this.pairDocId(pair));
  }

  nextInstanceId(pair: number): string {
    const calendar = this.ws.calendar.service(this.ws.personContext(MANAGER.email));
    const page = calendar.Events.instances('primary', pairSeriesId(pair), {
      timeMin: new Date(this.ws.now).toISOString(),
      maxResults: 1,
    }) as calendar_v3.Schema$Events;
    const id = page.items?.[0]?.id;
    if (!id) throw new Error(`pair ${pair} has no coming occurrence`);
    return id;
  }

  /** The agenda doc of pair i, found as Tandem tags it in Drive. */
  pairDocId(pair: number): string {
    const key = [MANAGER.email, report(pair).email].sort().join(' ');
    const tag = pairTag(key);
    const file = this.ws.drive
      .allFiles()
      .find((f) => f.meta.appProperties?.tandemPair === tag && !f.meta.trashed);
    if (!file?.meta.id) throw new Error(`no agenda doc for pair ${pair}`);
    return file.meta.id;
  }

  /**
   * A person types a line at the end of pair i's section dated `date` (a human edit: no API call
   * of Tandem's). An open item when `text` starts with "[ ]".
   */
  append(email: string, pair: number, date: string, text: string): void {
    typeInSection(this.ws, email, this.pairDocId(pair), { date }, text);
  }

  /** Size of pair i's doc: bytes of its documents.get JSON and its paragraph count. */
  docSize(pair: number): { bytes: number; paragraphs: number } {
    const document = this.ws.drive.documentJson(this.pairDocId(pair));
    const content = document?.body?.content ?? [];
    return {
      bytes: Buffer.byteLength(JSON.stringify(document ?? {})),
      paragraphs: content.filter((e) => e.paragraph).length,
    };
  }

  /** Fails loudly when an execution failed: a broken run would measure nothing meaningful. */
  take(): MeasuredExecution[] {
    const executions = this.runner.take();
    const failed = executions.filter((e) => !e.ok);
    if (failed.length > 0) {
      throw new Error(
        `execution failed: ${failed.map((e) => `${e.functionName}: ${e.error ?? '?'}`).join('; ')}`,
      );
    }
    return executions;
  }
}

/** The starting worlds of the scenarios, built once (through the real bundle) and cached. */
export class Worlds {
  private readonly cache = new Map<string, World>();

  constructor(private readonly runner: MeasuredRunner) {}

  private memo(key: string, build: () => World): World {
    let world = this.cache.get(key);
    if (!world) {
      world = build();
      this.cache.set(key, world);
    }
    return world;
  }

  /** P 1:1s among the other events, Tandem off, Monday 07:00 Paris. */
  fresh(pairs: number): World {
    return this.memo(`fresh${pairs}`, () => managerWorld({ pairs }));
  }

  /** P pairs with their docs prepared: turned on at MONDAY and settled ten minutes later. */
  settled(pairs: number): World {
    return this.memo(`settled${pairs}`, () => {
      const session = new Session(this.fresh(pairs), this.runner);
      session.enable();
      session.tickTo(Date.parse(MONDAY) + SETTLE_MS);
      session.take();
      return session.ws.toWorld();
    });
  }

  /** The 40-pair world on Friday 23:00 Paris, every 1:1 of the week held and prepared. */
  fridayNight(pairs: number): World {
    return this.memo(`friday${pairs}`, () => {
      const session = new Session(this.settled(pairs), this.runner);
      session.tickTo(Date.parse('2026-11-20T22:00:00Z'));
      session.take();
      return session.ws.toWorld();
    });
  }

  /**
   * One pair (its 1:1 on Mondays, 09:00 Paris), settled, then left to Sunday noon: the section of
   * next Monday's meeting was written after this Monday's, and nobody touched the doc since.
   */
  onePairSunday(): World {
    return this.memo('onePairSunday', () => {
      const session = new Session(this.settled(1), this.runner);
      session.tickTo(Date.parse('2026-11-22T11:00:00Z'));
      session.take();
      return session.ws.toWorld();
    });
  }

  /**
   * P pairs settled on Monday with the reminder to prepare on at 17:00 Paris (16:00Z); with
   * `twiceWeekly`, pair 0 meets on Mondays and Tuesdays (one series), so Monday's runs read its doc.
   */
  remindersOn(pairs: number, twiceWeekly: boolean): World {
    return this.memo(`reminders${pairs}${twiceWeekly ? 'twice' : ''}`, () => {
      const world = structuredClone(this.fresh(pairs));
      const series = world.calendars[MANAGER.email]?.events.find((e) => e.id === pairSeriesId(0));
      if (twiceWeekly && series) series.recurrence = ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU'];
      world.userProperties[MANAGER.email] = {
        settings: JSON.stringify({ remindDayBefore: true, remindHour: REMINDER_HOUR }),
      };
      const session = new Session(world, this.runner);
      session.enable();
      session.tickTo(Date.parse(MONDAY) + SETTLE_MS);
      session.take();
      return session.ws.toWorld();
    });
  }

  /**
   * One pair whose weekly 1:1 started five years ago, settled, then its doc given 260 past
   * sections (about 1,500 action items) under the section Tandem prepared.
   */
  fiveYears(): World {
    return this.memo('fiveYears', () => {
      const started = managerWorld({ pairs: 1, firstMonday: '2021-11-15' });
      const session = new Session(started, this.runner);
      session.enable();
      session.tickTo(Date.parse(MONDAY) + SETTLE_MS);
      session.take();
      const world = session.ws.toWorld();
      const docId = session.pairDocId(0);
      const file = world.drive.files.find((f) => f.id === docId);
      if (!file?.document) throw new Error('the five-year pair has no doc');
      // Pair 0 meets on Mondays; the latest held meeting is the Monday before MONDAY.
      file.document = appendHistory(file.document, {
        names: [MANAGER.name.split(' ')[0]!, report(0).name.split(' ')[0]!],
        latestHeld: '2026-11-09',
        weeks: FIVE_YEARS_OF_WEEKS,
        openInLatest: 3,
      });
      return world;
    });
  }
}
