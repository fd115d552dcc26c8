// The open action items a card lists for the next meeting: those of its section when it is in the
// doc, else those the next section will carry from the latest earlier one. Each keeps where it is.
import { itemsToCarry, parseAgenda, type ActionItem, type Agenda, type Person } from '../../core/agenda';
import type { Document } from '../../ports';
import type { OpenItem } from './view-models';

/** A date after every meeting: "whatever comes next" when no meeting is planned. */
const AFTER_ALL = '9999-12-31';

function toOpenItem(item: ActionItem, sectionDate: string, people: readonly Person[]): OpenItem {
  const owner = item.owner ? (people.find((p) => p.email.toLowerCase() === item.owner) ?? null) : null;
  return {
    task: item.task,
    owner,
    due: item.due,
    invalidDue: item.invalidDue,
    from: item.carriedFrom,
    ref: { date: sectionDate, identity: item.identity },
  };
}

/**
 * The open items for the meeting on `nextDate` (null: none planned), one per identity, in doc order.
 *
 * @example nextOpenItems(agenda, '2026-11-24', people).map((i) => i.task) // ['send the design doc']
 */
export function nextOpenItems(
  agenda: Agenda,
  nextDate: string | null,
  people: readonly Person[],
): OpenItem[] {
  const sections = nextDate ? agenda.sections.filter((s) => s.date === nextDate) : [];
  if (sections.length === 0) {
    return itemsToCarry(agenda, nextDate ?? AFTER_ALL).map(({ item, sectionDate }) =>
      toOpenItem(item, sectionDate, people),
    );
  }
  const seen = new Set<string>();
  const items: OpenItem[] = [];
  for (const section of sections) {
    for (const { item } of section.items) {
      if (item.done || seen.has(item.identity)) continue;
      seen.add(item.identity);
      items.push(toOpenItem(item, section.date, people));
    }
  }
  return items;
}

/** The doc read as an agenda, with the next meeting's open items. */
export function readAgenda(
  document: Document,
  nextDate: string | null,
  people: readonly Person[],
): { agenda: Agenda; openItems: OpenItem[] } {
  const agenda = parseAgenda(document, people);
  return { agenda, openItems: nextOpenItems(agenda, nextDate, people) };
}
