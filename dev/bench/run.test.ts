// Folding several runs of a scenario into one measurement: exact calls, median CPU, longest run.
import { median, sumCalls, type MeasuredExecution } from './measure';
import { fold } from './run';
import type { RunSample } from './scenarios';

function execution(calls: Record<string, number>, extra: Partial<MeasuredExecution> = {}): MeasuredExecution {
  const callCount = Object.values(calls).reduce((a, b) => a + b, 0);
  return {
    functionName: 'onScheduledSync',
    ok: true,
    calls,
    callCount,
    elapsedMs: callCount * 150,
    bundleCpuMs: 1,
    value: null,
    ...extra,
  };
}

const run = (cpuMs: number, ...executions: MeasuredExecution[]): RunSample => ({ executions, cpuMs });

describe('when runs are folded', () => {
  it('sums calls over executions and counts the shared list pages', () => {
    const { measured, failures } = fold([
      run(
        3,
        execution({ 'calendar.events.list': 1, 'docs.documents.get': 2 }),
        execution({ 'drive.files.list': 1 }),
      ),
    ]);
    expect(measured.calls).toEqual({
      'calendar.events.list': 1,
      'docs.documents.get': 2,
      'drive.files.list': 1,
    });
    expect(measured.callCount).toBe(4);
    expect(measured.listPages).toBe(2);
    expect(measured.executions).toBe(2);
    expect(failures).toEqual([]);
  });

  it('takes the median CPU of the runs and the longest single execution', () => {
    const calls = { 'calendar.events.list': 1 };
    const { measured } = fold([
      run(9, execution(calls, { elapsedMs: 150 })),
      run(1, execution(calls, { elapsedMs: 150 })),
      run(4, execution(calls, { elapsedMs: 150 }), execution(calls, { elapsedMs: 900 })),
    ]);
    expect(measured.cpuMsMedian).toBe(4);
    expect(measured.maxElapsedMs).toBe(150); // from the first run: the others must match its calls
  });

  it('notes a sync that stopped early', () => {
    const { measured } = fold([run(1, execution({}, { value: { partial: true } }))]);
    expect(measured.partial).toBe(true);
  });
});

describe('edge cases', () => {
  it('runs whose call counts differ are reported, since calls must be exact', () => {
    const { failures } = fold([
      run(1, execution({ 'calendar.events.list': 1 })),
      run(1, execution({ 'calendar.events.list': 2 })),
    ]);
    expect(failures).toEqual(['call counts differ between runs']);
  });

  it('no runs at all is an error', () => {
    expect(() => fold([])).toThrow(/no runs/);
  });

  it('median of an even count is the mean of the middle two; of nothing, an error', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('sumCalls orders methods by name', () => {
    expect(Object.keys(sumCalls([{ 'b.x': 1 }, { 'a.y': 1 }]))).toEqual(['a.y', 'b.x']);
  });
});
