// The emulated CardService widgets and their parts (Action, OpenLink, IconImage, TextButton…), each
// printing its Card v1 JSON and failing at build() where a required field is missing.
import type { Json, JsonObject, Serialisable } from './card-service-base';
import {
  checkBoolean,
  checkEnum,
  checkInstance,
  checkString,
  defined,
  invalid,
  signatureError,
  toCardJson,
} from './card-service-base';

export class Action implements Serialisable {
  #function?: string;
  #parameters?: Json[];
  #loadIndicator?: string;
  #persistValues?: boolean;
  setFunctionName(name: unknown): this {
    this.#function = checkString(name, 'Action', 'setFunctionName');
    return this;
  }
  /** Card v1 ActionParameter: key and value are both strings. */
  setParameters(parameters: unknown): this {
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
      throw signatureError('Action', 'setParameters', [parameters]);
    }
    const entries = Object.entries(parameters);
    for (const [key, value] of entries) {
      if (typeof value !== 'string')
        throw invalid(`Action parameter "${key}" must be a string, got ${typeof value}.`);
    }
    this.#parameters = entries.map(([key, value]) => ({ key, value: value as string }));
    return this;
  }
  setLoadIndicator(indicator: unknown): this {
    this.#loadIndicator = checkEnum(indicator, 'LoadIndicator', 'Action', 'setLoadIndicator');
    return this;
  }
  setPersistValues(persist: unknown): this {
    this.#persistValues = checkBoolean(persist, 'Action', 'setPersistValues');
    return this;
  }
  [toCardJson](): JsonObject {
    if (!this.#function) throw invalid('An Action must have a function name (Action.setFunctionName).');
    return defined({
      function: this.#function,
      parameters: this.#parameters,
      loadIndicator: this.#loadIndicator,
      persistValues: this.#persistValues,
    });
  }
}

export class OpenLink implements Serialisable {
  #url?: string;
  #openAs?: string;
  #onClose?: string;
  setUrl(url: unknown): this {
    this.#url = checkString(url, 'OpenLink', 'setUrl');
    return this;
  }
  setOpenAs(openAs: unknown): this {
    this.#openAs = checkEnum(openAs, 'OpenAs', 'OpenLink', 'setOpenAs');
    return this;
  }
  setOnClose(onClose: unknown): this {
    this.#onClose = checkEnum(onClose, 'OnClose', 'OpenLink', 'setOnClose');
    return this;
  }
  [toCardJson](): JsonObject {
    if (!this.#url) throw invalid('An OpenLink must have a URL (OpenLink.setUrl).');
    return defined({ url: this.#url, openAs: this.#openAs, onClose: this.#onClose });
  }
}

const onClickJson: unique symbol = Symbol('onClickJson');

/** The onClick of a clickable widget: like the proto's oneof, the last setter wins. */
abstract class Clickable {
  #onClick?: { action: Action } | { openLink: OpenLink };
  readonly #className: string;
  constructor(className: string) {
    this.#className = className;
  }
  setOnClickAction(action: unknown): this {
    this.#onClick = { action: checkInstance(action, [Action], this.#className, 'setOnClickAction') };
    return this;
  }
  setOpenLink(openLink: unknown): this {
    this.#onClick = { openLink: checkInstance(openLink, [OpenLink], this.#className, 'setOpenLink') };
    return this;
  }
  protected [onClickJson](): JsonObject | undefined {
    if (!this.#onClick) return undefined;
    return 'action' in this.#onClick
      ? { action: this.#onClick.action[toCardJson]() }
      : { openLink: this.#onClick.openLink[toCardJson]() };
  }
}

export class IconImage implements Serialisable {
  #icon?: { knownIcon: string } | { iconUrl: string };
  #altText?: string;
  #imageType?: string;
  setIcon(icon: unknown): this {
    this.#icon = { knownIcon: checkEnum(icon, 'Icon', 'IconImage', 'setIcon') };
    return this;
  }
  setIconUrl(url: unknown): this {
    this.#icon = { iconUrl: checkString(url, 'IconImage', 'setIconUrl') };
    return this;
  }
  setAltText(altText: unknown): this {
    this.#altText = checkString(altText, 'IconImage', 'setAltText');
    return this;
  }
  setImageCropType(cropType: unknown): this {
    this.#imageType = checkEnum(cropType, 'ImageCropType', 'IconImage', 'setImageCropType');
    return this;
  }
  [toCardJson](): JsonObject {
    if (!this.#icon) throw invalid('An IconImage must have an icon or an icon URL.');
    return defined({ ...this.#icon, altText: this.#altText, imageType: this.#imageType });
  }
}

/** "#rrggbb" → Card v1 Color, each component a fraction of 255. */
function colorFromHex(hex: string): JsonObject {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw invalid(`Invalid background color "${hex}": expected #rrggbb.`);
  const channel = (h: string | undefined) => parseInt(h ?? '', 16) / 255;
  return { red: channel(m[1]), green: channel(m[2]), blue: channel(m[3]) };
}

export class TextButton extends Clickable implements Serialisable {
  constructor() {
    super('TextButton');
  }
  #text?: string;
  #type?: string;
  #color?: JsonObject;
  #disabled?: boolean;
  #altText?: string;
  setText(text: unknown): this {
    this.#text = checkString(text, 'TextButton', 'setText');
    return this;
  }
  setTextButtonStyle(style: unknown): this {
    this.#type = checkEnum(style, 'TextButtonStyle', 'TextButton', 'setTextButtonStyle');
    return this;
  }
  setBackgroundColor(color: unknown): this {
    this.#color = colorFromHex(checkString(color, 'TextButton', 'setBackgroundColor'));
    return this;
  }
  setDisabled(disabled: unknown): this {
    this.#disabled = checkBoolean(disabled, 'TextButton', 'setDisabled');
    return this;
  }
  setAltText(altText: unknown): this {
    this.#altText = checkString(altText, 'TextButton', 'setAltText');
    return this;
  }
  /** Card v1 Button: text and onClick are required (HTTP add-on card schema). */
  [toCardJson](): JsonObject {
    if (!this.#text) throw invalid('A TextButton must have text (TextButton.setText).');
    const onClick = this[onClickJson]();
    if (!onClick) throw invalid(`The button "${this.#text}" has no action: set an onClick action or a link.`);
    return defined({
      text: this.#text,
      onClick,
      type: this.#type,
      color: this.#color,
      disabled: this.#disabled,
      altText: this.#altText,
    });
  }
}

export class ButtonSet implements Serialisable {
  readonly #buttons: TextButton[] = [];
  addButton(button: unknown): this {
    this.#buttons.push(checkInstance(button, [TextButton], 'ButtonSet', 'addButton'));
    return this;
  }
  [toCardJson](): JsonObject {
    return { buttonList: { buttons: this.#buttons.map((b) => b[toCardJson]()) } };
  }
}

export class TextParagraph implements Serialisable {
  #text?: string;
  setText(text: unknown): this {
    this.#text = checkString(text, 'TextParagraph', 'setText');
    return this;
  }
  [toCardJson](): JsonObject {
    if (this.#text === undefined) throw invalid('A TextParagraph must have text (TextParagraph.setText).');
    return { textParagraph: { text: this.#text } };
  }
}

export class DecoratedText extends Clickable implements Serialisable {
  constructor() {
    super('DecoratedText');
  }
  #text?: string;
  #topLabel?: string;
  #bottomLabel?: string;
  #wrapText?: boolean;
  #startIcon?: IconImage;
  #button?: TextButton;
  setText(text: unknown): this {
    this.#text = checkString(text, 'DecoratedText', 'setText');
    return this;
  }
  setTopLabel(text: unknown): this {
    this.#topLabel = checkString(text, 'DecoratedText', 'setTopLabel');
    return this;
  }
  setBottomLabel(text: unknown): this {
    this.#bottomLabel = checkString(text, 'DecoratedText', 'setBottomLabel');
    return this;
  }
  setWrapText(wrap: unknown): this {
    this.#wrapText = checkBoolean(wrap, 'DecoratedText', 'setWrapText');
    return this;
  }
  setStartIcon(icon: unknown): this {
    this.#startIcon = checkInstance(icon, [IconImage], 'DecoratedText', 'setStartIcon');
    return this;
  }
  setButton(button: unknown): this {
    this.#button = checkInstance(button, [TextButton], 'DecoratedText', 'setButton');
    return this;
  }
  /** Card v1 DecoratedText: "Required. The primary text." */
  [toCardJson](): JsonObject {
    if (this.#text === undefined) throw invalid('A DecoratedText must have text (DecoratedText.setText).');
    return {
      decoratedText: defined({
        text: this.#text,
        topLabel: this.#topLabel,
        bottomLabel: this.#bottomLabel,
        wrapText: this.#wrapText,
        startIcon: this.#startIcon?.[toCardJson](),
        button: this.#button?.[toCardJson](),
        onClick: this[onClickJson](),
      }),
    };
  }
}

export class Divider implements Serialisable {
  [toCardJson](): JsonObject {
    return { divider: {} };
  }
}

export class Image extends Clickable implements Serialisable {
  constructor() {
    super('Image');
  }
  #imageUrl?: string;
  #altText?: string;
  setImageUrl(url: unknown): this {
    this.#imageUrl = checkString(url, 'Image', 'setImageUrl');
    return this;
  }
  setAltText(altText: unknown): this {
    this.#altText = checkString(altText, 'Image', 'setAltText');
    return this;
  }
  [toCardJson](): JsonObject {
    if (!this.#imageUrl) throw invalid('An Image must have an image URL (Image.setImageUrl).');
    return {
      image: defined({ imageUrl: this.#imageUrl, altText: this.#altText, onClick: this[onClickJson]() }),
    };
  }
}
