// Cards as data: the subset of Google's Card v1 JSON (google.apps.card.v1) and of the add-on
// action response ("renderActions") that Tandem's UI builds, plus small builders and text escaping.
// Escaping is by field: CardService renders its HTML subset only in a section header, a text
// paragraph and a decorated text's text and labels ("HTML" below); every other field shows its
// text as it is ("plain"), so outside text goes there unescaped (cut by plainCardText).

/** The one global Apps Script function every button calls; the route travels as a parameter. */
export const DISPATCH_FUNCTION = 'dispatchAction';
/** The action parameter that names the route in the action map. */
export const ACTION_PARAMETER = 'action';
/** Longest text (in code points) a card shows from one value; longer values end with an ellipsis. */
export const MAX_CARD_TEXT = 1000;

export type ImageType = 'SQUARE' | 'CIRCLE';
// prettier-ignore
export type KnownIcon =
  | 'AIRPLANE' | 'BOOKMARK' | 'BUS' | 'CAR' | 'CLOCK' | 'CONFIRMATION_NUMBER_ICON' | 'DOLLAR'
  | 'DESCRIPTION' | 'EMAIL' | 'EVENT_PERFORMER' | 'EVENT_SEAT' | 'FLIGHT_ARRIVAL' | 'FLIGHT_DEPARTURE'
  | 'HOTEL' | 'HOTEL_ROOM_TYPE' | 'INVITE' | 'MAP_PIN' | 'MEMBERSHIP' | 'MULTIPLE_PEOPLE' | 'OFFER'
  | 'PERSON' | 'PHONE' | 'RESTAURANT_ICON' | 'SHOPPING_CART' | 'STAR' | 'STORE' | 'TICKET' | 'TRAIN'
  | 'VIDEO_CAMERA' | 'VIDEO_PLAY';

export interface Card {
  name?: string;
  header?: CardHeader;
  sections: CardSection[];
  fixedFooter?: FixedFooter;
}
export interface CardHeader {
  /** Plain text. */
  title: string;
  /** Plain text. */
  subtitle?: string;
  imageUrl?: string;
  imageType?: ImageType;
  imageAltText?: string;
}
export interface CardSection {
  /** HTML: escape any text that is not Tandem's own. */
  header?: string;
  collapsible?: boolean;
  uncollapsibleWidgetsCount?: number;
  widgets: Widget[];
}
export interface FixedFooter {
  primaryButton: Button;
  secondaryButton?: Button;
}

/** One widget: an object with exactly one of these keys. */
export type Widget =
  | { textParagraph: TextParagraph }
  | { decoratedText: DecoratedText }
  | { buttonList: ButtonList }
  | { selectionInput: SelectionInput }
  | { textInput: TextInput }
  | { dateTimePicker: DateTimePicker }
  | { divider: Record<string, never> }
  | { image: Image };

export interface TextParagraph {
  /** HTML. */
  text: string;
}
export interface DecoratedText {
  /** HTML. */
  text: string;
  /** HTML. */
  topLabel?: string;
  /** HTML. */
  bottomLabel?: string;
  wrapText?: boolean;
  startIcon?: Icon;
  button?: Button;
  onClick?: OnClick;
}
export type Icon = ({ knownIcon: KnownIcon } | { iconUrl: string }) & {
  altText?: string;
  imageType?: ImageType;
};
export interface ButtonList {
  buttons: Button[];
}
export type ButtonType = 'OUTLINED' | 'FILLED' | 'FILLED_TONAL' | 'BORDERLESS';
export interface Button {
  /** Plain text. */
  text: string;
  onClick: OnClick;
  type?: ButtonType;
  /** Components are multiples of 1/255 (Apps Script takes a #rrggbb colour). */
  color?: Color;
  disabled?: boolean;
  altText?: string;
}
export interface Color {
  red: number;
  green: number;
  blue: number;
}
export type OnClick = { action: Action } | { openLink: OpenLink };
export interface Action {
  function: string;
  parameters?: ActionParameter[];
  loadIndicator?: 'SPINNER' | 'NONE';
  persistValues?: boolean;
}
export interface ActionParameter {
  key: string;
  value: string;
}
export interface OpenLink {
  url: string;
  openAs?: 'FULL_SIZE' | 'OVERLAY';
  onClose?: 'NOTHING' | 'RELOAD';
}
export type SelectionType = 'CHECK_BOX' | 'RADIO_BUTTON' | 'DROPDOWN' | 'SWITCH';
export interface SelectionInput {
  name: string;
  /** Plain text. */
  label?: string;
  type: SelectionType;
  items: SelectionItem[];
  onChangeAction?: Action;
}
export interface SelectionItem {
  /** Plain text. */
  text: string;
  value: string;
  selected: boolean;
}
export interface TextInput {
  name: string;
  /** Plain text, as are the hint and the value. */
  label?: string;
  hintText?: string;
  value?: string;
  type?: 'SINGLE_LINE' | 'MULTIPLE_LINE';
  onChangeAction?: Action;
  validation?: { characterLimit?: number; inputType?: 'TEXT' | 'INTEGER' | 'FLOAT' | 'EMAIL' };
}
export interface DateTimePicker {
  name: string;
  label?: string;
  type: 'DATE_ONLY' | 'DATE_AND_TIME';
  /** Milliseconds since the epoch, as a decimal string (int64 in the proto). DATE_ONLY: 00:00 UTC. */
  valueMsEpoch?: string;
  /** Minutes east of UTC; DATE_AND_TIME only. */
  timezoneOffsetDate?: number;
  onChangeAction?: Action;
}
export interface Image {
  imageUrl: string;
  altText?: string;
  onClick?: OnClick;
}

/** What a button callback returns: a card action, or one host-app action. */
export interface RenderActions {
  action?: ResponseAction;
  hostAppAction?: HostAppAction;
}
export interface ResponseAction {
  navigations?: Navigation[];
  /** Plain text. */
  notification?: { text: string };
  link?: OpenLink;
}
export type Navigation =
  { pushCard: Card } | { updateCard: Card } | { pop: true } | { popToRoot: true } | { popToCard: string };
export type HostAppAction =
  | { calendarAction: { addAttachmentsActionMarkup: { addonAttachments: CalendarAttachment[] } } }
  | { editorAction: { requestFileScopeForActiveDocument: Record<string, never> } };
export interface CalendarAttachment {
  resourceUrl: string;
  /** Plain text. */
  title: string;
  mimeType?: string;
  iconUrl?: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Outside text for a plain-text field (a selection item, an input's label): shown as it is, never
 * escaped, cut to MAX_CARD_TEXT code points with an ellipsis.
 * @example plainCardText('<b>Bob</b> & Co') // '<b>Bob</b> & Co'
 */
export function plainCardText(s: string): string {
  const codePoints = Array.from(s);
  return codePoints.length > MAX_CARD_TEXT ? codePoints.slice(0, MAX_CARD_TEXT - 1).join('') + '…' : s;
}

/**
 * Escapes text for CardService's HTML subset (HTML fields only), so tags in it show as text, and
 * cuts it to MAX_CARD_TEXT code points with an ellipsis. Emoji and right-to-left text pass unchanged.
 * @example escapeCardText('<b>Ship</b> & "go"') // '&lt;b&gt;Ship&lt;/b&gt; &amp; &quot;go&quot;'
 */
export function escapeCardText(s: string): string {
  return plainCardText(s).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A template tag for card HTML: the literal parts are Tandem's markup, every interpolated value is escaped.
 * @example html`<b>${'<i>Bob</i>'}</b>` // '<b>&lt;i&gt;Bob&lt;/i&gt;</b>'
 */
export function html(parts: TemplateStringsArray, ...values: unknown[]): string {
  return parts.reduce((out, part, i) => out + escapeCardText(String(values[i - 1])) + part);
}

/** The dispatchAction call for a route; `params` may not use the key "action". */
export function dispatch(action: string, params: Record<string, string> = {}): Action {
  if (ACTION_PARAMETER in params)
    throw new Error(`dispatch: "${ACTION_PARAMETER}" is the route, not a parameter`);
  const parameters = [{ key: ACTION_PARAMETER, value: action }];
  for (const [key, value] of Object.entries(params)) parameters.push({ key, value });
  return { function: DISPATCH_FUNCTION, parameters };
}

export function card(spec: Card): Card {
  return withoutUndefined(spec);
}

export function section(widgets: Widget[], options: Omit<CardSection, 'widgets'> = {}): CardSection {
  return withoutUndefined({ ...options, widgets });
}

/** A paragraph of Tandem's own markup (use html`` for values). */
export function paragraph(markup: string): Widget {
  return { textParagraph: { text: markup } };
}

/** A paragraph of plain text, escaped. */
export function text(plain: string): Widget {
  return paragraph(escapeCardText(plain));
}

export function decorated(spec: DecoratedText): Widget {
  return { decoratedText: withoutUndefined(spec) };
}

export function buttons(...list: Button[]): Widget {
  return { buttonList: { buttons: list } };
}

export function actionButton(
  label: string,
  action: string,
  params: Record<string, string> = {},
  options: Omit<Button, 'text' | 'onClick'> = {},
): Button {
  return withoutUndefined({ text: label, onClick: { action: dispatch(action, params) }, ...options });
}

export function linkButton(
  label: string,
  url: string,
  options: Omit<Button, 'text' | 'onClick'> = {},
): Button {
  return withoutUndefined({ text: label, onClick: { openLink: { url } }, ...options });
}

export function divider(): Widget {
  return { divider: {} };
}

export function textInput(spec: TextInput): Widget {
  return { textInput: withoutUndefined(spec) };
}

export function selectionInput(spec: SelectionInput): Widget {
  return { selectionInput: withoutUndefined(spec) };
}

/** A response that shows `next` instead of the current card, with an optional notification. */
export function updateCard(next: Card, notification?: string): RenderActions {
  return respond([{ updateCard: next }], notification);
}

export function pushCard(next: Card, notification?: string): RenderActions {
  return respond([{ pushCard: next }], notification);
}

export function addAttachments(attachments: CalendarAttachment[]): RenderActions {
  return {
    hostAppAction: { calendarAction: { addAttachmentsActionMarkup: { addonAttachments: attachments } } },
  };
}

export function requestFileScope(): RenderActions {
  return { hostAppAction: { editorAction: { requestFileScopeForActiveDocument: {} } } };
}

function respond(navigations: Navigation[], notification?: string): RenderActions {
  const action: ResponseAction = {};
  if (navigations.length > 0) action.navigations = navigations;
  if (notification !== undefined) action.notification = { text: notification };
  return { action };
}

/** Drops keys whose value is undefined, so the JSON matches what CardService prints. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
