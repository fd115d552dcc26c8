// The emulated card structure: CardHeader, CardSection, FixedFooter and CardBuilder, whose build()
// validates as Card v1 requires and returns a Card that prints its JSON.
import type { JsonObject, Serialisable } from './card-service-base';
import {
  Built,
  checkBoolean,
  checkEnum,
  checkInstance,
  checkInteger,
  checkString,
  defined,
  invalid,
  toCardJson,
} from './card-service-base';
import { DatePicker, DateTimePicker, SelectionInput, TextInput } from './card-service-inputs';
import { ButtonSet, DecoratedText, Divider, Image, TextButton, TextParagraph } from './card-service-widgets';

/** What CardSection.addWidget accepts. */
const WIDGET_TYPES = [
  TextParagraph,
  DecoratedText,
  ButtonSet,
  Divider,
  Image,
  SelectionInput,
  TextInput,
  DatePicker,
  DateTimePicker,
] as const;
type Widget = InstanceType<(typeof WIDGET_TYPES)[number]>;

/**
 * Card v1 reference (google.apps.card.v1 Card): "You can add up to 100 widgets per card. If a section's
 * widgets push the total count above 100, that entire section and all following sections are ignored."
 */
export const MAX_WIDGETS_PER_CARD = 100;

export class CardHeader implements Serialisable {
  #title?: string;
  #subtitle?: string;
  #imageUrl?: string;
  #imageType?: string;
  #imageAltText?: string;
  setTitle(title: unknown): this {
    this.#title = checkString(title, 'CardHeader', 'setTitle');
    return this;
  }
  setSubtitle(subtitle: unknown): this {
    this.#subtitle = checkString(subtitle, 'CardHeader', 'setSubtitle');
    return this;
  }
  setImageUrl(url: unknown): this {
    this.#imageUrl = checkString(url, 'CardHeader', 'setImageUrl');
    return this;
  }
  setImageStyle(style: unknown): this {
    this.#imageType = checkEnum(style, 'ImageStyle', 'CardHeader', 'setImageStyle');
    return this;
  }
  setImageAltText(altText: unknown): this {
    this.#imageAltText = checkString(altText, 'CardHeader', 'setImageAltText');
    return this;
  }
  /** Card v1 CardHeader: "Required. The title of the card header." */
  [toCardJson](): JsonObject {
    if (!this.#title) throw invalid('A CardHeader must have a title (CardHeader.setTitle).');
    return defined({
      title: this.#title,
      subtitle: this.#subtitle,
      imageUrl: this.#imageUrl,
      imageType: this.#imageType,
      imageAltText: this.#imageAltText,
    });
  }
}

export class CardSection implements Serialisable {
  #header?: string;
  #collapsible?: boolean;
  #uncollapsible?: number;
  readonly #widgets: Widget[] = [];
  setHeader(header: unknown): this {
    this.#header = checkString(header, 'CardSection', 'setHeader');
    return this;
  }
  setCollapsible(collapsible: unknown): this {
    this.#collapsible = checkBoolean(collapsible, 'CardSection', 'setCollapsible');
    return this;
  }
  setNumUncollapsibleWidgets(count: unknown): this {
    this.#uncollapsible = checkInteger(count, 'CardSection', 'setNumUncollapsibleWidgets');
    return this;
  }
  addWidget(widget: unknown): this {
    this.#widgets.push(checkInstance<Widget>(widget, WIDGET_TYPES, 'CardSection', 'addWidget'));
    return this;
  }
  /** Card v1 Section.widgets: "Must contain at least one widget." */
  [toCardJson](): JsonObject {
    if (this.#widgets.length === 0) {
      throw invalid(
        `A CardSection must have at least one widget${this.#header ? ` ("${this.#header}")` : ''}.`,
      );
    }
    return defined({
      header: this.#header,
      collapsible: this.#collapsible,
      uncollapsibleWidgetsCount: this.#uncollapsible,
      widgets: this.#widgets.map((w) => w[toCardJson]()),
    });
  }
}

export class FixedFooter implements Serialisable {
  #primary?: TextButton;
  #secondary?: TextButton;
  setPrimaryButton(button: unknown): this {
    this.#primary = checkInstance(button, [TextButton], 'FixedFooter', 'setPrimaryButton');
    return this;
  }
  setSecondaryButton(button: unknown): this {
    this.#secondary = checkInstance(button, [TextButton], 'FixedFooter', 'setSecondaryButton');
    return this;
  }
  /** Card v1 CardFixedFooter: "If secondaryButton is set, you must also set primaryButton." */
  [toCardJson](): JsonObject {
    if (!this.#primary)
      throw invalid('A FixedFooter must have a primary button (FixedFooter.setPrimaryButton).');
    return defined({
      primaryButton: this.#primary[toCardJson](),
      secondaryButton: this.#secondary?.[toCardJson](),
    });
  }
}

/** A built card. */
export class Card extends Built {}

export class CardBuilder {
  #name?: string;
  #header?: CardHeader;
  readonly #sections: CardSection[] = [];
  #footer?: FixedFooter;
  setName(name: unknown): this {
    this.#name = checkString(name, 'CardBuilder', 'setName');
    return this;
  }
  setHeader(header: unknown): this {
    this.#header = checkInstance(header, [CardHeader], 'CardBuilder', 'setHeader');
    return this;
  }
  addSection(section: unknown): this {
    this.#sections.push(checkInstance(section, [CardSection], 'CardBuilder', 'addSection'));
    return this;
  }
  setFixedFooter(footer: unknown): this {
    this.#footer = checkInstance(footer, [FixedFooter], 'CardBuilder', 'setFixedFooter');
    return this;
  }
  /** Validates the whole card (HTTP add-on card schema: `sections` is required) and snapshots it. */
  build(): Card {
    if (this.#sections.length === 0)
      throw invalid('A card must have at least one section (CardBuilder.addSection).');
    const sections = this.#sections.map((s) => s[toCardJson]());
    return new Card(
      defined({
        name: this.#name,
        header: this.#header?.[toCardJson](),
        sections: withinWidgetLimit(sections),
        fixedFooter: this.#footer?.[toCardJson](),
      }),
    );
  }
}

function withinWidgetLimit(sections: JsonObject[]): JsonObject[] {
  let count = 0;
  const kept: JsonObject[] = [];
  for (const section of sections) {
    count += Array.isArray(section['widgets']) ? section['widgets'].length : 0;
    if (count > MAX_WIDGETS_PER_CARD) break;
    kept.push(section);
  }
  return kept;
}
