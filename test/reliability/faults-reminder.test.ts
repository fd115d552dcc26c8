// Faults at every call position of the hourly runs that send the reminder to prepare (design §8):
// Ben's in Paris at 17:00 and Ana's in Los Angeles at 08:00, both 16:00Z, hers after her sync
// prepared the next section. Each call fails (429/500/503 once and for the rest of its run, 403/404
// once) or Apps Script kills the run there. After each: no mail twice, none to anyone but its owner,
// at most one a person a day; a day's mail is lost only when its send failed, and the homepage says so.
import { DEFAULT_CALL_LATENCY_MS } from '../../dev/emulator/calls';
import { UNKNOWN_STATUS } from '../../src/api-error';
import { Scenario } from '../harness';
import {
  beyondLaggingRecords,
  codesSeen,
  expectRetried,
  keeperFailures,
  unreportedDifferences,
} from './support/fault-checks';
import { cleanRun, faulted, problemsOf, type Faulted, type Start } from './support/window';
import { HardTimeLimit } from './support/hard-time-limit';
import { soundness } from './support/invariants';
import {
  homepageText,
  mailProblems,
  reminderRecordOf,
  remindersDue,
  remindersOf,
  ANA,
  BEN,
  CLEO,
  REMINDER_NOT_SENT,
} from './support/reminder-world';
import { CallTap } from './support/tap';
import { advance } from './support/worlds';
import { viewOf } from './support/world-view';
import { WriteWatch } from './support/write-watch';

const TODAY = '2026-11-23'; // Monday, in both zones at 16:00Z
const PEOPLE = [ANA, BEN];

const start: Start = {
  name: 'the hourly runs that send the reminder, in Paris and Los Angeles',
  world: remindersDue(),
  // Ben's run at 16:06Z, Ana's at 16:29Z; a quota check that failed is tried again by each one's
  // next hourly run (17:06Z, 17:29Z), as is a section Ana's sync could not write.
  windowEnd: '2026-11-23T17:00:00Z',
  retriedBy: '2026-11-23T17:35:00Z',
  // Ben's daily safety net at 03:06Z, Ana's at 12:29Z (04:29 in Los Angeles), before Tuesday's 1:1s.
  nextDay: '2026-11-24T13:00:00Z',
};

/** The clean window once more, with its executions' times and each call's place in its execution. */
function cleanCalls() {
  const s = new Scenario(start.world);
  const tap = new CallTap(s.ws);
  const fired = advance(s, start.windowEnd);
  const calls = tap.calls.map((c) => ({
    position: c.position,
    method: c.method,
    who: c.user.split('@')[0] ?? '?',
    user: c.user,
    firedAt: fired[c.execution - 1]?.at ?? '?',
    // The call's number in its own execution: a deadline just short of it kills the run there.
    inRun: tap.calls.filter((d) => d.execution === c.execution && d.position <= c.position).length,
  }));
  advance(s, start.retriedBy);
  const mails = (part: 'subject' | 'body') =>
    Object.fromEntries(PEOPLE.map((p) => [p, remindersOf(s.ws, p, TODAY).map((m) => m[part])]));
  return { calls, subjects: mails('subject'), bodies: mails('body') };
}

const clean = cleanRun(start);
const { calls, subjects, bodies } = cleanCalls();
const references = { retried: clean.retried, known: clean.known };

/**
 * What is wrong with the day's reminders once the runs after the fault are done: the log's rules
 * (mailProblems), and each person's reminder — sent once, listing what the clean one lists, or,
 * exactly where `lost` says (that person's send failed or was killed), not sent and said on the homepage.
 */
function reminderProblems(s: Scenario, lost: (who: string) => boolean, sameBody = false): string[] {
  const problems = mailProblems(s.ws);
  for (const who of PEOPLE) {
    const sent = remindersOf(s.ws, who, TODAY);
    if (sent.length === 1 && lost(who)) problems.push(`${who}'s reminder went out though its send failed`);
    else if (sent.length === 1) {
      if (sent[0]?.subject !== subjects[who]?.[0])
        problems.push(`${who}'s reminder says “${sent[0]?.subject}”`);
      if (sameBody && sent[0]?.body !== bodies[who]?.[0])
        problems.push(`${who}'s reminder lacks what the docs say`);
      continue;
    }
    if (sent.length > 1) continue; // mailProblems says so
    if (!lost(who)) {
      problems.push(`${who} got no reminder (record: ${JSON.stringify(reminderRecordOf(s.ws, who))})`);
      continue;
    }
    if (!REMINDER_NOT_SENT.test(homepageText(s, who)))
      problems.push(`${who}'s homepage does not say it was lost`);
  }
  if (s.ws.appsScript.sentMail().some((m) => m.from === CLEO || m.to.includes(CLEO)))
    problems.push('Cléo got mail');
  return problems;
}

/** Whose send the tap failed. */
function sendFailed(run: Faulted): (who: string) => boolean {
  return (who) => run.tap.calls.some((c) => c.user === who && c.method === 'mail.sendEmail' && c.failedWith);
}

describe('the window the matrix varies', () => {
  it('holds each person’s reminder run: the quota, the doc reads, the send last — Ana’s after her sync wrote a section', () => {
    const of = (who: string) => calls.filter((c) => c.user === who).map((c) => c.method);
    // How many docs a run reads depends on what its sync read just before (others' call-count work
    // may change it): at least one, at most one per meeting listed.
    for (const [who, meetings] of [
      [BEN, 1],
      [ANA, 2],
    ] as const) {
      const mine = of(who);
      expect(mine.filter((m) => m.startsWith('mail.'))).toEqual([
        'mail.getRemainingDailyQuota',
        'mail.sendEmail',
      ]);
      expect(mine.at(-1)).toBe('mail.sendEmail');
      const reads = mine
        .slice(mine.indexOf('mail.getRemainingDailyQuota'))
        .filter((m) => m === 'docs.documents.get');
      expect(reads.length).toBeGreaterThanOrEqual(1);
      expect(reads.length).toBeLessThanOrEqual(meetings);
    }
    expect(of(ANA)).toContain('docs.documents.batchUpdate');
    expect(calls.map((c) => c.user).filter((u) => u !== ANA && u !== BEN)).toEqual([]);
    expect(clean.problems).toEqual([]);
  });

  it('sends each one reminder, to them alone, listing tomorrow’s 1:1s', () => {
    expect(subjects).toEqual({
      [ANA]: ['Your 1:1s tomorrow, Tue, Nov 24: Cléo Martin, Ben Adler'],
      [BEN]: ['Your 1:1 tomorrow, Tue, Nov 24: Ana Reyes'],
    });
    const s = new Scenario(start.world);
    advance(s, start.nextDay);
    expect(reminderProblems(s, () => false)).toEqual([]);
  });

  it('the checks catch a reminder sent twice, to someone else, or lost without a word', () => {
    const s = new Scenario(start.world);
    advance(s, start.retriedBy);
    const [mail] = remindersOf(s.ws, BEN, TODAY);
    if (!mail) throw new Error('no reminder for Ben');
    s.ws.appsScript.recordMail({ ...mail, id: 'mail-again', to: [BEN, CLEO] });
    expect(mailProblems(s.ws)).toEqual([
      `${BEN}'s Tandem mailed ${BEN}, ${CLEO}`,
      `${BEN} ${TODAY}: 2 reminders`,
    ]);
    const quiet = new Scenario(start.world);
    advance(quiet, '2026-11-23T16:00:00Z');
    expect(reminderProblems(quiet, () => true)).toEqual([
      `${ANA}'s homepage does not say it was lost`,
      `${BEN}'s homepage does not say it was lost`,
    ]);
  });
});

describe(`faults at every call position of ${start.name}`, () => {
  const at = (position: number) => ({ opening: clean.opening, position });

  describe.each([429, 500, 503])('when Google answers %i', (code) => {
    it.each(calls)(
      'once, at call $position ($who: $method): the sync’s work done, the reminder sent once or said lost',
      ({ position, method }) => {
        const run = faulted(start, (t, offset) => t.failNext(offset, code), at(position));
        if (!method.startsWith('mail.') && codesSeen(run.s)) expect(run.failures).toEqual([]);
        expectRetried(run, start, references);
        // Where Tandem sees the code, a doc read is retried in the run: the mail lists the doc's items.
        // Without it, the mail goes out saying it could not read that doc.
        expect(reminderProblems(run.s, sendFailed(run), codesSeen(run.s))).toEqual([]);
      },
    );

    it.each(calls)(
      'from call $position ($who: $method) to the end of that run: the next run finishes, nothing twice',
      ({ position }) => {
        const run = faulted(start, (t, offset) => t.failRestOfRunFrom(offset, code), at(position));
        expectRetried(run, start, references);
        expect(reminderProblems(run.s, sendFailed(run))).toEqual([]);
      },
    );
  });

  it.each([429, 500, 503])(
    'when every call answers %i through the window: no quota known, nothing claimed — the next runs send each one once',
    (code) => {
      const run = faulted(start, (t) => t.failAllFrom(1, code));
      expectRetried(run, start, references);
      expect(reminderProblems(run.s, () => false)).toEqual([]);
      advance(run.s, start.nextDay);
      expect(mailProblems(run.s.ws)).toEqual([]);
    },
  );

  describe.each([403, 404])('when Google refuses with %i', (code) => {
    it.each(calls)(
      'at call $position ($who: $method): reported, the reminder sent once or said lost, healed next day',
      ({ position }) => {
        const run = faulted(start, (t, offset) => t.failNext(offset, code), at(position));
        advance(run.s, start.retriedBy);
        const view = viewOf(run.s.ws);
        expect(problemsOf(run, view)).toEqual([]);
        const recorded = codesSeen(run.s) ? code : UNKNOWN_STATUS;
        expect(unreportedDifferences(view, clean.retried, recorded, run.s)).toEqual([]);
        expect(reminderProblems(run.s, sendFailed(run))).toEqual([]);
        const excused = keeperFailures(run.s);
        advance(run.s, start.nextDay);
        const healed = viewOf(run.s.ws);
        expect(problemsOf(run, healed)).toEqual([]);
        if (excused.size === 0) expect(healed).toEqual(clean.nextDay);
        else expect(beyondLaggingRecords(healed, clean.nextDay, excused)).toEqual([]);
        expect(mailProblems(run.s.ws)).toEqual([]);
      },
    );
  });
});

describe(`when Apps Script kills ${start.name} at a call`, () => {
  it.each(calls)(
    'at call $position ($who: $method, call $inRun of that run): nothing twice, lost only if killed at the send, and said',
    ({ firedAt, inRun, user, method }) => {
      const s = new Scenario(start.world);
      const tap = new CallTap(s.ws);
      const watch = new WriteWatch(s.ws);
      const limit = new HardTimeLimit(s.ws);
      advance(s, new Date(Date.parse(firedAt) - 1).toISOString());
      // The call that takes the run past its deadline is the one Apps Script stops it at.
      const deadlineMs = inRun * DEFAULT_CALL_LATENCY_MS - 1;
      limit.set(deadlineMs);
      const killed = advance(s, firedAt, deadlineMs);
      limit.set(null);
      expect(killed.map((f) => [f.user, f.result.timedOut])).toEqual([[user, true]]);
      advance(s, start.retriedBy);
      // Killed between the claim and the send: that day's mail is lost, never sent twice (send.ts).
      const killedAtSend = (who: string) => who === user && method === 'mail.sendEmail';
      expect(reminderProblems(s, killedAtSend)).toEqual([]);
      if (method === 'mail.sendEmail') expect(reminderRecordOf(s.ws, user)?.outcome).toBe('sending');
      advance(s, start.nextDay);
      const view = viewOf(s.ws);
      expect([...soundness(s.ws, view, tap.shares), ...watch.violations]).toEqual([]);
      expect(view).toEqual(clean.nextDay);
      expect(mailProblems(s.ws)).toEqual([]);
    },
  );
});

describe('when MailApp does not answer the quota check all day (500 at every hourly run)', () => {
  // Known bug (see the report): a failed quota check records nothing, so that each hourly run may
  // try again; when every one of the day's runs fails there, the day's mail is lost without a word.
  const s = new Scenario(start.world);
  s.ws.ledger.addFault({ method: 'mail.getRemainingDailyQuota', code: 500, remaining: 1000 });
  // Ben's runs at 16:06Z … 22:06Z (23:06 in Paris, his last of the day) all fail at the quota check.
  const fired = advance(s, '2026-11-23T22:59:00Z');
  s.ws.ledger.clearFaults();

  it('tries once an hour, sends nothing, nothing twice', () => {
    const asked = fired.filter((f) => f.user === BEN && f.result.calls['mail.getRemainingDailyQuota']);
    expect(asked).toHaveLength(7);
    expect(remindersOf(s.ws, BEN, TODAY)).toEqual([]);
    expect(mailProblems(s.ws)).toEqual([]);
  });

  it('says on Ben’s homepage, before his day is over, that today’s reminder did not go out', () => {
    expect(homepageText(s, BEN)).toMatch(REMINDER_NOT_SENT);
  });
});
