// Every button's route: the names dispatchAction switches on and the parameters each one carries.
// Views build buttons with routeButton (typed); the router reads them back with readRouteParams.
import type { ItemRef } from '../../core/agenda';
import { actionButton, dispatch, type Action, type Button } from '../card';

/** What each route carries in its action parameters (all strings, as CardService passes them). */
export interface RouteParams {
  /** Homepage: install the triggers and sync. */
  turnOn: Record<string, never>;
  /** Homepage: remove the triggers. */
  turnOff: Record<string, never>;
  openSettings: Record<string, never>;
  /** Settings form: the values arrive as form inputs (see inputs.ts). */
  saveSettings: Record<string, never>;
  /** Create the pair's doc (organizer, a guest whose organizer has no Tandem, or after a deletion). */
  createDoc: { pairKey: string; seriesId: string };
  /** Add one suggested question to the pair's next meeting section. */
  addQuestion: { pairKey: string; questionId: string; docId?: string; topic?: string };
  /** Event card: show other suggestions for the pair. */
  moreQuestions: { pairKey: string };
  /** Docs sidebar: tick one open action item; `item` is encodeItemRef(ref). */
  markDone: { docId: string; item: string; topic?: string };
  /** Docs sidebar: prepare (or refresh) the next meeting's section now. */
  prepareNow: { docId: string; topic?: string };
  /** Docs sidebar: the topic dropdown changed; the topic arrives as a form input. */
  showTopic: { docId: string };
  excludeSeries: { seriesId: string };
  includeSeries: { seriesId: string };
  /** Open the review-notes card, with the pair chosen when it is known. */
  reviewNotes: { pairKey?: string };
  /** Review-notes form: period, pair and dates arrive as form inputs. */
  createReviewNotes: Record<string, never>;
  /** Docs sidebar: ask for access to the open doc (drive.file). */
  grantFileScope: Record<string, never>;
  /** Review-notes form: the period dropdown changed; show the custom dates only for "custom". */
  reviewPeriodChanged: Record<string, never>;
  /** Render the current card again with fresh data (the sidebar's picked topic kept). */
  refresh: { topic?: string };
  /** Leave a pushed card. */
  back: Record<string, never>;
  /**
   * Open (the first time, make) the presser's own private notes on the pair: from the event card
   * with its series, from the Docs sidebar with the pair's agenda doc.
   */
  privateNotes: { pairKey: string; seriesId?: string; docId?: string };
}

export type RouteName = keyof RouteParams;

/** Required and optional parameter keys of each route, for reading them back. */
const ROUTE_KEYS: { [R in RouteName]: { required: readonly string[]; optional?: readonly string[] } } = {
  turnOn: { required: [] },
  turnOff: { required: [] },
  openSettings: { required: [] },
  saveSettings: { required: [] },
  createDoc: { required: ['pairKey', 'seriesId'] },
  addQuestion: { required: ['pairKey', 'questionId'], optional: ['docId', 'topic'] },
  moreQuestions: { required: ['pairKey'] },
  markDone: { required: ['docId', 'item'], optional: ['topic'] },
  prepareNow: { required: ['docId'], optional: ['topic'] },
  showTopic: { required: ['docId'] },
  excludeSeries: { required: ['seriesId'] },
  includeSeries: { required: ['seriesId'] },
  reviewNotes: { required: [], optional: ['pairKey'] },
  createReviewNotes: { required: [] },
  grantFileScope: { required: [] },
  reviewPeriodChanged: { required: [] },
  refresh: { required: [], optional: ['topic'] },
  back: { required: [] },
  privateNotes: { required: ['pairKey'], optional: ['seriesId', 'docId'] },
};

/** Every route name, in a stable order. */
export const ROUTE_NAMES = Object.keys(ROUTE_KEYS) as RouteName[];

/** @example isRouteName('markDone') // true; isRouteName('dispatchAction') // false */
export function isRouteName(name: unknown): name is RouteName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ROUTE_KEYS, name);
}

/** A button that calls dispatchAction with this route and its parameters. */
export function routeButton<R extends RouteName>(
  label: string,
  route: R,
  params: RouteParams[R],
  options: Omit<Button, 'text' | 'onClick'> = {},
): Button {
  return actionButton(label, route, definedParams(params), options);
}

/** The dispatchAction call for a route, for onChangeAction and decorated-text clicks. */
export function routeAction<R extends RouteName>(route: R, params: RouteParams[R]): Action {
  return dispatch(route, definedParams(params));
}

/**
 * The route's parameters from an add-on event's `parameters`, or null when one it needs is
 * missing or empty. Keys the route does not know are dropped.
 *
 * @example
 * readRouteParams('markDone', { action: 'markDone', docId: 'd1', item: '2026-11-24 send the doc' })
 * // { docId: 'd1', item: '2026-11-24 send the doc' }
 * readRouteParams('markDone', { docId: 'd1' }) // null
 */
export function readRouteParams<R extends RouteName>(
  route: R,
  raw: Readonly<Record<string, unknown>>,
): RouteParams[R] | null {
  const keys = ROUTE_KEYS[route];
  const out: Record<string, string> = {};
  for (const key of keys.required) {
    const value = raw[key];
    if (typeof value !== 'string' || value === '') return null;
    out[key] = value;
  }
  for (const key of keys.optional ?? []) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out as RouteParams[R];
}

const ITEM_REF = /^(\d{4}-\d{2}-\d{2}) ([\s\S]+)$/;

/**
 * An action item's reference as one parameter: its section's date, a space, its identity.
 *
 * @example encodeItemRef({ date: '2026-11-24', identity: 'send the design doc' }) // '2026-11-24 send the design doc'
 */
export function encodeItemRef(ref: ItemRef): string {
  return `${ref.date} ${ref.identity}`;
}

/**
 * Reads back encodeItemRef's string; null when it is not one.
 *
 * @example
 * decodeItemRef('2026-11-24 send the design doc') // { date: '2026-11-24', identity: 'send the design doc' }
 * decodeItemRef('send the design doc') // null
 */
export function decodeItemRef(param: string): ItemRef | null {
  const m = ITEM_REF.exec(param);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { date: m[1], identity: m[2] };
}

function definedParams(params: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string') out[key] = value;
  return out;
}
