// What the people of the story wrote and did, kept by the test (never read back from Tandem): the
// lines they typed, their action items and whether each is open, the questions their buttons added,
// the sections they touched. And how a doc line reads as an action item, per design §3.
import { sectionDates } from '../../reliability/support/invariants';

const OPEN_MARKER = /^(?:\[[\s\u00A0]*\]|\u2610)\s*/u;
const DONE_MARKER = /^(?:\[[xX]\]|\u2611|\u2612|\u2705)\s*/u;
const FROM_SUFFIX = /\s*\u00B7\s*from\s+\d{4}-\d{2}-\d{2}\s*$/u;
const DUE = /\s*\(due \d{4}-\d{2}-\d{2}\)/u;
const OWNER = /^([^:\s]+):\s*/u;

/** A doc line without its list bullet. */
export function bare(line: string): string {
  return line.replace(/^\s*- /, '');
}

export interface LineItem {
  /** The item's identity as the story names it: owner, task and due, without marker or carry suffix. */
  identity: string;
  open: boolean;
}

/**
 * A doc line as an action item, or null when it is not one. Struck-through text is done.
 *
 * @example itemOfLine('- [ ] Bob: send the notes (due 2026-11-20) · from 2026-11-10')
 * // { identity: 'Bob: send the notes (due 2026-11-20)', open: true }
 */
export function itemOfLine(line: string): LineItem | null {
  let text = bare(line).trim();
  let struck = false;
  if (text.startsWith('~~') && text.endsWith('~~') && text.length > 4) {
    struck = true;
    text = text.slice(2, -2);
  }
  const open = OPEN_MARKER.exec(text);
  const done = DONE_MARKER.exec(text);
  if (!open && !done) return null;
  const rest = text
    .slice((open ?? done)![0].length)
    .replace(FROM_SUFFIX, '')
    .trim();
  return { identity: rest, open: open !== null && !struck };
}

/** The task of an identity, as the sidebar's item reference carries it (lower case, no owner or due). */
export function taskOf(identity: string): string {
  return identity.replace(OWNER, '').replace(DUE, '').trim().toLowerCase();
}

/** The lines of each meeting section, by date (a date twice keeps the first). */
export function sectionsOf(lines: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const dates = new Set(sectionDates(lines));
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith('# ')) {
      const date = /^# (\d{4}-\d{2}-\d{2})/.exec(line)?.[1];
      current = date && dates.has(date) && !out.has(date) ? [] : null;
      if (date && current) out.set(date, current);
      continue;
    }
    current?.push(line);
  }
  return out;
}

export interface StoryItem {
  identity: string;
  owner: string;
  /** The section it was first written in. */
  writtenIn: string;
  open: boolean;
}

export class Notebook {
  /** Everything a person typed, as it should still read (topics exactly, items by identity). */
  readonly typed: { text: string; by: string; date: string }[] = [];
  readonly items: StoryItem[] = [];
  /** Questions the buttons added, and the section each went to. */
  readonly questions: { text: string; date: string; by: string }[] = [];
  /** Section dates a person wrote in or ticked in. */
  readonly touched = new Set<string>();
  /** Items a person ticked in the doc, and those a "Mark done" press ticked. */
  ticks = 0;
  private serial = 0;

  next(): number {
    return ++this.serial;
  }

  wrote(by: string, date: string, text: string): void {
    this.typed.push({ text, by, date });
    this.touched.add(date);
    const item = itemOfLine(text);
    if (item && !this.items.some((i) => i.identity === item.identity))
      this.items.push({
        identity: item.identity,
        owner: by,
        writtenIn: date,
        open: item.open,
      });
  }

  ticked(identity: string, date: string): void {
    this.ticks++;
    this.touched.add(date);
    const item = this.items.find((i) => i.identity === identity);
    if (item) item.open = false;
  }

  /** The item the sidebar's reference names (`<date> <task>`), if it is one of the story's. */
  itemOfRef(ref: string): StoryItem | undefined {
    const task = ref
      .replace(/^\d{4}-\d{2}-\d{2} /, '')
      .trim()
      .toLowerCase();
    return this.items.find((i) => taskOf(i.identity) === task);
  }

  /** One line of what people did, for the story's figures. */
  figures(): string {
    return `people typed ${this.typed.length} lines (${this.items.length} action items), ticked ${this.ticks} items, added ${this.questions.length} questions`;
  }

  open(): StoryItem[] {
    return this.items.filter((i) => i.open);
  }
}
