// The benchmark's scenarios and their targets (issue 6): what one run does, from which world, and
// how its measured figures are judged. Each run starts from a fresh copy of a cached world.
import { readFileSync } from 'node:fs';
import { PRE_MEETING_MS } from '../../src/app/due';
import { DEFAULT_TEMPLATE, parseAgenda, planMerge, planNextSection } from '../../src/core/agenda';
import { sectionLabel } from '../../src/core/schedule';
import { CARD_TIME_LIMIT_MS, TRIGGER_TIME_LIMIT_MS } from '../emulator/runtime';
import type { Workspace } from '../emulator/workspace';
import { SETTLE_MS, Session, type Worlds } from './driver';
import { cpuOf, type MeasuredExecution } from './measure';
import { MANAGER, MONDAY, report } from './worlds';

export interface BenchContext {
  worlds: Worlds;
  runner: Session['runner'];
  bundlePath: string;
}

/** What one run of a scenario produced. */
export interface RunSample {
  executions: MeasuredExecution[];
  /** CPU ms of the run: the bundle's, summed over executions, or the core's measured in Node. */
  cpuMs: number;
  /** CPU ms of the reference workload timed beside the core in the same run (core scenarios). */
  referenceMs?: number;
  doc?: { bytes: number; paragraphs: number };
  bundleBytes?: number;
}

/** A scenario's figures over all its runs (calls are exact and the same in every run). */
export interface Measured {
  calls: Record<string, number>;
  callCount: number;
  /** Calls to listing methods shared by all pairs: calendar.events.list and drive.files.list pages. */
  listPages: number;
  executions: number;
  cpuMsMedian: number;
  /** The lowest run: what the code costs when the machine lends it a whole core (CPU targets judge this). */
  cpuMsMin: number;
  cpuMsRuns: number[];
  /** Core scenarios: the reference workload's lowest run, and the core's lowest run divided by it. */
  referenceMsMin?: number;
  ratio?: number;
  /** The longest single execution in emulated time, and whether any sync stopped early. */
  maxElapsedMs: number;
  /** The longest card callback (not a trigger run), against Apps Script's 30 s for add-on actions. */
  maxCardElapsedMs: number;
  partial: boolean;
  doc?: { bytes: number; paragraphs: number };
  bundleBytes?: number;
}

export interface ScenarioSpec {
  id: string;
  title: string;
  target: string;
  /** 'bundle': dist/Code.js in the emulator; 'core': src/core called directly in Node. */
  cpuKind: 'bundle' | 'core' | 'none';
  run(ctx: BenchContext): RunSample;
  /** What misses the target, in words (empty when the target is met). */
  judge(m: Measured): string[];
}

export const LIST_METHODS = ['calendar.events.list', 'drive.files.list'];
export const CARD_CPU_TARGET_MS = 25;
export const CORE_CPU_TARGET_MS = 50;
export const BUNDLE_LIMIT_BYTES = 300_000;
const DAY_MS = 24 * 60 * 60 * 1000;

const sumCpu = (executions: MeasuredExecution[]) => executions.reduce((t, e) => t + e.bundleCpuMs, 0);

function sample(session: Session, docPair = 0): RunSample {
  const executions = session.take();
  return { executions, cpuMs: sumCpu(executions), doc: session.docSize(docPair) };
}

function atMost(what: string, actual: number, limit: number): string[] {
  return actual <= limit ? [] : [`${what} ${actual} > ${limit}`];
}

/** Exactly one call: events.list with the sync token. */
function onlyOneListing(m: Measured): string[] {
  return m.callCount === 1 && m.calls['calendar.events.list'] === 1
    ? []
    : [`calls ${JSON.stringify(m.calls)}, expected exactly one calendar.events.list`];
}

/** Calls other than list pages, per pair (the "calls per pair + list pages" targets). */
function perPair(m: Measured, pairs: number, limit: number): string[] {
  return atMost(
    `${m.callCount - m.listPages} calls beside list pages for ${pairs} pair(s):`,
    m.callCount - m.listPages,
    limit * pairs,
  );
}

/** When the K-th 1:1 of the week (1-based, in order of end) ends: eight a day, 30 minutes each. */
export function kthMeetingEnd(k: number): number {
  const day = Math.floor((k - 1) / 8);
  const slot = (k - 1) % 8;
  const endMinutes = 9 * 60 + 30 * (slot + 1);
  const hh = String(Math.floor(endMinutes / 60)).padStart(2, '0');
  const mm = String(endMinutes % 60).padStart(2, '0');
  return Date.parse(`2026-11-${16 + day}T${hh}:${mm}:00+01:00`);
}

/**
 * How many of the week's 1:1s start within PRE_MEETING_MS after `at`: a run then also brings their
 * sections up to date (src/app/due.ts), one doc read each.
 */
export function meetingsStartingSoon(at: number): number {
  let n = 0;
  for (let k = 1; k <= 40; k++) {
    const start = kthMeetingEnd(k) - 30 * 60 * 1000;
    if (start > at && start - at <= PRE_MEETING_MS) n++;
  }
  return n;
}

const cardScenario = (
  id: string,
  title: string,
  world: (w: Worlds) => ReturnType<Worlds['settled']>,
  open: (s: Session) => void,
  cpuTarget: boolean,
): ScenarioSpec => ({
  id,
  title,
  target: cpuTarget ? `≤ 2 calls; ≤ ${CARD_CPU_TARGET_MS} ms CPU` : '≤ 2 calls',
  cpuKind: 'bundle',
  run: (ctx) => {
    const session = new Session(world(ctx.worlds), ctx.runner);
    open(session);
    return sample(session);
  },
  judge: (m) => [
    ...atMost('calls', m.callCount, 2),
    ...(cpuTarget ? atMost('CPU ms (lowest run)', Math.round(m.cpuMsMin * 10) / 10, CARD_CPU_TARGET_MS) : []),
  ],
});

function syncAfterK(k: number): ScenarioSpec {
  const at = kthMeetingEnd(k) + 2 * 60 * 1000;
  const soon = meetingsStartingSoon(at);
  return {
    id: `sync-after-${k}`,
    title: `sync after ${k} meeting(s) ended (40 pairs; one sync, as the daily safety net runs it; ${soon} starting within 75 min)`,
    target: '≤ 3 calls per pair served (ended or starting soon) + list pages',
    cpuKind: 'bundle',
    run: (ctx) => {
      const session = new Session(ctx.worlds.settled(40), ctx.runner);
      session.ws.now = at;
      session.sync();
      return sample(session);
    },
    judge: (m) => perPair(m, k + soon, 3),
  };
}

function firstEnable(pairs: number): ScenarioSpec {
  return {
    id: `enable-${pairs}`,
    title: `first enable, ${pairs} 1:1 series among 200 other events`,
    target: `≤ 4 calls per pair + 3 (≤ ${4 * pairs + 3}); the turn-on card < 30 s, each run < 6 min`,
    cpuKind: 'bundle',
    run: (ctx) => {
      const session = new Session(ctx.worlds.fresh(pairs), ctx.runner);
      session.enable();
      session.tickTo(Date.parse(MONDAY) + SETTLE_MS);
      return sample(session);
    },
    // The first sync runs in the turn-on card and stops at its 20 s budget (src/app/turn-on.ts);
    // the first hourly run does the rest, so a partial first sync is by design.
    judge: (m) => [
      ...atMost('calls', m.callCount, 4 * pairs + 3),
      ...atMost('turn-on card ms', m.maxCardElapsedMs, CARD_TIME_LIMIT_MS),
      ...atMost('longest execution ms', m.maxElapsedMs, TRIGGER_TIME_LIMIT_MS),
    ],
  };
}

/**
 * The reference workload timed beside the core: a JSON round trip of the same five-year doc, the
 * work any reader of a documents.get answer does. Its time scales with the machine as the core's does.
 */
function referenceWork(doc: unknown): void {
  JSON.parse(JSON.stringify(doc));
}

/** Each run times the core and the reference this many times and keeps the lowest of each. */
const CORE_REPEATS = 5;
/**
 * The reference workload's lowest time on the machine where the target was checked (a shared 2-core
 * container, Node 20: 9.1 ms): the core's target as a ratio is CORE_CPU_TARGET_MS / this.
 */
const REFERENCE_BASELINE_MS = 9;

/** parseAgenda + planNextSection + planMerge on the five-year doc, directly in Node. */
function fiveYearCore(): ScenarioSpec {
  let document: ReturnType<Workspace['drive']['documentJson']> = null;
  return {
    id: 'five-year-core',
    title: '5-year doc: parse + plan (core, in Node)',
    target: `≤ ${CORE_CPU_TARGET_MS} ms CPU, judged as the lowest of the runs relative to a reference workload (× ${(CORE_CPU_TARGET_MS / REFERENCE_BASELINE_MS).toFixed(1)} a JSON round trip of the doc)`,
    cpuKind: 'core',
    run: (ctx) => {
      if (!document) {
        const session = new Session(ctx.worlds.fiveYears(), ctx.runner);
        document = session.ws.drive.documentJson(session.pairDocId(0));
      }
      if (!document) throw new Error('no five-year doc');
      const people = [
        { email: MANAGER.email, name: MANAGER.name },
        { email: report(0).email, name: report(0).name },
      ];
      let cpuMs = Infinity;
      let referenceMs = Infinity;
      let doc = document; // each pass replaces it with a fresh clone
      for (let i = 0; i < CORE_REPEATS; i++) {
        // A fresh object each time, as documents.get returns one: parseAgenda remembers the objects it read.
        doc = structuredClone(document);
        const fresh = doc;
        referenceMs = Math.min(
          referenceMs,
          cpuOf(() => referenceWork(fresh)),
        );
        cpuMs = Math.min(
          cpuMs,
          cpuOf(() => {
            const agenda = parseAgenda(fresh, people);
            if (agenda.sections.length < 260) throw new Error('the five-year doc lost its sections');
            planNextSection(
              fresh,
              { date: '2026-11-23', label: sectionLabel('2026-11-23') },
              DEFAULT_TEMPLATE,
              people,
            );
            planMerge(fresh, '2026-11-16', people, DEFAULT_TEMPLATE);
          }),
        );
      }
      const content = doc.body?.content ?? [];
      return {
        executions: [],
        cpuMs,
        referenceMs,
        doc: {
          bytes: Buffer.byteLength(JSON.stringify(doc)),
          paragraphs: content.filter((e) => e.paragraph).length,
        },
      };
    },
    // On a busy machine both figures grow together: the ratio, scaled to the baseline machine, is judged.
    judge: (m) =>
      atMost(
        'CPU ms (lowest run, scaled by the reference workload)',
        Math.round((m.ratio ?? Infinity) * REFERENCE_BASELINE_MS * 10) / 10,
        CORE_CPU_TARGET_MS,
      ),
  };
}

/** Pair i's meeting of the bench week as the K-th to end: pair slot*5 + weekday. */
function pairOfKth(k: number): number {
  return ((k - 1) % 8) * 5 + Math.floor((k - 1) / 8);
}

/** The date (Paris) of the K-th meeting of the bench week. */
function dateOfKth(k: number): string {
  return `2026-11-${16 + Math.floor((k - 1) / 8)}`;
}

const WEEK_MEETING_MS = 30 * 60 * 1000;

/**
 * The 40-pair week with both people editing every doc: the report adds a topic to the section 90
 * minutes before the meeting (before Tandem's read ahead of it; no earlier than the week's start),
 * the manager types a note ten minutes into it.
 */
function weekWithEdits(session: Session): void {
  const weekStart = session.ws.now;
  const edits: { at: number; run: () => void }[] = [];
  for (let k = 1; k <= 40; k++) {
    const start = kthMeetingEnd(k) - WEEK_MEETING_MS;
    const pair = pairOfKth(k);
    const date = dateOfKth(k);
    edits.push({
      at: Math.max(weekStart, start - 90 * 60 * 1000),
      run: () => session.append(report(pair).email, pair, date, 'A topic for today'),
    });
    edits.push({
      at: start + 10 * 60 * 1000,
      run: () => session.append(MANAGER.email, pair, date, 'A note taken in the meeting'),
    });
  }
  for (const edit of edits.sort((a, b) => a.at - b.at)) {
    session.tickTo(edit.at);
    edit.run();
  }
}

/** A week of 40 weekly 1:1s from the settled world; `edit` types people's edits before it runs. */
function weekOf(id: string, title: string, limit: number, edit?: (s: Session) => void): ScenarioSpec {
  return {
    id,
    title,
    target: `≤ ${limit} calls`,
    cpuKind: 'bundle',
    run: (ctx) => {
      const session = new Session(ctx.worlds.settled(40), ctx.runner);
      edit?.(session);
      session.tickTo(Date.parse(MONDAY) + 7 * DAY_MS + SETTLE_MS);
      return sample(session);
    },
    judge: (m) => atMost('calls', m.callCount, limit),
  };
}

/** Pair 0's Monday 1:1 of 2026-11-23, from the Sunday before to noon after it. */
const NEXT_MONDAY = '2026-11-23';
const NEXT_MONDAY_NOON = Date.parse('2026-11-23T11:00:00Z');
const NEXT_MONDAY_START = Date.parse('2026-11-23T08:00:00Z');

function heldMeeting(
  id: string,
  title: string,
  target: string,
  beside: number,
  edit: (s: Session) => void,
  during: (s: Session) => void,
): ScenarioSpec {
  return {
    id,
    title,
    target,
    cpuKind: 'bundle',
    run: (ctx) => {
      const session = new Session(ctx.worlds.onePairSunday(), ctx.runner);
      edit(session);
      session.tickTo(NEXT_MONDAY_START + 10 * 60 * 1000);
      during(session);
      session.tickTo(NEXT_MONDAY_NOON);
      return sample(session);
    },
    judge: (m) => atMost('calls beside list pages', m.callCount - m.listPages, beside),
  };
}

/** Monday's executions from the settled world to the hour after the reminder: the reminder's own run among them. */
const REMINDER_DAY_END = Date.parse('2026-11-16T17:05:00Z');

/**
 * A reminder day: Monday's runs (reads before meetings, writes after), then the reminder's e-mail.
 * Judged on the Docs reads of the reminder itself: one per listed doc no run read that day, none
 * for a doc a run read or wrote that day.
 */
function reminderDay(
  id: string,
  title: string,
  pairs: number,
  twiceWeekly: boolean,
  unreadDocs: number,
): ScenarioSpec {
  return {
    id,
    title,
    target: `0 Docs reads for a doc a run read today (${unreadDocs} read: docs no run read today)`,
    cpuKind: 'bundle',
    run: (ctx) => {
      const session = new Session(ctx.worlds.remindersOn(pairs, twiceWeekly), ctx.runner);
      session.tickTo(REMINDER_DAY_END);
      return sample(session);
    },
    judge: (m) => [
      ...(m.calls['mail.sendEmail'] === 1 ? [] : ['no reminder sent']),
      ...atMost(
        'Docs reads beyond the day\u2019s meetings (one before each)',
        (m.calls['docs.documents.get'] ?? 0) - MONDAY_MEETINGS(pairs),
        unreadDocs,
      ),
    ],
  };
}

/** How many of the pairs' 1:1s fall on Monday 2026-11-16 (pair i meets on weekday i % 5). */
const MONDAY_MEETINGS = (pairs: number) => Math.ceil(pairs / 5);

/** Every scenario of the table, in its order. */
export function allScenarios(): ScenarioSpec[] {
  return [
    cardScenario(
      'event-card',
      'open the event card of a 1:1 that has a doc',
      (w) => w.settled(10),
      (s) => s.openEventCard(0),
      true,
    ),
    cardScenario(
      'docs-sidebar',
      'open the Docs sidebar on an agenda doc',
      (w) => w.settled(10),
      (s) => s.openDocsSidebar(0),
      false,
    ),
    {
      id: 'quiet-sync',
      title: 'a sync when nothing changed (Friday night, no 1:1 ending or starting soon)',
      target: 'exactly 1 call (events.list with the sync token)',
      cpuKind: 'bundle',
      run: (ctx) => {
        const session = new Session(ctx.worlds.fridayNight(40), ctx.runner);
        session.ws.now += 5 * 60 * 1000;
        session.sync();
        return sample(session);
      },
      judge: onlyOneListing,
    },
    {
      id: 'unrelated-change',
      title: 'a calendar change that touches no 1:1 (a team meeting renamed; the calendar trigger)',
      target: 'exactly 1 call (events.list with the sync token)',
      cpuKind: 'bundle',
      run: (ctx) => {
        const session = new Session(ctx.worlds.fridayNight(40), ctx.runner);
        session.changeUnrelatedEvent();
        session.tickTo(session.ws.now + 5 * 60 * 1000);
        return sample(session);
      },
      judge: (m) => [
        ...(m.executions >= 1 ? [] : ['the calendar trigger did not run']),
        ...onlyOneListing(m),
      ],
    },
    {
      id: 'quiet-hour',
      title: 'an hour with nothing due (the hourly trigger, Friday night)',
      target: '0 calls',
      cpuKind: 'bundle',
      run: (ctx) => {
        const session = new Session(ctx.worlds.fridayNight(40), ctx.runner);
        session.tickTo(session.ws.now + 60 * 60 * 1000);
        return sample(session);
      },
      judge: (m) => [
        ...(m.executions >= 1 ? [] : ['the hourly trigger did not run']),
        ...atMost('calls', m.callCount, 0),
      ],
    },
    syncAfterK(1),
    syncAfterK(10),
    syncAfterK(40),
    firstEnable(1),
    firstEnable(10),
    firstEnable(40),
    fiveYearCore(),
    cardScenario(
      'five-year-card',
      '5-year doc: event card',
      (w) => w.fiveYears(),
      (s) => s.openEventCard(0),
      false,
    ),
    cardScenario(
      'five-year-sidebar',
      '5-year doc: Docs sidebar',
      (w) => w.fiveYears(),
      (s) => s.openDocsSidebar(0),
      false,
    ),
    {
      id: 'five-year-sync',
      title: '5-year doc: sync after its meeting ended',
      target: '≤ 3 calls per pair + list pages',
      cpuKind: 'bundle',
      run: (ctx) => {
        const session = new Session(ctx.worlds.fiveYears(), ctx.runner);
        session.ws.now = kthMeetingEnd(1) + 2 * 60 * 1000;
        session.sync();
        return sample(session);
      },
      judge: (m) => perPair(m, 1, 3),
    },
    {
      id: 'quiet-day',
      title: 'a day, 40 pairs, no 1:1 ends, nothing changes (Saturday)',
      target: '≤ 1 call in total',
      cpuKind: 'bundle',
      run: (ctx) => {
        const session = new Session(ctx.worlds.fridayNight(40), ctx.runner);
        session.tickTo(session.ws.now + DAY_MS);
        return sample(session);
      },
      judge: (m) => atMost('calls', m.callCount, 1),
    },
    // Per meeting: the read before it starts (items written late merged in) and the write after
    // it, planned from that read; an events listing a day, a Drive listing a day with writes.
    weekOf('week', 'a week, 40 weekly 1:1s held, no changes', 90),
    heldMeeting(
      'held-unedited',
      'a held meeting whose doc nobody edited since Tandem\u2019s last write (1 pair, Sunday to Monday noon)',
      '≤ 2 calls + list pages (the day\u2019s events and Drive listings)',
      2,
      () => undefined,
      () => undefined,
    ),
    heldMeeting(
      'held-edited',
      'a held meeting whose doc both people edited: a topic the day before, a note in the meeting',
      '≤ 3 calls + list pages',
      3,
      (s) => s.append(report(0).email, 0, NEXT_MONDAY, 'A topic for Monday'),
      (s) => s.append(MANAGER.email, 0, NEXT_MONDAY, 'A note taken in the meeting'),
    ),
    heldMeeting(
      'held-late-item',
      'a held meeting whose doc people edited with a late item (an open item added to last week\u2019s section)',
      '≤ 3 calls + 1 write (the late item moves) + list pages',
      4,
      (s) => s.append(report(0).email, 0, '2026-11-16', '[ ] Bob: send the figures'),
      (s) => s.append(MANAGER.email, 0, NEXT_MONDAY, 'A note taken in the meeting'),
    ),
    weekOf(
      'week-edits',
      'a week, 40 weekly 1:1s held, both people edit every doc (a topic before, a note during)',
      130,
      weekWithEdits,
    ),
    reminderDay(
      'reminder-day',
      'the reminder to prepare (Monday, 40 pairs): the day\u2019s runs, then the e-mail listing Tuesday\u2019s 8 1:1s, whose docs no run read that day',
      40,
      false,
      8,
    ),
    reminderDay(
      'reminder-read-today',
      'the reminder to prepare (Monday, 1 pair meeting Mondays and Tuesdays): the day\u2019s runs read and wrote the doc, then the e-mail for Tuesday',
      1,
      true,
      0,
    ),
    {
      id: 'bundle-size',
      title: 'bundle dist/Code.js',
      target: '≤ 300 kB (300,000 bytes)',
      cpuKind: 'none',
      run: (ctx) => ({ executions: [], cpuMs: 0, bundleBytes: readFileSync(ctx.bundlePath).length }),
      judge: (m) => atMost('bytes', m.bundleBytes ?? Infinity, BUNDLE_LIMIT_BYTES),
    },
  ];
}
