// Test helper: what a Card v1 JSON card shows and offers, read the way a person sees it — its texts,
// its buttons and where they lead, its form inputs — for the view tests here and the tests in test/.
import {
  DISPATCH_FUNCTION,
  type Button,
  type Card,
  type SelectionInput,
  type TextInput,
  type Widget,
} from '../card';

export function widgetsOf(card: Card): Widget[] {
  return card.sections.flatMap((s) => s.widgets);
}

/** Every text the card shows (headers, paragraphs, labels, buttons), one string per piece. */
export function textsOf(card: Card): string[] {
  const out: string[] = [];
  if (card.header) out.push(card.header.title, ...(card.header.subtitle ? [card.header.subtitle] : []));
  for (const section of card.sections) {
    if (section.header) out.push(section.header);
    for (const widget of section.widgets) {
      if ('textParagraph' in widget) out.push(widget.textParagraph.text);
      if ('decoratedText' in widget) {
        const d = widget.decoratedText;
        out.push(...[d.topLabel, d.text, d.bottomLabel].filter((t): t is string => t !== undefined));
      }
    }
  }
  out.push(...buttonsOf(card).map((b) => b.text));
  return out;
}

export function textOf(card: Card): string {
  return textsOf(card).join('\n');
}

/** The buttons of button lists, beside texts and in the fixed footer, in card order. */
export function buttonsOf(card: Card): Button[] {
  const out: Button[] = [];
  for (const widget of widgetsOf(card)) {
    if ('buttonList' in widget) out.push(...widget.buttonList.buttons);
    if ('decoratedText' in widget && widget.decoratedText.button) out.push(widget.decoratedText.button);
  }
  if (card.fixedFooter) {
    out.push(card.fixedFooter.primaryButton);
    if (card.fixedFooter.secondaryButton) out.push(card.fixedFooter.secondaryButton);
  }
  return out;
}

export function routeOf(button: Button): { action: string; params: Record<string, string> } {
  if (!('action' in button.onClick)) throw new Error(`"${button.text}" opens a link`);
  const params: Record<string, string> = {};
  for (const { key, value } of button.onClick.action.parameters ?? []) params[key] = value;
  const { action = '', ...rest } = params;
  return { action, params: rest };
}

/** The words on every button. */
export function buttonTextsOf(card: Card): string[] {
  return buttonsOf(card).map((b) => b.text);
}

/** The buttons that call a route, with their parameters. */
export function routesOf(card: Card): { text: string; action: string; params: Record<string, string> }[] {
  return buttonsOf(card)
    .filter((b) => 'action' in b.onClick)
    .map((b) => ({ text: b.text, ...routeOf(b) }));
}

export function button(card: Card, text: string): Button {
  const found = buttonsOf(card).find((b) => b.text === text);
  if (!found)
    throw new Error(
      `no "${text}" button; has ${buttonsOf(card)
        .map((b) => `"${b.text}"`)
        .join(', ')}`,
    );
  return found;
}

export function linkOf(card: Card, text: string): string {
  const found = button(card, text);
  if (!('openLink' in found.onClick)) throw new Error(`"${text}" is not a link`);
  return found.onClick.openLink.url;
}

/** The buttons that open a link, with the link. */
export function linksOf(card: Card): { text: string; url: string }[] {
  return buttonsOf(card).flatMap((b) =>
    'openLink' in b.onClick ? [{ text: b.text, url: b.onClick.openLink.url }] : [],
  );
}

/**
 * Every dispatchAction call anywhere in the card (buttons, clickable texts, inputs' change
 * actions), as its parameters with the route under `action`.
 */
export function actionsOf(card: Card): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.function === DISPATCH_FUNCTION && Array.isArray(o.parameters)) {
        found.push(
          Object.fromEntries((o.parameters as { key: string; value: string }[]).map((p) => [p.key, p.value])),
        );
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return found;
}

export function textInputOf(card: Card, name: string): TextInput | undefined {
  for (const widget of widgetsOf(card))
    if ('textInput' in widget && widget.textInput.name === name) return widget.textInput;
  return undefined;
}

export function selectionOf(card: Card, name: string): SelectionInput | undefined {
  for (const widget of widgetsOf(card))
    if ('selectionInput' in widget && widget.selectionInput.name === name) return widget.selectionInput;
  return undefined;
}

/** The values selected in the selection input `name` (none when the card has no such input). */
export function selectedOf(card: Card, name: string): string[] {
  return (selectionOf(card, name)?.items ?? []).filter((i) => i.selected).map((i) => i.value);
}

/** What a form card holds now, as the form inputs its Save would send. */
export function formValues(card: Card): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const w of widgetsOf(card)) {
    if ('textInput' in w) values[w.textInput.name] = w.textInput.value ?? '';
    if ('selectionInput' in w) {
      const chosen = w.selectionInput.items.filter((i) => i.selected).map((i) => i.value);
      if (chosen.length > 0) values[w.selectionInput.name] = chosen;
    }
  }
  return values;
}

/**
 * Where CardService renders its HTML subset, as (the object's key → its string fields): a section
 * header, a text paragraph, a decorated text's text and labels. Every other shown string is plain
 * text (a button, a selection item, an input's label or value, the card header, a notification).
 */
const HTML_FIELDS: Readonly<Record<string, readonly string[]>> = {
  sections: ['header'],
  textParagraph: ['text'],
  decoratedText: ['text', 'topLabel', 'bottomLabel'],
};
/** Keys whose strings are data, never shown (a typed value, a route parameter, a URL). */
const DATA_KEYS = new Set(['value', 'parameters', 'url', 'name', 'function', 'valueMsEpoch']);

export interface ShownString {
  key: string;
  value: string;
  /** Whether CardService reads it as its HTML subset (else it shows it as it is). */
  html: boolean;
}

/** Every string the card shows, with the key it sits under and whether it is read as HTML. */
export function shownStrings(node: unknown, key = '', parent = ''): ShownString[] {
  if (typeof node === 'string')
    return [{ key, value: node, html: HTML_FIELDS[parent]?.includes(key) ?? false }];
  if (Array.isArray(node)) return node.flatMap((child) => shownStrings(child, key, parent));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (DATA_KEYS.has(k) ? [] : shownStrings(v, k, key)));
  }
  return [];
}

/** Every string the card shows, inputs and their choices included, joined: for "the card says …". */
export function cardText(json: unknown): string {
  return shownStrings(json)
    .map(({ value }) => value)
    .join('\n');
}

/** The shown strings CardService shows as they are (no markup, no entities). */
export function plainStrings(json: unknown): ShownString[] {
  return shownStrings(json).filter((s) => !s.html);
}

/** All text the card shows as markup, joined. */
export function markupText(json: unknown): string {
  return shownStrings(json)
    .filter((s) => s.html)
    .map((s) => s.value)
    .join('\n');
}

/** The markup Tandem itself writes; any other tag in a card came from someone's text. */
const OWN_TAG = /<(?:b|\/b|br|\/font|font color="#[0-9a-f]{6}")>/g;

/** Shown strings that hold a tag Tandem does not write, or an `&` that starts no entity. */
export function unsafeStrings(json: Card): string[] {
  return shownStrings(json)
    .filter(({ html }) => html)
    .map(({ value }) => value)
    .filter((value) => {
      const rest = value.replace(OWN_TAG, '');
      return /[<>]/.test(rest) || /&(?!(?:amp|lt|gt|quot|#39);)/.test(rest);
    });
}
