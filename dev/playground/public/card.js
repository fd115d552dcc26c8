// Renders Card v1 JSON (google.apps.card.v1, as CardService prints it) to the look of Google's add-on
// panel. Every widget Tandem uses has a renderer; anything else shows a visible placeholder box.
import { renderCardHtml } from './card-html.js';
import { renderInput, renderSwitchControl } from './card-inputs.js';
import { el } from './ui.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MAIL =
  'M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4l-8 5-8-5V6l8 5 8-5v2z';
// The icons Tandem's cards use, as Material Icons outlines (Apache 2.0) like CardService's own: an
// inline SVG needs no emoji or symbol font, so Debian's Chromium draws them as Google's panel does.
const DRAWN_ICONS = {
  PERSON:
    'M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z',
  CLOCK:
    'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z',
  DESCRIPTION:
    'M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z',
  EMAIL: MAIL,
  INVITE: MAIL,
};
// The others, drawn with symbols every Linux font stack has (DejaVu), so CI screenshots show them too.
const KNOWN_ICONS = {
  AIRPLANE: '✈',
  BOOKMARK: '⚑',
  BUS: '▭',
  CAR: '▭',
  CONFIRMATION_NUMBER_ICON: '#',
  DOLLAR: '$',
  EVENT_PERFORMER: '♫',
  EVENT_SEAT: '▢',
  FLIGHT_ARRIVAL: '✈',
  FLIGHT_DEPARTURE: '✈',
  HOTEL: '⌂',
  HOTEL_ROOM_TYPE: '⌂',
  MAP_PIN: '⌖',
  MEMBERSHIP: '▣',
  MULTIPLE_PEOPLE: '⚇',
  OFFER: '%',
  PHONE: '☎',
  RESTAURANT_ICON: '♨',
  SHOPPING_CART: '▦',
  STAR: '★',
  STORE: '⌂',
  TICKET: '▥',
  TRAIN: '▭',
  VIDEO_CAMERA: '▶',
  VIDEO_PLAY: '▶',
};
const CARD_KEYS = new Set(['name', 'header', 'sections', 'fixedFooter']);
const SECTION_KEYS = new Set(['header', 'collapsible', 'uncollapsibleWidgetsCount', 'widgets']);

/** A visible box for JSON the renderer does not know, so nothing is ever silently dropped. */
export function placeholder(what, json) {
  return el(
    'div',
    { class: 'w-unknown', dataset: { testid: 'unknown-widget', widget: what } },
    el('strong', { text: `Not rendered by the playground: ${what}` }),
    el('pre', { text: JSON.stringify(json, null, 2).slice(0, 600) }),
  );
}

function colorOf(color) {
  if (!color) return null;
  const c = (v) => Math.round(Math.min(1, Math.max(0, Number(v) || 0)) * 255);
  return `rgb(${c(color.red)}, ${c(color.green)}, ${c(color.blue)})`;
}

function clickable(node, onClick, handlers) {
  if (!onClick) return node;
  node.classList.add('clickable');
  node.tabIndex = 0;
  const fire = (event) => {
    event.stopPropagation();
    handlers.onClick(onClick, node);
  };
  node.addEventListener('click', fire);
  node.addEventListener('keydown', (event) => event.key === 'Enter' && fire(event));
  return node;
}

export function renderButton(button, handlers) {
  const type = (button.type ?? 'TEXT').toLowerCase();
  const node = el('button', {
    class: `btn btn-${type}${button.color ? ' btn-colored' : ''}`,
    text: button.text ?? button.altText ?? '(button)',
    title: button.altText,
    attrs: { type: 'button', disabled: button.disabled === true },
  });
  const bg = colorOf(button.color);
  if (bg) node.style.setProperty('--btn-color', bg);
  if (button.icon) node.prepend(iconOf(button.icon));
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    if (button.onClick) handlers.onClick(button.onClick, node);
  });
  return node;
}

/** An icon outline as an inline SVG, built node by node. */
function drawing(path) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS(SVG_NS, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

function iconOf(icon) {
  if (icon.knownIcon) {
    const path = DRAWN_ICONS[icon.knownIcon];
    return el(
      'span',
      {
        class: 'icon',
        text: path ? undefined : (KNOWN_ICONS[icon.knownIcon] ?? '•'),
        title: icon.altText ?? icon.knownIcon,
      },
      path ? drawing(path) : null,
    );
  }
  if (icon.materialIcon) return el('span', { class: 'icon', text: '◆', title: icon.materialIcon.name });
  const url = icon.iconUrl;
  if (url && /^(https?:|data:image\/)/i.test(url))
    return el('img', { class: 'icon', attrs: { src: url, alt: icon.altText ?? '' } });
  return el('span', { class: 'icon', text: '•' });
}

const WIDGETS = {
  textParagraph: (w) => el('div', { class: 'w-text' }, renderCardHtml(w.text)),
  decoratedText: (w, handlers) => {
    const icon = w.startIcon ?? w.icon;
    const node = el(
      'div',
      { class: `w-decorated${w.wrapText === false ? ' nowrap' : ''}` },
      icon ? iconOf(icon) : null,
      el(
        'div',
        { class: 'w-decorated-body' },
        w.topLabel ? el('div', { class: 'label-top' }, renderCardHtml(w.topLabel)) : null,
        el('div', { class: 'w-decorated-text' }, renderCardHtml(w.text)),
        w.bottomLabel ? el('div', { class: 'label-bottom' }, renderCardHtml(w.bottomLabel)) : null,
      ),
      w.button ? renderButton(w.button, handlers) : null,
      w.switchControl ? renderSwitchControl(w.switchControl, handlers) : null,
      w.endIcon ? iconOf(w.endIcon) : null,
    );
    return clickable(node, w.onClick, handlers);
  },
  buttonList: (w, handlers) =>
    el(
      'div',
      { class: 'w-buttons' },
      (w.buttons ?? []).map((b) => renderButton(b, handlers)),
    ),
  selectionInput: (w, handlers) => renderInput('selectionInput', w, handlers),
  textInput: (w, handlers) => renderInput('textInput', w, handlers),
  dateTimePicker: (w, handlers) => renderInput('dateTimePicker', w, handlers),
  divider: () => el('hr', { class: 'w-divider' }),
  image: (w, handlers) => {
    const ok = /^(https?:|data:image\/)/i.test(w.imageUrl ?? '');
    const node = ok
      ? el('img', { class: 'w-image', attrs: { src: w.imageUrl, alt: w.altText ?? '' } })
      : placeholder('image (no https URL)', w);
    return clickable(node, w.onClick, handlers);
  },
};

/** One widget: an object with exactly one known key (plus Google's optional horizontalAlignment). */
export function renderWidget(widget, handlers) {
  const keys = Object.keys(widget ?? {}).filter((k) => k !== 'horizontalAlignment' && k !== 'id');
  const [kind] = keys;
  const render = keys.length === 1 ? WIDGETS[kind] : undefined;
  if (!render) return placeholder(keys.join(' + ') || 'empty widget', widget);
  return el('div', { class: 'widget', dataset: { widget: kind } }, render(widget[kind], handlers));
}

function renderSection(section, handlers) {
  const widgets = (section.widgets ?? []).map((w) => renderWidget(w, handlers));
  const node = el(
    'div',
    { class: 'card-section' },
    section.header ? el('div', { class: 'section-header' }, renderCardHtml(section.header)) : null,
  );
  const visible = section.collapsible ? Math.max(0, section.uncollapsibleWidgetsCount ?? 0) : widgets.length;
  node.append(...widgets.slice(0, visible));
  if (widgets.length > visible) {
    const more = el('div', { class: 'section-more', attrs: { hidden: true } }, widgets.slice(visible));
    const toggle = el('button', {
      class: 'section-toggle',
      text: 'Show more',
      attrs: { type: 'button', 'aria-expanded': 'false' },
    });
    toggle.addEventListener('click', () => {
      const open = more.hidden;
      more.hidden = !open;
      toggle.textContent = open ? 'Show less' : 'Show more';
      toggle.setAttribute('aria-expanded', String(open));
    });
    node.append(more, toggle);
  }
  for (const key of Object.keys(section))
    if (!SECTION_KEYS.has(key)) node.append(placeholder(`section.${key}`, section[key]));
  return node;
}

/**
 * A card's body (header and sections). `handlers.onClick(onClick, sourceNode)` runs actions and links;
 * `handlers.onChange(action, sourceNode)` runs an input's onChangeAction.
 */
export function renderCard(card, handlers) {
  const node = el('div', { class: 'card', dataset: { testid: 'card', cardName: card?.name ?? '' } });
  if (!card || typeof card !== 'object') return placeholder('card (not an object)', card);
  if (card.header) {
    const h = card.header;
    node.append(
      el(
        'div',
        { class: 'card-header' },
        h.imageUrl && /^https?:/i.test(h.imageUrl)
          ? el('img', {
              class: `card-header-image ${(h.imageType ?? '').toLowerCase()}`,
              attrs: { src: h.imageUrl, alt: h.imageAltText ?? '' },
            })
          : null,
        el(
          'div',
          {},
          el('div', { class: 'card-title', dataset: { testid: 'card-title' } }, renderCardHtml(h.title)),
          h.subtitle ? el('div', { class: 'card-subtitle' }, renderCardHtml(h.subtitle)) : null,
        ),
      ),
    );
  }
  for (const section of card.sections ?? []) node.append(renderSection(section, handlers));
  for (const key of Object.keys(card))
    if (!CARD_KEYS.has(key)) node.append(placeholder(`card.${key}`, card[key]));
  return node;
}

/** The card's fixed footer (primary and secondary buttons), or null. */
export function renderFooter(card, handlers) {
  const footer = card?.fixedFooter;
  if (!footer) return null;
  return el(
    'div',
    { class: 'card-footer', dataset: { testid: 'card-footer' } },
    footer.secondaryButton ? renderButton({ type: 'OUTLINED', ...footer.secondaryButton }, handlers) : null,
    footer.primaryButton ? renderButton({ type: 'FILLED', ...footer.primaryButton }, handlers) : null,
  );
}
