// A user's properties outlive any one version of Tandem: the literal properties the code before the
// split of state.ts (9639e8d) wrote for a representative state read back the same and are written the same.
import { TandemState, type PairRecord, type Settings } from '.';
import { memoryStore } from './testing';

const QUESTION = 'How are you?\\n'; // as JSON keeps "How are you?\n"

/** What 9639e8d's save() stored, key by key: settings over 3,000 units are in two parts. */
const STORED: Record<string, string> = {
  'pair:alice@example.com bob@example.com':
    '{"pairKey":"alice@example.com bob@example.com","other":{"email":"bob@example.com","name":"Bob Okafor"},"userIsOrganizer":true,"seriesIds":["bob1on1","bob1on1b"],"fingerprints":{"bob1on1":"f1","bob1on1b":"f2"},"docId":"doc-bob","createdByMe":true,"sharedWith":"bob@example.com","status":"active","upcoming":[{"date":"2026-11-24","start":1795514400000,"end":1795516200000,"seriesId":"bob1on1"}],"lastHeld":{"date":"2026-11-17","end":1794911400000},"preparedDate":"2026-11-24","preparedTemplate":["Wins","Blockers"],"organizedSeries":["bob1on1"],"mergedFor":"2026-11-17","error":{"code":429,"reason":"busy","method":"calendar.events.list","at":1795000000001,"tries":2},"seen":{"at":1795000000002,"openItems":3,"held":4,"cancelled":1}}',
  'written:alice@example.com bob@example.com':
    '{"writtenRevision":"rev-7","nextPlan":{"key":"plan-key","revisionId":"rev-7","requests":[{"insertText":{"location":{"index":1},"text":"Hi"}}],"preparedDate":"2026-12-01","preparedTemplate":["Wins"],"rename":"1:1 Alice / Bob","openItems":2,"summary":{"date":"2026-12-01","items":[{"task":"send the figures","owner":{"email":"bob@example.com","name":"Bob"},"due":"2026-11-30"}],"topics":[{"heading":"Wins","text":"the launch"}]}},"agendaSeen":{"at":1795000000000,"date":"2026-11-24","items":[{"task":"book the room","owner":null,"due":null}],"topics":[{"heading":null,"text":"travel"}]}}',
  'pair:alice@example.com carol@example.com':
    '{"pairKey":"alice@example.com carol@example.com","other":{"email":"carol@example.com"},"userIsOrganizer":false,"seriesIds":["carol1on1"],"status":"stopped","stoppedReason":"no longer a 1:1","upcoming":[]}',
  enabled: 'true',
  syncToken: 'token-42',
  lastSync:
    '{"at":1795000000003,"ok":false,"pairs":2,"errors":1,"partial":true,"listAgain":true,"retrySoon":true}',
  profile: '{"name":"Alice Martin","timeZone":"Europe/Paris"}',
  triggers:
    '{"calendar":"t-cal","hourly":"t-hour","daily":"t-day","oneShot":"t-once","oneShotAt":1795000000004}',
  pendingSeries: '["bob1on1b"]',
  dailyOn: '2026-11-23',
  docsListedOn: '2026-11-22',
  settings:
    '{"template":["Wins","Blockers"],"notifyOnShare":true,"exclusionKeywords":["interview"],"roles":{"bob@example.com":"report"},"seriesOverrides":{"x1":"exclude"},"customQuestions":"' +
    QUESTION.repeat(201) +
    'How are ',
  'settings#1': 'you?\\n' + QUESTION.repeat(98) + '","remindDayBefore":true,"remindHour":9}',
};

const BOB: PairRecord = {
  pairKey: 'alice@example.com bob@example.com',
  other: { email: 'bob@example.com', name: 'Bob Okafor' },
  userIsOrganizer: true,
  seriesIds: ['bob1on1', 'bob1on1b'],
  fingerprints: { bob1on1: 'f1', bob1on1b: 'f2' },
  docId: 'doc-bob',
  createdByMe: true,
  sharedWith: 'bob@example.com',
  status: 'active',
  upcoming: [{ date: '2026-11-24', start: 1795514400000, end: 1795516200000, seriesId: 'bob1on1' }],
  lastHeld: { date: '2026-11-17', end: 1794911400000 },
  preparedDate: '2026-11-24',
  preparedTemplate: ['Wins', 'Blockers'],
  organizedSeries: ['bob1on1'],
  mergedFor: '2026-11-17',
  error: { code: 429, reason: 'busy', method: 'calendar.events.list', at: 1795000000001, tries: 2 },
  seen: { at: 1795000000002, openItems: 3, held: 4, cancelled: 1 },
  writtenRevision: 'rev-7',
  nextPlan: {
    key: 'plan-key',
    revisionId: 'rev-7',
    requests: [{ insertText: { location: { index: 1 }, text: 'Hi' } }],
    preparedDate: '2026-12-01',
    preparedTemplate: ['Wins'],
    rename: '1:1 Alice / Bob',
    openItems: 2,
    summary: {
      date: '2026-12-01',
      items: [
        { task: 'send the figures', owner: { email: 'bob@example.com', name: 'Bob' }, due: '2026-11-30' },
      ],
      topics: [{ heading: 'Wins', text: 'the launch' }],
    },
  },
  agendaSeen: {
    at: 1795000000000,
    date: '2026-11-24',
    items: [{ task: 'book the room', owner: null, due: null }],
    topics: [{ heading: null, text: 'travel' }],
  },
};

const CAROL: PairRecord = {
  pairKey: 'alice@example.com carol@example.com',
  other: { email: 'carol@example.com' },
  userIsOrganizer: false,
  seriesIds: ['carol1on1'],
  status: 'stopped',
  stoppedReason: 'no longer a 1:1',
  upcoming: [],
};

const SETTINGS: Settings = {
  template: ['Wins', 'Blockers'],
  notifyOnShare: true,
  exclusionKeywords: ['interview'],
  roles: { 'bob@example.com': 'report' },
  seriesOverrides: { x1: 'exclude' },
  customQuestions: 'How are you?\n'.repeat(300),
  remindDayBefore: true,
  remindHour: 9,
};

/** The state STORED holds, as TandemState's public values. */
const VALUES = {
  enabled: true,
  settings: SETTINGS,
  syncToken: 'token-42',
  status: {
    at: 1795000000003,
    ok: false,
    pairs: 2,
    errors: 1,
    partial: true,
    listAgain: true,
    retrySoon: true,
  },
  profile: { name: 'Alice Martin', timeZone: 'Europe/Paris' },
  triggers: {
    calendar: 't-cal',
    hourly: 't-hour',
    daily: 't-day',
    oneShot: 't-once',
    oneShotAt: 1795000000004,
  },
  pendingSeries: ['bob1on1b'],
  dailyOn: '2026-11-23',
  docsListedOn: '2026-11-22',
};

/** Sets every value of VALUES and both pairs on `state`, through its public setters. */
function setAll(state: TandemState): void {
  state.setEnabled(VALUES.enabled);
  state.updateSettings(VALUES.settings);
  state.setSyncToken(VALUES.syncToken);
  state.setStatus(VALUES.status);
  state.setProfile(VALUES.profile);
  state.setTriggers(VALUES.triggers);
  state.setPendingSeries(VALUES.pendingSeries);
  state.setDailyOn(VALUES.dailyOn);
  state.setDocsListedOn(VALUES.docsListedOn);
  state.putPair(BOB);
  state.putPair(CAROL);
}

describe('the stored format of user properties', () => {
  it('reads a state the earlier code stored back value by value', () => {
    const state = new TandemState(memoryStore(STORED));
    for (const [name, value] of Object.entries(VALUES))
      expect([name, state[name as keyof typeof VALUES]]).toEqual([name, value]);
    expect([...state.pairs.values()]).toEqual([BOB, CAROL]);
  });

  it('writes the same state as the same properties, in one call', () => {
    const store = memoryStore();
    const state = new TandemState(store);
    setAll(state);
    state.save();
    expect(store.data).toEqual(STORED);
    expect(store.writes).toBe(1);
  });

  it('leaves the properties as they were when every value read is saved again', () => {
    const store = memoryStore(STORED);
    const state = new TandemState(store);
    setAll(state);
    state.putPair({ ...BOB, docId: 'doc-bob-2' });
    state.putPair(BOB);
    state.save();
    expect(store.data).toEqual(STORED);
  });
});
