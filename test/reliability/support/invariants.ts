// What must hold in every world, whatever failed: no twin docs, no share outside the pair, no second
// share attempt in one run, one section per meeting date, no open item twice in a section.
// Each check returns readable violations (empty when the world is sound), so tests print them.
import type { Workspace } from '../../../dev/emulator/workspace';
import { RETRY_DELAYS_MS } from '../../../src/api-error';
import type { ShareAttempt } from './tap';
import { pairOfDoc, type WorldView } from './world-view';

const SECTION_HEADING = /^# (\d{4}-\d{2}-\d{2})/;
const OPEN_ITEM = /^(?:\s*- )?\s*(?:\[[\s\u00A0]*\]|\u2610)\s*(.*)$/u;
const FROM_SUFFIX = /\s*\u00B7\s*from\s+\d{4}-\d{2}-\d{2}\s*$/u;

export function twins(view: WorldView): string[] {
  return Object.entries(view.docs)
    .filter(([, doc]) => doc.copies > 1)
    .map(([pairKey, doc]) => `${doc.copies} docs for ${pairKey}`);
}

/**
 * Every permission ever created names one of its doc's pair: a file that is not a pair doc (a
 * private review doc) must never be shared at all. `known` adds docs gone from the world since.
 */
export function sharesOutsidePairs(ws: Workspace, known: Map<string, string> = new Map()): string[] {
  const docs = new Map([...known, ...pairOfDoc(ws)]);
  return ws.drive
    .sharingLog()
    .filter((r) => !(docs.get(r.fileId) ?? '').split(' ').includes(r.emailAddress.toLowerCase()))
    .map((r) => `${r.fileId} shared with ${r.emailAddress} (pair: ${docs.get(r.fileId) ?? 'none'})`);
}

/**
 * Within one execution a doc is offered to one person only, and at most once plus the in-call
 * retries of a passing failure (src/api-error.ts RETRY_DELAYS_MS); `limit` tightens that.
 */
export function shareStorms(attempts: ShareAttempt[], limit = 1 + RETRY_DELAYS_MS.length): string[] {
  const byRun = new Map<string, ShareAttempt[]>();
  for (const a of attempts)
    byRun.set(`${a.execution} ${a.fileId}`, [...(byRun.get(`${a.execution} ${a.fileId}`) ?? []), a]);
  const problems: string[] = [];
  for (const [key, list] of byRun) {
    if (list.length > limit) problems.push(`${list.length} share attempts in execution/file ${key}`);
    if (new Set(list.map((a) => a.email)).size > 1) problems.push(`${key} offered to several people`);
  }
  return problems;
}

/** The meeting dates of a doc's sections, top to bottom. */
export function sectionDates(lines: string[]): string[] {
  return lines.map((l) => SECTION_HEADING.exec(l)?.[1]).filter((d): d is string => d !== undefined);
}

export function duplicateSections(view: WorldView): string[] {
  const problems: string[] = [];
  for (const [pairKey, doc] of Object.entries(view.docs)) {
    const dates = sectionDates(doc.lines);
    const twice = dates.filter((d, i) => dates.indexOf(d) !== i);
    if (twice.length > 0) problems.push(`${pairKey}: sections ${twice.join(', ')} appear twice`);
  }
  return problems;
}

/** The open items of each section, by identity (text without marker and carry suffix). */
export function openItemsBySection(lines: string[]): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith('# ')) {
      const date = SECTION_HEADING.exec(line)?.[1];
      current = date ? [] : null;
      if (date) sections.set(date, current as string[]);
      continue;
    }
    const open = line.startsWith('~~') ? null : OPEN_ITEM.exec(line);
    if (current && open) current.push((open[1] ?? '').replace(FROM_SUFFIX, '').trim());
  }
  return sections;
}

export function duplicateOpenItems(view: WorldView): string[] {
  const problems: string[] = [];
  for (const [pairKey, doc] of Object.entries(view.docs)) {
    for (const [date, items] of openItemsBySection(doc.lines)) {
      const twice = items.filter((item, i) => items.indexOf(item) !== i);
      if (twice.length > 0) problems.push(`${pairKey} ${date}: open twice: ${twice.join(' | ')}`);
    }
  }
  return problems;
}

/** All the checks above at once. */
export function soundness(
  ws: Workspace,
  view: WorldView,
  attempts: ShareAttempt[] = [],
  known: Map<string, string> = new Map(),
): string[] {
  return [
    ...twins(view),
    ...sharesOutsidePairs(ws, known),
    ...shareStorms(attempts),
    ...duplicateSections(view),
    ...duplicateOpenItems(view),
  ];
}
