// Widgets and sentences several cards share: the other person, an open item, the cadence lines,
// a warning, a sync problem, a suggested question. Every value from a doc or an event is escaped.
import type { Cadence, CadenceWarning } from '../../core/schedule';
import {
  buttons,
  decorated,
  html,
  paragraph,
  section,
  text,
  type Button,
  type CardSection,
  type Widget,
} from '../card';
import {
  clampText,
  daysFrom,
  displayName,
  formatDay,
  howOften,
  plural,
  whenDay,
  type Viewer,
} from '../../app/format';
import type { OpenItem, PairProblem, Person, SuggestedQuestion } from '../../app/cards/view-models';
import { routeButton, type RouteParams } from './routes';

/** Past this many open items a card shows the first ones and says how many more are in the doc. */
export const MAX_ITEMS_SHOWN = 15;
/**
 * Characters of an action item a card shows: at most four lines beside a "Mark done" button in a
 * ~300 px panel (an item of 140 took five). A longer item
 * ends with an ellipsis; the doc keeps it whole.
 */
export const MAX_ITEM_CHARS = 100;

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
  if (item.invalidDue) details.push(`“due ${item.invalidDue}” isn’t a date: fix it in the doc`);
  if (item.from) details.push(`from ${formatDay(item.from, viewer)}`);
  return decorated({
    ...(item.owner ? { topLabel: html`${displayName(item.owner)}` } : {}),
    text: html`${clampText(item.task, MAX_ITEM_CHARS)}`,
    ...(details.length > 0 ? { bottomLabel: html`${details.join(' · ')}` } : {}),
    wrapText: true,
    ...(button ? { button } : {}),
  });
}

/** "…and 3 more in the doc", when a list was cut. */
export function moreInDoc(hidden: number): Widget | null {
  return hidden > 0 ? decorated({ text: html`…and ${plural(hidden, 'more item')} in the doc` }) : null;
}

/**
 * The cadence in two lines, each with its icon so their text lines up: last met and how often,
 * then the 90-day counts. A warning goes under the line it is about, not on a line of its own.
 */
export function cadenceWidgets(cadence: Cadence, viewer: Viewer, other: Person): Widget[] {
  const warningsOf = (kind: CadenceWarning['kind']) =>
    cadence.warnings.filter((w) => w.kind === kind).map((w) => `⚠️ ${warningText(w, other)}`);
  const lastMet = [
    ...(cadence.usualIntervalDays !== null ? [`Usually ${howOften(cadence.usualIntervalDays)}`] : []),
    ...warningsOf('noRecentMeeting'),
  ];
  const counts = warningsOf('manyCancellations');
  return [
    decorated({
      topLabel: 'Last met',
      text: cadence.lastMet ? html`${whenDay(cadence.lastMet, viewer)}` : 'Not yet',
      ...(lastMet.length > 0 ? { bottomLabel: lastMet.map((line) => html`${line}`).join('<br>') } : {}),
      startIcon: { knownIcon: 'CLOCK', altText: 'Cadence' },
      wrapText: true,
    }),
    decorated({
      topLabel: 'Last 90 days',
      text: html`${plural(cadence.held, 'meeting')} held, ${cadence.cancelled} cancelled`,
      ...(counts.length > 0 ? { bottomLabel: counts.map((line) => html`${line}`).join('<br>') } : {}),
      startIcon: { knownIcon: 'INVITE', altText: 'Meetings' },
      wrapText: true,
    }),
  ];
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

/**
 * A suggested question at the panel's full width, its add button on the line below: a button
 * beside the text would squeeze a question into half the panel.
 */
export function questionWidgets(question: SuggestedQuestion, button: Button): Widget[] {
  return [decorated({ text: html`${question.text}`, wrapText: true }), buttons(button)];
}

/**
 * The viewer's own private notes on this pair (a doc of theirs, shared with no one). Every card is
 * the viewer's, so the button only ever opens the notes of the person who sees it.
 */
export function privateNotesSection(
  params: RouteParams['privateNotes'],
  options: Omit<Button, 'text' | 'onClick'> = {},
): CardSection {
  return section(
    [
      text('Notes only you can see, in a doc of your own that Tandem never shares.'),
      buttons(routeButton('My private notes', 'privateNotes', params, options)),
    ],
    { header: 'Private notes' },
  );
}
