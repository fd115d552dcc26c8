import { copiesToMarkDone, isDoneSince, itemsToCarry, latestSectionsBefore } from './carry-over';
import { parseAgenda } from './parse';
import { buildDoc } from './testing/build-doc';
import { PAIR } from './testing/pair';

const agendaOf = (lines: string[]) => parseAgenda(buildDoc(lines), PAIR);

describe('latestSectionsBefore', () => {
  it('finds the latest meeting before a date, whatever the order of sections', () => {
    const agenda = agendaOf(['# 2026-11-03', '# 2026-11-24', '# 2026-11-17', '# 2026-11-17 · notes']);
    expect(latestSectionsBefore(agenda, '2026-11-24').map((s) => s.label)).toEqual([
      '2026-11-17',
      '2026-11-17 · notes',
    ]);
  });

  it('finds none before the first meeting', () => {
    expect(latestSectionsBefore(agendaOf(['# 2026-11-24']), '2026-11-24')).toEqual([]);
  });
});

describe('isDoneSince', () => {
  const agenda = agendaOf(['# 2026-11-17', '- [ ] a', '# 2026-11-10', '- [x] a', '# 2025-01-01', '- [x] b']);

  it('counts a done copy in a section on or after the date', () => {
    expect(isDoneSince(agenda, 'a', '2026-11-10')).toBe(true);
  });

  it('ignores a done copy from before the item first appeared', () => {
    expect(isDoneSince(agenda, 'a', '2026-11-17')).toBe(false);
    expect(isDoneSince(agenda, 'b', '2026-11-01')).toBe(false);
  });

  it('ignores sections on or after `until`', () => {
    expect(isDoneSince(agenda, 'a', '2026-11-01', '2026-11-10')).toBe(false);
  });
});

describe('itemsToCarry', () => {
  it('takes open items not done since they first appeared, once each, in order', () => {
    const agenda = agendaOf([
      '# 2026-11-17',
      '- [ ] b',
      '- [ ] a · from 2026-11-03',
      '- [ ] B',
      '- [x] c',
      '# 2026-11-10',
      '- ☑ a',
    ]);
    expect(itemsToCarry(agenda, '2026-11-24').map((c) => [c.item.task, c.sectionDate])).toEqual([
      ['b', '2026-11-17'],
    ]);
  });

  it('takes nothing when there is no earlier section', () => {
    expect(itemsToCarry(agendaOf(['# 2026-12-01', '- [ ] a']), '2026-11-24')).toEqual([]);
  });
});

describe('copiesToMarkDone', () => {
  it('finds open carried copies whose original was done since their from-date', () => {
    const agenda = agendaOf([
      '# 2026-11-24',
      '- [ ] a · from 2026-11-17',
      '- [ ] b · from 2026-11-17',
      '- [ ] c',
      '# 2026-11-17',
      '- [x] a',
      '- [ ] b',
      '- [x] c',
    ]);
    expect(copiesToMarkDone(agenda, '2026-11-24').map((e) => e.item.task)).toEqual(['a']);
  });
});

describe('when an item is written late into an older section (design.md §3: none left behind)', () => {
  it('carries it after the latest section’s items, with the older section’s date', () => {
    const agenda = agendaOf([
      '# 2026-11-17',
      '- [ ] latest',
      '# 2026-11-10',
      '- [ ] written late · due nothing',
      '- [ ] latest',
    ]);
    expect(itemsToCarry(agenda, '2026-11-24').map((c) => [c.item.task, c.sectionDate])).toEqual([
      ['latest', '2026-11-17'],
      ['written late · due nothing', '2026-11-10'],
    ]);
  });

  it('does not carry an old item whose later copy was ticked', () => {
    const agenda = agendaOf(['# 2026-11-17', '- [x] a · from 2026-11-10', '# 2026-11-10', '- [ ] a']);
    expect(itemsToCarry(agenda, '2026-11-24')).toEqual([]);
  });

  it('carries nothing from a section dated on or after the new one', () => {
    const agenda = agendaOf(['# 2026-12-01', '- [ ] later', '# 2026-11-10', '- [ ] old']);
    expect(itemsToCarry(agenda, '2026-11-24').map((c) => c.item.task)).toEqual(['old']);
  });
});
