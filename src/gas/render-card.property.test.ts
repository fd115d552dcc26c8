// Property: for any card and response in Tandem's Card v1 subset, rendering through the emulator's
// CardService and printing gives back the same JSON (the renderer neither drops nor invents a field).
import fc from 'fast-check';
import { createCardService } from '../../dev/emulator/appsscript/card-service';
import type {
  Action,
  Button,
  Card,
  Color,
  Icon,
  KnownIcon,
  Navigation,
  OnClick,
  RenderActions,
  Widget,
} from '../ui/card';
import { renderActionResponse, renderCard } from './render-card';
import { DISPATCH_FUNCTION } from '../ui/card';

beforeEach(() => {
  (globalThis as { CardService?: unknown }).CardService = createCardService();
});
afterAll(() => {
  delete (globalThis as { CardService?: unknown }).CardService;
});

const word = fc.string({ minLength: 1, maxLength: 12 });
const anyText = fc.string({ unit: 'binary', maxLength: 30 });
const url = fc.webUrl();
/** Apps Script takes parameters as an object: keys are unique and not array indices (which JS reorders). */
const parameters = fc.uniqueArray(
  fc.record({ key: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,8}$/), value: anyText }),
  { selector: (p) => p.key, maxLength: 4 },
);
const action: fc.Arbitrary<Action> = fc.record(
  {
    function: fc.constant(DISPATCH_FUNCTION),
    parameters,
    loadIndicator: fc.constantFrom('SPINNER' as const, 'NONE' as const),
    persistValues: fc.boolean(),
  },
  { requiredKeys: ['function'] },
);
const onClick: fc.Arbitrary<OnClick> = fc.oneof(
  action.map((a) => ({ action: a })),
  fc
    .record(
      {
        url,
        openAs: fc.constantFrom('FULL_SIZE' as const, 'OVERLAY' as const),
        onClose: fc.constantFrom('NOTHING' as const, 'RELOAD' as const),
      },
      { requiredKeys: ['url'] },
    )
    .map((openLink) => ({ openLink })),
);
/** Apps Script takes a #rrggbb colour, so components are multiples of 1/255. */
const color: fc.Arbitrary<Color> = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map(([r, g, b]) => ({ red: r / 255, green: g / 255, blue: b / 255 }));
const button: fc.Arbitrary<Button> = fc.record(
  {
    text: word,
    onClick,
    type: fc.constantFrom(
      'OUTLINED' as const,
      'FILLED' as const,
      'FILLED_TONAL' as const,
      'BORDERLESS' as const,
    ),
    color,
    disabled: fc.boolean(),
    altText: anyText,
  },
  { requiredKeys: ['text', 'onClick'] },
);
const knownIcon = fc.constantFrom<KnownIcon>('PERSON', 'CLOCK', 'EMAIL', 'INVITE', 'STAR', 'DESCRIPTION');
const icon: fc.Arbitrary<Icon> = fc
  .tuple(
    fc.oneof(
      knownIcon.map((k) => ({ knownIcon: k })),
      url.map((u) => ({ iconUrl: u })),
    ),
    fc.record(
      { altText: anyText, imageType: fc.constantFrom('SQUARE' as const, 'CIRCLE' as const) },
      { requiredKeys: [] },
    ),
  )
  .map(([which, extra]) => ({ ...which, ...extra }));

const widget: fc.Arbitrary<Widget> = fc.oneof(
  anyText.map((text) => ({ textParagraph: { text } })),
  fc
    .record(
      {
        text: anyText,
        topLabel: anyText,
        bottomLabel: anyText,
        wrapText: fc.boolean(),
        startIcon: icon,
        button,
        onClick,
      },
      { requiredKeys: ['text'] },
    )
    .map((decoratedText) => ({ decoratedText })),
  fc.array(button, { minLength: 1, maxLength: 3 }).map((buttons) => ({ buttonList: { buttons } })),
  fc
    .record(
      {
        name: word,
        label: anyText,
        type: fc.constantFrom(
          'CHECK_BOX' as const,
          'RADIO_BUTTON' as const,
          'DROPDOWN' as const,
          'SWITCH' as const,
        ),
        items: fc.array(fc.record({ text: anyText, value: anyText, selected: fc.boolean() }), {
          maxLength: 4,
        }),
        onChangeAction: action,
      },
      { requiredKeys: ['name', 'type', 'items'] },
    )
    .map((selectionInput) => ({ selectionInput })),
  fc
    .record(
      {
        name: word,
        label: anyText,
        hintText: anyText,
        value: anyText,
        type: fc.constantFrom('SINGLE_LINE' as const, 'MULTIPLE_LINE' as const),
        onChangeAction: action,
        validation: fc.record(
          {
            characterLimit: fc.nat(10_000),
            inputType: fc.constantFrom('TEXT' as const, 'INTEGER' as const, 'EMAIL' as const),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['name', 'label'] },
    )
    .map((textInput) => ({ textInput })),
  fc
    .record(
      {
        name: word,
        label: anyText,
        valueMsEpoch: fc.integer({ min: -(2 ** 40), max: 2 ** 42 }).map(String),
        onChangeAction: action,
      },
      { requiredKeys: ['name'] },
    )
    .chain((common) =>
      fc.oneof(
        fc.constant({ dateTimePicker: { ...common, type: 'DATE_ONLY' as const } }),
        fc.option(fc.integer({ min: -720, max: 840 }), { nil: undefined }).map((offset) => ({
          dateTimePicker: {
            ...common,
            type: 'DATE_AND_TIME' as const,
            ...(offset === undefined ? {} : { timezoneOffsetDate: offset }),
          },
        })),
      ),
    ),
  fc.constant({ divider: {} }),
  fc
    .record({ imageUrl: url, altText: anyText, onClick }, { requiredKeys: ['imageUrl'] })
    .map((image) => ({ image })),
);

const card: fc.Arbitrary<Card> = fc.record(
  {
    name: word,
    header: fc.record(
      {
        title: word,
        subtitle: anyText,
        imageUrl: url,
        imageType: fc.constantFrom('SQUARE' as const, 'CIRCLE' as const),
        imageAltText: anyText,
      },
      { requiredKeys: ['title'] },
    ),
    sections: fc.array(
      fc.record(
        {
          header: anyText,
          collapsible: fc.boolean(),
          uncollapsibleWidgetsCount: fc.nat(5),
          widgets: fc.array(widget, { minLength: 1, maxLength: 5 }),
        },
        { requiredKeys: ['widgets'] },
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fixedFooter: fc.record(
      { primaryButton: button, secondaryButton: button },
      { requiredKeys: ['primaryButton'] },
    ),
  },
  { requiredKeys: ['sections'] },
);

const navigation: fc.Arbitrary<Navigation> = fc.oneof(
  card.map((c) => ({ pushCard: c })),
  card.map((c) => ({ updateCard: c })),
  fc.constant({ pop: true as const }),
  fc.constant({ popToRoot: true as const }),
  word.map((name) => ({ popToCard: name })),
);
const response: fc.Arbitrary<RenderActions> = fc
  .record(
    {
      navigations: fc.array(navigation, { minLength: 1, maxLength: 3 }),
      notification: word.map((text) => ({ text })),
      link: url.map((u) => ({ url: u })),
    },
    { requiredKeys: [] },
  )
  .map((action) => ({ action }));

describe('when any card of the subset is rendered and printed', () => {
  it('gives back the same JSON', () => {
    fc.assert(
      fc.property(card, (json) => {
        expect(JSON.parse(renderCard(json).printJson())).toEqual(json);
      }),
      { numRuns: 300 },
    );
  });
});

describe('when any card response of the subset is rendered and printed', () => {
  it('gives back the same JSON', () => {
    fc.assert(
      fc.property(response, (json) => {
        expect(JSON.parse(renderActionResponse(json).printJson())).toEqual(json);
      }),
      { numRuns: 100 },
    );
  });
});
