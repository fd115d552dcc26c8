// CardService's HTML subset rendered safely: <b> <i> <u> <s> <strike> <font color> <a href> <br>
// become elements, entities are decoded, and every other tag shows as plain text — never injected.
import { safeHref } from './ui.js';

const FORMATTING = { b: 'b', i: 'i', u: 'u', s: 's', strike: 's', font: 'span', a: 'a' };
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
const TOKEN = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))*)\s*(\/?)>|[^<]+|</g;
const COLOR = /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]{3,20})$/;

/** Decodes the entities CardService text uses. @example decodeEntities('a &amp; &lt;b&gt;') // 'a & <b>' */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+|#39);/g, (whole, name) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

function attribute(attrs, name) {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : null;
}

function openTag(name, attrs) {
  const node = document.createElement(FORMATTING[name]);
  if (name === 'font') {
    const color = attribute(attrs, 'color');
    if (color && COLOR.test(color)) node.style.color = color;
  }
  if (name === 'a') {
    const href = safeHref(attribute(attrs, 'href'));
    if (href) {
      node.href = href;
      node.target = '_blank';
      node.rel = 'noopener noreferrer';
    }
  }
  return node;
}

/**
 * A fragment for card text in CardService's HTML subset.
 * @example renderCardHtml('<b>Bob</b> &amp; <script>x</script>') // <b>Bob</b> & "<script>x</script>" as text
 */
export function renderCardHtml(text) {
  const root = document.createDocumentFragment();
  const stack = [{ name: null, node: root }];
  const top = () => stack[stack.length - 1].node;
  for (const m of String(text ?? '').matchAll(TOKEN)) {
    const [whole, closing, rawName, attrs, selfClosing] = m;
    const name = rawName?.toLowerCase();
    if (!rawName) {
      top().append(document.createTextNode(decodeEntities(whole)));
    } else if (name === 'br') {
      top().append(document.createElement('br'));
    } else if (!(name in FORMATTING)) {
      top().append(document.createTextNode(whole));
    } else if (closing) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
    } else if (!selfClosing) {
      const node = openTag(name, attrs ?? '');
      top().append(node);
      stack.push({ name, node });
    }
  }
  return root;
}
