// The emulator's CardService global: the builders and enums Tandem's renderer uses, with Apps Script's
// names. Built objects print Card v1 / renderActions JSON; methods Apps Script lacks are absent.
import { makeEnum } from './card-service-base';
import { CardBuilder, CardHeader, CardSection, FixedFooter } from './card-service-cards';
import { DatePicker, DateTimePicker, SelectionInput, TextInput, Validation } from './card-service-inputs';
import {
  ActionResponseBuilder,
  Attachment,
  CalendarEventActionResponseBuilder,
  EditorFileScopeActionResponseBuilder,
  Navigation,
  Notification,
} from './card-service-responses';
import {
  Action,
  ButtonSet,
  DecoratedText,
  Divider,
  IconImage,
  Image,
  OpenLink,
  TextButton,
  TextParagraph,
} from './card-service-widgets';

export { MAX_WIDGETS_PER_CARD } from './card-service-cards';

// prettier-ignore
const ICONS = [
  'NONE', 'AIRPLANE', 'BOOKMARK', 'BUS', 'CAR', 'CLOCK', 'CONFIRMATION_NUMBER_ICON', 'DOLLAR', 'DESCRIPTION',
  'EMAIL', 'EVENT_PERFORMER', 'EVENT_SEAT', 'FLIGHT_ARRIVAL', 'FLIGHT_DEPARTURE', 'HOTEL', 'HOTEL_ROOM_TYPE',
  'INVITE', 'MAP_PIN', 'MEMBERSHIP', 'MULTIPLE_PEOPLE', 'OFFER', 'PERSON', 'PHONE', 'RESTAURANT_ICON',
  'SHOPPING_CART', 'STAR', 'STORE', 'TICKET', 'TRAIN', 'VIDEO_CAMERA', 'VIDEO_PLAY',
] as const;

/**
 * A fresh CardService for one execution. Only the builders listed here exist: calling any other name
 * (one Apps Script lacks, or one not emulated yet) is a TypeError, "… is not a function".
 */
export function createCardService(): GoogleAppsScript.Card_Service.CardService {
  const service = {
    SelectionInputType: makeEnum('SelectionInputType', [
      'CHECK_BOX',
      'RADIO_BUTTON',
      'DROPDOWN',
      'SWITCH',
      'MULTI_SELECT',
    ]),
    TextButtonStyle: makeEnum('TextButtonStyle', ['OUTLINED', 'FILLED', 'FILLED_TONAL', 'BORDERLESS']),
    OpenAs: makeEnum('OpenAs', ['FULL_SIZE', 'OVERLAY']),
    OnClose: makeEnum('OnClose', ['NOTHING', 'RELOAD', 'RELOAD_ADD_ON']),
    LoadIndicator: makeEnum('LoadIndicator', ['SPINNER', 'NONE']),
    Icon: makeEnum('Icon', ICONS),
    ImageStyle: makeEnum('ImageStyle', ['SQUARE', 'CIRCLE']),
    ImageCropType: makeEnum('ImageCropType', ['SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3']),
    InputType: makeEnum('InputType', ['TEXT', 'INTEGER', 'FLOAT', 'EMAIL']),
    newCardBuilder: () => new CardBuilder(),
    newCardHeader: () => new CardHeader(),
    newCardSection: () => new CardSection(),
    newFixedFooter: () => new FixedFooter(),
    newTextParagraph: () => new TextParagraph(),
    newDecoratedText: () => new DecoratedText(),
    newButtonSet: () => new ButtonSet(),
    newTextButton: () => new TextButton(),
    newDivider: () => new Divider(),
    newImage: () => new Image(),
    newIconImage: () => new IconImage(),
    newAction: () => new Action(),
    newOpenLink: () => new OpenLink(),
    newSelectionInput: () => new SelectionInput(),
    newTextInput: () => new TextInput(),
    newValidation: () => new Validation(),
    newDatePicker: () => new DatePicker(),
    newDateTimePicker: () => new DateTimePicker(),
    newActionResponseBuilder: () => new ActionResponseBuilder(),
    newNavigation: () => new Navigation(),
    newNotification: () => new Notification(),
    newAttachment: () => new Attachment(),
    newCalendarEventActionResponseBuilder: () => new CalendarEventActionResponseBuilder(),
    newEditorFileScopeActionResponseBuilder: () => new EditorFileScopeActionResponseBuilder(),
  };
  return Object.freeze(service) as unknown as GoogleAppsScript.Card_Service.CardService;
}
