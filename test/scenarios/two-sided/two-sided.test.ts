// Issue 12's acceptance story through the real bundle in the emulator: Alice (Paris, organizer) and
// Bob (Los Angeles, report) over eight weekly 1:1s at 08:00 Paris — 23:00 the evening before for Bob —
// run three ways. Every invariant is checked after every step; each test asserts one held throughout.
import { INVARIANTS, type InvariantName } from './ledger';
import type { Story } from './story';
import { ALICE, BOB, WEEKS } from './story-world';
import { WAYS, runStory } from './timeline';

jest.setTimeout(10 * 60_000);

/** Violations shown in a failing test's message; the rest are counted. */
const SHOWN = 25;

describe.each(WAYS)('the two-sided story: %s', (way) => {
  let story: Story;

  beforeAll(() => {
    story = runStory(way);
    console.log(`${story.ledger.summary(way, [ALICE, BOB], WEEKS + 1)}\n  ${story.notebook.figures()}`);
  });

  it('took every step and made every check', () => {
    expect(story.ledger.steps).toBeGreaterThan(100);
    expect(story.ledger.checks).toBeGreaterThan(1000);
  });

  it.each(Object.keys(INVARIANTS) as InvariantName[])('after every step: %s', (name) => {
    const found = story.ledger.report(name);
    const shown = found.slice(0, SHOWN);
    if (found.length > SHOWN) shown.push(`…and ${found.length - SHOWN} more`);
    expect({ invariant: INVARIANTS[name], violations: shown }).toEqual({
      invariant: INVARIANTS[name],
      violations: [],
    });
  });
});
