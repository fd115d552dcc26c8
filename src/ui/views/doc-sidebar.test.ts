// The Docs sidebar in each state, as JSON and as CardService builds it.
import type { Card } from '../card';
import {
  LEAD_QUESTIONS,
  MAX_QUESTIONS_PER_CATEGORY,
  type DocSidebarModel,
} from '../../app/cards/view-models';
import { docSidebarCard } from './doc-sidebar';
import { MAX_ITEMS_SHOWN } from './parts';
import { decodeItemRef } from './routes';
import { actionsOf, buttonTextsOf, cardText } from '../testing/read-card';
import { BOB, PAIR_KEY, VIEWER, item, question, rendered, useCardService } from './testing';

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
    leadQuestions: [
      question('checkin-01', 'How are you, really?'),
      question('growth-01', 'What do you want to learn?', 'growth'),
      question('growth-02', 'Who inspires you?', 'growth'),
    ],
    topics: ['checkin', 'growth', 'wins', 'team'],
    topic: null,
    ...overrides,
  });
}

describe('when the doc is a Tandem agenda', () => {
  it('heads the next meeting with its date and offers to prepare it', () => {
    const json = agenda();
    expect(json.sections[0]?.header).toBe('Next meeting · tomorrow');
    expect(actionsOf(json)).toContainEqual({ action: 'prepareNow', docId: 'doc-1' });
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
    expect(actionsOf(json).map((a) => a.action)).not.toContain('prepareNow');
    expect(actionsOf(json)).toContainEqual({ action: 'refresh' });
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
      leadQuestions: [],
      topics: [],
      topic: null,
    });
    expect(json.sections[0]?.header).toBe('Next meeting · today at 11:00 PM');
  });

  it('gives the next meeting its time on the viewer’s clock (24-hour for a bare language tag)', () => {
    const start = Date.UTC(2026, 10, 24, 9, 0);
    const next = { date: '2026-11-24', day: '2026-11-24', start, prepared: true };
    expect(agenda({ nextMeeting: next }).sections[0]?.header).toBe('Next meeting · tomorrow at 10:00');
    const bare = docSidebarCard({
      state: 'agenda',
      viewer: { ...VIEWER, locale: 'en' },
      docId: 'doc-1',
      pairKey: PAIR_KEY,
      other: BOB,
      nextMeeting: next,
      maintainedHere: true,
      openItems: [],
      leadQuestions: [],
      topics: [],
      topic: null,
    });
    expect(bare.sections[0]?.header).toBe('Next meeting · tomorrow at 10:00');
  });

  it('says there is no next meeting and offers nothing to prepare', () => {
    const json = agenda({ nextMeeting: null });
    expect(cardText(json)).toContain('There’s no upcoming meeting on the calendar.');
    expect(actionsOf(json).map((a) => a.action)).not.toContain('prepareNow');
    expect(rendered(json)).toEqual(json);
  });

  it('gives each open item "Mark done" carrying the doc and a reference that reads back', () => {
    const markDone = actionsOf(agenda()).find((a) => a.action === 'markDone');
    expect(markDone).toEqual({ action: 'markDone', docId: 'doc-1', item: '2026-11-24 send the design doc' });
    expect(decodeItemRef(markDone?.item ?? '')).toEqual({
      date: '2026-11-24',
      identity: 'send the design doc',
    });
  });

  it('says so when nothing is open', () => {
    expect(cardText(agenda({ openItems: [] }))).toContain('No open action items. All caught up!');
  });

  it('leads with the few questions that fit now, and offers every other topic in one picker', () => {
    const json = agenda();
    expect(json.sections.map((s) => s.header)).toEqual([
      'Next meeting · tomorrow',
      'Open action items',
      'Questions to ask',
      'More questions',
      'Private notes',
      'Review notes',
    ]);
    expect(json.sections.some((s) => s.collapsible)).toBe(false);
    const picker = json.sections[3]?.widgets[0];
    expect(picker).toMatchObject({
      selectionInput: {
        name: 'topic',
        type: 'DROPDOWN',
        onChangeAction: {
          parameters: [
            { key: 'action', value: 'showTopic' },
            { key: 'docId', value: 'doc-1' },
          ],
        },
      },
    });
    const items = 'selectionInput' in picker! ? picker.selectionInput.items : [];
    expect(items.map((i) => i.text)).toEqual([
      'Choose a topic',
      'Check-in and well-being',
      'Growth and career',
      'Wins',
      'Team and relationships',
    ]);
    expect(items[0]).toMatchObject({ value: 'none', selected: true });
    expect(rendered(json)).toEqual(json);
  });

  it('shows each question at the panel’s full width, its "Add" button on the line below', () => {
    const lead = agenda().sections[2]!.widgets;
    expect(lead).toHaveLength(2 * 3);
    expect(lead[0]).toEqual({ decoratedText: { text: 'How are you, really?', wrapText: true } });
    expect(lead[1]).toMatchObject({ buttonList: { buttons: [{ text: 'Add', type: 'OUTLINED' }] } });
  });

  it('leads with at most a few questions', () => {
    const many = Array.from({ length: 9 }, (_, i) => question(`checkin-${i}`, `Question ${i}?`));
    expect(agenda({ leadQuestions: many }).sections[2]?.widgets).toHaveLength(2 * LEAD_QUESTIONS);
  });

  describe('when the person picked a topic', () => {
    const team = Array.from({ length: 9 }, (_, i) => question(`team-${i}`, `Team question ${i}?`, 'team'));
    const json = agenda({ topic: { category: 'team', questions: team } });

    it('shows that topic selected and its first questions under the picker', () => {
      const widgets = json.sections[3]!.widgets;
      expect(JSON.stringify(widgets[0])).toContain(
        '"text":"Team and relationships","value":"team","selected":true',
      );
      expect(widgets).toHaveLength(1 + 2 * MAX_QUESTIONS_PER_CATEGORY);
      expect(cardText(json)).toContain('Team question 4?');
      expect(cardText(json)).not.toContain('Team question 5?');
      expect(rendered(json)).toEqual(json);
    });

    it('carries the topic in every button, so a press keeps the person’s place', () => {
      // Review notes push their own card; private notes open a doc and leave the sidebar as it is.
      const pressed = actionsOf(json).filter(
        (a) => a.action !== 'showTopic' && a.action !== 'reviewNotes' && a.action !== 'privateNotes',
      );
      expect(pressed.map((a) => a.action)).toEqual(
        expect.arrayContaining(['prepareNow', 'refresh', 'markDone', 'addQuestion']),
      );
      for (const action of pressed) expect(action).toMatchObject({ topic: 'team' });
    });

    it('says so when the topic has nothing left', () => {
      const empty = agenda({ topic: { category: 'team', questions: [] } });
      expect(cardText(empty)).toContain('No more questions on this topic for now.');
    });
  });

  it('opens review notes for this pair', () => {
    expect(actionsOf(agenda())).toContainEqual({ action: 'reviewNotes', pairKey: PAIR_KEY });
  });

  it('stays within CardService’s widget limit with every topic, a picked one and many items', () => {
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
      leadQuestions: Array.from({ length: 9 }, (_, i) => question(`checkin-${i}`, `Q ${i}?`)),
      topics: categories,
      topic: {
        category: 'growth',
        questions: Array.from({ length: 9 }, (_, i) => question(`growth-${i}`, `Q ${i}?`, 'growth')),
      },
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
    expect(actionsOf(json)).toEqual([]);
    expect(rendered(json)).toEqual(json);
  });
});

describe('when Tandem may not open the doc yet', () => {
  it('explains and offers to request access to this file', () => {
    const json = docSidebarCard({ state: 'needsFileAccess' });
    expect(cardText(json)).toContain('Tandem needs your OK to open this doc');
    expect(actionsOf(json)).toEqual([{ action: 'grantFileScope' }]);
    expect(buttonTextsOf(json)).toEqual(['Allow access to this doc']);
    expect(rendered(json)).toEqual(json);
  });
});
