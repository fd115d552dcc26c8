// After the user changes what counts as a 1:1 (excludes or includes a series, edits the exclusion
// keywords), the sync must judge series again that did not change in Calendar: forget their
// fingerprints and ask for a full listing, which the next hourly run makes (due.ts: no sync token).
import type { TandemState } from '../state';

/** Forgets the fingerprints of `seriesIds` (all series when null) and asks for a full sync. */
export function recheckSeries(state: TandemState, seriesIds: readonly string[] | null): void {
  for (const pair of state.pairs.values()) {
    if (!pair.fingerprints) continue;
    const kept = Object.fromEntries(
      Object.entries(pair.fingerprints).filter(([id]) => seriesIds !== null && !seriesIds.includes(id)),
    );
    if (Object.keys(kept).length !== Object.keys(pair.fingerprints).length)
      state.putPair({ ...pair, fingerprints: kept });
  }
  if (!state.enabled) return;
  state.setSyncToken(null);
}
