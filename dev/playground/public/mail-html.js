// An e-mail's HTML version drawn as a mail client would, safely: the HTML is parsed in an inert
// document (no scripts run, no images load) and rebuilt from an allow-list of tags, as text nodes.
import { el, safeHref } from './ui.js';

/** The tags an e-mail may keep; any other element is replaced by its text. */
const KEPT = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'a',
  'div',
  'span',
]);
/** Elements whose content is never text a reader sees. */
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'iframe', 'object']);

function rebuild(node, onLink) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const tag = node.tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  const children = [...node.childNodes].map((child) => rebuild(child, onLink));
  if (!KEPT.has(tag)) return children;
  if (tag !== 'a') return el(tag, {}, children);
  const href = safeHref(node.getAttribute('href'));
  if (!href) return el('span', {}, children);
  return el(
    'a',
    {
      attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
      on: { click: (event) => onLink(href, event) },
    },
    children,
  );
}

/**
 * The body of an HTML e-mail as page nodes: only KEPT tags, only http(s)/mailto links (each passed
 * to `onLink` when clicked), no attributes otherwise, so no style, handler or script survives.
 *
 * @example mailHtml('<p>Hi <img src=x onerror=alert(1)></p>', open) // <p>Hi </p>
 */
export function mailHtml(html, onLink) {
  const parsed = new DOMParser().parseFromString(String(html), 'text/html');
  return [...parsed.body.childNodes].map((node) => rebuild(node, onLink)).flat(Infinity);
}
