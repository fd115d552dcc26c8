// DOM helpers for the playground page: elements are built node by node (never from HTML strings),
// so text from docs, events and cards can only ever be text.

/**
 * Creates an element. `props`: class, text, title, dataset, attrs, on (event → handler), style.
 * @example el('button', { class: 'btn', text: 'Save', on: { click: save } })
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = String(props.text);
  if (props.title) node.title = props.title;
  for (const [key, value] of Object.entries(props.dataset ?? {})) node.dataset[key] = String(value);
  for (const [key, value] of Object.entries(props.attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false)
      node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const [key, value] of Object.entries(props.style ?? {})) node.style.setProperty(key, value);
  for (const [event, handler] of Object.entries(props.on ?? {})) node.addEventListener(event, handler);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Removes every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

let toastTimer = null;

/** A short message at the bottom of the page; errors stay longer. */
export function toast(message, kind = 'info') {
  const box = document.getElementById('toast');
  if (!box) return;
  box.textContent = message;
  box.className = `toast show ${kind}`;
  box.dataset.kind = kind;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.className = 'toast'), kind === 'error' ? 8000 : 4000);
}

/** "Tue 20 Oct, 10:00" in a time zone. */
export function formatWhen(iso, timeZone, withWeekday = true) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: withWeekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The document id in a Google Docs URL, or null (mirrors dev/emulator/doc-links.ts). */
export function docIdOfUrl(url) {
  const m = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(
    String(url ?? ''),
  );
  return m ? m[1] : null;
}

/** Only web and mail links are followed; anything else (javascript:, data:) is dropped. */
export function safeHref(url) {
  return /^(https?:|mailto:)/i.test(String(url ?? '').trim()) ? String(url).trim() : null;
}

// Mirrors dev/playground/schemas.ts (isEmailAddress): the server checks the same rule again.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Whether a typed string is an e-mail address a guest can have (at most 64 characters before the @). */
export function isEmailAddress(text) {
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.length > 254) return false;
  const local = text.slice(0, at);
  return local.length <= 64 && LOCAL_PART.test(local) && DOMAIN.test(text.slice(at + 1));
}

/** What the page says about an address a person typed that is not one (shortened when long). */
export function notAnEmail(text) {
  const shown = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return text === ''
    ? 'Type the guest’s email address first.'
    : `“${shown}” is not an email address: use name@example.com, with at most 64 characters before the @.`;
}
