// Review notes through the real bundle: the form, its date checks, and the private doc it makes —
// owned by the user, shared with no one, each entry linking back to its meeting's heading.
import { CardScenario, callsOf, linkOf, shownCard, textOf } from './card-harness';
import { selectedOf } from '../../src/ui/testing/read-card';
import { ALICE, ALICE_BOB, BOB, cardWorld, writeUnder, writeInSection } from './worlds';

const DAY = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('review notes', () => {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  const agenda = s.docId(ALICE, BOB);
  writeUnder(s, BOB, agenda, '2026-10-20', 'Wins', 'Shipped the <b>billing</b> migration');
  writeUnder(s, ALICE, agenda, '2026-10-20', 'Growth', 'Wants to mentor a new hire');
  writeUnder(s, ALICE, agenda, '2026-10-20', 'Check-in', 'Feedback: the demo was very clear');
  writeInSection(s, BOB, agenda, '2026-10-20', '[x] Bob: send the design doc');
  s.tick('2026-10-21T12:00:00Z');

  it('the homepage button opens the form for the 1:1s that have a doc, the first one chosen', () => {
    const { response } = s.click(ALICE, 'reviewNotes');
    const form = shownCard(response);
    expect(response.action?.navigations?.[0]).toHaveProperty('pushCard');
    expect(selectedOf(form, 'period')).toEqual(['lastQuarter']);
    expect(selectedOf(form, 'pair')).toHaveLength(1);
    const pairs = form.sections
      .flatMap((x) => x.widgets)
      .find((w) => 'selectionInput' in w && w.selectionInput.name === 'pair');
    expect(pairs && 'selectionInput' in pairs ? pairs.selectionInput.items.length : 0).toBe(5);
  });

  it.each([
    ['no 1:1', { period: 'lastQuarter' }, {}, 'Pick a 1:1.'],
    ['custom without dates', { period: 'custom', pair: ALICE_BOB }, {}, 'Pick both a start and an end date.'],
    [
      'an end before the start',
      { period: 'custom', pair: ALICE_BOB },
      { start: DAY('2026-10-10'), end: DAY('2026-10-01') },
      'The end date is before the start date.',
    ],
    [
      'dates in the future',
      { period: 'custom', pair: ALICE_BOB },
      { start: DAY('2026-10-10'), end: DAY('2026-12-01') },
      'The dates can’t be in the future.',
    ],
    [
      'more than two years',
      { period: 'custom', pair: ALICE_BOB },
      { start: DAY('2024-01-01'), end: DAY('2026-10-01') },
      'Pick at most 2 years.',
    ],
  ])('with %s: says so in the form, keeps the choices and makes no doc', (_what, form, dates, message) => {
    const before = s.ws.drive.allFiles().length;
    const { result, response } = s.click(ALICE, 'createReviewNotes', {}, { form, dates });
    const card = shownCard(response);
    expect(textOf(card)).toContain(message);
    expect(selectedOf(card, 'period')).toEqual([form.period]);
    expect(s.ws.drive.allFiles().length).toBe(before);
    expect(callsOf(result)['drive.files.create']).toBeUndefined();
  });

  it('makes a new private doc of the pair’s wins, feedback, growth notes and finished items, by date', () => {
    const { result, response } = s.click(
      ALICE,
      'createReviewNotes',
      {},
      { form: { period: 'lastQuarter', pair: ALICE_BOB } },
    );
    const card = shownCard(response);
    expect(textOf(card)).toContain('<b>Your notes are ready.</b> Bob Okafor');
    expect(textOf(card)).toContain('1 win');
    expect(textOf(card)).toContain('1 piece of feedback');
    expect(textOf(card)).toContain('1 growth note');
    expect(textOf(card)).toContain('1 finished action item');
    const url = linkOf(card, 'Open review notes');
    const reviewId = /\/d\/([^/]+)\/edit/.exec(url)![1]!;
    expect(reviewId).not.toBe(agenda);

    expect(callsOf(result)['drive.permissions.create']).toBeUndefined();
    expect(s.sharedWith(reviewId)).toEqual([ALICE]);
    expect(s.ws.drive.file(reviewId)?.meta.owners?.map((o) => o.emailAddress)).toEqual([ALICE]);
    expect(s.ws.drive.hasFileScope(BOB, reviewId)).toBe(false);

    expect(s.lines(reviewId)).toEqual([
      '= Review notes · Bob Okafor · 2026-07-21 to 2026-10-21',
      'Gathered by Tandem from your 1:1 agenda with Bob Okafor, 2026-07-21 to 2026-10-21. Only you can see this doc: it is shared with no one. Each date links to its meeting.',
      '# Wins',
      '- 2026-10-20 · Shipped the <b>billing</b> migration',
      '# Feedback',
      '- 2026-10-20 · the demo was very clear',
      '# Growth',
      '- 2026-10-20 · Wants to mentor a new hire',
      '# Completed action items',
      '- 2026-10-20 · Bob: send the design doc',
      '',
    ]);
  });

  it('each date links to its meeting’s heading in the agenda doc', () => {
    const reviewId = s.ws.drive
      .allFiles()
      .map((f) => f.meta)
      .find((m) => m.appProperties?.tandemReview)!.id!;
    const heading = (s.document(agenda).body?.content ?? []).find((e) =>
      (e.paragraph?.elements?.[0]?.textRun?.content ?? '').startsWith('2026-10-20'),
    )!.paragraph!.paragraphStyle!.headingId!;
    const urls = (s.document(reviewId).body?.content ?? []).flatMap((e) =>
      (e.paragraph?.elements ?? []).flatMap((r) =>
        r.textRun?.textStyle?.link?.url ? [r.textRun.textStyle.link.url] : [],
      ),
    );
    expect(urls).toHaveLength(4);
    for (const u of urls)
      expect(u).toBe(`https://docs.google.com/document/d/${agenda}/edit#heading=${heading}`);
  });

  it('a guest whose Tandem may not open the agenda yet is told how to allow it', () => {
    s.enable(BOB);
    s.tick('2026-10-21T12:10:00Z');
    const { response } = s.click(
      BOB,
      'createReviewNotes',
      {},
      { form: { period: 'lastQuarter', pair: ALICE_BOB } },
    );
    expect(textOf(shownCard(response))).toContain('open it in Google Docs and allow Tandem there first');
  });
});
