// Users per Cloud project from the measured calls, with the usage assumptions of capacity.ts.
// Default limits: Calendar 10,000 requests/min/project, 1,000,000/day billing threshold
// (developers.google.com/workspace/calendar/api/guides/quota); Docs 3,000 reads and 600 writes
// per minute per project (developers.google.com/workspace/docs/api/limits).
import { capacity } from './capacity';
import { resultOf } from './testing';

const inputs = (perMeeting: Record<string, number>) => [
  // 40 meetings held and 7 daily safety nets
  resultOf('week', {
    'calendar.events.list': 7,
    ...Object.fromEntries(Object.entries(perMeeting).map(([m, n]) => [m, 40 * n])),
  }),
  resultOf('quiet-day', { 'calendar.events.list': 1 }),
  resultOf('quiet-sync', { 'calendar.events.list': 1 }),
  resultOf('event-card', { 'calendar.events.instances': 1, 'docs.documents.get': 1 }),
  resultOf('docs-sidebar', { 'docs.documents.get': 1, 'drive.files.get': 1 }),
];

describe('when each held meeting costs one Docs read and one Docs write', () => {
  const c = capacity(inputs({ 'docs.documents.get': 1, 'docs.documents.batchUpdate': 1 }));

  it('derives the per-meeting cost from the week, net of the daily safety nets', () => {
    expect(c.perMeeting).toEqual({ calendar: 0, docsRead: 1, docsWrite: 1, drive: 0 });
  });

  it('a typical user spends about 19 Calendar requests a day, mostly on calendar changes', () => {
    // 1 safety net + 5/7 × (20 changes + 5 event cards)
    expect(c.perUserPerDay.calendar).toBeCloseTo(1 + (5 / 7) * 25, 5);
  });

  it('Docs reads break first: 10% of users end a 1:1 in the busiest minute, their runs spread over the hour', () => {
    // writes: 0.1 × 1/60 per user → 600 / (0.1/60); reads: 0.1 × (1/60 + 1 card) → 3,000 / (0.1 × 61/60)
    expect(c.limits.find((l) => l.limit.startsWith('Docs write'))?.users).toBe(Math.floor(600 / (0.1 / 60)));
    expect(c.limits.find((l) => l.limit.startsWith('Docs read'))?.users).toBe(
      Math.floor(3000 / ((0.1 * 61) / 60)),
    );
    expect(c.firstToBreak.limit).toMatch(/^Docs read/);
    expect(c.firstToBreak.users).toBe(Math.floor(3000 / ((0.1 * 61) / 60)));
  });

  it('the Calendar quota is bound by the daily threshold', () => {
    expect(c.calendar.limit).toMatch(/per day/);
    expect(c.calendar.users).toBe(Math.floor(1_000_000 / c.perUserPerDay.calendar));
  });
});

describe('edge cases', () => {
  it('a limit nothing spends at the peak carries any number of users', () => {
    const c = capacity(inputs({ 'docs.documents.get': 1, 'docs.documents.batchUpdate': 1 }));
    expect(c.limits.find((l) => l.limit.startsWith('Drive'))?.users).toBe(Infinity);
  });

  it('a missing input scenario is an error, not a silent zero', () => {
    expect(() => capacity(inputs({}).filter((r) => r.id !== 'week'))).toThrow(/week/);
  });
});
