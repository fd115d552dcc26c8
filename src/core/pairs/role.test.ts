// Tests for the user's role in a pair: the organizer-is-manager default, the stored choice, and
// the form input check.
import { defaultRole, otherRole, parseRole, roleInPair } from './role';

describe('defaultRole', () => {
  it('takes the organizer of the 1:1 for the manager and the guest for the report', () => {
    expect(defaultRole(true)).toBe('manager');
    expect(defaultRole(false)).toBe('report');
  });
});

describe('roleInPair', () => {
  it('uses the role the user chose, whoever organises', () => {
    expect(roleInPair('peer', true)).toBe('peer');
    expect(roleInPair('manager', false)).toBe('manager');
  });

  it('falls back to the default when nothing valid is stored', () => {
    expect(roleInPair(undefined, true)).toBe('manager');
    expect(roleInPair(null, false)).toBe('report');
    expect(roleInPair('boss', false)).toBe('report');
  });
});

describe('otherRole', () => {
  it.each([
    ['manager', 'report'],
    ['report', 'manager'],
    ['peer', 'peer'],
  ] as const)('is %s ↔ %s', (mine, theirs) => {
    expect(otherRole(mine)).toBe(theirs);
  });
});

describe('parseRole', () => {
  it('accepts the three roles in any case, trimmed', () => {
    expect(parseRole(' Manager ')).toEqual({ ok: true, role: 'manager' });
    expect(parseRole('REPORT')).toEqual({ ok: true, role: 'report' });
    expect(parseRole('peer')).toEqual({ ok: true, role: 'peer' });
  });

  describe('when the input is not a role', () => {
    it.each([['boss'], [''], [undefined], [42], [['manager']]])(
      'refuses %p with a clear message',
      (input) => {
        expect(parseRole(input)).toEqual({ ok: false, message: 'Choose manager, report or peer.' });
      },
    );
  });
});
