// The links cards open and the manifest's allowlist (addOns.common.openLinkUrlPrefixes):
// developers.google.com/apps-script/manifest/allowlist-url.
import { openedLinks, openLinkPrefixes, prefixProblem, uncoveredLinks } from './manifest-links';

const DOC = 'https://docs.google.com/document/d/abc/edit';
const card = {
  sections: [
    {
      widgets: [
        { buttonList: { buttons: [{ text: 'Open agenda', onClick: { openLink: { url: DOC } } }] } },
        { decoratedText: { text: 'x', onClick: { openLink: { url: 'https://evil.example/x' } } } },
        { decoratedText: { text: 'y', button: { text: 'Go', onClick: { action: { function: 'f' } } } } },
      ],
    },
  ],
};

describe('openedLinks', () => {
  it('finds every openLink of a card and the link of an action response', () => {
    expect(openedLinks(card)).toEqual([DOC, 'https://evil.example/x']);
    expect(openedLinks({ action: { link: { url: DOC } } })).toEqual([DOC]);
    expect(openedLinks({ renderActions: { action: { navigations: [{ pushCard: card }] } } })).toHaveLength(2);
  });

  it('finds none in a card without links, or in a value that is no card', () => {
    expect(
      openedLinks({ sections: [{ widgets: [{ textParagraph: { text: 'https://x.example/' } }] }] }),
    ).toEqual([]);
    expect(openedLinks(null)).toEqual([]);
  });
});

describe('uncoveredLinks', () => {
  it('names the links no prefix covers', () => {
    expect(uncoveredLinks(card, ['https://docs.google.com/document/d/'])).toEqual(['https://evil.example/x']);
    expect(uncoveredLinks(card, [])).toEqual([DOC, 'https://evil.example/x']);
  });

  it('a prefix covers by prefix only: another host or path is not covered', () => {
    const prefixes = ['https://docs.google.com/document/d/'];
    expect(
      uncoveredLinks({ link: { url: 'https://docs.google.com/spreadsheets/d/x' } }, prefixes),
    ).toHaveLength(1);
    expect(
      uncoveredLinks({ link: { url: 'https://docs.google.com.evil.example/document/d/x' } }, prefixes),
    ).toHaveLength(1);
  });
});

describe('openLinkPrefixes and the prefix rules', () => {
  it('reads the manifest list, none when absent', () => {
    expect(openLinkPrefixes({ addOns: { common: { openLinkUrlPrefixes: ['https://a.example/'] } } })).toEqual(
      ['https://a.example/'],
    );
    expect(openLinkPrefixes({})).toEqual([]);
  });

  it.each([
    ['https://docs.google.com/document/d/', null],
    ['https://www.google.com/', null],
    ['https://www.google.com', 'needs a non-empty path, e.g. https://www.google.com/'],
    ['http://docs.google.com/', 'must use https://'],
    ['https://localhost/', 'needs a full domain'],
    ['docs.google.com/', 'is not a URL'],
  ])('%s: %s', (prefix, problem) => {
    expect(prefixProblem(prefix)).toBe(problem);
  });
});
