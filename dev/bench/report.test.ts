// The printed table and the JSON: every scenario in one row, what misses its target named.
import { formatMs, formatTable, shortMethod, toJson } from './report';
import { resultOf } from './testing';

describe('when the table is printed', () => {
  const table = formatTable([
    resultOf('quiet-sync', { 'calendar.events.list': 1 }, { title: 'a sync when nothing changed' }),
    resultOf(
      'event-card',
      { 'calendar.events.instances': 1, 'docs.documents.get': 1, 'drive.files.get': 1 },
      { title: 'open the event card', failures: ['calls 3 > 2'] },
    ),
  ]);
  const rows = table.split('\n');

  it('has a header, a separator and one row per scenario', () => {
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('API calls by method');
  });

  it('gives calls by method, quota by bucket and latency at 150 ms a call', () => {
    expect(rows[3]).toContain('**3**: events.instances 1, documents.get 1, files.get 1');
    expect(rows[3]).toContain('| 1 / 1·0 / 1 |');
    expect(rows[3]).toContain('| 450 ms |');
  });

  it('marks a scenario over its target and says why; one within it says ok', () => {
    expect(rows[3]).toContain('**over**: calls 3 > 2');
    expect(rows[2]).toMatch(/\| ok \|$/);
  });
});

describe('when the results are written as JSON', () => {
  it('each scenario carries its quota units, modelled latency and verdict', () => {
    const json = toJson([resultOf('week', { 'calendar.events.list': 7, 'docs.documents.get': 40 })], null, {
      runs: 5,
      node: 'v20',
      bundlePath: 'dist/Code.js',
    });
    expect(json.scenarios[0]).toMatchObject({
      id: 'week',
      ok: true,
      callCount: 47,
      quotaUnits: { calendar: 7, docsRead: 40, docsWrite: 0, drive: 0 },
      modelledLatencyMs: 47 * 150,
    });
    expect(json.latency.perCallMs).toBe(150);
  });
});

describe('edge cases', () => {
  it('a row with no calls says 0 and a core measurement has no latency', () => {
    const row = formatTable([resultOf('five-year-core', {}, { cpuKind: 'core' })]).split('\n')[2];
    expect(row).toContain('| 0 |');
    expect(row).toContain('| — | 2.0 / 2.0 (core) |');
  });

  it('short names drop the API; durations switch to seconds from 1,000 ms', () => {
    expect(shortMethod('calendar.events.list')).toBe('events.list');
    expect(formatMs(999)).toBe('999 ms');
    expect(formatMs(36_300)).toBe('36.3 s');
  });
});
