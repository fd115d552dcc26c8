// Who is looking at a card: their time zone and locale from the event object (else what Tandem
// learned from their calendar), and today's date where they are, so cards word dates for them.
import { dateIn } from '../../core/schedule';
import type { Viewer } from '../format';
import type { Ports } from '../../ports';
import { TandemState } from '../state';
import type { AddonContext } from './addon-event';

const FALLBACK_ZONE = 'UTC';
const FALLBACK_LOCALE = 'en';

/**
 * The calendar date of an instant in an IANA zone; the UTC date when the zone is unknown.
 *
 * @example localDateIn(Date.UTC(2026, 10, 23, 23, 30), 'Europe/Paris') // '2026-11-24'
 */
export const localDateIn = dateIn;

/** Who is pressing, now: for a toast's words. */
export function currentViewer(ports: Ports, context: AddonContext): Viewer {
  return viewerFor(context, new TandemState(ports.state), ports.session.now());
}

export function viewerFor(context: AddonContext, state: TandemState, now: Date): Viewer {
  const timeZone = context.timeZone ?? state.profile.timeZone ?? FALLBACK_ZONE;
  return {
    timeZone,
    locale: context.locale ?? FALLBACK_LOCALE,
    today: localDateIn(now.getTime(), timeZone),
  };
}
