// Every link a card opens is in the manifest's openLinkUrlPrefixes (design.md §6). The card harness
// checks each card and response the card tests produce; this names the links and checks the list.
import { readFileSync } from 'node:fs';
import {
  openedLinks,
  openLinkPrefixes,
  prefixProblem,
  uncoveredLinks,
} from '../../dev/emulator/manifest-links';
import { button, CardScenario, shownCard } from './card-harness';
import { ALICE, ALICE_BOB, BOB, cardWorld } from './worlds';

const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as object;
const prefixes = openLinkPrefixes(manifest);

describe('the manifest’s openLinkUrlPrefixes', () => {
  it('lists at least one prefix, each valid under Google’s rules', () => {
    expect(prefixes.length).toBeGreaterThan(0);
    expect(prefixes.map((p) => [p, prefixProblem(p)])).toEqual(prefixes.map((p) => [p, null]));
  });

  it('is copied into the bundle’s manifest unchanged', () => {
    const built = JSON.parse(readFileSync('dist/appsscript.json', 'utf8')) as object;
    expect(openLinkPrefixes(built)).toEqual(prefixes);
  });
});

describe('when the cards open links', () => {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  const docId = s.docId(ALICE, BOB);

  it('the event card, the homepage and the review notes open agenda docs, all covered', () => {
    const event = s.openEvent(ALICE, 'bob1on1').card;
    const home = s.homepage(ALICE).card;
    const review = shownCard(
      s.click(ALICE, 'createReviewNotes', {}, { form: { period: 'lastQuarter', pair: ALICE_BOB } }).response,
    );
    const links = [event, home, review].flatMap(openedLinks);
    expect(links).toContain(`https://docs.google.com/document/d/${docId}/edit`);
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.filter((url) => uncoveredLinks({ link: { url } }, prefixes).length > 0)).toEqual([]);
    expect(button(event, 'Open agenda')).toBeDefined();
  });

  it('a link outside the prefixes would be caught: the check is not vacuous', () => {
    const event = s.openEvent(ALICE, 'bob1on1').card;
    const elsewhere = JSON.parse(
      JSON.stringify(event).replaceAll(
        'https://docs.google.com/document/d/',
        'https://drive.google.com/file/d/',
      ),
    ) as unknown;
    expect(uncoveredLinks(elsewhere, prefixes).length).toBeGreaterThan(0);
  });
});
