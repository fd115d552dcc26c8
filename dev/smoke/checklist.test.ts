// The smoke checklist: which steps the script takes over, and how the list prints.
import { renderChecklist, smokeSteps } from './checklist';

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
    expect(lines[2]).toMatch(
      /^ 3\. \[scripted\] .*\n +→ the script creates a scratch weekly 1:1 with bob@example\.com/,
    );
    expect(lines[0]).toMatch(/^ 1\. \[manual\] .*signed in as alice@example\.com\.$/);
  });

  it('never marks a step scripted that has no scripted form', () => {
    const steps = smokeSteps(PEOPLE, new Set(['install', 'doc']));
    expect(steps.filter((s) => s.kind === 'scripted')).toEqual([]);
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
