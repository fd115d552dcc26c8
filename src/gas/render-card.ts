// The one generic renderer: walks Card v1 JSON (src/ui/card.ts) and calls Apps Script's CardService
// builders. A translation, no decisions: what the JSON says is what the card shows.
import type {
  Action,
  Button,
  Card,
  CardHeader,
  CardSection,
  Color,
  DateTimePicker,
  DecoratedText,
  HostAppAction,
  Icon,
  Navigation,
  OnClick,
  OpenLink,
  RenderActions,
  SelectionInput,
  TextInput,
  Widget,
} from '../ui/card';

type BuiltResponse =
  | GoogleAppsScript.Card_Service.ActionResponse
  | GoogleAppsScript.Card_Service.CalendarEventActionResponse
  | GoogleAppsScript.Card_Service.EditorFileScopeActionResponse;

/** Builds the CardService card for `card`; throws on a widget kind it does not know. */
export function renderCard(card: Card): GoogleAppsScript.Card_Service.Card {
  const builder = CardService.newCardBuilder();
  if (card.name !== undefined) builder.setName(card.name);
  if (card.header) builder.setHeader(renderHeader(card.header));
  for (const section of card.sections) builder.addSection(renderSection(section));
  if (card.fixedFooter) {
    const footer = CardService.newFixedFooter().setPrimaryButton(
      renderButton(card.fixedFooter.primaryButton),
    );
    if (card.fixedFooter.secondaryButton)
      footer.setSecondaryButton(renderButton(card.fixedFooter.secondaryButton));
    builder.setFixedFooter(footer);
  }
  return builder.build();
}

/** Builds the response a button callback returns: a card action, or one host-app action. */
export function renderActionResponse(response: RenderActions): BuiltResponse {
  if (response.action && response.hostAppAction) {
    throw new Error(
      'renderActionResponse: a response is either a card action or a host-app action, not both',
    );
  }
  if (response.hostAppAction) return renderHostAppAction(response.hostAppAction);
  const builder = CardService.newActionResponseBuilder();
  const action = response.action ?? {};
  if (action.navigations && action.navigations.length > 0)
    builder.setNavigation(renderNavigations(action.navigations));
  if (action.notification)
    builder.setNotification(CardService.newNotification().setText(action.notification.text));
  if (action.link) builder.setOpenLink(renderOpenLink(action.link));
  return builder.build();
}

function renderHeader(header: CardHeader): GoogleAppsScript.Card_Service.CardHeader {
  const built = CardService.newCardHeader().setTitle(header.title);
  if (header.subtitle !== undefined) built.setSubtitle(header.subtitle);
  if (header.imageUrl !== undefined) built.setImageUrl(header.imageUrl);
  if (header.imageType !== undefined)
    built.setImageStyle(member(CardService.ImageStyle, header.imageType, 'image type'));
  if (header.imageAltText !== undefined) built.setImageAltText(header.imageAltText);
  return built;
}

function renderSection(section: CardSection): GoogleAppsScript.Card_Service.CardSection {
  const built = CardService.newCardSection();
  if (section.header !== undefined) built.setHeader(section.header);
  if (section.collapsible !== undefined) built.setCollapsible(section.collapsible);
  if (section.uncollapsibleWidgetsCount !== undefined)
    built.setNumUncollapsibleWidgets(section.uncollapsibleWidgetsCount);
  for (const widget of section.widgets) built.addWidget(renderWidget(widget));
  return built;
}

function renderWidget(widget: Widget): GoogleAppsScript.Card_Service.Widget {
  const kinds = Object.keys(widget);
  if (kinds.length !== 1)
    throw new Error(`renderCard: a widget has exactly one kind, got {${kinds.join(', ')}}`);
  if ('textParagraph' in widget) return CardService.newTextParagraph().setText(widget.textParagraph.text);
  if ('decoratedText' in widget) return renderDecoratedText(widget.decoratedText);
  if ('buttonList' in widget) {
    const set = CardService.newButtonSet();
    for (const button of widget.buttonList.buttons) set.addButton(renderButton(button));
    return set;
  }
  if ('selectionInput' in widget) return renderSelectionInput(widget.selectionInput);
  if ('textInput' in widget) return renderTextInput(widget.textInput);
  if ('dateTimePicker' in widget) return renderPicker(widget.dateTimePicker);
  if ('divider' in widget) return CardService.newDivider();
  if ('image' in widget) {
    const image = CardService.newImage().setImageUrl(widget.image.imageUrl);
    if (widget.image.altText !== undefined) image.setAltText(widget.image.altText);
    if (widget.image.onClick) applyOnClick(image, widget.image.onClick);
    return image;
  }
  throw new Error(`renderCard: unknown widget kind "${kinds[0]}"`);
}

function renderDecoratedText(spec: DecoratedText): GoogleAppsScript.Card_Service.DecoratedText {
  const built = CardService.newDecoratedText().setText(spec.text);
  if (spec.topLabel !== undefined) built.setTopLabel(spec.topLabel);
  if (spec.bottomLabel !== undefined) built.setBottomLabel(spec.bottomLabel);
  if (spec.wrapText !== undefined) built.setWrapText(spec.wrapText);
  if (spec.startIcon) built.setStartIcon(renderIcon(spec.startIcon));
  if (spec.button) built.setButton(renderButton(spec.button));
  if (spec.onClick) applyOnClick(built, spec.onClick);
  return built;
}

function renderIcon(icon: Icon): GoogleAppsScript.Card_Service.IconImage {
  const built = CardService.newIconImage();
  if ('knownIcon' in icon) built.setIcon(member(CardService.Icon, icon.knownIcon, 'icon'));
  else built.setIconUrl(icon.iconUrl);
  if (icon.altText !== undefined) built.setAltText(icon.altText);
  if (icon.imageType !== undefined)
    built.setImageCropType(member(CardService.ImageCropType, icon.imageType, 'image type'));
  return built;
}

function renderButton(button: Button): GoogleAppsScript.Card_Service.TextButton {
  const built = CardService.newTextButton().setText(button.text);
  applyOnClick(built, button.onClick);
  if (button.type !== undefined)
    built.setTextButtonStyle(member(CardService.TextButtonStyle, button.type, 'button type'));
  if (button.color !== undefined) built.setBackgroundColor(hexColor(button.color));
  if (button.disabled !== undefined) built.setDisabled(button.disabled);
  if (button.altText !== undefined) built.setAltText(button.altText);
  return built;
}

function renderSelectionInput(spec: SelectionInput): GoogleAppsScript.Card_Service.SelectionInput {
  const built = CardService.newSelectionInput()
    .setFieldName(spec.name)
    .setType(member(CardService.SelectionInputType, spec.type, 'selection type'));
  if (spec.label !== undefined) built.setTitle(spec.label);
  for (const item of spec.items) built.addItem(item.text, item.value, item.selected);
  if (spec.onChangeAction) built.setOnChangeAction(renderAction(spec.onChangeAction));
  return built;
}

function renderTextInput(spec: TextInput): GoogleAppsScript.Card_Service.TextInput {
  const built = CardService.newTextInput().setFieldName(spec.name);
  if (spec.label !== undefined) built.setTitle(spec.label);
  if (spec.hintText !== undefined) built.setHint(spec.hintText);
  if (spec.value !== undefined) built.setValue(spec.value);
  if (spec.type !== undefined) built.setMultiline(spec.type === 'MULTIPLE_LINE');
  if (spec.onChangeAction) built.setOnChangeAction(renderAction(spec.onChangeAction));
  if (spec.validation) {
    const validation = CardService.newValidation();
    const { characterLimit, inputType } = spec.validation;
    if (characterLimit !== undefined) validation.setCharacterLimit(characterLimit);
    if (inputType !== undefined)
      validation.setInputType(member(CardService.InputType, inputType, 'input type'));
    built.setValidation(validation);
  }
  return built;
}

function renderPicker(
  spec: DateTimePicker,
): GoogleAppsScript.Card_Service.DatePicker | GoogleAppsScript.Card_Service.DateTimePicker {
  if (spec.type !== 'DATE_ONLY' && spec.type !== 'DATE_AND_TIME') {
    throw new Error(`renderCard: unsupported date-time picker type "${String(spec.type)}"`);
  }
  if (spec.type === 'DATE_ONLY' && spec.timezoneOffsetDate !== undefined) {
    throw new Error('renderCard: a DATE_ONLY picker has no time zone offset (DatePicker lacks one)');
  }
  if (spec.type === 'DATE_ONLY') return fillPicker(CardService.newDatePicker(), spec);
  const built = fillPicker(CardService.newDateTimePicker(), spec);
  if (spec.timezoneOffsetDate !== undefined) built.setTimeZoneOffsetInMins(spec.timezoneOffsetDate);
  return built;
}

interface PickerBuilder {
  setFieldName(name: string): unknown;
  setTitle(title: string): unknown;
  setValueInMsSinceEpoch(valueMsEpoch: string): unknown;
  setOnChangeAction(action: GoogleAppsScript.Card_Service.Action): unknown;
}

function fillPicker<P extends PickerBuilder>(built: P, spec: DateTimePicker): P {
  built.setFieldName(spec.name);
  if (spec.label !== undefined) built.setTitle(spec.label);
  if (spec.valueMsEpoch !== undefined) built.setValueInMsSinceEpoch(spec.valueMsEpoch);
  if (spec.onChangeAction) built.setOnChangeAction(renderAction(spec.onChangeAction));
  return built;
}

interface Clickable {
  setOnClickAction(action: GoogleAppsScript.Card_Service.Action): unknown;
  setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink): unknown;
}

function applyOnClick(target: Clickable, onClick: OnClick): void {
  if ('action' in onClick) target.setOnClickAction(renderAction(onClick.action));
  else if ('openLink' in onClick) target.setOpenLink(renderOpenLink(onClick.openLink));
  else
    throw new Error(
      `renderCard: an onClick needs "action" or "openLink", got {${Object.keys(onClick).join(', ')}}`,
    );
}

function renderAction(action: Action): GoogleAppsScript.Card_Service.Action {
  // Every button goes through the one global dispatchAction; the literal lets the bundle check
  // verify that it is a top-level function of Code.js.
  if (action.function !== 'dispatchAction') {
    throw new Error(
      `renderCard: actions must call dispatchAction (route with the "action" parameter), got "${action.function}"`,
    );
  }
  const built = CardService.newAction().setFunctionName('dispatchAction');
  if (action.parameters) {
    const parameters: Record<string, string> = {};
    for (const { key, value } of action.parameters) {
      if (Object.prototype.hasOwnProperty.call(parameters, key))
        throw new Error(`renderCard: action parameter "${key}" appears twice`);
      parameters[key] = value;
    }
    built.setParameters(parameters);
  }
  if (action.loadIndicator !== undefined) {
    built.setLoadIndicator(member(CardService.LoadIndicator, action.loadIndicator, 'load indicator'));
  }
  if (action.persistValues !== undefined) built.setPersistValues(action.persistValues);
  return built;
}

function renderOpenLink(link: OpenLink): GoogleAppsScript.Card_Service.OpenLink {
  const built = CardService.newOpenLink().setUrl(link.url);
  if (link.openAs !== undefined) built.setOpenAs(member(CardService.OpenAs, link.openAs, 'openAs'));
  if (link.onClose !== undefined) built.setOnClose(member(CardService.OnClose, link.onClose, 'onClose'));
  return built;
}

function renderNavigations(steps: Navigation[]): GoogleAppsScript.Card_Service.Navigation {
  const navigation = CardService.newNavigation();
  for (const step of steps) {
    if ('pushCard' in step) navigation.pushCard(renderCard(step.pushCard));
    else if ('updateCard' in step) navigation.updateCard(renderCard(step.updateCard));
    else if ('pop' in step) navigation.popCard();
    else if ('popToRoot' in step) navigation.popToRoot();
    else if ('popToCard' in step) navigation.popToNamedCard(step.popToCard);
    else throw new Error(`renderActionResponse: unknown navigation {${Object.keys(step).join(', ')}}`);
  }
  return navigation;
}

function renderHostAppAction(host: HostAppAction): BuiltResponse {
  if ('calendarAction' in host) {
    const attachments = host.calendarAction.addAttachmentsActionMarkup.addonAttachments.map((a) => {
      const built = CardService.newAttachment().setResourceUrl(a.resourceUrl).setTitle(a.title);
      if (a.mimeType !== undefined) built.setMimeType(a.mimeType);
      if (a.iconUrl !== undefined) built.setIconUrl(a.iconUrl);
      return built;
    });
    return CardService.newCalendarEventActionResponseBuilder().addAttachments(attachments).build();
  }
  if ('editorAction' in host) {
    return CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
  }
  throw new Error(`renderActionResponse: unknown host-app action {${Object.keys(host).join(', ')}}`);
}

/** An enum member by name, with a clear error for a name the enum lacks. */
function member<E extends object>(enumObject: E, name: string, what: string): E[keyof E] {
  const value = (enumObject as Record<string, E[keyof E] | undefined>)[name];
  if (value === undefined) throw new Error(`renderCard: unknown ${what} "${name}"`);
  return value;
}

/** Card v1 Color (components 0–1) → the #rrggbb string TextButton.setBackgroundColor takes. */
function hexColor(color: Color): string {
  const channel = (c: number) => {
    if (!(c >= 0 && c <= 1)) throw new Error(`renderCard: a colour component must be in [0, 1], got ${c}`);
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(color.red)}${channel(color.green)}${channel(color.blue)}`;
}
