// The soak at a size for every `npm test` (4 managers × 6 1:1s × 4 weeks, half-day ticks, half the
// reports running Tandem too, half of those who run it with the reminder to prepare on); the full one
// runs with `npm run soak` (soak.full.ts). Same driver, same invariants.
import { Scenario } from '../harness';
import { peopleOfTheReminder, ANA, BEN } from './support/reminder-world';
import { Soak, type SoakReport } from './support/soak';
import { SoakReminders } from './support/soak-reminders';
import type { SoakPair } from './support/soak-world';

let soak: Soak;
let report: SoakReport;

beforeAll(() => {
  soak = new Soak({ users: 4, pairsPerUser: 6, weeks: 4, seed: 20261019 });
  report = soak.run();
}, 120_000);

describe('the soak, reduced: 4 managers with 6 1:1s each over 4 weeks, half the reports running Tandem', () => {
  it('ran every tick, with people writing, ticking items off, moving and cancelling meetings', () => {
    expect(report.ticks).toBe(4 * 14);
    expect(report.edits).toBeGreaterThan(50);
    expect(report.itemsMarkedDone).toBeGreaterThan(5);
    expect(report.moves + report.cancellations).toBeGreaterThan(10);
    expect(report.executions).toBeGreaterThan(1000);
  });

  it('the reports who run Tandem (11 of 21, and the 3 managers who report to m0) pressed "Add" and "Mark done"', () => {
    expect(report.installed).toBe(4 + 11);
    expect(report.questionsAdded).toBeGreaterThan(2);
    expect(report.itemsMarkedDoneByButton).toBeGreaterThan(2);
  });

  it('every execution succeeded', () => {
    expect(report.failedExecutions).toEqual([]);
  });

  it('8 of the 15 who run Tandem turned the reminder on, at 8 different hours, and got their reminders', () => {
    expect(report.reminders.remindersOn).toBe(8);
    expect(new Set(soak.remindersOn.map((r) => r.hour)).size).toBe(8);
    // Person-days before one of their 1:1s, each with its reminder (none refused: the quota never ran out).
    expect(report.reminders.remindersDue).toBeGreaterThan(25);
    expect(report.reminders.remindersExcused).toBe(0);
    expect(report.reminders.remindersSent).toBeGreaterThanOrEqual(report.reminders.remindersDue);
    // At most one a day each, four weeks long.
    expect(report.reminders.remindersSent).toBeLessThanOrEqual(8 * 28);
  });

  it('after every tick: one doc per pair, one section per held or next meeting, nothing lost or doubled, both people’s records name the doc, no Tandem writes what it must not, each reminder once and to its owner alone, none missing', () => {
    expect(report.checks).toBe(report.ticks * 4 * 6);
    expect(report.recordChecks).toBeGreaterThan(report.checks);
    expect(report.violations).toEqual([]);
  });
});

describe('the soak’s checks themselves', () => {
  it('catch a section written twice and a person’s line gone', () => {
    const [docId] = [...soak.s.pairDocs().values()];
    const lines = soak.s.lines(docId ?? '');
    const heading = lines.find((l) => /^# \d{4}-/.test(l)) ?? '';
    soak.s.edit('m0@soak.example.com', docId ?? '', [
      { insertText: { location: { index: 1 }, text: `${heading.slice(2)}\n` } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { namedStyleType: 'HEADING_1' },
          fields: 'namedStyleType',
        },
      },
    ]);
    const written = soak.s
      .document(docId ?? '')
      .body?.content?.find((e) =>
        /^(Topic|Note|Win) \d+/.test(e.paragraph?.elements?.[0]?.textRun?.content ?? ''),
      );
    soak.s.edit('m0@soak.example.com', docId ?? '', [
      {
        deleteContentRange: {
          range: { startIndex: written?.startIndex ?? 0, endIndex: (written?.endIndex ?? 1) - 1 },
        },
      },
    ]);
    soak.check();
    expect(soak.report.violations.some((v) => v.includes('sections twice'))).toBe(true);
    expect(soak.report.violations.some((v) => v.includes('lost'))).toBe(true);
  });

  it('catch a report’s record naming another doc, and a report’s Tandem writing a section or changing a series', () => {
    const pair = soak.pairs.find(
      (p) => p.otherRunsTandem && p.stoppedAt === undefined && !p.other.startsWith('m'),
    );
    if (!pair) throw new Error('no report who runs Tandem');
    const ws = soak.s.ws;
    const docId = soak.s.docId(pair.organizer, pair.other);
    const records = ws.appsScript.properties({ kind: 'user', email: pair.other }, false) ?? {};
    const record = JSON.parse(records[`pair:${pair.pairKey}`] ?? '{}') as Record<string, unknown>;
    records[`pair:${pair.pairKey}`] = JSON.stringify({ ...record, docId: 'file-elsewhere' });
    // The report's Tandem (the add-on acting for them) writing a dated heading, and editing the series.
    const asTandem = { ...ws.personContext(pair.other), actor: 'app' as const };
    ws.drive.grantFileScope(pair.other, docId);
    ws.drive.docsService(asTandem).Documents.batchUpdate(
      {
        requests: [
          { insertText: { location: { index: 1 }, text: '2030-01-01 · Tuesday\n' } },
          {
            updateParagraphStyle: {
              range: { startIndex: 1, endIndex: 2 },
              paragraphStyle: { namedStyleType: 'HEADING_1' },
              fields: 'namedStyleType',
            },
          },
        ],
      },
      docId,
    );
    try {
      ws.calendar.service(asTandem).Events.patch({ summary: 'Renamed' }, 'primary', pair.seriesId);
    } catch {
      // Calendar refuses it (forbiddenForNonOrganizer): the attempt is what the check catches.
    }
    soak.check();
    const violations = soak.report.violations.join('\n');
    expect(violations).toContain(`${pair.other}'s Tandem records file-elsewhere`);
    expect(violations).toContain(`${pair.other}'s Tandem wrote section 2030-01-01`);
    expect(violations).toContain(
      `${pair.other}'s Tandem patched ${pair.seriesId}, organized by ${pair.organizer}`,
    );
  });

  it('catch a reminder sent twice or to someone else, and one that did not come', () => {
    // Ana (Los Angeles) turned the reminder on for 07:00 on Sunday; her 1:1 with Ben is on Tuesdays.
    const s = new Scenario(peopleOfTheReminder('2026-11-22T20:00:00Z'));
    const violations: string[] = [];
    const reminders = new SoakReminders(s, [ANA, BEN], (problem) => violations.push(problem));
    expect(reminders.on).toEqual([expect.objectContaining({ email: ANA, hour: 7 })]);
    const pair: SoakPair = {
      organizer: ANA,
      other: BEN,
      pairKey: `${ANA} ${BEN}`,
      seriesId: 'ben1on1tue',
      zone: 'America/Los_Angeles',
      firstWall: Date.parse('2026-11-17T09:00:00Z'),
      minutes: 30,
      everyWeeks: 1,
      changes: new Map(),
      otherRunsTandem: true,
    };
    const mail = {
      id: 'mail-1',
      from: ANA,
      to: [ANA],
      cc: [],
      bcc: [],
      subject: 'Your 1:1 tomorrow',
      body: '',
    };
    s.ws.appsScript.recordMail({ ...mail, sentAt: Date.parse('2026-11-23T01:00:00Z') }); // Sunday 17:00
    s.ws.appsScript.recordMail({
      ...mail,
      id: 'mail-2',
      cc: [BEN],
      sentAt: Date.parse('2026-11-23T02:00:00Z'),
    });
    // Tuesday noon UTC: Ana's Monday (before Tuesday's 1:1) is over in Los Angeles, without a reminder.
    reminders.check(Date.parse('2026-11-24T12:00:00Z'), [pair], (problem) => violations.push(problem));
    expect(violations).toEqual([
      `${ANA}'s Tandem mailed ${ANA}, ${BEN}`,
      `${ANA} 2026-11-22: 2 reminders`,
      `${ANA} got no reminder on 2026-11-23 (at 7:00) for a 1:1 the next day; record: none`,
    ]);
  });
});
