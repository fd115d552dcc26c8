// The pair doc after five years of weekly 1:1s: past meeting sections appended, as Docs JSON, under
// the sections Tandem wrote itself (driving the bundle through 260 simulated weeks would be too slow).
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import { listForPreset } from '../emulator/docs/presets';
import { BULLET_PRESET } from '../../src/core/agenda/requests';
import { DEFAULT_TEMPLATE } from '../../src/core/agenda';
import { sectionLabel } from '../../src/core/schedule';

export interface HistoryOptions {
  /** First names of the two people, for owners and check-in notes. */
  names: readonly [string, string];
  /** The date of the latest meeting held (its section comes first among those appended). */
  latestHeld: string;
  weeks: number;
  /** Open items left in the latest held section (the rest of the history is done). */
  openInLatest: number;
}

const LIST_ID = 'kix.benchhistory';
const TASKS = [
  'send the design doc to Priya',
  'review the hiring loop feedback',
  'book time with the billing team',
  'draft the quarterly goals',
  'share the incident write-up',
  'ask Legal about the data retention clause',
  'update the on-call rota',
];

function daysBefore(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

let headingCounter = 0;

function paragraph(text: string, style: string, bullet = false): docs_v1.Schema$StructuralElement {
  const isHeading = style.startsWith('HEADING');
  return {
    paragraph: {
      elements: [{ textRun: { content: `${text}\n`, textStyle: {} } }],
      paragraphStyle: {
        namedStyleType: style,
        direction: 'LEFT_TO_RIGHT',
        // Unique ids up front: the emulator would otherwise search for a fresh one per heading.
        ...(isHeading ? { headingId: `h.bench${(headingCounter++).toString(36)}` } : {}),
      },
      ...(bullet ? { bullet: { listId: LIST_ID, textStyle: {} } } : {}),
    },
  };
}

/** How many items week `k` (0 = latest held) has: 5 to 7, about 5.75 on average. */
export function itemsInWeek(k: number): number {
  return 5 + (k % 4 === 0 ? 2 : k % 4 === 1 ? 1 : 0);
}

/** The action-item lines of week `k`: the first carries an item of the week before (both done). */
function itemLines(k: number, date: string, options: HistoryOptions): string[] {
  const [a, b] = options.names;
  const lines: string[] = [];
  const count = itemsInWeek(k);
  for (let j = 0; j < count; j++) {
    const open = k === 0 && j < options.openInLatest;
    const marker = open ? '[ ]' : '[x]';
    if (j === count - 1 && k < options.weeks - 1) {
      // A copy carried from the week before, as Tandem writes it.
      const from = daysBefore(date, 7);
      lines.push(`[x] ${b}: ${TASKS[(k + 1) % TASKS.length]} #${k + 1} (due ${date}) · from ${from}`);
      continue;
    }
    const owner = j % 2 === 0 ? a : b;
    lines.push(
      `${marker} ${owner}: ${TASKS[(k + j) % TASKS.length]} #${k}.${j} (due ${daysBefore(date, -7)})`,
    );
  }
  return lines;
}

/** The paragraphs of one past meeting section, in the default template with people's notes. */
function pastSection(k: number, date: string, options: HistoryOptions): docs_v1.Schema$StructuralElement[] {
  const [a, b] = options.names;
  const notes: Record<string, string> = {
    'Check-in': `${b}: a busy week, energy fine; ${a}: travelling on Thursday.`,
    Wins: `Shipped milestone ${k % 12} of the billing migration; good feedback from the design review.`,
    Challenges: `The test environment was down twice; waiting on another team for the API keys.`,
    Growth: `${b} wants more practice presenting to leadership; next step: run the monthly demo.`,
  };
  const out = [paragraph(sectionLabel(date), 'HEADING_1')];
  for (const heading of DEFAULT_TEMPLATE) {
    out.push(paragraph(heading, 'HEADING_2'));
    const note = notes[heading];
    if (note && (heading !== 'Growth' || k % 2 === 0)) out.push(paragraph(note, 'NORMAL_TEXT'));
    if (heading === 'Action items') {
      for (const line of itemLines(k, date, options)) out.push(paragraph(line, 'NORMAL_TEXT', true));
    }
  }
  return out;
}

/**
 * The document with `weeks` past weekly sections appended after its current content (newest first),
 * the latest one on `latestHeld`. Indices are left for the Docs model to recompute.
 * @example appendHistory(doc, { names: ['Maya', 'Bob'], latestHeld: '2026-11-09', weeks: 260, openInLatest: 3 })
 */
export function appendHistory(
  document: docs_v1.Schema$Document,
  options: HistoryOptions,
): docs_v1.Schema$Document {
  const content = (document.body?.content ?? []).map((element) => {
    const { startIndex: _start, endIndex: _end, ...rest } = element;
    return rest;
  });
  for (let k = 0; k < options.weeks; k++) {
    content.push(...pastSection(k, daysBefore(options.latestHeld, 7 * k), options));
  }
  return {
    ...document,
    body: { content },
    lists: { ...(document.lists ?? {}), [LIST_ID]: listForPreset(BULLET_PRESET) },
  };
}

/** Items in the appended history, for the report. */
export function historyItemCount(weeks: number): number {
  let total = 0;
  for (let k = 0; k < weeks; k++) total += itemsInWeek(k);
  return total;
}
