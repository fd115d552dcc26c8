// The quota model: which quota bucket each Google method spends, and how many units.
// Calendar counts requests (developers.google.com/workspace/calendar/api/guides/quota), a patch as
// three ("each patch request consumes three quota units", the events.patch reference);
// Docs splits read and write requests (developers.google.com/workspace/docs/api/limits).
import { bucketOf, quotaUnits } from './quota';

describe('when a call is put in its quota bucket', () => {
  it('every Calendar method spends the Calendar request quota', () => {
    expect(bucketOf('calendar.events.list')).toBe('calendar');
    expect(bucketOf('calendar.events.patch')).toBe('calendar');
  });

  it('documents.get is a Docs read and every other Docs method a Docs write', () => {
    expect(bucketOf('docs.documents.get')).toBe('docsRead');
    expect(bucketOf('docs.documents.batchUpdate')).toBe('docsWrite');
    expect(bucketOf('docs.documents.create')).toBe('docsWrite');
  });

  it('Drive methods spend the Drive quota', () => {
    expect(bucketOf('drive.permissions.create')).toBe('drive');
  });
});

describe('when the calls of a scenario are added up', () => {
  it('counts each call once in its bucket', () => {
    expect(
      quotaUnits({
        'calendar.events.list': 2,
        'calendar.events.instances': 1,
        'docs.documents.get': 3,
        'docs.documents.batchUpdate': 1,
        'drive.files.create': 4,
      }),
    ).toEqual({ calendar: 3, docsRead: 3, docsWrite: 1, drive: 4 });
  });

  it('an events.patch spends three Calendar units, as its reference page says', () => {
    expect(quotaUnits({ 'calendar.events.patch': 2, 'calendar.events.instances': 1 })).toEqual({
      calendar: 7,
      docsRead: 0,
      docsWrite: 0,
      drive: 0,
    });
  });

  it('no calls spend nothing', () => {
    expect(quotaUnits({})).toEqual({ calendar: 0, docsRead: 0, docsWrite: 0, drive: 0 });
  });
});

describe('edge cases', () => {
  it('a method of an API the model does not know is refused rather than counted as free', () => {
    expect(() => bucketOf('gmail.users.messages.send')).toThrow(/no quota bucket/);
  });
});
