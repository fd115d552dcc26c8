// The emulated CardService: what it prints, what it refuses at build(), and that it fails where
// Apps Script would (a missing method is a TypeError; a wrong argument type a signature error).
import { createCardService, MAX_WIDGETS_PER_CARD } from './card-service';

type Loose = Record<string, (...args: unknown[]) => unknown>;

let CS: GoogleAppsScript.Card_Service.CardService;
beforeEach(() => {
  CS = createCardService();
});

const paragraph = (text = 'x') => CS.newTextParagraph().setText(text);
const sectionOf = (...widgets: GoogleAppsScript.Card_Service.Widget[]) => {
  const section = CS.newCardSection();
  for (const w of widgets) section.addWidget(w);
  return section;
};
const printed = (built: { printJson(): string }) => JSON.parse(built.printJson()) as Record<string, unknown>;
const button = (text = 'Go') =>
  CS.newTextButton().setText(text).setOnClickAction(CS.newAction().setFunctionName('dispatchAction'));

describe('when a script calls a method Apps Script does not have', () => {
  it('throws a TypeError, as calling an undefined property does', () => {
    expect(() => (CS as unknown as Loose)['newWidget']!()).toThrow(TypeError);
    expect(() => (CS.newTextButton() as unknown as Loose)['setIcon']!(CS.Icon.STAR)).toThrow(TypeError);
  });

  it('hides the emulator’s own helpers from string lookups', () => {
    const picker = CS.newDateTimePicker() as unknown as Record<string, unknown>;
    const textButton = CS.newTextButton() as unknown as Record<string, unknown>;
    expect([picker['pickerFields'], picker['toCardJson'], textButton['onClickJson']]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('when a card is built', () => {
  it('prints Card v1 JSON, enums by name', () => {
    const card = CS.newCardBuilder()
      .setName('home')
      .setHeader(CS.newCardHeader().setTitle('Tandem').setImageStyle(CS.ImageStyle.CIRCLE))
      .addSection(sectionOf(paragraph('<b>hi</b>')).setHeader('Pairs'))
      .build();
    expect(printed(card)).toEqual({
      name: 'home',
      header: { title: 'Tandem', imageType: 'CIRCLE' },
      sections: [{ header: 'Pairs', widgets: [{ textParagraph: { text: '<b>hi</b>' } }] }],
    });
    expect(String(CS.SelectionInputType.DROPDOWN)).toBe('DROPDOWN');
  });

  it('keeps what it printed when the builders change afterwards', () => {
    const text = paragraph('before');
    const builder = CS.newCardBuilder().addSection(sectionOf(text));
    const card = builder.build();
    text.setText('after');
    builder.setName('later');
    expect(printed(card)).toEqual({ sections: [{ widgets: [{ textParagraph: { text: 'before' } }] }] });
  });

  it('uses the last onClick set, as the proto oneof does', () => {
    const b = button().setOpenLink(CS.newOpenLink().setUrl('https://x.example'));
    const card = CS.newCardBuilder()
      .addSection(sectionOf(CS.newButtonSet().addButton(b)))
      .build();
    expect(printed(card)).toMatchObject({
      sections: [
        { widgets: [{ buttonList: { buttons: [{ onClick: { openLink: { url: 'https://x.example' } } }] } }] },
      ],
    });
  });

  it('turns a #rrggbb background into Card v1 colour components', () => {
    const card = CS.newCardBuilder()
      .addSection(sectionOf(CS.newButtonSet().addButton(button().setBackgroundColor('#ff0033'))))
      .build();
    expect(printed(card)).toMatchObject({
      sections: [
        { widgets: [{ buttonList: { buttons: [{ color: { red: 1, green: 0, blue: 0x33 / 255 } }] } }] },
      ],
    });
  });
});

// Card v1 reference, https://developers.google.com/workspace/add-ons/reference/rpc/google.apps.card.v1:
// Section.widgets "Must contain at least one widget"; CardHeader.title "Required"; DecoratedText.text
// "Required"; CardFixedFooter needs a primaryButton. HTTP add-on card schema
// (https://developers.google.com/workspace/add-ons/guides/alternate-runtimes): card requires "sections",
// button requires "text" and "onClick", action requires "function", textInput and selectionInput "name",
// openLink "url"; textInput "At least one of label and hintText is required".
// The messages are the emulator's own words, not Apps Script's.
describe('when build() finds a required field missing', () => {
  const buildWith = (widget: GoogleAppsScript.Card_Service.Widget) =>
    CS.newCardBuilder().addSection(sectionOf(widget)).build();

  it.each<[string, () => unknown, string]>([
    ['a card without sections', () => CS.newCardBuilder().build(), 'at least one section'],
    [
      'a section without widgets',
      () => CS.newCardBuilder().addSection(CS.newCardSection()).build(),
      'at least one widget',
    ],
    [
      'a header without title',
      () => CS.newCardBuilder().setHeader(CS.newCardHeader()).addSection(sectionOf(paragraph())).build(),
      'CardHeader must have a title',
    ],
    [
      'a button without text',
      () => buildWith(CS.newButtonSet().addButton(button(''))),
      'TextButton must have text',
    ],
    [
      'a button without action',
      () => buildWith(CS.newButtonSet().addButton(CS.newTextButton().setText('Go'))),
      'has no action',
    ],
    [
      'an action without function',
      () =>
        buildWith(
          CS.newButtonSet().addButton(CS.newTextButton().setText('Go').setOnClickAction(CS.newAction())),
        ),
      'function name',
    ],
    [
      'a link without URL',
      () =>
        buildWith(
          CS.newButtonSet().addButton(CS.newTextButton().setText('Go').setOpenLink(CS.newOpenLink())),
        ),
      'OpenLink must have a URL',
    ],
    [
      'a decorated text without text',
      () => buildWith(CS.newDecoratedText().setTopLabel('x')),
      'DecoratedText must have text',
    ],
    [
      'a text input without title or hint',
      () => buildWith(CS.newTextInput().setFieldName('topic')),
      'needs a title or a hint',
    ],
    [
      'a selection input without field name',
      () => buildWith(CS.newSelectionInput().setTitle('x')),
      'SelectionInput must have a field name',
    ],
    [
      'a footer without primary button',
      () =>
        CS.newCardBuilder()
          .addSection(sectionOf(paragraph()))
          .setFixedFooter(CS.newFixedFooter().setSecondaryButton(button()))
          .build(),
      'primary button',
    ],
  ])('refuses %s', (_what, build, message) => {
    expect(build).toThrow(message);
  });

  it('refuses a notification without text', () => {
    const response = CS.newActionResponseBuilder().setNotification(CS.newNotification());
    expect(() => response.build()).toThrow('Notification must have text');
  });
});

describe('when a method gets an argument of the wrong type', () => {
  it('throws Apps Script’s signature error for a string where an enum is expected', () => {
    const input = CS.newSelectionInput() as unknown as Loose;
    expect(() => input['setType']!('DROPDOWN')).toThrow(
      "The parameters (String) don't match the method signature for CardService.SelectionInput.setType.",
    );
  });

  it('refuses a member of another enum', () => {
    expect(() => CS.newSelectionInput().setType(CS.OpenAs.OVERLAY as never)).toThrow(
      'SelectionInput.setType',
    );
  });

  it('refuses a plain object where a widget is expected', () => {
    expect(() => CS.newCardSection().addWidget({ textParagraph: { text: 'x' } })).toThrow(
      "The parameters (Object) don't match the method signature for CardService.CardSection.addWidget.",
    );
  });

  it('refuses a string where a Boolean is expected', () => {
    expect(() => CS.newTextButton().setDisabled('true' as never)).toThrow('TextButton.setDisabled');
  });

  // Card v1 ActionParameter: key and value are strings.
  it('refuses a parameter whose value is not a string', () => {
    expect(() => CS.newAction().setParameters({ count: 3 } as never)).toThrow('"count" must be a string');
  });

  it('refuses a background colour that is not #rrggbb', () => {
    expect(() => CS.newTextButton().setBackgroundColor('blue')).toThrow('expected #rrggbb');
  });
});

describe('when a card has more than 100 widgets', () => {
  // Card v1 Card: "If a section's widgets push the total count above 100, that entire section and all
  // following sections are ignored."
  it('drops the section that crosses the limit and every section after it', () => {
    const many = (n: number) => sectionOf(...Array.from({ length: n }, () => CS.newDivider()));
    const card = CS.newCardBuilder().addSection(many(60)).addSection(many(41)).addSection(many(1)).build();
    expect((printed(card)['sections'] as unknown[]).length).toBe(1);
  });

  it('keeps exactly 100', () => {
    const many = (n: number) => sectionOf(...Array.from({ length: n }, () => CS.newDivider()));
    const card = CS.newCardBuilder()
      .addSection(many(60))
      .addSection(many(MAX_WIDGETS_PER_CARD - 60))
      .build();
    expect((printed(card)['sections'] as unknown[]).length).toBe(2);
  });
});

describe('when inputs are given values', () => {
  it('prints selection items as strings with a Boolean selected', () => {
    const input = CS.newSelectionInput().setFieldName('n').addItem(3, true, false);
    const card = CS.newCardBuilder().addSection(sectionOf(input)).build();
    expect(printed(card)).toMatchObject({
      sections: [
        { widgets: [{ selectionInput: { items: [{ text: '3', value: 'true', selected: false }] } }] },
      ],
    });
    expect(() => CS.newSelectionInput().addItem('a', 'b', 'yes' as never)).toThrow('SelectionInput.addItem');
  });

  it('prints a picker value as the int64 string, from a number or a numeric string', () => {
    const a = CS.newDatePicker().setFieldName('a').setValueInMsSinceEpoch(1795651200000);
    const b = CS.newDateTimePicker()
      .setFieldName('b')
      .setValueInMsSinceEpoch('1795680000000')
      .setTimeZoneOffsetInMins(60);
    const card = CS.newCardBuilder().addSection(sectionOf(a, b)).build();
    expect(printed(card)).toMatchObject({
      sections: [
        {
          widgets: [
            { dateTimePicker: { name: 'a', type: 'DATE_ONLY', valueMsEpoch: '1795651200000' } },
            {
              dateTimePicker: {
                name: 'b',
                type: 'DATE_AND_TIME',
                valueMsEpoch: '1795680000000',
                timezoneOffsetDate: 60,
              },
            },
          ],
        },
      ],
    });
    expect(() => CS.newDatePicker().setValueInMsSinceEpoch('tomorrow')).toThrow(
      'DatePicker.setValueInMsSinceEpoch',
    );
  });
});

describe('when a response is built', () => {
  it('prints chained navigation steps in order, and stateChanged beside the action', () => {
    const next = CS.newCardBuilder()
      .addSection(sectionOf(paragraph('n')))
      .build();
    const response = CS.newActionResponseBuilder()
      .setNavigation(CS.newNavigation().popToRoot().updateCard(next).popToNamedCard('home').popCard())
      .setStateChanged(true)
      .build();
    expect(printed(response)).toEqual({
      action: {
        navigations: [
          { popToRoot: true },
          { updateCard: { sections: [{ widgets: [{ textParagraph: { text: 'n' } }] }] } },
          { popToCard: 'home' },
          { pop: true },
        ],
      },
      stateChanged: true,
    });
  });

  it('refuses an unbuilt CardBuilder where a Card is expected', () => {
    const builder = CS.newCardBuilder().addSection(sectionOf(paragraph()));
    expect(() => CS.newNavigation().pushCard(builder as never)).toThrow('Navigation.pushCard');
  });

  it('accumulates Calendar attachments over several calls', () => {
    const doc = (id: string) => CS.newAttachment().setResourceUrl(`https://docs.google.com/document/d/${id}`);
    const response = CS.newCalendarEventActionResponseBuilder()
      .addAttachments([doc('a')])
      .addAttachments([doc('b')])
      .build();
    expect(printed(response)).toEqual({
      hostAppAction: {
        calendarAction: {
          addAttachmentsActionMarkup: {
            addonAttachments: [
              { resourceUrl: 'https://docs.google.com/document/d/a' },
              { resourceUrl: 'https://docs.google.com/document/d/b' },
            ],
          },
        },
      },
    });
    expect(() => CS.newCalendarEventActionResponseBuilder().addAttachments([{}] as never)).toThrow(
      'addAttachments',
    );
  });
});
