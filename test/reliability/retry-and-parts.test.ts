// Two small defences the sync relies on, tested alone: an API call Google asks to retry is retried
// with backoff (never a create), and a value longer than Apps Script's 9 KB property limit is kept
// in parts and read back whole.
import { ApiError, callApi, RETRY_DELAYS_MS } from '../../src/api-error';
import { splitValue, TandemState, PART_LENGTH } from '../../src/app/state';
import type { StatePort } from '../../src/ports';

/** What an advanced service throws (a GoogleJsonResponseException's details). */
const googleError = (code: number, reason: string) =>
  Object.assign(new Error(`API call failed with error: ${reason}`), {
    details: { code, message: reason, errors: [{ reason }] },
  });

function flaky(failures: unknown[]): { body: () => string; attempts: () => number } {
  let n = 0;
  return {
    body: () => {
      const failure = failures[n++];
      if (failure) throw failure;
      return 'done';
    },
    attempts: () => n,
  };
}

describe('when Google answers "try again"', () => {
  it.each([
    [429, 'rateLimitExceeded'],
    [500, 'backendError'],
    [503, 'backendError'],
    [403, 'userRateLimitExceeded'],
  ])('%i %s: the call is retried after 1 s, then 2 s, and succeeds', (code, reason) => {
    const slept: number[] = [];
    const call = flaky([googleError(code, reason), googleError(code, reason)]);
    expect(callApi('docs.documents.get', call.body, (ms) => slept.push(ms))).toBe('done');
    expect(slept).toEqual(RETRY_DELAYS_MS);
    expect(call.attempts()).toBe(3);
  });

  it('a third failure is thrown as ApiError with Google’s code', () => {
    const call = flaky([googleError(503, 'x'), googleError(503, 'x'), googleError(503, 'backendError')]);
    expect(() => callApi('calendar.events.list', call.body, () => undefined)).toThrow(ApiError);
    expect(call.attempts()).toBe(3);
  });
});

describe('when retrying could do harm or cannot help', () => {
  it('a create is never repeated: a 500 may come after Google made the file', () => {
    const call = flaky([googleError(500, 'backendError')]);
    expect(() => callApi('drive.files.create', call.body, () => undefined)).toThrow(/500/);
    expect(call.attempts()).toBe(1);
  });

  it.each([
    [403, 'forbidden'],
    [404, 'notFound'],
    [400, 'badRequest'],
    [410, 'fullSyncRequired'],
  ])('%i %s is not retried', (code, reason) => {
    const slept: number[] = [];
    const call = flaky([googleError(code, reason)]);
    expect(() => callApi('drive.permissions.create', call.body, (ms) => slept.push(ms))).toThrow(ApiError);
    expect([call.attempts(), slept]).toEqual([1, []]);
  });
});

/** User properties with Apps Script's limit: 9 KB per value (quotas page). */
function limitedStore(): StatePort & { values: Record<string, string> } {
  const values: Record<string, string> = {};
  return {
    values,
    get: (key) => values[key] ?? null,
    getAll: () => ({ ...values }),
    set: (next) => {
      for (const [key, value] of Object.entries(next)) {
        if (Buffer.byteLength(value, 'utf8') > 9 * 1024) throw new Error('Argument too large: value');
        values[key] = value;
      }
    },
    delete: (key) => {
      delete values[key];
    },
  };
}

describe('when a setting is longer than one property can hold', () => {
  const longest = Array.from({ length: 50 }, (_, i) => `growth: ${'é🎉'.repeat(60)} ${i}?`).join('\n');

  it('it is saved in parts under 9 KB each and read back whole', () => {
    const store = limitedStore();
    const state = new TandemState(store);
    state.updateSettings({ customQuestions: longest });
    state.save();
    expect(Object.keys(store.values).filter((k) => k.startsWith('settings')).length).toBeGreaterThan(2);
    expect(new TandemState(store).settings.customQuestions).toBe(longest);
  });

  it('shrinking it again removes the parts it no longer needs', () => {
    const store = limitedStore();
    const state = new TandemState(store);
    state.updateSettings({ customQuestions: longest });
    state.save();
    const again = new TandemState(store);
    again.updateSettings({ customQuestions: 'Short one?' });
    again.save();
    expect(Object.keys(store.values).filter((k) => k.startsWith('settings'))).toEqual(['settings']);
    expect(new TandemState(store).settings.customQuestions).toBe('Short one?');
  });

  it('a part never ends inside an emoji (a surrogate pair stays whole)', () => {
    const text = `${'a'.repeat(PART_LENGTH - 1)}🎉${'b'.repeat(10)}`;
    const parts = splitValue(text);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(part).toBe(Buffer.from(part, 'utf8').toString('utf8'));
  });
});
