// A value over PART_LENGTH is stored as `key`, `key#1`…: what a save sets and deletes as a value
// grows, shrinks or goes, and how the parts join back on read.
import { joinParts, PART_LENGTH, storeParts } from './parts';

describe('storeParts', () => {
  it('sets a long value in parts and counts them', () => {
    const parts = new Map<string, number>();
    const value = 'a'.repeat(PART_LENGTH) + 'b';
    expect(storeParts({ k: value }, parts)).toEqual({
      set: { k: 'a'.repeat(PART_LENGTH), 'k#1': 'b' },
      remove: [],
    });
    expect(parts.get('k')).toBe(2);
  });

  it('deletes the parts a shorter value no longer needs', () => {
    const parts = new Map([['k', 3]]);
    expect(storeParts({ k: 'x' }, parts)).toEqual({ set: { k: 'x' }, remove: ['k#1', 'k#2'] });
    expect(parts.get('k')).toBe(1);
  });

  it('deletes a removed value with all its parts, the key itself last', () => {
    const parts = new Map([['k', 3]]);
    expect(storeParts({ k: null }, parts)).toEqual({ set: {}, remove: ['k#1', 'k#2', 'k'] });
    expect(parts.has('k')).toBe(false);
  });

  it('deletes nothing for a removed value that was never stored', () => {
    expect(storeParts({ k: null }, new Map())).toEqual({ set: {}, remove: [] });
  });
});

describe('joinParts', () => {
  it('joins parts onto their key, and keeps a key that only looks like a part', () => {
    expect(joinParts({ k: 'ab', 'k#1': 'cd', 'k#2': 'e', 'lone#1': 'x' })).toEqual({
      values: { k: 'abcde', 'lone#1': 'x' },
      parts: new Map([
        ['k', 3],
        ['lone#1', 1],
      ]),
    });
  });
});
