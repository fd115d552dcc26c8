// "Don't treat as a 1:1" and "Treat as a 1:1" on the event card: the user's per-series choice,
// stored in the settings; the next hourly run judges that series again (recheck.ts).
import type { SeriesOverride } from '../../core/pairs';
import type { Ports } from '../../ports';
import { withFreshState } from './pair-access';
import { recheckSeries } from './recheck';

export function chooseForSeries(ports: Ports, seriesId: string, choice: SeriesOverride): void {
  withFreshState(ports, true, (state) => {
    state.updateSettings({ seriesOverrides: { ...state.settings.seriesOverrides, [seriesId]: choice } });
    recheckSeries(state, [seriesId]);
    ports.log.info('seriesChoice', { choice });
  });
}
