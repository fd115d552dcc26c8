// Which action items move on to the next meeting: the open items of the latest earlier section
// that are not done anywhere since they first appeared, one per identity.

import type { ActionItem } from './action-item';
import type { Agenda, MeetingSection, SectionItem } from './parse';

export interface ItemToCarry {
  readonly item: ActionItem;
  /** The date of the section it sits in (its ` · from` date unless it already has one). */
  readonly sectionDate: string;
}

/**
 * The sections that hold the latest meeting before `date`: usually one; several when people
 * duplicated a date heading.
 *
 * @example
 * latestSectionsBefore(agenda, '2026-11-24').map((s) => s.date) // ['2026-11-17']
 */
export function latestSectionsBefore(agenda: Agenda, date: string): MeetingSection[] {
  const earlier = agenda.sections.filter((section) => section.date < date);
  const latest = earlier.reduce<string | null>(
    (max, section) => (max === null || section.date > max ? section.date : max),
    null,
  );
  return earlier.filter((section) => section.date === latest);
}

/**
 * The date an item first appeared: its ` · from` date, else the date of its own section.
 *
 * @example
 * firstAppeared({ item: { carriedFrom: '2026-11-10', … }, … }, '2026-11-17') // '2026-11-10'
 */
export function firstAppeared(item: ActionItem, sectionDate: string): string {
  return item.carriedFrom !== null && item.carriedFrom < sectionDate ? item.carriedFrom : sectionDate;
}

/**
 * Whether an item with this identity is marked done in a section dated `since` or later (and,
 * when given, before `until`). "An item done in any section is done" — but a task done a year
 * ago and written again this week is a new task, so only sections since it first appeared count.
 */
export function isDoneSince(agenda: Agenda, identity: string, since: string, until?: string): boolean {
  return agenda.sections.some(
    (section) =>
      section.date >= since &&
      (until === undefined || section.date < until) &&
      section.items.some((entry) => entry.item.done && entry.item.identity === identity),
  );
}

/**
 * The items a section for `date` should hold: every open item of every earlier section that is
 * not done anywhere since it first appeared, the first of each identity — the latest section's
 * items first, in order, then those written late into older sections (design.md §3: no open item
 * is ever left behind).
 *
 * @example
 * itemsToCarry(agenda, '2026-11-24').map((c) => c.item.task) // ['send the design doc']
 */
export function itemsToCarry(agenda: Agenda, date: string): ItemToCarry[] {
  const carried: ItemToCarry[] = [];
  const identities = new Set<string>();
  const earlier = agenda.sections
    .map((section, order) => ({ section, order }))
    .filter(({ section }) => section.date < date)
    .sort((a, b) => b.section.date.localeCompare(a.section.date) || a.order - b.order)
    .map(({ section }) => section);
  for (const section of earlier) {
    for (const { item } of section.items) {
      if (item.done || identities.has(item.identity)) continue;
      if (isDoneSince(agenda, item.identity, firstAppeared(item, section.date))) continue;
      identities.add(item.identity);
      carried.push({ item, sectionDate: section.date });
    }
  }
  return carried;
}

/**
 * The open carried copies in the sections for `date` whose original has been marked done: done
 * in a section from the copy's ` · from` date up to (not including) `date`.
 */
export function copiesToMarkDone(agenda: Agenda, date: string): SectionItem[] {
  return agenda.sections
    .filter((section) => section.date === date)
    .flatMap((section) => section.items)
    .filter(
      ({ item }) =>
        !item.done && item.carriedFrom !== null && isDoneSince(agenda, item.identity, item.carriedFrom, date),
    );
}
