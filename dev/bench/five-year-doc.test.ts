// The five-year pair doc: 260 past weekly sections, about 1,500 action items, read back by the
// agenda parser exactly as Tandem would read a real doc.
import { parseAgenda } from '../../src/core/agenda';
import { DocumentModel } from '../emulator/docs';
import { appendHistory, historyItemCount } from './five-year-doc';

const people = [
  { email: 'maya@example.com', name: 'Maya Laurent' },
  { email: 'bob.okafor@example.com', name: 'Bob Okafor' },
];
const start = DocumentModel.create('doc5y', 'Maya Laurent & Bob Okafor · 1:1').toJson();
const document = DocumentModel.fromJson(
  appendHistory(start, { names: ['Maya', 'Bob'], latestHeld: '2026-11-09', weeks: 260, openInLatest: 3 }),
).toJson();
const agenda = parseAgenda(document, people);

describe('when five years of weekly sections are appended', () => {
  it('the doc has 260 meeting sections, newest first, a week apart', () => {
    expect(agenda.sections).toHaveLength(260);
    expect(agenda.sections[0]?.date).toBe('2026-11-09');
    expect(agenda.sections[1]?.date).toBe('2026-11-02');
    expect(agenda.sections[259]?.date).toBe('2021-11-22');
  });

  it('holds about 1,500 action items, each read with its owner', () => {
    const items = agenda.sections.flatMap((s) => s.items);
    expect(items).toHaveLength(historyItemCount(260));
    expect(items.length).toBeGreaterThan(1_400);
    expect(items.length).toBeLessThan(1_600);
    expect(items.every((entry) => entry.item.owner !== null)).toBe(true);
  });

  it('only the latest held section has open items', () => {
    const open = agenda.sections.map((s) => s.items.filter((entry) => !entry.item.done).length);
    expect(open[0]).toBe(3);
    expect(open.slice(1).every((n) => n === 0)).toBe(true);
  });

  it('carried copies name the section they came from', () => {
    const carried = agenda.sections[0]?.items.filter((entry) => entry.item.carriedFrom !== null) ?? [];
    expect(carried.map((entry) => entry.item.carriedFrom)).toEqual(['2026-11-02']);
  });
});

describe('edge cases', () => {
  it('no weeks appends nothing', () => {
    const same = appendHistory(start, {
      names: ['Maya', 'Bob'],
      latestHeld: '2026-11-09',
      weeks: 0,
      openInLatest: 0,
    });
    expect(parseAgenda(DocumentModel.fromJson(same).toJson(), people).sections).toHaveLength(0);
  });
});
