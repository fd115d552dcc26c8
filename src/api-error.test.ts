// The one rule for errors: what Apps Script threw, normalised with or without `details`; each
// failure classified passing, refused or a bug; the record a pair keeps; the retry in the run.
import {
  ApiError,
  callApi,
  classify,
  failureReason,
  failureRecord,
  KIND_OF,
  MAX_SOON_RETRIES,
  readFailureRecord,
  RETRY_DELAYS_MS,
  retriesSoon,
  RevisionConflict,
  toApiFailure,
  UNKNOWN_STATUS,
} from './api-error';

/** What an advanced service throws under the lenient reading: a GoogleJsonResponseException with details. */
const withDetails = (code: number, reason: string, message = 'Google said no') =>
  Object.assign(new Error(`API call to drive.files.get failed with error: ${message}`), {
    name: 'GoogleJsonResponseException',
    details: { code, message, errors: [{ domain: 'global', reason, message }] },
  });

/** …and under the strict reading: the same exception, no details (Apps Script documents none). */
const withoutDetails = (message = 'Requested entity was not found.') =>
  Object.assign(new Error(`API call to docs.documents.get failed with error: ${message}`), {
    name: 'GoogleJsonResponseException',
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

describe('when Apps Script throws from an advanced service', () => {
  it('with details, the HTTP code and Google’s reason are read from them', () => {
    expect(toApiFailure(withDetails(404, 'notFound', 'File not found: d1.'))).toEqual({
      code: 404,
      reason: 'notFound',
      message: 'File not found: d1.',
    });
  });

  it('without details, the status is unknown and only Google’s message is kept', () => {
    expect(toApiFailure(withoutDetails())).toEqual({
      code: UNKNOWN_STATUS,
      reason: '',
      message: 'Requested entity was not found.',
    });
  });

  it('anything thrown inside the call is an API failure, even a TypeError (a service not enabled)', () => {
    const call = flaky([new TypeError('Cannot read properties of undefined'), null]);
    let thrown: unknown;
    try {
      callApi('calendar.events.list', call.body, () => undefined);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect(call.attempts()).toBe(1);
    expect(classify(thrown)).toEqual({
      kind: 'passing',
      reason: 'unknown',
      code: UNKNOWN_STATUS,
      method: 'calendar.events.list',
    });
  });
});

describe('the classification, status by status', () => {
  it.each([
    [UNKNOWN_STATUS, '', 'unknown', 'passing'],
    [429, 'rateLimitExceeded', 'busy', 'passing'],
    [500, 'backendError', 'busy', 'passing'],
    [502, '', 'busy', 'passing'],
    [503, 'backendError', 'busy', 'passing'],
    [504, '', 'busy', 'passing'],
    [403, 'rateLimitExceeded', 'busy', 'passing'],
    [403, 'userRateLimitExceeded', 'busy', 'passing'],
    [403, 'sharingRateLimitExceeded', 'busy', 'passing'],
    [403, 'quotaExceeded', 'dailyLimit', 'refused'],
    [403, 'dailyLimitExceeded', 'dailyLimit', 'refused'],
    [403, 'forbidden', 'noAccess', 'refused'],
    [403, '', 'noAccess', 'refused'],
    [401, 'authError', 'noAccess', 'refused'],
    [404, 'notFound', 'notFound', 'refused'],
    [410, 'fullSyncRequired', 'notFound', 'refused'],
    [400, 'badRequest', 'refused', 'refused'],
    [409, 'duplicate', 'refused', 'refused'],
    [412, 'conditionNotMet', 'refused', 'refused'],
  ])('%i %s is %s (%s)', (code, reason, expected, kind) => {
    const failure = { code, reason, message: 'anything' };
    expect(failureReason(failure)).toBe(expected);
    expect(KIND_OF[failureReason(failure)]).toBe(kind);
  });

  it('the message is never read: a 400 naming the revision is still just refused', () => {
    expect(failureReason({ code: 400, reason: '', message: 'Invalid requiredRevisionId' })).toBe('refused');
    expect(failureReason({ code: 0, reason: '', message: '404 Not Found' })).toBe('unknown');
  });

  it('a revision conflict given up is passing; anything not from an API call is a bug', () => {
    expect(classify(new RevisionConflict({ code: 400, reason: '', message: '' })).reason).toBe(
      'docKeptChanging',
    );
    expect(classify(new RevisionConflict({ code: 400, reason: '', message: '' })).kind).toBe('passing');
    expect(classify(new Error('Argument too large: value'))).toMatchObject({ kind: 'bug', reason: 'bug' });
    expect(classify('a string')).toMatchObject({ kind: 'bug' });
  });
});

describe('when Google answers "try again"', () => {
  it.each([
    ['429 with details', () => withDetails(429, 'rateLimitExceeded')],
    ['503 with details', () => withDetails(503, 'backendError')],
    ['403 userRateLimitExceeded with details', () => withDetails(403, 'userRateLimitExceeded')],
  ])('%s: retried after 1 s, then 2 s, and the third try succeeds', (_name, make) => {
    const slept: number[] = [];
    const call = flaky([make(), make()]);
    expect(callApi('docs.documents.get', call.body, (ms) => slept.push(ms))).toBe('done');
    expect(slept).toEqual(RETRY_DELAYS_MS);
    expect(call.attempts()).toBe(3);
  });

  it('a create is never repeated: a 500 may come after Google made the file', () => {
    const call = flaky([withDetails(500, 'backendError')]);
    expect(() => callApi('drive.files.create', call.body, () => undefined)).toThrow(ApiError);
    expect(call.attempts()).toBe(1);
  });
});

describe('when a call fails and Apps Script does not say how', () => {
  it('it is not repeated in the run: a refusal would cost the same again (a card has two calls); the next run retries', () => {
    const slept: number[] = [];
    const call = flaky([withoutDetails(), withoutDetails()]);
    let thrown: unknown;
    try {
      callApi('docs.documents.get', call.body, (ms) => slept.push(ms));
    } catch (e) {
      thrown = e;
    }
    expect([call.attempts(), slept]).toEqual([1, []]);
    expect(retriesSoon(failureRecord(thrown, 0))).toBe(true);
  });
});

describe('when a call is refused', () => {
  it.each([
    [403, 'quotaExceeded'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [400, 'badRequest'],
  ])('%i %s is not repeated in the run: it would be refused again', (code, reason) => {
    const slept: number[] = [];
    const call = flaky([withDetails(code, reason)]);
    expect(() => callApi('drive.permissions.create', call.body, (ms) => slept.push(ms))).toThrow(ApiError);
    expect([call.attempts(), slept]).toEqual([1, []]);
  });
});

describe('the record a pair keeps', () => {
  const busy = new ApiError('docs.documents.get', { code: 503, reason: 'backendError', message: '' });
  const unknown = new ApiError('docs.documents.get', { code: 0, reason: '', message: 'x' });

  it('holds the code, Tandem’s reason and the failing method, and counts runs in a row', () => {
    const first = failureRecord(unknown, 1000);
    expect(first).toEqual({ code: 0, reason: 'unknown', method: 'docs.documents.get', at: 1000, tries: 1 });
    const second = failureRecord(unknown, 2000, first);
    expect(second.tries).toBe(2);
    expect(failureRecord(busy, 3000, second).tries).toBe(1); // another reason starts again
  });

  it('a passing failure is retried soon MAX_SOON_RETRIES runs in a row, then waits for the daily run', () => {
    let record = failureRecord(unknown, 0);
    const soon: boolean[] = [];
    for (let run = 0; run < MAX_SOON_RETRIES + 2; run++) {
      soon.push(retriesSoon(record));
      record = failureRecord(unknown, run, record);
    }
    expect(soon).toEqual([true, true, true, false, false]);
  });

  it('a refusal or a bug is never retried soon: a bug is recorded once and not looped', () => {
    expect(retriesSoon(failureRecord(new ApiError('m', { code: 404, reason: '', message: '' }), 0))).toBe(
      false,
    );
    expect(retriesSoon(failureRecord(new TypeError('x'), 0))).toBe(false);
    expect(failureRecord(new TypeError('x'), 0)).toEqual({ code: 0, reason: 'bug', at: 0, tries: 1 });
  });

  it('is read back as written, and a record from before this rule is classified again', () => {
    const written = failureRecord(busy, 5, failureRecord(busy, 4));
    expect(readFailureRecord(JSON.parse(JSON.stringify(written)))).toEqual(written);
    expect(readFailureRecord({ code: 403, message: 'rateLimitExceeded', at: 7 })).toEqual({
      code: 403,
      reason: 'busy',
      at: 7,
      tries: 1,
    });
    expect(readFailureRecord({ code: 0, message: 'TypeError', at: 7 })).toMatchObject({ reason: 'unknown' });
  });
});

describe('edge cases', () => {
  it('a mangled record is dropped, an impossible count is read as one', () => {
    expect(readFailureRecord(null)).toBeNull();
    expect(readFailureRecord({ code: '404', reason: 'notFound', at: 1 })).toBeNull();
    expect(readFailureRecord({ code: 404, reason: 'gone', at: 1 })).toBeNull();
    expect(readFailureRecord({ code: 404, reason: 'notFound', at: 1, tries: -3 })).toMatchObject({
      tries: 1,
    });
  });

  it('a thrown value that is not an Error is still normalised', () => {
    expect(toApiFailure(undefined)).toEqual({ code: 0, reason: '', message: 'undefined' });
    expect(toApiFailure({ details: { code: 'x' }, message: 'odd' })).toEqual({
      code: 0,
      reason: '',
      message: 'odd',
    });
  });
});
