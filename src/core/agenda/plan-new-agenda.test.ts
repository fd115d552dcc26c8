import { DocumentModel } from '../../../dev/emulator/docs';
import { parseAgenda } from './parse';
import { DEFAULT_TEMPLATE } from './template';
import { isUntouched } from './untouched';
import { agendaIntro, agendaTitle, planNewAgenda } from './plan-new-agenda';
import { renderDoc } from './testing/render-doc';
import { PAIR } from './testing/pair';

function newDoc(plan: Parameters<typeof planNewAgenda>[0]) {
  const model = DocumentModel.create('doc-1', 'untitled');
  model.apply(planNewAgenda(plan));
  return model.toJson();
}

describe('planNewAgenda', () => {
  // Google: documents.create returns a body holding a section break (endIndex 1) and one empty
  // NORMAL_TEXT paragraph, so the first insertable index is 1.
  // https://developers.google.com/docs/api/reference/rest/v1/documents/create
  it('writes the title, how the doc works and the Current focus heading into a fresh doc', () => {
    const doc = newDoc({ title: agendaTitle(PAIR), people: PAIR });
    expect(renderDoc(doc)).toEqual([
      '= Alice Moreau & Bob Okafor · 1:1',
      ...agendaIntro(PAIR),
      '# Current focus',
      '',
    ]);
  });

  it('gives a doc the parser reads back: title, focus block, no meeting yet', () => {
    const agenda = parseAgenda(newDoc({ title: 'T', people: PAIR }), PAIR);
    expect(agenda.title).toBe('T');
    expect(agenda.currentFocus?.heading?.text).toBe('Current focus');
    expect(agenda.sections).toEqual([]);
  });

  it('writes the first meeting section in the same batch, below the Current focus block', () => {
    const doc = newDoc({
      title: 'T',
      intro: ['One.'],
      people: PAIR,
      firstMeeting: { date: '2026-11-24', label: '2026-11-24 · Tuesday' },
    });
    expect(renderDoc(doc)).toEqual([
      '= T',
      'One.',
      '# Current focus',
      '',
      '# 2026-11-24 · Tuesday',
      '## Check-in',
      '## Wins',
      '## Challenges',
      '## Growth',
      '## Action items',
    ]);
    const agenda = parseAgenda(doc, PAIR);
    expect(agenda.sections.map((s) => s.date)).toEqual(['2026-11-24']);
    expect(isUntouched(agenda, agenda.sections[0]!, DEFAULT_TEMPLATE)).toBe(true);
  });

  it('refuses a first meeting whose heading does not start with its date', () => {
    expect(() =>
      planNewAgenda({ title: 'T', people: PAIR, firstMeeting: { date: '2026-11-24', label: 'Tuesday' } }),
    ).toThrow(/must start with 2026-11-24/);
  });

  it('takes an intro of the caller, one NORMAL_TEXT paragraph per line', () => {
    const doc = newDoc({ title: 'T', intro: ['One.', '', 'Two.'], people: PAIR });
    expect(renderDoc(doc)).toEqual(['= T', 'One.', 'Two.', '# Current focus', '']);
  });
});

describe('agendaIntro', () => {
  it('greets the pair by first name and says how action items work, naming the template heading', () => {
    const [first, second] = agendaIntro(PAIR, ['Check-in', 'Next steps']);
    expect(first).toMatch(/^Alice and Bob: this doc is for your 1:1s\./u);
    expect(second).toContain('"[ ]"');
    expect(second).toContain('"Bob:"');
    expect(second).toContain('under "Next steps"');
  });

  it('reads without names when none are known', () => {
    expect(agendaIntro([])[0]).toMatch(/^This doc is for your 1:1s\./u);
  });
});

describe('agendaTitle', () => {
  it('names the doc after the pair, by email when a name is unknown', () => {
    expect(agendaTitle([PAIR[0] ?? { email: '' }, { email: 'bob@example.com' }])).toBe(
      'Alice Moreau & bob@example.com · 1:1',
    );
  });
});
