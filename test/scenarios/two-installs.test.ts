// Organizer and guest both run Tandem: the guest's install finds the organizer's doc from the
// series attachment (drive.file hides it from Drive searches), never creates a twin and never
// writes sections; the organizer's install alone maintains the doc.
import { sampleWorld } from '../../dev/sample-world';
import { Scenario } from '../harness';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';

describe('when the report runs Tandem too', () => {
  const s = new Scenario(sampleWorld());

  it('the guest install records the organizer doc without creating one', () => {
    s.enable(ALICE);
    s.enable(BOB);
    s.tick('2026-10-19T07:10:00Z');
    const docs = [...s.pairDocs()].filter(([key]) => key.includes(BOB));
    expect(docs).toHaveLength(1);
    const bobState = s.ws.toWorld().userProperties[BOB] ?? {};
    const pair = JSON.parse(bobState[`pair:${ALICE} ${BOB}`] ?? '{}') as {
      docId?: string;
      userIsOrganizer?: boolean;
    };
    expect(pair.userIsOrganizer).toBe(false);
    expect(pair.docId).toBe(s.docId(ALICE, BOB));
  });

  it('after weeks of both installs syncing, there is one section per meeting and no twin', () => {
    s.tick('2026-11-10T12:00:00Z');
    const lines = s.lines(s.docId(ALICE, BOB));
    const sections = lines.filter((l) => /^# \d{4}-\d{2}-\d{2}/.test(l));
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections).toEqual([
      '# 2026-11-17 · Tuesday',
      '# 2026-11-10 · Tuesday',
      '# 2026-11-03 · Tuesday',
      '# 2026-10-27 · Tuesday',
      '# 2026-10-20 · Tuesday',
    ]);
    expect([...s.pairDocs()].filter(([key]) => key.includes(BOB))).toHaveLength(1);
    const writers = s.ws.drive.sharingLog().map((r) => r.emailAddress);
    expect(writers.filter((e) => e === ALICE)).toEqual([]); // Bob's install never shared anything
  });

  it('the guest install made no write to the doc', () => {
    const bobCalls = s.ws.ledger.total;
    expect(bobCalls['drive.files.create']).toBe(4); // Alice's four pairs only
  });
});
