import { DocumentModel } from '../../../dev/emulator/docs';
import { parseAgenda } from './parse';
import { PRIVATE_TEMPLATE, planPrivateNotes, privateNotesIntro, privateNotesTitle } from './private-template';
import { renderDoc } from './testing/render-doc';
import { BOB, PAIR } from './testing/pair';

const TUESDAY = { date: '2026-11-24', label: '2026-11-24 · Tuesday' };
const NEXT_TUESDAY = { date: '2026-12-01', label: '2026-12-01 · Tuesday' };

function applied(model: DocumentModel, requests: ReturnType<typeof planPrivateNotes>): DocumentModel {
  if (requests.length > 0) model.apply(requests);
  return model;
}

describe('privateNotesTitle', () => {
  it('names the other person, or their address when no name is known', () => {
    expect(privateNotesTitle(BOB)).toBe('Private · 1:1 with Bob Okafor');
    expect(privateNotesTitle({ email: 'bob@example.com', name: '  ' })).toBe(
      'Private · 1:1 with bob@example.com',
    );
  });
});

describe('planPrivateNotes', () => {
  it('writes the title, the intro and the first section into a fresh doc in one batch', () => {
    const model = applied(
      DocumentModel.create('p1', 'untitled'),
      planPrivateNotes(DocumentModel.create('p1', 'x').toJson(), TUESDAY, BOB, PAIR),
    );
    expect(renderDoc(model.toJson())).toEqual([
      '= Private · 1:1 with Bob Okafor',
      privateNotesIntro(BOB),
      '',
      '# 2026-11-24 · Tuesday',
      ...PRIVATE_TEMPLATE.map((h) => `## ${h}`),
    ]);
    expect(parseAgenda(model.toJson(), PAIR).sections.map((s) => s.date)).toEqual(['2026-11-24']);
  });

  it('writes only the header when there is no coming meeting', () => {
    const model = applied(
      DocumentModel.create('p1', 'untitled'),
      planPrivateNotes(DocumentModel.create('p1', 'x').toJson(), null, BOB, PAIR),
    );
    expect(renderDoc(model.toJson())).toEqual([
      '= Private · 1:1 with Bob Okafor',
      privateNotesIntro(BOB),
      '',
    ]);
  });

  it('adds the next meeting on top of the earlier one, and nothing when it is there already', () => {
    const model = DocumentModel.create('p1', 'untitled');
    applied(model, planPrivateNotes(model.toJson(), TUESDAY, BOB, PAIR));
    applied(model, planPrivateNotes(model.toJson(), NEXT_TUESDAY, BOB, PAIR));
    const lines = renderDoc(model.toJson());
    expect(lines.filter((l) => l.startsWith('# '))).toEqual([
      '# 2026-12-01 · Tuesday',
      '# 2026-11-24 · Tuesday',
    ]);
    expect(planPrivateNotes(model.toJson(), NEXT_TUESDAY, BOB, PAIR)).toEqual([]);
    expect(planPrivateNotes(model.toJson(), null, BOB, PAIR)).toEqual([]);
  });
});
