// The live runs' preflight: one line saying what failed and what it usually means.
import { emulatorTarget } from './emulator-clients';
import { ContractApiError } from './clients';
import { explainFailure, preflight } from './preflight';

describe('when Calendar and Drive answer', () => {
  it('finds nothing wrong', async () => {
    expect(await preflight(emulatorTarget())).toBeNull();
  });
});

describe('when a call fails', () => {
  it('names the method, the code and what a 403 usually means', async () => {
    const target = emulatorTarget();
    target.ws.ledger.addFault({ method: 'drive.files.list', code: 403, remaining: 1 });
    expect(await preflight(target)).toBe(
      'drive.files.list failed: 403 forbidden Forbidden — the API is not enabled in the Cloud project, or the scope is missing',
    );
  });

  it('explains a refused delegation and an unreachable Google', () => {
    const refused = new ContractApiError('calendar.events.list', {
      code: 401,
      reason: 'unauthorized_client',
      message: 'Client is unauthorized to retrieve access tokens using this method.',
    });
    expect(explainFailure(refused)).toMatch(/— the service account is not allowed these scopes/);
    const offline = new ContractApiError('drive.about.get', {
      code: 0,
      reason: 'ENOTFOUND',
      message: 'getaddrinfo ENOTFOUND',
    });
    expect(explainFailure(offline)).toBe(
      'drive.about.get failed: 0 ENOTFOUND getaddrinfo ENOTFOUND — Google could not be reached (network?)',
    );
  });
});

describe('edge cases', () => {
  it('passes on an error that is not an API failure, such as an unreadable key file', () => {
    expect(explainFailure(new Error('cannot read the service account key /x.json: ENOENT'))).toBe(
      'cannot connect: cannot read the service account key /x.json: ENOENT',
    );
  });
});
