import { CallLedger, parseFault } from './calls';

describe('parseFault', () => {
  it('reads METHOD:CODE with a default count of one', () => {
    expect(parseFault('drive.permissions.create:403')).toEqual({
      method: 'drive.permissions.create',
      code: 403,
      remaining: 1,
    });
  });
  it('reads METHOD:CODE:N', () => {
    expect(parseFault('calendar.events.list:503:3')).toEqual({
      method: 'calendar.events.list',
      code: 503,
      remaining: 3,
    });
  });
  it.each([
    'drive',
    'drive.files.get',
    'drive.files.get:4033',
    'drive.files.get:403:0',
    'drive.files.get:abc',
  ])('refuses %s with the expected form in the message', (spec) => {
    expect(() => parseFault(spec)).toThrow(/METHOD:CODE\[:N\]|at least 1/);
  });
});

describe('CallLedger', () => {
  it('counts every call per method, on top of the totals it was given', () => {
    const ledger = new CallLedger({ 'calendar.events.list': 2 });
    ledger.record('calendar.events.list');
    ledger.record('docs.documents.get');
    expect(ledger.total).toEqual({ 'calendar.events.list': 3, 'docs.documents.get': 1 });
  });

  it('fails exactly the next N calls of the faulted method and no others', () => {
    const ledger = new CallLedger();
    ledger.addFault({ method: 'drive.files.get', code: 503, remaining: 2 });
    expect(ledger.record('drive.files.list')).toBeNull();
    expect(ledger.record('drive.files.get')).toBe(503);
    expect(ledger.record('drive.files.get')).toBe(503);
    expect(ledger.record('drive.files.get')).toBeNull();
    expect(ledger.pendingFaults()).toEqual([]);
  });
});
