// What googleapis throws, normalised to {code, reason, message} like the emulator's failures.
import { liveErrorBody, liveFailure } from './live-errors';

describe('when Google answers with a JSON error', () => {
  it('reads Calendar and Drive errors: code, first reason, message', () => {
    // Shape of a Calendar 410 as logged by a client: https://github.com/KeepSoftwareSimple/compass-calendar/issues/1239
    const thrown = {
      message: 'Sync token is no longer valid, a full sync is required.',
      response: {
        status: 410,
        data: {
          error: {
            code: 410,
            message: 'Sync token is no longer valid, a full sync is required.',
            errors: [
              {
                domain: 'calendar',
                reason: 'fullSyncRequired',
                message: 'Sync token is no longer valid, a full sync is required.',
              },
            ],
          },
        },
      },
    };
    expect(liveFailure(thrown)).toEqual({
      code: 410,
      reason: 'fullSyncRequired',
      message: 'Sync token is no longer valid, a full sync is required.',
    });
  });

  it('reads a Docs google.rpc.Status error, its status standing in for the reason', () => {
    const thrown = {
      response: {
        status: 400,
        data: { error: { code: 400, message: 'Invalid requests[0].insertText', status: 'INVALID_ARGUMENT' } },
      },
    };
    expect(liveFailure(thrown)).toEqual({
      code: 400,
      reason: 'INVALID_ARGUMENT',
      message: 'Invalid requests[0].insertText',
    });
  });

  it('reads an OAuth token refusal', () => {
    const thrown = {
      message: 'invalid_grant',
      response: {
        status: 400,
        data: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' },
      },
    };
    expect(liveFailure(thrown)).toEqual({
      code: 400,
      reason: 'invalid_grant',
      message: 'Token has been expired or revoked.',
    });
  });
});

describe('when a readings check wants the error body as it came', () => {
  it('keeps Google’s `error` object whole: what an advanced service would give as details', () => {
    const error = { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' };
    expect(liveErrorBody({ response: { status: 404, data: { error } } })).toEqual(error);
  });

  it('has none for a network failure, a token refusal or a body that is not JSON', () => {
    expect(liveErrorBody(new Error('getaddrinfo ENOTFOUND'))).toBeNull();
    expect(liveErrorBody({ response: { status: 400, data: { error: 'invalid_grant' } } })).toBeNull();
    expect(liveErrorBody({ response: { status: 502, data: '<html>Bad Gateway</html>' } })).toBeNull();
  });
});

describe('edge cases', () => {
  it('gives a network failure code 0 and the system error code as reason', () => {
    const thrown = Object.assign(new Error('getaddrinfo ENOTFOUND oauth2.googleapis.com'), {
      code: 'ENOTFOUND',
    });
    expect(liveFailure(thrown)).toEqual({
      code: 0,
      reason: 'ENOTFOUND',
      message: 'getaddrinfo ENOTFOUND oauth2.googleapis.com',
    });
  });

  it('keeps the HTTP status of a response whose body is not JSON', () => {
    const thrown = { message: 'Request failed', response: { status: 502, data: '<html>Bad Gateway</html>' } };
    expect(liveFailure(thrown)).toEqual({ code: 502, reason: '', message: '<html>Bad Gateway</html>' });
  });

  it('turns something that is not an error at all into code 0', () => {
    expect(liveFailure('boom')).toEqual({ code: 0, reason: '', message: 'boom' });
  });
});
