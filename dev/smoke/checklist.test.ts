// The smoke checklist: which steps the script takes over, how the list prints, and that it covers
// every row of docs/platform-assumptions.md whose live check is `npm run smoke`.
import { readFileSync } from 'node:fs';
import { renderChecklist, scriptableStepIds, smokeSteps, stepNumbers } from './checklist';

const PEOPLE = { user: 'alice@example.com', other: 'bob@example.com' };

describe('when the script can do nothing', () => {
  it('leaves every step manual, in order, starting with the install', () => {
    const steps = smokeSteps(PEOPLE, new Set());
    expect(steps.every((s) => s.kind === 'manual')).toBe(true);
    expect(steps.map((s) => s.id).slice(0, 2)).toEqual(['install', 'turn-on']);
    expect(steps[steps.length - 1]?.id).toBe('cleanup');
  });
});

describe('when credentials and the other person are known', () => {
  it('marks the scriptable steps scripted and says what the script does', () => {
    const steps = smokeSteps(PEOPLE, new Set(['series', 'attached', 'shared', 'cleanup']));
    expect(steps.filter((s) => s.kind === 'scripted').map((s) => s.id)).toEqual([
      'series',
      'attached',
      'shared',
      'cleanup',
    ]);
    const lines = renderChecklist(steps);
    expect(lines[3]).toMatch(
      /^ 4\. \[scripted\] .*\n +→ the script creates a scratch weekly 1:1 with bob@example\.com/,
    );
    expect(lines[0]).toMatch(/^ 1\. \[manual\] .*signed in as alice@example\.com\.$/);
  });

  it('never marks a step scripted that has no scripted form', () => {
    const steps = smokeSteps(PEOPLE, new Set(['install', 'doc']));
    expect(steps.filter((s) => s.kind === 'scripted')).toEqual([]);
  });
});

describe('the steps the script can take over, and their numbers', () => {
  it('are the series, the attachment, the sharing and the cleanup', () => {
    expect(scriptableStepIds()).toEqual(['series', 'attached', 'shared', 'cleanup']);
    const steps = smokeSteps(PEOPLE, new Set());
    expect(stepNumbers(steps, scriptableStepIds())).toEqual([4, 7, 9, 18]);
    expect(stepNumbers(steps, ['install', 'turn-on'])).toEqual([1, 2]);
  });
});

describe('the rows of docs/platform-assumptions.md only a person can see', () => {
  /** Row number → its live-check column, from the assumptions table. */
  function liveChecks(): Map<number, string> {
    const doc = readFileSync('docs/platform-assumptions.md', 'utf8');
    const rows = new Map<number, string>();
    for (const line of doc.split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const row = Number(cells[1]);
      if (Number.isInteger(row) && row > 0) rows.set(row, cells[cells.length - 2] ?? '');
    }
    return rows;
  }

  it('each have a step that settles them, and each step’s rows name npm run smoke', () => {
    const checks = liveChecks();
    const smokeRows = [...checks].filter(([, check]) => check.includes('npm run smoke')).map(([row]) => row);
    const steps = smokeSteps(PEOPLE, new Set());
    const settled = steps.flatMap((s) => s.rows ?? []);
    expect([...new Set(settled)].sort((a, b) => a - b)).toEqual(smokeRows);
    for (const row of settled) expect(checks.get(row)).toContain('npm run smoke');
  });

  it('are named on the printed line of their step', () => {
    const steps = smokeSteps(PEOPLE, new Set());
    const line = renderChecklist(steps)[stepNumbers(steps, ['triggers'])[0]! - 1];
    expect(line).toMatch(/exactly two triggers.*\(settles #8 of docs\/platform-assumptions\.md\)$/);
  });
});

describe('edge cases', () => {
  it('writes the action item with the other person’s name part, or a placeholder without an address', () => {
    const carry = (other: string) =>
      smokeSteps({ ...PEOPLE, other }, new Set()).find((s) => s.id === 'carry-over');
    expect(carry('bob@example.com')?.text).toContain('“[ ] bob: try Tandem”');
    expect(carry('the other person')?.text).toContain('“[ ] Name: try Tandem”');
  });
});
