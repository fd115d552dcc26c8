// The homepage card in each state, as JSON and as CardService builds it.
import type { Card } from '../card';
import type { HomepageModel, HomepagePair } from '../../app/cards/view-models';
import { homepageCard, MAX_PAIRS_SHOWN } from './homepage';
import { actionsOf, buttonTextsOf, cardText } from '../testing/read-card';
import { BOB, DOC, PAIR_KEY, VIEWER, rendered, useCardService } from './testing';

useCardService();

const SYNC_AT = Date.UTC(2026, 10, 23, 6, 30);

function pair(overrides: Partial<HomepagePair> = {}): HomepagePair {
  return {
    pairKey: PAIR_KEY,
    other: BOB,
    role: 'manager',
    lastMet: '2026-11-17',
    nextMeeting: '2026-11-24',
    openItems: 2,
    warnings: [],
    problem: null,
    stoppedBecause: null,
    doc: DOC,
    ...overrides,
  };
}

function home(overrides: Partial<HomepageModel> = {}): Card {
  return homepageCard({
    viewer: VIEWER,
    enabled: true,
    lastSync: { at: SYNC_AT, errors: 0, partial: false, quietSince: false },
    pairs: [pair()],
    ...overrides,
  });
}

describe('when Tandem is on', () => {
  it('says so with the last sync time and result, and offers to turn it off', () => {
    const json = home();
    expect(cardText(json)).toContain('Last sync today at 07:30: all good.');
    expect(actionsOf(json)).toContainEqual({ action: 'turnOff' });
  });

  it('says how many pairs need a look after a sync with errors', () => {
    expect(
      cardText(home({ lastSync: { at: SYNC_AT, errors: 2, partial: false, quietSince: false } })),
    ).toContain('2 1:1s need a look.');
  });

  it('says a sync that stopped early will finish next time', () => {
    expect(
      cardText(home({ lastSync: { at: SYNC_AT, errors: 0, partial: true, quietSince: false } })),
    ).toContain('still working, it will finish on the next run.');
  });

  it('after a quiet while, says the hourly checks run (they record nothing when nothing is due)', () => {
    const quiet = cardText(home({ lastSync: { at: SYNC_AT, errors: 0, partial: false, quietSince: true } }));
    expect(quiet).toContain('Last sync today at 07:30: all good. Tandem checks every hour');
    expect(cardText(home())).not.toContain('checks every hour');
  });

  it('says the first sync is on its way before there is one', () => {
    expect(cardText(home({ lastSync: null }))).toContain('the first sync is on its way');
  });
});

describe('when Tandem is off', () => {
  it('invites the user to turn it on', () => {
    const json = home({ enabled: false, lastSync: null, pairs: [] });
    expect(cardText(json)).toContain('Tandem is off.');
    expect(actionsOf(json)).toContainEqual({ action: 'turnOn' });
    expect(cardText(json)).toContain('Once Tandem is on, your 1:1s show up here.');
    expect(rendered(json)).toEqual(json);
  });
});

describe('when listing the pairs', () => {
  it('shows the other person, their role, last and next meeting, open items and the agenda link', () => {
    const json = home();
    expect(json.sections[1]?.header).toBe('Your 1:1s (1)');
    expect(json.sections[1]?.widgets[0]).toEqual({
      decoratedText: {
        topLabel: 'Your report',
        text: 'Bob Okafor',
        bottomLabel: 'Next 1:1 tomorrow · last met Tue 17 Nov · 2 open items',
        wrapText: true,
        button: { text: 'Agenda', onClick: { openLink: { url: DOC.url } }, type: 'BORDERLESS' },
      },
    });
  });

  it.each([
    ['report', 'Your manager'],
    ['peer', 'Your peer'],
  ] as const)('labels a pair where the user is %s as "%s"', (role, label) => {
    expect(JSON.stringify(home({ pairs: [pair({ role })] }))).toContain(`"topLabel":"${label}"`);
  });

  it('words a pair that has not met, has nothing planned and whose doc was not read', () => {
    const json = home({ pairs: [pair({ lastMet: null, nextMeeting: null, openItems: null, doc: null })] });
    expect(cardText(json)).toContain('No meeting planned');
    expect(cardText(json)).not.toContain('open item');
    expect(cardText(json)).not.toContain('Not met yet');
  });

  it('gives the next 1:1 its time on the viewer’s clock, and reads naturally before a first meeting', () => {
    const nextStart = Date.UTC(2026, 10, 24, 9, 0);
    const text = cardText(home({ pairs: [pair({ lastMet: null, nextStart })] }));
    expect(text).toContain('Next 1:1 tomorrow at 10:00 · 2 open items');
    expect(text).not.toMatch(/Not met yet|next tomorrow/);
    const us = cardText(home({ viewer: { ...VIEWER, locale: 'en-US' }, pairs: [pair({ nextStart })] }));
    expect(us).toContain('Next 1:1 tomorrow at 10:00 AM · last met Tue, Nov 17');
  });

  it('says "last met" before "no meeting planned" when nothing is planned', () => {
    expect(cardText(home({ pairs: [pair({ nextMeeting: null, openItems: 0 })] }))).toContain(
      'Last met Tue 17 Nov · no meeting planned',
    );
  });

  it('words every pair the same way: no "0 open items" on some pairs only', () => {
    const json = home({
      pairs: [
        pair({ openItems: 0 }),
        pair({ pairKey: 'a@x.com c@x.com', openItems: null }),
        pair({ pairKey: 'a@x.com d@x.com', openItems: 3 }),
      ],
    });
    const labels = json.sections[1]!.widgets.map((w) =>
      'decoratedText' in w ? w.decoratedText.bottomLabel : '',
    );
    expect(labels).toEqual([
      'Next 1:1 tomorrow · last met Tue 17 Nov',
      'Next 1:1 tomorrow · last met Tue 17 Nov',
      'Next 1:1 tomorrow · last met Tue 17 Nov · 3 open items',
    ]);
  });

  it('warns about a long gap and many cancellations', () => {
    const json = home({
      pairs: [
        pair({
          warnings: [
            { kind: 'noRecentMeeting', days: 19 },
            { kind: 'manyCancellations', cancelled: 3, occurrences: 7 },
          ],
        }),
      ],
    });
    expect(cardText(json)).toContain(
      '⚠️ No 1:1 with Bob Okafor in 19 days<br>⚠️ 3 of the last 7 meetings were cancelled',
    );
  });

  it('shows each pair’s sync problem and why a series stopped being a 1:1', () => {
    const json = home({
      pairs: [pair({ problem: { kind: 'noAccess' }, stoppedBecause: 'it has 3 people' })],
    });
    expect(cardText(json)).toContain('No longer a 1:1 because it has 3 people.');
    expect(cardText(json)).toContain('Tandem can’t open the agenda doc any more.');
    expect(rendered(json)).toEqual(json);
  });

  it('lists many pairs up to a limit and counts the rest', () => {
    const pairs = Array.from({ length: 45 }, (_, i) =>
      pair({ pairKey: `a@x.com p${i}@x.com`, warnings: [{ kind: 'noRecentMeeting', days: 30 }] }),
    );
    const json = home({ pairs });
    expect(cardText(json)).toContain(`…and ${45 - MAX_PAIRS_SHOWN} more 1:1s.`);
    expect(rendered(json)).toEqual(json);
  });
});

describe('when no 1:1 was found yet', () => {
  it('says what Tandem looks for', () => {
    const json = home({ pairs: [] });
    expect(cardText(json)).toContain('No 1:1s found yet.');
    expect(buttonTextsOf(json)).toEqual(['Turn off', 'Settings']);
    expect(rendered(json)).toEqual(json);
  });
});

describe('the tools at the bottom', () => {
  it('open the settings and review notes', () => {
    const json = home();
    expect(actionsOf(json)).toContainEqual({ action: 'openSettings' });
    expect(actionsOf(json)).toContainEqual({ action: 'reviewNotes' });
    expect(rendered(json)).toEqual(json);
  });
});
