// Small wall-clock helpers the playground shares, on top of the Calendar emulator's zone arithmetic.
// Daylight-saving days are not 24 hours, so "tomorrow at 08:00" is computed on wall time.
import { DAY, instantToWall, wallToInstant } from '../emulator/calendar/time';

export { DAY };
export const HOUR_MS = 60 * 60_000;

/**
 * The instant of `hour`:00 local time, `days` days after the local date of `instant`.
 * @example instantToWallAt('Europe/Paris', Date.parse('2026-10-24T20:00:00Z'), 1, 8) // Date.parse('2026-10-25T07:00:00Z')
 */
export function instantToWallAt(timeZone: string, instant: number, days: number, hour: number): number {
  const wall = instantToWall(timeZone, instant);
  const midnight = wall - (((wall % DAY) + DAY) % DAY);
  return wallToInstant(timeZone, midnight + days * DAY + hour * HOUR_MS);
}
