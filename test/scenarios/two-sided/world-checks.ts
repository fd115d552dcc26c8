// The invariants that hold of the world after every step of the story, whoever acted: one doc,
// shared within the pair, one section per meeting dated as the series is, nothing lost or doubled,
// nothing left behind by a moved or cancelled meeting, names in the title, every open item ready.
import { pairTag } from '../../../src/core/pairs';
import type { CardScenario } from '../../cards/card-harness';
import type { StoryLedger } from './ledger';
import { bare, itemOfLine, sectionsOf, type Notebook } from './notebook';
import {
  ALICE,
  BOB,
  NAMES,
  NEXT_SECTION_WITHIN_MS,
  PAIR_KEY,
  type Occurrence,
  type Schedule,
} from './story-world';

const GOOGLE_DOC = 'application/vnd.google-apps.document';

export interface WorldFacts {
  readonly s: CardScenario;
  readonly schedule: Schedule;
  readonly notebook: Notebook;
  readonly ledger: StoryLedger;
  /** From this time on the pair must have its doc (the first install's sync, or the guest's press). */
  readonly docDueAt: number;
  /** Ten minutes after the last calendar change: Tandem has had its calendar trigger by then. */
  readonly calendarSettledAt: number;
}

/** Every live Google Doc that is the pair's agenda: tagged with the pair, or named like one. */
export function agendaDocs(s: CardScenario): string[] {
  const tag = pairTag(PAIR_KEY);
  return s.ws.drive
    .allFiles()
    .filter(
      (f) =>
        f.meta.id &&
        !f.meta.trashed &&
        f.meta.mimeType === GOOGLE_DOC &&
        (f.meta.appProperties?.tandemPair === tag || / · 1:1$/.test(f.meta.name ?? '')),
    )
    .map((f) => f.meta.id!);
}

/** The section of an occurrence among the doc's sections: its record date first, then another zone's. */
export function sectionFor(
  schedule: Schedule,
  sections: Map<string, string[]>,
  o: Occurrence,
): { date: string; lines: string[] } | null {
  for (const date of schedule.candidateDates(o)) {
    const lines = sections.get(date);
    if (lines) return { date, lines };
  }
  return null;
}

export function checkWorld(f: WorldFacts): void {
  const { s, ledger } = f;
  const now = s.ws.now;
  const docs = agendaDocs(s);
  ledger.check('oneDoc', docs.length <= 1 && (now < f.docDueAt || docs.length === 1), () =>
    docs.length === 0 ? 'no agenda doc for the pair' : `${docs.length} agenda docs: ${docs.join(', ')}`,
  );
  // People keep using the first doc; a twin is the oneDoc violation, and is still checked for its shares.
  docs.forEach((docId, i) => {
    checkSharesAndTitle(f, docId);
    if (i === 0) checkContent(f, docId);
  });
}

function checkSharesAndTitle(f: WorldFacts, docId: string): void {
  const { s, ledger } = f;
  const now = s.ws.now;
  const file = s.ws.drive.file(docId)!;

  const shared = (file.meta.permissions ?? []).map((p) =>
    p.type === 'user' ? (p.emailAddress ?? '').toLowerCase() : `${p.type}:${p.domain ?? ''}`,
  );
  ledger.check(
    'sharedInPair',
    shared.every((e) => e === ALICE || e === BOB) && (now < f.docDueAt + 10 * 60_000 || shared.length === 2),
    () => `${docId} shared with [${shared.join(', ')}]`,
  );
  const outside = s.ws.drive
    .sharingLog()
    .filter((r) => r.fileId === docId && ![ALICE, BOB].includes(r.emailAddress));
  ledger.check(
    'sharedInPair',
    outside.length === 0,
    () => `offered to ${outside.map((r) => r.emailAddress).join(', ')}`,
  );

  const lines = s.lines(docId);
  const title = lines.find((l) => l.startsWith('= ')) ?? '(no title line)';
  for (const [what, text] of [
    ['Drive name', file.meta.name ?? ''],
    ['title line', title],
  ] as const)
    ledger.check(
      'names',
      text.includes(NAMES[ALICE]!) && text.includes(NAMES[BOB]!) && !text.includes('@'),
      () => `${what} is "${text}"`,
    );
}

function checkContent(f: WorldFacts, docId: string): void {
  const { s, ledger, schedule, notebook } = f;
  const now = s.ws.now;
  const lines = s.lines(docId);
  const sections = sectionsOf(lines);
  const headings = lines.filter((l) => /^# \d{4}-\d{2}-\d{2}/.test(l));
  const twice = headings.filter((h, i) => headings.indexOf(h) !== i);
  ledger.check('sectionPerMeeting', twice.length === 0, () => `headings twice: ${twice.join(', ')}`);

  const held = schedule.held(now).filter((o) => o.end > f.docDueAt);
  const next = schedule.next(now);
  const last = schedule.lastHeld(now);
  // The next section appears with the first background run after a meeting ends (or the doc is made).
  const settled =
    now - Math.max(last?.end ?? 0, f.docDueAt) >= NEXT_SECTION_WITHIN_MS && now >= f.calendarSettledAt;
  for (const o of [...held, ...(next && settled ? [next] : [])]) {
    const matches = schedule.candidateDates(o).filter((d) => sections.has(d));
    ledger.check('sectionPerMeeting', matches.length === 1, () =>
      matches.length === 0
        ? `no section for the meeting of ${schedule.recordDate(o)} (headings: ${headings.join(' | ')})`
        : `the meeting of ${schedule.recordDate(o)} has sections ${matches.join(' and ')}`,
    );
    const found = sectionFor(schedule, sections, o);
    if (found)
      ledger.check(
        'recordDate',
        found.date === schedule.recordDate(o),
        () =>
          `the meeting at ${new Date(o.start).toISOString()} is headed ${found.date}, not ${schedule.recordDate(o)}`,
      );
  }

  const live = new Set(schedule.planned().flatMap((o) => schedule.candidateDates(o)));
  if (now >= f.calendarSettledAt) {
    for (const date of sections.keys()) {
      if (live.has(date) || notebook.touched.has(date)) continue;
      const abandoned = schedule.abandonedDates().includes(date);
      ledger.check('noLeftover', false, () =>
        abandoned
          ? `untouched section ${date} left behind by a moved or cancelled meeting`
          : `section ${date} is no meeting's`,
      );
    }
  }

  for (const [date, body] of sections) {
    const identities = body
      .map(itemOfLine)
      .filter((i) => i !== null)
      .map((i) => i.identity);
    const doubled = identities.filter((id, i) => identities.indexOf(id) !== i);
    ledger.check('noDouble', doubled.length === 0, () => `${date}: twice: ${doubled.join(' | ')}`);
    const asked = notebook.questions
      .map((q) => q.text)
      .filter((q) => body.filter((l) => l.includes(q)).length > 1);
    ledger.check('noDouble', asked.length === 0, () => `${date}: question twice: ${asked.join(' | ')}`);
  }

  const present = lines.map(bare);
  const identitiesInDoc = new Set(
    lines
      .map(itemOfLine)
      .filter((i) => i !== null)
      .map((i) => i.identity),
  );
  for (const typed of notebook.typed) {
    const item = itemOfLine(typed.text);
    const kept = item ? identitiesInDoc.has(item.identity) : present.includes(typed.text);
    ledger.check('noLoss', kept, () => `lost "${typed.text}" (typed by ${typed.by} in ${typed.date})`);
  }
  for (const q of notebook.questions)
    ledger.check(
      'noLoss',
      present.some((l) => l.includes(q.text)),
      () => `lost the question "${q.text}"`,
    );
}

/** Right before a meeting: its section holds every open item, open, and no done one as open. */
export function checkNextSectionReady(f: WorldFacts, docId: string | undefined): void {
  const { s, schedule, notebook, ledger } = f;
  const next = schedule.next(s.ws.now);
  if (!next) return;
  if (!ledger.check('nextSectionReady', docId !== undefined, () => 'no doc')) return;
  const found = sectionFor(schedule, sectionsOf(s.lines(docId!)), next);
  if (
    !ledger.check(
      'nextSectionReady',
      found !== null,
      () => `no section for the ${schedule.recordDate(next)} meeting`,
    )
  )
    return;
  const items = found!.lines.map(itemOfLine).filter((i) => i !== null);
  for (const item of notebook.items) {
    const here = items.filter((i) => i.identity === item.identity);
    if (item.open)
      ledger.check(
        'nextSectionReady',
        here.some((i) => i.open),
        () =>
          here.length === 0
            ? `open "${item.identity}" (from ${item.writtenIn}) is not in the ${found!.date} section`
            : `"${item.identity}" is in the ${found!.date} section but not open`,
      );
    else
      ledger.check(
        'nextSectionReady',
        !here.some((i) => i.open),
        () => `"${item.identity}" was done, yet the ${found!.date} section lists it open`,
      );
  }
}
