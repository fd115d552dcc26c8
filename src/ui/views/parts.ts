// Widgets and sentences several cards share: the other person, an open item, the cadence lines,
// a warning, a sync problem, a suggested question. Every value from a doc or an event is escaped.
import type { Cadence, CadenceWarning } from '../../core/schedule';
import { decorated, html, paragraph, type Button, type Widget } from '../card';
import { daysFrom, displayName, formatDay, howOften, plural, whenDay, type Viewer } from './format';
import type { OpenItem, PairProblem, Person, SuggestedQuestion } from './model';

/** Past this many open items a card shows the first ones and says how many more are in the doc. */
export const MAX_ITEMS_SHOWN = 15;

/** The other person of the pair, with their email underneath. */
export function personWidget(other: Person, label: string, button?: Button): Widget {
  const name = displayName(other);
  return decorated({
    topLabel: label,
    text: html`${name}`,
    ...(name !== other.email ? { bottomLabel: html`${other.email}` } : {}),
    startIcon: { knownIcon: 'PERSON', altText: 'Person' },
    wrapText: true,
    ...(button ? { button } : {}),
  });
}

/** One open action item: owner on top, the task, then due date and where it came from. */
export function itemWidget(item: OpenItem, viewer: Viewer, button?: Button): Widget {
  const details: string[] = [];
  if (item.due) {
    const late = (daysFrom(viewer.today, item.due) ?? 0) < 0;
    details.push(`${late ? 'Overdue: was due' : 'Due'} ${whenDay(item.due, viewer)}`);
  }
  if (item.from) details.push(`from ${formatDay(item.from, viewer)}`);
  return decorated({
    ...(item.owner ? { topLabel: html`${displayName(item.owner)}` } : {}),
    text: html`${item.task}`,
    ...(details.length > 0 ? { bottomLabel: html`${details.join(' · ')}` } : {}),
    wrapText: true,
    ...(button ? { button } : {}),
  });
}

/** "…and 3 more in the doc", when a list was cut. */
export function moreInDoc(hidden: number): Widget | null {
  return hidden > 0 ? decorated({ text: html`…and ${plural(hidden, 'more item')} in the doc` }) : null;
}

/** The cadence in two or three lines: last met, how often, the 90-day counts, then warnings. */
export function cadenceWidgets(cadence: Cadence, viewer: Viewer, other: Person): Widget[] {
  const widgets: Widget[] = [
    decorated({
      topLabel: 'Last met',
      text: cadence.lastMet ? html`${whenDay(cadence.lastMet, viewer)}` : 'Not yet',
      ...(cadence.usualIntervalDays !== null
        ? { bottomLabel: html`Usually ${howOften(cadence.usualIntervalDays)}` }
        : {}),
      startIcon: { knownIcon: 'CLOCK', altText: 'Cadence' },
    }),
    decorated({
      topLabel: 'Last 90 days',
      text: html`${plural(cadence.held, 'meeting')} held, ${cadence.cancelled} cancelled`,
    }),
  ];
  for (const warning of cadence.warnings) widgets.push(warningWidget(warning, other));
  return widgets;
}

export function warningWidget(warning: CadenceWarning, other: Person): Widget {
  return decorated({ text: html`⚠️ ${warningText(warning, other)}`, wrapText: true });
}

/**
 * A cadence warning in plain words.
 *
 * @example warningText({ kind: 'noRecentMeeting', days: 21 }, bob) // 'No 1:1 with Bob Okafor in 21 days'
 */
export function warningText(warning: CadenceWarning, other: Person): string {
  if (warning.kind === 'noRecentMeeting') return `No 1:1 with ${displayName(other)} in ${warning.days} days`;
  return `${warning.cancelled} of the last ${warning.occurrences} meetings were cancelled`;
}

/**
 * A sync problem in plain words, for the person who can act on it.
 *
 * @example problemText({ kind: 'sharingBlocked' }, bob) // "Your organization doesn't allow sharing the agenda with Bob Okafor…"
 */
export function problemText(problem: PairProblem, other: Person): string {
  const name = displayName(other);
  switch (problem.kind) {
    case 'docMissing':
      return 'The agenda doc was deleted. Tandem won’t make a new one on its own: create one when you’re ready.';
    case 'sharingBlocked':
      return `Your organization doesn’t allow sharing the agenda with ${name}. An admin can allow it, or you can share it another way.`;
    case 'noAccess':
      return 'Tandem can’t open the agenda doc any more. Ask its owner to share it with you again.';
    case 'busy':
      return 'Google couldn’t do it just now. Tandem tries again on its next sync.';
    case 'other':
      return problem.message;
  }
}

const PROBLEM_COLOR = '#b3261e';

/** A form problem, shown in red next to the field it is about. */
export function fieldProblem(message: string): Widget {
  return paragraph(html`<font color="${PROBLEM_COLOR}">⚠️ ${message}</font>`);
}

/** A suggested question with its add button. */
export function questionWidget(question: SuggestedQuestion, button: Button): Widget {
  return decorated({ text: html`${question.text}`, wrapText: true, button });
}
