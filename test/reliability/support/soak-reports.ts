// The soak's reports who run Tandem: they press "Add" on the event card of their next meeting and
// "Mark done" in the Docs sidebar, and each press is checked for what its words promise; and what
// both people's Tandems record of a pair is checked against the world after every tick.
import type { Workspace } from '../../../dev/emulator/workspace';
import type { Card } from '../../../src/ui/card';
import { routesOf } from '../../../src/ui/testing/read-card';
import type { Scenario } from '../../harness';
import { questionText } from '../../scenarios/two-sided/press-effects';
import { ADDED, allowAccess, answerOf, MARKED } from './two-people';
import { click } from './worlds';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Where a question goes when the next meeting's section is not written yet. */
const UNDER_TOPICS = /^Added under Topics at the top of the doc/;
export interface Pressed {
  /** What went wrong: the press failed, or did not do what its answer says. */
  problems: string[];
  /** The doc line the question became ("Add"). */
  added?: string;
  /** The doc's lines after a "Mark done" that ticked an item. */
  lines?: string[];
}

/** The lines of the section dated `date`, or [] when there is none. */
function sectionLines(lines: string[], date: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`# ${date}`));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith('# '));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** The person opens the event card of `eventId` and presses "Add" beside the first question. */
export function pressAdd(s: Scenario, who: string, eventId: string, docId: string): Pressed {
  const opened = s.driver.openEvent(who, eventId);
  if (!opened.ok) return { problems: [`${who}'s event card failed: ${opened.error}`] };
  const card = opened.value as Card;
  const route = routesOf(card).find((r) => r.action === 'addQuestion');
  if (!route) return { problems: [`${who}'s event card of ${eventId} offers no "Add"`] };
  const question = questionText(card, route.params.questionId ?? '');
  const pressed = s.driver.click(who, 'addQuestion', route.params, { eventId });
  const answer = answerOf(pressed);
  if (!ADDED.test(answer) && !UNDER_TOPICS.test(answer))
    return { problems: [`"Add" for ${who} answered “${answer}”`] };
  const lines = s.lines(docId);
  // "Added to the agenda for <the next meeting>": the newest section, the one on top.
  const top = lines.find((l) => /^# \d{4}-\d{2}-\d{2}/.test(l))?.slice(2, 12);
  const where = answer.startsWith('Added to the agenda for') && top ? sectionLines(lines, top) : lines;
  const added = where.find((l) => question !== null && l.includes(question));
  if (!added) return { problems: [`"Add" for ${who} said “${answer}” but the question is not there`] };
  return { problems: [], added };
}

/** The person opens the doc with the sidebar and presses "Mark done" on the item `pick` chooses. */
export function pressMarkDone(
  s: Scenario,
  who: string,
  docId: string,
  pick: <T>(list: T[]) => T | undefined,
): Pressed {
  const opened = s.driver.openDoc(who, docId);
  if (!opened.ok) return { problems: [`${who}'s sidebar failed: ${opened.error}`] };
  const route = pick(routesOf(opened.value as Card).filter((r) => r.action === 'markDone'));
  if (!route) return { problems: [] }; // nothing open in the next meeting
  const answer = answerOf(click(s, who, 'markDone', route.params));
  if (!MARKED.test(answer)) return { problems: [`"Mark done" for ${who} answered “${answer}”`] };
  const task = (route.params.item ?? '').replace(/^\d{4}-\d{2}-\d{2} /, '');
  const lines = s.lines(docId);
  const open = lines.filter((l) => isOpenCopyOf(l, task));
  if (open.length > 0) return { problems: [`"Mark done" for ${who} left “${open[0]}” open`], lines };
  return { problems: [], lines };
}

/**
 * Whether a doc line is an open copy of the item the sidebar calls `task` (its text without marker,
 * owner, due date and carry suffix).
 */
function isOpenCopyOf(line: string, task: string): boolean {
  const open = /^(?:- )?(?:\[ \]|\u2610) (.*?)(?: · from \d{4}-\d{2}-\d{2})?$/u.exec(line);
  if (!open) return false;
  const text = (open[1] ?? '').replace(/ \(due \d{4}-\d{2}-\d{2}\)$/, '');
  return text === task || text.replace(/^[^:]+: /, '') === task;
}

/** The first time a person opens the doc in Docs: they allow the sidebar access once. */
export function openDocOnce(s: Scenario, who: string, docId: string, opened: Set<string>): void {
  if (opened.has(`${who} ${docId}`)) return;
  allowAccess(s, who, docId);
  opened.add(`${who} ${docId}`);
}

interface StoredPair {
  docId?: string;
  userIsOrganizer?: boolean;
  createdByMe?: boolean;
  preparedDate?: string;
  error?: { code: number; reason: string };
}

/**
 * What both people's Tandems record of a pair, against the world: the pair's one doc (the other
 * person's within two days of it being made: their daily safety net lists the attachment), no
 * error, and nothing on the other person's record saying their Tandem keeps the doc.
 */
export function recordProblems(
  ws: Workspace,
  pair: { organizer: string; other: string; pairKey: string; otherRunsTandem: boolean },
  docId: string,
  docSince: number,
  now: number,
): string[] {
  const problems: string[] = [];
  const people = pair.otherRunsTandem ? [pair.organizer, pair.other] : [pair.organizer];
  for (const who of people) {
    const raw = ws.appsScript.properties({ kind: 'user', email: who }, false)?.[`pair:${pair.pairKey}`];
    const record = raw ? (JSON.parse(raw) as StoredPair) : undefined;
    if (record?.docId !== undefined && record.docId !== docId)
      problems.push(`${who}'s Tandem records ${record.docId} for ${pair.pairKey}, whose doc is ${docId}`);
    if (record?.error)
      problems.push(`${who}'s record of ${pair.pairKey} carries ${JSON.stringify(record.error)}`);
    if (who === pair.organizer) continue;
    if (!record?.docId && now - docSince > 2 * DAY_MS)
      problems.push(`${who}'s Tandem has not learned the doc of ${pair.pairKey}, made 2 days ago`);
    if (record && (record.userIsOrganizer !== false || record.createdByMe || record.preparedDate))
      problems.push(`${who}'s record of ${pair.pairKey} says their Tandem keeps the doc`);
  }
  return problems;
}
