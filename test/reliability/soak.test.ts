// The soak at a size for every `npm test` (4 managers × 10 1:1s × 8 weeks, half-day ticks); the full
// one (10 × 40 × 26 weeks) runs with `npm run soak` (soak.full.ts). Same driver, same invariants.
import { Soak, type SoakReport } from './support/soak';

let soak: Soak;
let report: SoakReport;

beforeAll(() => {
  soak = new Soak({ users: 4, pairsPerUser: 10, weeks: 8, seed: 20261019 });
  report = soak.run();
}, 120_000);

describe('the soak, reduced: 4 managers with 10 1:1s each over 8 weeks', () => {
  it('ran every tick, with people writing, ticking items off, moving and cancelling meetings', () => {
    expect(report.ticks).toBe(8 * 14);
    expect(report.edits).toBeGreaterThan(50);
    expect(report.itemsMarkedDone).toBeGreaterThan(5);
    expect(report.moves + report.cancellations).toBeGreaterThan(10);
    expect(report.executions).toBeGreaterThan(100);
  });

  it('every execution succeeded', () => {
    expect(report.failedExecutions).toEqual([]);
  });

  it('after every tick: one doc per pair, one section per held or next meeting, nothing lost or doubled', () => {
    expect(report.checks).toBe(report.ticks * 4 * 10);
    expect(report.violations).toEqual([]);
  });
});

describe('the soak’s checks themselves', () => {
  it('catch a section written twice and a person’s line gone', () => {
    const [docId] = [...soak.s.pairDocs().values()];
    const lines = soak.s.lines(docId ?? '');
    const heading = lines.find((l) => /^# \d{4}-/.test(l)) ?? '';
    soak.s.edit('m0@soak.example.com', docId ?? '', [
      { insertText: { location: { index: 1 }, text: `${heading.slice(2)}\n` } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { namedStyleType: 'HEADING_1' },
          fields: 'namedStyleType',
        },
      },
    ]);
    const written = soak.s
      .document(docId ?? '')
      .body?.content?.find((e) =>
        /^(Topic|Note|Win) \d+/.test(e.paragraph?.elements?.[0]?.textRun?.content ?? ''),
      );
    soak.s.edit('m0@soak.example.com', docId ?? '', [
      {
        deleteContentRange: {
          range: { startIndex: written?.startIndex ?? 0, endIndex: (written?.endIndex ?? 1) - 1 },
        },
      },
    ]);
    soak.check();
    expect(soak.report.violations.some((v) => v.includes('sections twice'))).toBe(true);
    expect(soak.report.violations.some((v) => v.includes('lost'))).toBe(true);
  });
});
