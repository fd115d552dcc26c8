// The Docs sidebar in each state, as JSON and as CardService builds it.
import type { Card } from '../card';
import { docSidebarCard, MAX_QUESTIONS_PER_CATEGORY, type DocSidebarModel } from './doc-sidebar';
import { MAX_ITEMS_SHOWN } from './parts';
import { decodeItemRef } from './routes';
import {
  BOB,
  PAIR_KEY,
  VIEWER,
  actions,
  buttonLabels,
  cardText,
  item,
  question,
  rendered,
  useCardService,
} from './testing';

useCardService();

type AgendaModel = Extract<DocSidebarModel, { state: 'agenda' }>;

function agenda(overrides: Partial<AgendaModel> = {}): Card {
  return docSidebarCard({
    state: 'agenda',
    viewer: VIEWER,
    docId: 'doc-1',
    pairKey: PAIR_KEY,
    other: BOB,
    nextMeeting: { date: '2026-11-24', day: '2026-11-24', start: null, prepared: true },
    maintainedHere: true,
    openItems: [
      item('Send the design doc', { ref: { date: '2026-11-24', identity: 'send the design doc' } }),
    ],
    questionGroups: [
      { category: 'checkin', questions: [question('checkin-01', 'How are you, really?')] },
      {
        category: 'growth',
        questions: [
          question('growth-01', 'What do you want to learn?', 'growth'),
          question('growth-02', 'Who inspires you?', 'growth'),
        ],
      },
      { category: 'wins', questions: [] },
    ],
    ...overrides,
  });
}

describe('when the doc is a Tandem agenda', () => {
  it('heads the next meeting with its date and offers to prepare it', () => {
    const json = agenda();
    expect(json.sections[0]?.header).toBe('Next meeting · tomorrow');
    expect(actions(json)).toContainEqual({ action: 'prepareNow', docId: 'doc-1' });
    expect(cardText(json)).toContain('Its section is ready in the doc.');
  });

  it('makes "Prepare next meeting now" the main button while the section is missing', () => {
    const json = agenda({
      nextMeeting: { date: '2026-12-01', day: '2026-12-01', start: null, prepared: false },
    });
    expect(cardText(json)).toContain('Its section isn’t in the doc yet.');
    expect(JSON.stringify(json.sections[0])).toContain('"text":"Prepare next meeting now"');
    expect(JSON.stringify(json.sections[0])).toContain('"type":"FILLED"');
    expect(json.sections[0]?.header).toBe('Next meeting · Tue 1 Dec');
  });

  it('offers the other person no "Prepare next meeting now": their Tandem does not keep this doc', () => {
    const json = agenda({
      maintainedHere: false,
      nextMeeting: { date: '2026-12-01', day: '2026-11-30', start: null, prepared: false },
    });
    expect(actions(json).map((a) => a.action)).not.toContain('prepareNow');
    expect(actions(json)).toContainEqual({ action: 'refresh' });
    expect(cardText(json)).toContain('Bob Okafor’s Tandem adds it after each meeting.');
    expect(json.sections[0]?.header).toBe('Next meeting · Mon 30 Nov');
  });

  it('heads a meeting with its day where the viewer is, not the section’s date', () => {
    // 08:00 in Paris on the 24th is 23:00 on the 23rd in Los Angeles.
    const start = Date.UTC(2026, 10, 24, 7, 0);
    const json = docSidebarCard({
      state: 'agenda',
      viewer: { locale: 'en-US', timeZone: 'America/Los_Angeles', today: '2026-11-23' },
      docId: 'doc-1',
      pairKey: PAIR_KEY,
      other: BOB,
      nextMeeting: { date: '2026-11-24', day: '2026-11-23', start, prepared: true },
      maintainedHere: false,
      openItems: [],
      questionGroups: [],
    });
    expect(json.sections[0]?.header).toBe('Next meeting · today');
  });

  it('says there is no next meeting and offers nothing to prepare', () => {
    const json = agenda({ nextMeeting: null });
    expect(cardText(json)).toContain('There’s no upcoming meeting on the calendar.');
    expect(actions(json).map((a) => a.action)).not.toContain('prepareNow');
    expect(rendered(json)).toEqual(json);
  });

  it('gives each open item "Mark done" carrying the doc and a reference that reads back', () => {
    const markDone = actions(agenda()).find((a) => a.action === 'markDone');
    expect(markDone).toEqual({ action: 'markDone', docId: 'doc-1', item: '2026-11-24 send the design doc' });
    expect(decodeItemRef(markDone?.item ?? '')).toEqual({
      date: '2026-11-24',
      identity: 'send the design doc',
    });
  });

  it('says so when nothing is open', () => {
    expect(cardText(agenda({ openItems: [] }))).toContain('No open action items. All caught up!');
  });

  it('groups questions by category in collapsible sections, leaving out empty categories', () => {
    const json = agenda();
    const headers = json.sections.map((s) => s.header);
    expect(headers).toEqual([
      'Next meeting · tomorrow',
      'Open action items',
      'Questions to ask',
      'Check-in and well-being',
      'Growth and career',
      'Review notes',
    ]);
    const growth = json.sections[4];
    expect(growth).toMatchObject({ collapsible: true, uncollapsibleWidgetsCount: 1 });
    expect(json.sections[3]?.collapsible).toBeUndefined();
  });

  it('adds a question to the next meeting with the pair, the question id and the open doc', () => {
    const json = agenda();
    expect(actions(json)).toContainEqual({
      action: 'addQuestion',
      pairKey: PAIR_KEY,
      questionId: 'growth-02',
      docId: 'doc-1',
    });
    expect(JSON.stringify(json)).toContain('"altText":"Add to next meeting"');
  });

  it('shows at most a few questions per category', () => {
    const many = Array.from({ length: 12 }, (_, i) => question(`team-${i}`, `Question ${i}?`, 'team'));
    const json = agenda({ questionGroups: [{ category: 'team', questions: many }] });
    expect(json.sections.find((s) => s.header === 'Team and relationships')?.widgets).toHaveLength(
      MAX_QUESTIONS_PER_CATEGORY,
    );
  });

  it('says so when there are no questions at all', () => {
    const json = agenda({ questionGroups: [] });
    expect(cardText(json)).toContain('No new questions right now.');
    expect(rendered(json)).toEqual(json);
  });

  it('opens review notes for this pair', () => {
    expect(actions(agenda())).toContainEqual({ action: 'reviewNotes', pairKey: PAIR_KEY });
  });

  it('stays within CardService’s widget limit with every category full and many items', () => {
    const categories = [
      'checkin',
      'wins',
      'challenges',
      'growth',
      'goals',
      'feedbackForThem',
      'feedbackForMe',
      'team',
      'company',
      'firstOneOnOne',
    ] as const;
    const json = agenda({
      openItems: Array.from({ length: 60 }, (_, i) => item(`task ${i}`)),
      questionGroups: categories.map((category) => ({
        category,
        questions: Array.from({ length: 9 }, (_, i) => question(`${category}-${i}`, `Q ${i}?`, category)),
      })),
    });
    expect(json.sections[1]?.widgets).toHaveLength(MAX_ITEMS_SHOWN + 1);
    expect(rendered(json)).toEqual(json);
  });

  it('is accepted by CardService as is', () => {
    const json = agenda();
    expect(rendered(json)).toEqual(json);
  });
});

describe('when the doc is not a Tandem agenda', () => {
  it('says so plainly, with nothing to click', () => {
    const json = docSidebarCard({ state: 'notAgenda' });
    expect(cardText(json)).toContain('This doc isn’t a Tandem agenda.');
    expect(actions(json)).toEqual([]);
    expect(rendered(json)).toEqual(json);
  });
});

describe('when Tandem may not open the doc yet', () => {
  it('explains and offers to request access to this file', () => {
    const json = docSidebarCard({ state: 'needsFileAccess' });
    expect(cardText(json)).toContain('Tandem needs your OK to open this doc');
    expect(actions(json)).toEqual([{ action: 'grantFileScope' }]);
    expect(buttonLabels(json)).toEqual(['Allow access to this doc']);
    expect(rendered(json)).toEqual(json);
  });
});
