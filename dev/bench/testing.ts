// A scenario result built from plain figures, for the tests of the report and the capacity.
import type { ScenarioResult } from './run';

export function resultOf(
  id: string,
  calls: Record<string, number>,
  extra: Partial<ScenarioResult> = {},
): ScenarioResult {
  const callCount = Object.values(calls).reduce((a, b) => a + b, 0);
  return {
    id,
    title: id,
    target: 'target',
    cpuKind: 'bundle',
    failures: [],
    ...extra,
    measured: {
      calls,
      callCount,
      listPages: calls['calendar.events.list'] ?? 0,
      executions: 1,
      cpuMsMedian: 2,
      cpuMsMin: 2,
      cpuMsRuns: [2],
      maxElapsedMs: callCount * 150,
      maxCardElapsedMs: 0,
      partial: false,
      ...extra.measured,
    },
  };
}
