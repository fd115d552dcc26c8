// Who is looking at a card: their time zone and locale from the event object (else what Tandem
// learned from their calendar), and today's date where they are, so cards word dates for them.
import type { IsoDate } from '../../core/schedule';
import type { Viewer } from '../../ui/views';
import type { TandemState } from '../state';
import type { AddonContext } from './addon-event';

const FALLBACK_ZONE = 'UTC';
const FALLBACK_LOCALE = 'en';

/**
 * The calendar date of an instant in an IANA zone; the UTC date when the zone is unknown.
 *
 * @example localDateIn(Date.UTC(2026, 10, 23, 23, 30), 'Europe/Paris') // '2026-11-24'
 */
export function localDateIn(ms: number, timeZone: string): IsoDate {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date(ms));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    const date = `${part('year')}-${part('month')}-${part('day')}`;
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // An unknown zone: fall through to UTC.
  }
  return new Date(ms).toISOString().slice(0, 10);
}

export function viewerFor(context: AddonContext, state: TandemState, now: Date): Viewer {
  const timeZone = context.timeZone ?? state.profile.timeZone ?? FALLBACK_ZONE;
  return {
    timeZone,
    locale: context.locale ?? FALLBACK_LOCALE,
    today: localDateIn(now.getTime(), timeZone),
  };
}
