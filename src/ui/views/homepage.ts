// The homepage card (Calendar and Docs): Tandem on or off, the last sync, and every 1:1 pair with
// its last and next meeting, open items, cadence warnings and problems; settings at the bottom.
import type { PairRole } from '../../core/pairs';
import { buttons, card, decorated, html, linkButton, paragraph, section, text } from '../card';
import type { Card, CardSection, Widget } from '../card';
import { displayName, plural, whenDay, whenMeeting, whenMoment, type Viewer } from '../../app/format';
import type { HomepageModel, HomepagePair } from '../../app/cards/view-models';
import { problemText, warningText } from './parts';
import { routeButton } from './routes';

/** Pairs listed on the homepage; the rest are counted ("and 4 more"). */
export const MAX_PAIRS_SHOWN = 30;

const OTHER_ROLE_LABELS: Readonly<Record<PairRole, string>> = {
  manager: 'Your report',
  report: 'Your manager',
  peer: 'Your peer',
};

export function homepageCard(model: HomepageModel): Card {
  return card({
    name: 'home',
    header: { title: 'Tandem', subtitle: 'One shared agenda for each 1:1' },
    sections: [statusSection(model), pairsSection(model), toolsSection(model)],
  });
}

function statusSection(model: HomepageModel): CardSection {
  if (!model.enabled) {
    return section([
      paragraph(
        '<b>Tandem is off.</b> Turn it on and it will find your 1:1s, keep one shared agenda doc for each, ' +
          'and have the next meeting’s section ready with open items carried over.',
      ),
      buttons(routeButton('Turn on Tandem', 'turnOn', {}, { type: 'FILLED' })),
    ]);
  }
  return section([
    decorated({
      topLabel: 'Tandem is on',
      text: syncLine(model),
      wrapText: true,
      startIcon: { knownIcon: 'CLOCK', altText: 'Last sync' },
      button: routeButton('Turn off', 'turnOff', {}, { type: 'BORDERLESS' }),
    }),
    ...(model.reminderProblem ? [paragraph(html`⚠️ ${model.reminderProblem}`)] : []),
  ]);
}

function syncLine(model: HomepageModel): string {
  const sync = model.lastSync;
  if (!sync) return 'Getting your 1:1s ready: the first sync is on its way.';
  const when = `Last sync ${whenMoment(sync.at, model.viewer)}`;
  if (sync.partial) return html`${when}: still working, it will finish on the next run.`;
  if (sync.errors > 0) return html`${when}: ${plural(sync.errors, '1:1 needs', '1:1s need')} a look.`;
  const quiet = sync.quietSince
    ? ' Tandem checks every hour and syncs when a meeting ends or your calendar changes.'
    : '';
  return html`${when}: all good.` + quiet;
}

function pairsSection(model: HomepageModel): CardSection {
  if (model.pairs.length === 0) {
    return section(
      [
        text(
          model.enabled
            ? 'No 1:1s found yet. Tandem looks for meetings that repeat, with just you and one other person.'
            : 'Once Tandem is on, your 1:1s show up here.',
        ),
      ],
      { header: 'Your 1:1s' },
    );
  }
  const shown = model.pairs.slice(0, MAX_PAIRS_SHOWN);
  const widgets = shown.flatMap((pair) => pairWidgets(pair, model.viewer));
  const hidden = model.pairs.length - shown.length;
  if (hidden > 0) widgets.push(text(`…and ${plural(hidden, 'more 1:1')}.`));
  return section(widgets, { header: html`Your 1:1s (${model.pairs.length})` });
}

/**
 * A pair's line under its name, worded the same for every pair: the next 1:1 first (day and
 * time), then when they last met, then open items when there are some (none is not news).
 *
 * @example pairFacts(pair, viewer) // 'Next 1:1 tomorrow at 10:00 · last met Tue, Oct 20 · 2 open items'
 * @example pairFacts(stoppedPair, viewer) // 'Last met Tue, Oct 20 · no meeting planned'
 */
export function pairFacts(pair: HomepagePair, viewer: Viewer): string {
  const next = pair.nextMeeting ? whenMeeting(pair.nextMeeting, pair.nextStart ?? null, viewer) : null;
  const last = pair.lastMet ? whenDay(pair.lastMet, viewer) : null;
  const facts = next
    ? [`Next 1:1 ${next}`, ...(last ? [`last met ${last}`] : [])]
    : [...(last ? [`Last met ${last}`] : []), last ? 'no meeting planned' : 'No meeting planned'];
  if (pair.openItems !== null && pair.openItems > 0) facts.push(plural(pair.openItems, 'open item'));
  return facts.join(' · ');
}

function pairWidgets(pair: HomepagePair, viewer: Viewer): Widget[] {
  const facts = [pairFacts(pair, viewer)];
  const widgets: Widget[] = [
    decorated({
      topLabel: OTHER_ROLE_LABELS[pair.role],
      text: html`${displayName(pair.other)}`,
      bottomLabel: html`${facts.join(' · ')}`,
      wrapText: true,
      ...(pair.doc ? { button: linkButton('Agenda', pair.doc.url, { type: 'BORDERLESS' }) } : {}),
    }),
  ];
  const notes = [
    ...(pair.stoppedBecause
      ? [html`No longer a 1:1 because ${pair.stoppedBecause}. Tandem stopped preparing its doc.`]
      : []),
    ...pair.warnings.map((warning) => html`${warningText(warning, pair.other)}`),
    ...(pair.problem ? [html`${problemText(pair.problem, pair.other)}`] : []),
  ];
  if (notes.length > 0) widgets.push(paragraph(notes.map((note) => `⚠️ ${note}`).join('<br>')));
  return widgets;
}

function toolsSection(model: HomepageModel): CardSection {
  const tools = [routeButton('Settings', 'openSettings', {})];
  if (model.pairs.length > 0) tools.push(routeButton('Review notes', 'reviewNotes', {}));
  return section([buttons(...tools)]);
}
