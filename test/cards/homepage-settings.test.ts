// The homepage (no API call to render) and the settings card (validated, nothing saved on a
// problem, what was typed kept) through the real bundle.
import { CardScenario, callsOf, linkOf, routesOf, shownCard, textOf, textsOf } from './card-harness';
import { section } from '../harness';
import { textInputOf } from '../../src/ui/testing/read-card';
import { ALICE, ALICE_BOB, BOB, CHLOE, EMMA_TITLE, cardWorld } from './worlds';

function synced(): CardScenario {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  return s;
}

describe('the homepage', () => {
  it('when off: offers to turn Tandem on, with no API call', () => {
    const { result, card } = new CardScenario(cardWorld()).homepage(ALICE);
    expect(callsOf(result)).toEqual({});
    expect(textOf(card)).toContain('<b>Tandem is off.</b>');
    expect(routesOf(card)).toEqual([
      { text: 'Turn on Tandem', action: 'turnOn', params: {} },
      { text: 'Settings', action: 'openSettings', params: {} },
    ]);
  });

  describe('when on', () => {
    const s = synced();

    it('lists every pair with its next meeting and doc, soonest first, with no API call', () => {
      const { result, card } = s.homepage(ALICE);
      expect(callsOf(result)).toEqual({});
      expect(card.sections[0]!.widgets[0]).toMatchObject({ decoratedText: { topLabel: 'Tandem is on' } });
      expect(textOf(card)).toMatch(/Last sync .*: all good\./);
      expect(card.sections[1]!.header).toBe('Your 1:1s (6)');
      const names = card.sections[1]!.widgets.flatMap((w) =>
        'decoratedText' in w && w.decoratedText.topLabel?.startsWith('Your ') ? [w.decoratedText.text] : [],
      );
      expect(names).toEqual([
        'Farid Haddad',
        '&lt;i&gt;Gwen&lt;/i&gt; &amp; &quot;Co&quot; 🙂 مرحبا',
        'Bob Okafor',
        'Diego Ramírez',
        'Chloé Dubois',
        'Emma Lindqvist',
      ]);
      expect(textOf(card)).toMatch(/Next 1:1 tomorrow at \d{2}:\d{2}/);
      expect(textOf(card)).not.toMatch(/Not met yet|next tomorrow|0 open items/);
      expect(textsOf(card)).toContain('Your manager'); // Farid organises Alice’s 1:1 with him
      expect(linkOf(card, 'Agenda')).toBeDefined();
    });

    it('shows cadence warnings and the next 1:1’s day and time, on the user’s 24-hour clock', () => {
      s.tick('2026-10-20T09:00:00Z'); // Bob’s 10:00–10:30 Paris meeting of the 20th was held
      const calendar = s.calendarAs(ALICE);
      for (const id of ['bob1on1_20261027T090000Z', 'bob1on1_20261103T090000Z'])
        calendar.Events.patch({ status: 'cancelled' }, 'primary', id);
      s.tick('2026-11-05T12:00:00Z');
      s.openEvent(ALICE, 'bob1on1'); // the card counts the last 90 days
      const { result, card } = s.homepage(ALICE);
      expect(callsOf(result)).toEqual({});
      const text = textOf(card);
      expect(text).toContain('⚠️ No 1:1 with Bob Okafor in 16 days');
      expect(text).toContain('⚠️ 2 of the last 3 meetings were cancelled');
      expect(text).toContain('Next 1:1 Tue, Nov 10 at 10:00 · last met Tue, Oct 20');
      expect(text).not.toContain('0 open items');
    });

    it('says why a series stopped being a 1:1', () => {
      s.calendarAs(ALICE).Events.patch(
        {
          attendees: [
            { email: ALICE, organizer: true, responseStatus: 'accepted' },
            { email: CHLOE, responseStatus: 'accepted' },
            { email: BOB, responseStatus: 'needsAction' },
          ],
        },
        'primary',
        'chloe1on1',
      );
      s.tick('2026-11-05T12:05:00Z');
      expect(textOf(s.homepage(ALICE).card)).toContain(
        'No longer a 1:1 because it has 3 people. Tandem stopped preparing its doc.',
      );
    });
  });

  it('shows a sync’s failure on its pair and in the sync line', () => {
    // A refusal worded as such needs its status: readings with details (the strict reading has none).
    const s = new CardScenario({ ...cardWorld(), readings: 'detailed' });
    s.ws.ledger.addFault({ method: 'drive.permissions.create', code: 403, remaining: 1 });
    s.enable(ALICE); // the first sync, inside the turn-on
    const text = textOf(s.homepage(ALICE).card);
    expect(text).toMatch(/Last sync .*: 1 1:1 needs a look\./);
    expect(text).toMatch(/⚠️ Your organization doesn’t allow sharing the agenda with .+\./);
  });
});

describe('the homepage on a quiet afternoon', () => {
  it('right after a sync, says only how it went; hours later, that the hourly checks still run', () => {
    const s = synced();
    expect(textOf(s.homepage(ALICE).card)).not.toContain('checks every hour');
    s.tick('2026-10-24T14:00:00Z'); // Saturday: the day's safety net ran in the morning, nothing since
    const { result, card } = s.homepage(ALICE);
    expect(callsOf(result)).toEqual({});
    expect(textOf(card)).toMatch(/Last sync today at \d{2}:\d{2}: all good\. Tandem checks every hour/);
  });
});

describe('the settings card', () => {
  const s = synced();
  const TEMPLATE = 'Check-in\nTopics\nNext steps';

  it('opens with the saved values and a role for each pair', () => {
    const { response } = s.click(ALICE, 'openSettings');
    const card = shownCard(response);
    expect(response.action?.navigations?.[0]).toHaveProperty('pushCard');
    expect(textInputOf(card, 'template')?.value).toBe('Check-in\nWins\nChallenges\nGrowth\nAction items');
    const roles = card.sections
      .flatMap((x) => x.widgets)
      .filter((w) => 'selectionInput' in w && w.selectionInput.name.startsWith('role:'));
    expect(roles).toHaveLength(6);
    expect(routesOf(card)).toEqual([
      { text: 'Save', action: 'saveSettings', params: {} },
      { text: 'Back', action: 'back', params: {} },
    ]);
  });

  it('shows each problem under its field, keeps what was typed and saves nothing', () => {
    const before = s.userProperty(ALICE, 'settings');
    const typed = {
      template: Array.from({ length: 11 }, (_, i) => `Heading ${i + 1}`).join('\n'),
      exclusionKeywords: 'interview, ' + 'x'.repeat(41),
      customQuestions: 'hobbies: What do you do on weekends?',
    };
    const { response } = s.click(ALICE, 'saveSettings', {}, { form: typed });
    const card = shownCard(response);
    const text = textOf(card);
    expect(text).toContain('Some settings need a fix. Nothing was saved yet.');
    expect(text).toContain('Use at most 10 headings (this template has 11).');
    expect(text).toContain('Each keyword can have at most 40 characters');
    expect(text).toContain('Line 1: &quot;hobbies&quot; is not a category.');
    expect(textInputOf(card, 'template')?.value).toBe(typed.template);
    expect(textInputOf(card, 'exclusionKeywords')?.value).toBe(typed.exclusionKeywords);
    expect(s.userProperty(ALICE, 'settings')).toBe(before);
  });

  it('saves valid settings, goes back to the homepage, and the next sync uses them', () => {
    const { response } = s.click(
      ALICE,
      'saveSettings',
      {},
      {
        form: {
          template: TEMPLATE,
          notifyOnShare: 'on',
          exclusionKeywords: 'catch-up',
          customQuestions: 'growth: What would you like to learn next?',
          [`role:${ALICE_BOB}`]: 'peer',
        },
      },
    );
    expect(response.action?.notification?.text).toBe('Settings saved.');
    expect(response.action?.navigations?.[0]).toEqual({ pop: true });
    expect(textsOf(shownCard(response))).toContain('Your peer');
    expect(JSON.parse(s.userProperty(ALICE, 'settings') ?? '{}')).toMatchObject({
      template: ['Check-in', 'Topics', 'Next steps'],
      notifyOnShare: true,
      exclusionKeywords: ['catch-up'],
      roles: { [ALICE_BOB]: 'peer' },
    });
    s.tick('2026-10-20T09:40:00Z'); // the hourly run after Bob's 1:1 ends (10:30 Paris)
    expect(textOf(s.homepage(ALICE).card)).toContain(
      `No longer a 1:1 because its title matches your exclusion &#39;catch-up&#39;.`,
    );
    expect(section(s.lines(s.docId(ALICE, BOB)), '2026-10-27')).toEqual([
      '# 2026-10-27 · Tuesday',
      '## Check-in',
      '## Topics',
      '## Next steps',
    ]);
    expect(EMMA_TITLE).toContain('catch-up');
  });
});
