// The soak: managers with many 1:1s over months of ticks, half of their reports running Tandem too
// and pressing its buttons, people writing in the docs and moving or cancelling meetings at random
// (seeded), and the invariants checked after every tick against the schedule the test itself keeps:
// one doc per pair, one section per held or next meeting, no lost paragraph, no open item twice in a
// section, no share outside the pair, both people's records naming the doc, and no Tandem writing a
// section into a doc it does not keep or changing a series its user does not organize. Half of the
// people who run Tandem have the reminder to prepare on (support/soak-reminders.ts).
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { docToLines } from '../../../dev/doc-text';
import { newLineRequests, sectionEnd } from '../../../dev/driver/typing';
import { pairTag } from '../../../src/core/pairs';
import { Scenario } from '../../harness';
import { openItemsBySection, sectionDates } from './invariants';
import { SoakReminders, type ReminderFigures } from './soak-reminders';
import { openDocOnce, pressAdd, pressMarkDone, recordProblems, type Pressed } from './soak-reports';
import { advance, click } from './worlds';
import { WriteWatch } from './write-watch';
import {
  instanceIdOf,
  localDateTime,
  occurrences,
  prng,
  soakWorld,
  SOAK_START,
  type SoakPair,
  type SoakSize,
} from './soak-world';

const HOUR_MS = 60 * 60 * 1000;
/** Ticks are half a day: people act at the start, triggers fire through it, invariants at its end. */
const TICK_MS = 12 * HOUR_MS;
/**
 * Tandem prepares the next section at the first hourly run at least a minute after a meeting ends
 * (src/app/due.ts): within 61 minutes; the check leaves it 65.
 */
const SETTLE_MS = 65 * 60 * 1000;
/** How often, per tick, a report who runs Tandem presses one of its buttons on their pair's doc. */
const PRESS_RATE = 0.06;

export interface SoakReport {
  ticks: number;
  executions: number;
  failedExecutions: string[];
  edits: number;
  itemsMarkedDone: number;
  moves: number;
  cancellations: number;
  pairsStopped: number;
  /** People who run Tandem: managers, and reports before or after their manager. */
  installed: number;
  /** "Add" and "Mark done" pressed by reports, and what they added or ticked. */
  presses: number;
  questionsAdded: number;
  itemsMarkedDoneByButton: number;
  checks: number;
  /** Pair records checked: the organizer's, and the report's when they run Tandem. */
  recordChecks: number;
  /** The reminder to prepare: who has it on, what was sent, the person-days that asked for one. */
  reminders: ReminderFigures;
  violations: string[];
}

interface DocState {
  version: string;
  lines: string[];
}

export class Soak {
  readonly s: Scenario;
  readonly pairs: SoakPair[];
  private readonly random: () => number;
  private readonly docsByTag = new Map<string, string>();
  private readonly cache = new Map<string, DocState>();
  /** doc id → the paragraphs people wrote there that are still theirs to keep. */
  private readonly written = new Map<string, string[]>();
  /** pair tag → when its doc was first seen. */
  private readonly docSince = new Map<string, number>();
  /** "person docId" for each person who opened a doc with the sidebar (and allowed access). */
  private readonly opened = new Set<string>();
  private readonly watch: WriteWatch;
  private readonly violationsSeen = new Set<string>();
  private watched = 0;
  private readonly enabledAt: number;
  private readonly reminders: SoakReminders;
  private now: number;
  private serial = 0;
  private sharesChecked = 0;
  readonly report: SoakReport = {
    ticks: 0,
    executions: 0,
    failedExecutions: [],
    edits: 0,
    itemsMarkedDone: 0,
    moves: 0,
    cancellations: 0,
    pairsStopped: 0,
    installed: 0,
    presses: 0,
    questionsAdded: 0,
    itemsMarkedDoneByButton: 0,
    checks: 0,
    recordChecks: 0,
    reminders: { remindersOn: 0, remindersSent: 0, remindersDue: 0, remindersExcused: 0 },
    violations: [],
  };

  constructor(private readonly size: SoakSize) {
    const built = soakWorld(size);
    this.s = new Scenario(built.world);
    this.pairs = built.pairs;
    this.random = prng(size.seed * 7919 + 1);
    this.watch = new WriteWatch(this.s.ws);
    const { reportsFirst, managers, reportsAfter } = built.installs;
    const installed = [...reportsFirst, ...managers, ...reportsAfter];
    for (const person of installed) {
      const result = click(this.s, person, 'turnOn');
      if (!result.ok) this.report.failedExecutions.push(`turnOn ${person}: ${result.error}`);
      this.report.installed++;
    }
    this.reminders = new SoakReminders(this.s, installed, (problem) =>
      this.report.failedExecutions.push(problem),
    );
    this.report.reminders = this.reminders.figures;
    this.enabledAt = this.s.ws.now;
    this.now = Date.parse(SOAK_START);
  }

  /** Who turned the reminder to prepare on, and at what hour of their zone. */
  get remindersOn(): readonly { email: string; hour: number }[] {
    return this.reminders.on;
  }

  /** Runs every tick, checking after each; stops after 50 different violations. */
  run(): SoakReport {
    const end = Date.parse(SOAK_START) + this.size.weeks * 7 * 24 * HOUR_MS;
    while (this.now < end && this.report.violations.length < 50) this.tick();
    return this.report;
  }

  tick(): void {
    if (this.report.ticks > 0) this.peopleAct();
    this.now += TICK_MS;
    const fired = advance(this.s, new Date(this.now).toISOString());
    this.report.executions += fired.length;
    for (const f of fired)
      if (!f.result.ok)
        this.report.failedExecutions.push(`${f.at} ${f.user} ${f.handlerFunction}: ${f.result.error}`);
    this.report.ticks++;
    this.check();
  }

  private pick<T>(list: T[]): T | undefined {
    return list[Math.floor(this.random() * list.length)];
  }

  private active(): SoakPair[] {
    return this.pairs.filter((p) => p.stoppedAt === undefined);
  }

  private docOf(pair: SoakPair): string | undefined {
    return this.docsByTag.get(pairTag(pair.pairKey));
  }

  // ——— people ———

  private peopleAct(): void {
    for (const pair of this.active()) {
      const docId = this.docOf(pair);
      if (docId && this.random() < 0.12) this.write(pair, docId);
      if (docId && pair.otherRunsTandem && this.random() < PRESS_RATE) this.press(pair, docId);
      if (this.random() < 0.02) this.moveOrCancel(pair);
    }
    if (this.random() < 0.02) this.stopPair();
  }

  private write(pair: SoakPair, docId: string): void {
    const who = this.random() < 0.5 ? pair.organizer : pair.other;
    const mine = this.written.get(docId) ?? [];
    const open = mine.filter((t) => t.startsWith('[ ] '));
    if (open.length > 0 && this.random() < 0.25) {
      this.markDone(who, docId, this.pick(open) ?? '');
      return;
    }
    const owner = (this.random() < 0.5 ? pair.organizer : pair.other).split('@')[0];
    const n = ++this.serial;
    const text =
      this.random() < 0.45
        ? `[ ] ${owner}: task ${n} (due 2027-0${1 + (n % 8)}-1${n % 10})`
        : (this.pick([`Topic ${n}: how is it going`, `Note ${n} — مرحبا 🎉`, `Win ${n}: shipped`]) ?? '');
    const document = this.s.document(docId);
    const date = this.sectionToWriteIn(document);
    if (!date) return;
    const index = sectionEnd(document, { date });
    this.s.edit(who, docId, [
      ...newLineRequests(index, text),
      { deleteParagraphBullets: { range: { startIndex: index + 1, endIndex: index + 2 } } },
    ]);
    this.written.set(docId, [...mine, text]);
    this.report.edits++;
  }

  /** People write in the newest section: the coming meeting's, or the one just held. */
  private sectionToWriteIn(document: docs_v1.Schema$Document): string | undefined {
    return sectionDates(docToLines(document))[0];
  }

  private markDone(who: string, docId: string, text: string): void {
    const element = (this.s.document(docId).body?.content ?? []).find(
      (e) => (e.paragraph?.elements ?? []).map((r) => r.textRun?.content ?? '').join('') === `${text}\n`,
    );
    const at = element?.startIndex;
    if (at === undefined || at === null) return;
    this.s.edit(who, docId, [
      { deleteContentRange: { range: { startIndex: at, endIndex: at + 3 } } },
      { insertText: { location: { index: at }, text: '[x]' } },
    ]);
    const mine = this.written.get(docId) ?? [];
    mine[mine.indexOf(text)] = `[x]${text.slice(3)}`;
    this.report.itemsMarkedDone++;
  }

  /** The report presses "Add" on the event card of their next meeting, or "Mark done" in the sidebar. */
  private press(pair: SoakPair, docId: string): void {
    const who = pair.other;
    openDocOnce(this.s, who, docId, this.opened);
    let pressed: Pressed;
    if (this.random() < 0.5) {
      const next = occurrences(pair, this.now, this.now + 30 * 24 * HOUR_MS)[0];
      if (!next) return;
      pressed = pressAdd(this.s, who, instanceIdOf(pair, next.originalWall), docId);
    } else {
      pressed = pressMarkDone(this.s, who, docId, (list) => this.pick(list));
    }
    this.report.presses++;
    const at = new Date(this.now).toISOString();
    for (const problem of pressed.problems) this.violate(at, problem);
    if (pressed.added) {
      this.written.set(docId, [...(this.written.get(docId) ?? []), pressed.added]);
      this.report.questionsAdded++;
    }
    if (pressed.lines) {
      // What the press ticked, where it was written: "[ ] …" is now "[x] …" there.
      const present = new Set(pressed.lines);
      const ticked = (t: string) =>
        t.startsWith('[ ] ') && !present.has(t) && present.has(`[x]${t.slice(3)}`);
      this.written.set(
        docId,
        (this.written.get(docId) ?? []).map((t) => (ticked(t) ? `[x]${t.slice(3)}` : t)),
      );
      this.report.itemsMarkedDoneByButton++;
    }
  }

  private moveOrCancel(pair: SoakPair): void {
    const next = occurrences(pair, this.now + 36 * HOUR_MS, this.now + 20 * 24 * HOUR_MS).find(
      (o) => !pair.changes.has(o.originalWall),
    );
    if (!next) return;
    const calendar = this.s.calendarAs(pair.organizer);
    const id = instanceIdOf(pair, next.originalWall);
    if (this.random() < 0.4) {
      calendar.Events.remove('primary', id);
      pair.changes.set(next.originalWall, null);
      this.report.cancellations++;
      return;
    }
    const shift = (this.random() < 0.5 ? 1 : -1) * 24 * HOUR_MS + 2 * HOUR_MS;
    const moved = next.originalWall + shift;
    calendar.Events.patch(
      {
        start: { dateTime: localDateTime(moved), timeZone: pair.zone },
        end: { dateTime: localDateTime(moved + pair.minutes * 60 * 1000), timeZone: pair.zone },
      },
      'primary',
      id,
    );
    pair.changes.set(next.originalWall, moved);
    this.report.moves++;
  }

  /** A third person joins a series: Tandem stops preparing that pair's doc. */
  private stopPair(): void {
    const pair = this.pick(this.active().filter((p) => !p.other.startsWith('m')));
    if (!pair) return;
    const calendar = this.s.calendarAs(pair.organizer);
    const series = calendar.Events.get('primary', pair.seriesId) as { attendees?: { email?: string }[] };
    calendar.Events.patch(
      { attendees: [...(series.attendees ?? []), { email: 'visitor@soak.example.com' }] },
      'primary',
      pair.seriesId,
    );
    pair.stoppedAt = this.now;
    this.report.pairsStopped++;
  }

  // ——— invariants ———

  private linesOf(docId: string): string[] {
    const file = this.s.ws.drive.file(docId);
    const version = `${file?.meta.version ?? ''}`;
    const cached = this.cache.get(docId);
    if (cached && cached.version === version) return cached.lines;
    const document = this.s.ws.drive.documentJson(docId);
    const lines = document ? docToLines(document) : [];
    this.cache.set(docId, { version, lines });
    return lines;
  }

  /** Records a violation the first time it is seen (a lasting one would repeat every tick). */
  private violate(at: string, problem: string): void {
    if (this.violationsSeen.has(problem)) return;
    this.violationsSeen.add(problem);
    this.report.violations.push(`${at} ${problem}`);
  }

  check(): void {
    const at = new Date(this.now).toISOString();
    const copies = new Map<string, number>();
    this.docsByTag.clear();
    for (const file of this.s.ws.drive.allFiles()) {
      const tag = file.meta.appProperties?.tandemPair;
      if (!tag || file.meta.trashed || !file.meta.id) continue;
      copies.set(tag, (copies.get(tag) ?? 0) + 1);
      if (!this.docsByTag.has(tag)) this.docsByTag.set(tag, file.meta.id);
      if (!this.docSince.has(tag)) this.docSince.set(tag, this.now);
    }
    for (const pair of this.pairs) {
      this.report.checks++;
      const tag = pairTag(pair.pairKey);
      const count = copies.get(tag) ?? 0;
      if (count !== 1) this.violate(at, `${pair.pairKey}: ${count} docs`);
      const docId = this.docsByTag.get(tag);
      if (!docId) continue;
      const lines = this.linesOf(docId);
      const dates = sectionDates(lines);
      const twice = dates.filter((d, i) => dates.indexOf(d) !== i);
      if (twice.length > 0) this.violate(at, `${pair.pairKey}: sections twice: ${twice.join(', ')}`);
      const until = pair.stoppedAt ?? this.now;
      const held = occurrences(pair, this.enabledAt, until).filter(
        (o) => o.end <= until && o.start >= this.enabledAt,
      );
      // The next meeting's section comes with the first hourly run after the last one ends: a tick
      // that lands before that run does not ask for it yet.
      const lastEnd = held.at(-1)?.end ?? this.enabledAt;
      const settled = this.now - lastEnd >= SETTLE_MS;
      const next =
        pair.stoppedAt === undefined && settled
          ? occurrences(pair, this.now, this.now + 70 * 24 * HOUR_MS)[0]
          : undefined;
      for (const o of [...held, ...(next ? [next] : [])])
        if (!dates.includes(o.date)) this.violate(at, `${pair.pairKey}: no section for ${o.date}`);
      const present = new Set(lines);
      for (const text of this.written.get(docId) ?? [])
        if (!present.has(text)) this.violate(at, `${pair.pairKey}: lost "${text}"`);
      for (const [date, items] of openItemsBySection(lines)) {
        const dup = items.filter((item, i) => items.indexOf(item) !== i);
        if (dup.length > 0) this.violate(at, `${pair.pairKey} ${date}: open twice: ${dup[0]}`);
      }
      if (pair.stoppedAt !== undefined) continue;
      this.report.recordChecks += pair.otherRunsTandem ? 2 : 1;
      const since = this.docSince.get(tag) ?? this.now;
      for (const problem of recordProblems(this.s.ws, pair, docId, since, this.now))
        this.violate(at, problem);
    }
    for (const problem of this.watch.violations.slice(this.watched)) this.violate(at, problem);
    this.watched = this.watch.violations.length;
    const pairOfTag = new Map(this.pairs.map((p) => [pairTag(p.pairKey), p.pairKey]));
    const tagOf = new Map(
      this.s.ws.drive.allFiles().map((f) => [f.meta.id, f.meta.appProperties?.tandemPair]),
    );
    for (const share of this.s.ws.drive.sharingLog().slice(this.sharesChecked)) {
      const pairKey = pairOfTag.get(tagOf.get(share.fileId) ?? '') ?? '';
      if (!pairKey.split(' ').includes(share.emailAddress))
        this.violate(at, `${share.fileId} shared with ${share.emailAddress} (pair: ${pairKey || 'none'})`);
    }
    this.sharesChecked = this.s.ws.drive.sharingLog().length;
    this.reminders.check(this.now, this.pairs, (problem) => this.violate(at, problem));
  }
}
