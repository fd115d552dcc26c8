// The generic renderer, run against the emulator's CardService installed as the global: every widget
// kind and navigation Tandem uses survives JSON → CardService builders → printJson() unchanged.
import { createCardService } from '../../dev/emulator/appsscript/card-service';
import type { Card, RenderActions, Widget } from '../ui/card';
import {
  actionButton,
  addAttachments,
  buttons,
  card,
  decorated,
  dispatch,
  divider,
  html,
  linkButton,
  requestFileScope,
  section,
  selectionInput,
  text,
  textInput,
  updateCard,
} from '../ui/card';
import { renderActionResponse, renderCard } from './render-card';

beforeEach(() => {
  (globalThis as { CardService?: unknown }).CardService = createCardService();
});
afterAll(() => {
  delete (globalThis as { CardService?: unknown }).CardService;
});

function roundTrip(card: Card): unknown {
  return JSON.parse(renderCard(card).printJson());
}
function cardWith(...widgets: Widget[]): Card {
  return { sections: [{ widgets }] };
}

const open = actionButton('Open', 'openDoc', { docId: 'd-1' });

// Field names: Card v1 reference, https://developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1
// and the HTTP add-on card schema, https://developers.google.com/workspace/add-ons/guides/alternate-runtimes
describe('when a card holds each widget kind Tandem uses', () => {
  const widgets: Record<string, Widget> = {
    textParagraph: { textParagraph: { text: '<b>Next 1:1</b> · Tue 24 Nov' } },
    decoratedText: {
      decoratedText: {
        text: 'Alice Moreau',
        topLabel: 'With',
        bottomLabel: 'Weekly · last met 2026-11-17',
        wrapText: true,
        startIcon: { knownIcon: 'PERSON', altText: 'person' },
        button: open,
        onClick: {
          openLink: { url: 'https://docs.google.com/document/d/d-1', openAs: 'FULL_SIZE', onClose: 'RELOAD' },
        },
      },
    },
    decoratedTextWithIconUrl: {
      decoratedText: { text: 'x', startIcon: { iconUrl: 'https://x.example/i.png', imageType: 'CIRCLE' } },
    },
    buttonList: {
      buttonList: {
        buttons: [
          {
            ...open,
            type: 'FILLED',
            color: { red: 0x1a / 255, green: 0x73 / 255, blue: 0xe8 / 255 },
            altText: 'Open the agenda',
          },
          { text: 'Help', onClick: { openLink: { url: 'https://example.com/help' } }, disabled: true },
        ],
      },
    },
    selectionInput: {
      selectionInput: {
        name: 'category',
        label: 'Category',
        type: 'DROPDOWN',
        items: [
          { text: 'Growth', value: 'growth', selected: true },
          { text: 'Wins', value: 'wins', selected: false },
        ],
        onChangeAction: { ...dispatch('pickCategory'), loadIndicator: 'NONE', persistValues: true },
      },
    },
    textInput: {
      textInput: {
        name: 'topic',
        label: 'Add a topic',
        hintText: 'Shown to both of you',
        value: 'Career path',
        type: 'MULTIPLE_LINE',
        validation: { characterLimit: 500, inputType: 'TEXT' },
      },
    },
    datePicker: {
      dateTimePicker: { name: 'from', label: 'From', type: 'DATE_ONLY', valueMsEpoch: '1795651200000' },
    },
    dateTimePicker: {
      dateTimePicker: {
        name: 'at',
        type: 'DATE_AND_TIME',
        valueMsEpoch: '1795680000000',
        timezoneOffsetDate: 60,
        onChangeAction: dispatch('pickTime'),
      },
    },
    divider: { divider: {} },
    image: {
      image: { imageUrl: 'https://x.example/a.png', altText: 'logo', onClick: { action: dispatch('home') } },
    },
  };

  it.each(Object.entries(widgets))('prints %s exactly as the JSON said', (_kind, widget) => {
    const json = cardWith(widget);
    expect(roundTrip(json)).toEqual(json);
  });
});

describe('when the card has a name, a header, section options and a fixed footer', () => {
  it('prints them all back', () => {
    const json: Card = {
      name: 'event',
      header: {
        title: 'Tandem',
        subtitle: '1:1 with Bob',
        imageUrl: 'https://x.example/logo.png',
        imageType: 'CIRCLE',
        imageAltText: 'Tandem',
      },
      sections: [
        {
          header: 'Open action items',
          collapsible: true,
          uncollapsibleWidgetsCount: 1,
          widgets: [{ textParagraph: { text: 'a' } }, { textParagraph: { text: 'b' } }],
        },
        { widgets: [{ divider: {} }] },
      ],
      fixedFooter: { primaryButton: open, secondaryButton: actionButton('Skip', 'skip') },
    };
    expect(roundTrip(json)).toEqual(json);
  });
});

describe('when a callback returns a response', () => {
  const next = cardWith({ textParagraph: { text: 'next' } });
  const responses: Record<string, RenderActions> = {
    pushCard: { action: { navigations: [{ pushCard: next }] } },
    updateCard: { action: { navigations: [{ updateCard: next }], notification: { text: 'Saved' } } },
    pop: { action: { navigations: [{ pop: true }] } },
    popToRoot: { action: { navigations: [{ popToRoot: true }] } },
    popToCard: { action: { navigations: [{ popToCard: 'home' }] } },
    'chained popToRoot + updateCard': {
      action: { navigations: [{ popToRoot: true }, { updateCard: next }] },
    },
    notification: { action: { notification: { text: 'Item marked done' } } },
    link: {
      action: {
        link: { url: 'https://docs.google.com/document/d/x', openAs: 'OVERLAY', onClose: 'NOTHING' },
      },
    },
    // Calendar client action markup: calendarAction.addAttachmentsActionMarkup.addonAttachments[]
    // {resourceUrl, title, mimeType, iconUrl} — Cloud Search v1 discovery, CalendarClientActionMarkup,
    // https://googleapis.dev/dotnet/Google.Apis.CloudSearch.v1/1.58.0.2889/api/Google.Apis.CloudSearch.v1.Data.CalendarClientActionMarkup.html
    calendarAttachments: addAttachments([
      {
        resourceUrl: 'https://docs.google.com/document/d/x/edit',
        title: 'Alice & Bob · 1:1',
        mimeType: 'application/vnd.google-apps.document',
        iconUrl: 'https://x.example/doc.png',
      },
    ]),
    // hostAppAction.editorAction.requestFileScopeForActiveDocument: {} — alternate-runtimes guide above.
    editorFileScope: requestFileScope(),
  };

  it.each(Object.entries(responses))('prints %s exactly as the JSON said', (_kind, response) => {
    expect(JSON.parse(renderActionResponse(response).printJson())).toEqual(response);
  });
});

describe('when a card is made with the src/ui builders', () => {
  it('renders to the same JSON, so the builders only make cards CardService accepts', () => {
    const json = card({
      header: { title: 'Tandem' },
      sections: [
        section([text('<script>'), decorated({ text: html`<b>${'Bob & Al'}</b>`, topLabel: 'With' })], {
          header: 'Next meeting',
        }),
        section([
          textInput({ name: 'topic', label: 'Add a topic' }),
          selectionInput({
            name: 'c',
            type: 'RADIO_BUTTON',
            items: [{ text: 'A', value: 'a', selected: true }],
          }),
          divider(),
          buttons(
            actionButton('Add', 'addTopic', { pair: 'a@x b@x' }),
            linkButton('Open', 'https://x.example'),
          ),
        ]),
      ],
    });
    expect(roundTrip(json)).toEqual(json);
    const response = updateCard(json, 'Added');
    expect(JSON.parse(renderActionResponse(response).printJson())).toEqual(response);
  });
});

describe('edge cases', () => {
  it('passes parameters named like Object.prototype members (constructor, toString) through', () => {
    const action = {
      function: 'dispatchAction',
      parameters: [
        { key: 'constructor', value: 'x' },
        { key: 'toString', value: 'y' },
      ],
    };
    const json = cardWith({ image: { imageUrl: 'https://x.example/a.png', onClick: { action } } });
    expect(roundTrip(json)).toEqual(json);
  });

  it('prints text with markup, emoji and right-to-left script unchanged', () => {
    const json = cardWith({ textParagraph: { text: '<b>שלום</b> 👋🏽 &amp; مرحبا' } });
    expect(roundTrip(json)).toEqual(json);
  });
});

describe('when the JSON is not something CardService can show', () => {
  it('names an unknown widget kind', () => {
    const json = cardWith({ grid: { items: [] } } as unknown as Widget);
    expect(() => renderCard(json)).toThrow('renderCard: unknown widget kind "grid"');
  });

  it('refuses a widget with two kinds', () => {
    const json = cardWith({ divider: {}, textParagraph: { text: 'x' } } as unknown as Widget);
    expect(() => renderCard(json)).toThrow('exactly one kind, got {divider, textParagraph}');
  });

  it('names an unknown icon instead of passing undefined to CardService', () => {
    const json = cardWith({
      decoratedText: { text: 'x', startIcon: { knownIcon: 'ROCKET' } },
    } as unknown as Widget);
    expect(() => renderCard(json)).toThrow('renderCard: unknown icon "ROCKET"');
  });

  it('refuses a response that is both a card action and a host-app action', () => {
    const both: RenderActions = { action: { notification: { text: 'x' } }, ...requestFileScope() };
    expect(() => renderActionResponse(both)).toThrow('not both');
  });

  it('refuses a parameter given twice, which an Apps Script parameter object cannot hold', () => {
    const action = {
      function: 'dispatchAction',
      parameters: [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ],
    };
    expect(() => renderCard(cardWith({ image: { imageUrl: 'u', onClick: { action } } }))).toThrow(
      'appears twice',
    );
  });

  it('refuses an action calling anything but dispatchAction, which the bundle check could not verify', () => {
    const action = { function: 'deleteEverything', parameters: [] };
    expect(() => renderCard(cardWith({ image: { imageUrl: 'u', onClick: { action } } }))).toThrow(
      'actions must call dispatchAction',
    );
  });

  it('refuses a time zone on a date-only picker, which DatePicker cannot take', () => {
    const picker: Widget = { dateTimePicker: { name: 'd', type: 'DATE_ONLY', timezoneOffsetDate: 60 } };
    expect(() => renderCard(cardWith(picker))).toThrow('DATE_ONLY picker has no time zone offset');
  });

  it('refuses a colour component outside [0, 1]', () => {
    const button = { ...open, color: { red: 2, green: 0, blue: 0 } };
    expect(() => renderCard(cardWith({ buttonList: { buttons: [button] } }))).toThrow(
      'must be in [0, 1], got 2',
    );
  });

  it('lets CardService validation through, e.g. a card without sections', () => {
    expect(() => renderCard({ sections: [] })).toThrow('at least one section');
  });
});
