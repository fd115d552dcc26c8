import { reminderProblem } from './problem';
import { readReminderRecord, REMINDER_KEY, writeReminderRecord } from './record';

function store(initial: Record<string, string> = {}) {
  const values = { ...initial };
  return {
    values,
    get: (key: string) => values[key] ?? null,
    getAll: () => ({ ...values }),
    set: (more: Record<string, string>) => Object.assign(values, more),
    delete: (key: string) => {
      delete values[key];
    },
  };
}

describe('the reminder record', () => {
  it('reads back what was written', () => {
    const s = store();
    writeReminderRecord(s, { day: '2026-11-23', outcome: 'sending', at: 5 });
    expect(readReminderRecord(s)).toEqual({ day: '2026-11-23', outcome: 'sending', at: 5 });
  });

  it('drops a value a bug or a person mangled', () => {
    for (const raw of [
      '{',
      '"x"',
      '{"day":"soon","outcome":"sent","at":1}',
      '{"day":"2026-11-23","outcome":"maybe","at":1}',
    ])
      expect(readReminderRecord(store({ [REMINDER_KEY]: raw }))).toBeNull();
    expect(readReminderRecord(store())).toBeNull();
  });
});

describe('reminderProblem', () => {
  const at = Date.parse('2026-11-23T16:00:00Z');
  it('says why today’s reminder did not go out, and nothing about another day’s or a sent one', () => {
    expect(reminderProblem({ day: '2026-11-23', outcome: 'quota', at }, '2026-11-23', at)).toMatch(
      /quota ran out/,
    );
    expect(reminderProblem({ day: '2026-11-23', outcome: 'failed', at }, '2026-11-23', at)).toMatch(
      /could not be sent/,
    );
    expect(reminderProblem({ day: '2026-11-23', outcome: 'waiting', at }, '2026-11-23', at)).toMatch(
      /has not gone out yet.*tries again next hour/,
    );
    expect(reminderProblem({ day: '2026-11-22', outcome: 'quota', at }, '2026-11-23', at)).toBeNull();
    expect(reminderProblem({ day: '2026-11-23', outcome: 'sent', at }, '2026-11-23', at)).toBeNull();
    expect(reminderProblem(null, '2026-11-23', at)).toBeNull();
  });

  it('says a claim may not have gone out only once the run that made it is long over', () => {
    const claim = { day: '2026-11-23', outcome: 'sending' as const, at };
    expect(reminderProblem(claim, '2026-11-23', at + 60_000)).toBeNull();
    expect(reminderProblem(claim, '2026-11-23', at + 11 * 60_000)).toMatch(/may not have gone out/);
  });
});
