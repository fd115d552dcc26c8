// After the user changes what counts as a 1:1 (excludes or includes a series, edits the exclusion
// keywords), the sync must judge series again that did not change in Calendar: forget their
// fingerprints, ask for a full listing, and run the sync a minute from now.
import type { Ports } from '../../ports';
import type { TandemState } from '../state';
import { FIRST_SYNC_DELAY_MS } from '../turn-on';
import { armOneShot } from '../triggers';

/** Forgets the fingerprints of `seriesIds` (all series when null) and schedules a full sync soon. */
export function recheckSeries(ports: Ports, state: TandemState, seriesIds: readonly string[] | null): void {
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
  armOneShot(ports, state, ports.session.now().getTime() + FIRST_SYNC_DELAY_MS);
}
