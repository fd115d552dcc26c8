// The one-shot's spread: deterministic per user, inside its window, and different across users.
import { ONE_SHOT_SPREAD_MS, spreadFor } from './triggers';

describe('spreadFor', () => {
  it('is the same for a user every time, a whole number of seconds inside the window', () => {
    const spread = spreadFor('alice@example.com');
    expect(spreadFor('alice@example.com')).toBe(spread);
    expect(spread % 1000).toBe(0);
    expect(spread).toBeGreaterThanOrEqual(0);
    expect(spread).toBeLessThan(ONE_SHOT_SPREAD_MS);
  });

  it('spreads a thousand users over most of the window', () => {
    const seconds = new Set(Array.from({ length: 1000 }, (_, i) => spreadFor(`user${i}@example.com`) / 1000));
    expect(seconds.size).toBeGreaterThan(ONE_SHOT_SPREAD_MS / 1000 / 2);
  });
});
