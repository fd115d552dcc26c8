// Card v1 builders and text escaping. Field names follow Google's Card v1 reference
// (https://developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1).
import fc from 'fast-check';
import {
  ACTION_PARAMETER,
  actionButton,
  addAttachments,
  card,
  decorated,
  DISPATCH_FUNCTION,
  dispatch,
  escapeCardText,
  html,
  MAX_CARD_TEXT,
  pushCard,
  requestFileScope,
  section,
  text,
  updateCard,
} from './card';

/** What a browser (and the card host) shows for escaped text. */
function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text mixing the tags CardService renders with arbitrary Unicode. */
const markupLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<b>',
        '</b>',
        '<a href="https://x.example">',
        '</a>',
        '<font color="#f00">',
        '<br>',
        '&',
        '"',
      ),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
  )
  .map((parts) => parts.join(''));

describe('escapeCardText', () => {
  describe('when the text holds markup of the HTML subset CardService renders', () => {
    it('makes every tag inert, so <b> and <a href> show as typed', () => {
      expect(escapeCardText('<b>bold</b> <a href="https://evil.example">x</a>')).toBe(
        '&lt;b&gt;bold&lt;/b&gt; &lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt;',
      );
    });

    it('escapes ampersands first, so an entity in the input stays literal', () => {
      expect(escapeCardText("&lt; & it's")).toBe('&amp;lt; &amp; it&#39;s');
    });
  });

  describe('when the text is emoji or right-to-left', () => {
    it('leaves them untouched', () => {
      const mixed = 'שלום 👋🏽 مرحبا 👩‍👩‍👧 done ✅';
      expect(escapeCardText(mixed)).toBe(mixed);
    });
  });

  describe('when the text is longer than MAX_CARD_TEXT code points', () => {
    it('keeps MAX_CARD_TEXT code points, the last one an ellipsis', () => {
      const out = escapeCardText('a'.repeat(MAX_CARD_TEXT + 50));
      expect(Array.from(out)).toHaveLength(MAX_CARD_TEXT);
      expect(out.endsWith('a…')).toBe(true);
    });

    it('never cuts an emoji in half', () => {
      const out = escapeCardText('😀'.repeat(MAX_CARD_TEXT + 1));
      expect(out).toBe('😀'.repeat(MAX_CARD_TEXT - 1) + '…');
    });

    it('cuts before escaping, so no entity is cut in half', () => {
      const out = escapeCardText('<'.repeat(MAX_CARD_TEXT + 1));
      expect(out).toBe('&lt;'.repeat(MAX_CARD_TEXT - 1) + '…');
    });
  });

  describe('edge cases', () => {
    it('keeps a text of exactly MAX_CARD_TEXT code points whole', () => {
      const exact = 'b'.repeat(MAX_CARD_TEXT);
      expect(escapeCardText(exact)).toBe(exact);
    });

    it('returns the empty string for the empty string', () => {
      expect(escapeCardText('')).toBe('');
    });
  });

  describe('properties', () => {
    it('never lets a tag from the input through', () => {
      fc.assert(
        fc.property(markupLikeText, (s) => {
          const out = escapeCardText(s);
          expect(out).not.toMatch(/[<>"']/);
        }),
      );
    });

    it('shows exactly the input when it is short enough', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: MAX_CARD_TEXT }), (s) => {
          expect(unescape(escapeCardText(s))).toBe(s);
        }),
      );
    });
  });
});

describe('html`…`', () => {
  it('keeps the literal markup and escapes every interpolated value', () => {
    const name = '<i>Bob</i> & co';
    expect(html`<b>${name}</b> met ${3} times`).toBe('<b>&lt;i&gt;Bob&lt;/i&gt; &amp; co</b> met 3 times');
  });
});

describe('when a button dispatches an action', () => {
  it('calls the single global dispatchAction with the route first in the parameters', () => {
    const button = actionButton('Mark done', 'markDone', { itemId: 'i-1', docId: 'd-9' });
    expect(button).toEqual({
      text: 'Mark done',
      onClick: {
        action: {
          function: DISPATCH_FUNCTION,
          parameters: [
            { key: ACTION_PARAMETER, value: 'markDone' },
            { key: 'itemId', value: 'i-1' },
            { key: 'docId', value: 'd-9' },
          ],
        },
      },
    });
    expect(DISPATCH_FUNCTION).toBe('dispatchAction');
  });

  it('refuses a parameter named like the route, which would hijack it', () => {
    expect(() => dispatch('markDone', { action: 'deleteEverything' })).toThrow('is the route');
  });

  it('adds button options such as the type', () => {
    expect(actionButton('Go', 'go', {}, { type: 'FILLED', disabled: true })).toMatchObject({
      type: 'FILLED',
      disabled: true,
    });
  });
});

describe('when building cards from options', () => {
  it('leaves out options that are undefined, so the JSON equals what CardService prints', () => {
    const built = card({ name: undefined, header: { title: 'Tandem' }, sections: [section([text('hi')])] });
    expect(Object.keys(built)).toEqual(['header', 'sections']);
    expect(decorated({ text: 'x', topLabel: undefined })).toEqual({ decoratedText: { text: 'x' } });
  });

  it('escapes plain text put in a paragraph', () => {
    expect(text('<b>no</b>')).toEqual({ textParagraph: { text: '&lt;b&gt;no&lt;/b&gt;' } });
  });
});

describe('when building responses', () => {
  const next = card({ sections: [section([text('next')])] });

  it('updates or pushes the card, with an optional notification', () => {
    expect(updateCard(next, 'Saved')).toEqual({
      action: { navigations: [{ updateCard: next }], notification: { text: 'Saved' } },
    });
    expect(pushCard(next)).toEqual({ action: { navigations: [{ pushCard: next }] } });
  });

  it('asks Calendar to attach files, and Docs for file access, as host-app actions', () => {
    const doc = { resourceUrl: 'https://docs.google.com/document/d/x', title: 'A & B · 1:1' };
    expect(addAttachments([doc])).toEqual({
      hostAppAction: { calendarAction: { addAttachmentsActionMarkup: { addonAttachments: [doc] } } },
    });
    expect(requestFileScope()).toEqual({
      hostAppAction: { editorAction: { requestFileScopeForActiveDocument: {} } },
    });
  });
});
