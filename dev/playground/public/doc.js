// The Docs view: the agenda doc rendered from the Docs API's JSON (title, headings, bullets, struck
// text, links), editable paragraph by paragraph; each edit becomes batchUpdate requests on the server.
import * as api from './api.js';
import { clear, docIdOfUrl, el, safeHref, toast } from './ui.js';

/** Mirrors MAX_PARAGRAPH in dev/playground/schemas.ts. */
const MAX_PARAGRAPH = 10_000;

const STYLE_CLASS = {
  TITLE: 'p-title',
  SUBTITLE: 'p-subtitle',
  HEADING_1: 'p-h1',
  HEADING_2: 'p-h2',
  HEADING_3: 'p-h3',
  HEADING_4: 'p-h3',
  HEADING_5: 'p-h3',
  HEADING_6: 'p-h3',
};
const GLYPHS = ['●', '○', '■'];

export function createDocView(app) {
  const root = document.getElementById('doc-view');
  const picker = el('select', {
    dataset: { testid: 'doc-select' },
    on: { change: () => app.openDoc(picker.value || null) },
  });
  const title = el('div', { class: 'doc-name', dataset: { testid: 'doc-name' } });
  const page = el('div', { class: 'doc-page', dataset: { testid: 'doc-page' } });
  let doc = null;
  root.append(
    el('div', { class: 'doc-toolbar' }, el('span', { class: 'doc-icon', text: '▤' }), title, picker),
    el('div', { class: 'doc-scroll' }, page),
  );

  async function edit(payload) {
    try {
      const answer = await api.post('/api/doc/edit', {
        user: app.user(),
        docId: doc.docId,
        revisionId: doc.revisionId,
        edit: payload,
      });
      doc = answer.doc;
      render();
      await app.afterChange({ reloadPanel: false });
    } catch (e) {
      toast(e.message, 'error');
      if (e.status === 409) await load(doc.docId);
      else render();
    }
  }

  function run(r) {
    const classes = [r.bold && 'b', r.italic && 'i', r.underline && 'u', r.strike && 's']
      .filter(Boolean)
      .join(' ');
    const href = safeHref(r.link);
    if (!href) return el('span', { class: classes, text: r.text });
    const internal = docIdOfUrl(href);
    return el('a', {
      class: classes,
      text: r.text,
      attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
      on: internal ? { click: (e) => (e.preventDefault(), app.openDoc(internal)) } : {},
    });
  }

  function editor(initial, onSave, { bulletChoice } = {}) {
    const input = el('input', {
      class: 'para-input',
      attrs: { type: 'text' },
      dataset: { testid: 'para-input' },
    });
    input.value = initial;
    const bullet =
      bulletChoice === undefined
        ? null
        : el('input', {
            attrs: { type: 'checkbox', checked: bulletChoice },
            dataset: { testid: 'para-bullet' },
          });
    const save = () => {
      // Said before sending, and the editor stays open with what was typed.
      if (input.value.length > MAX_PARAGRAPH) {
        const over = (input.value.length - MAX_PARAGRAPH).toLocaleString('en');
        toast(
          `A paragraph can hold at most ${MAX_PARAGRAPH.toLocaleString('en')} characters here: this one is ${over} over. Shorten it, or split it into two.`,
          'error',
        );
        return;
      }
      onSave(input.value, bullet ? bullet.checked : undefined);
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') save();
      if (e.key === 'Escape') render();
    });
    const row = el(
      'div',
      { class: 'para-editor' },
      input,
      bullet ? el('label', { class: 'muted' }, bullet, ' bullet') : null,
      el('button', {
        class: 'btn btn-filled',
        text: 'Save',
        dataset: { testid: 'para-save' },
        on: { click: save },
      }),
      el('button', { class: 'btn', text: 'Cancel', on: { click: render } }),
    );
    setTimeout(() => input.focus(), 0);
    return row;
  }

  function paragraph(block) {
    const classes = [
      'para',
      STYLE_CLASS[block.style] ?? 'p-normal',
      block.bullet !== null ? 'bullet' : '',
      block.marker ? `marker-${block.marker}` : '',
    ];
    const content = el(
      'div',
      { class: 'para-text' },
      block.runs.length ? block.runs.map(run) : el('span', { class: 'empty', text: '\u200b' }),
    );
    const node = el('div', {
      class: classes.filter(Boolean).join(' '),
      dataset: { testid: 'doc-paragraph', at: block.at, style: block.style, marker: block.marker ?? '' },
    });
    if (block.bullet !== null) {
      node.style.setProperty('--level', String(block.bullet));
      node.append(el('span', { class: 'glyph', text: GLYPHS[block.bullet % 3] }));
    }
    node.append(content);
    if (block.text === null) return node;
    const tools = el(
      'span',
      { class: 'para-tools' },
      block.marker
        ? el('button', {
            class: 'tool',
            text: block.marker === 'open' ? '☐ Tick' : '☑ Untick',
            dataset: { testid: 'para-toggle' },
            on: { click: () => edit({ kind: 'toggle', at: block.at }) },
          })
        : null,
      el('button', {
        class: 'tool',
        text: '✎ Edit',
        dataset: { testid: 'para-edit' },
        on: {
          click: () =>
            node.replaceWith(editor(block.text, (text) => edit({ kind: 'replace', at: block.at, text }))),
        },
      }),
      el('button', {
        class: 'tool',
        text: '+ Add below',
        dataset: { testid: 'para-add' },
        on: {
          click: () =>
            node.after(
              editor('', (text, bullet) => edit({ kind: 'insertAfter', at: block.at, text, bullet }), {
                bulletChoice: block.bullet !== null,
              }),
            ),
        },
      }),
    );
    node.append(tools);
    return node;
  }

  function render() {
    clear(page);
    if (!doc) return;
    title.textContent = doc.title;
    for (const block of doc.blocks)
      page.append(
        block.kind === 'paragraph'
          ? paragraph(block)
          : el('div', { class: 'block-other', text: `[${block.label}]` }),
      );
  }

  async function fillPicker(current) {
    const user = app.user();
    const { docs } = await api.get('/api/docs', { user });
    picker.dataset.user = user;
    clear(picker).append(
      el('option', { text: docs.length ? 'Open a doc…' : 'No docs yet', attrs: { value: '' } }),
      ...docs.map((d) => el('option', { text: d.name, attrs: { value: d.id, selected: d.id === current } })),
    );
    return docs;
  }

  async function load(docId) {
    const docs = await fillPicker(docId);
    if (!docId) {
      doc = null;
      title.textContent = 'Docs';
      clear(page).append(
        el(
          'div',
          { class: 'doc-empty', dataset: { testid: 'doc-empty' } },
          docs.length
            ? `${docs.length} doc(s) shared with ${app.user()}: pick one above.`
            : `No docs for ${app.user()} yet. Open a 1:1 in the calendar: Tandem creates its agenda doc.`,
        ),
      );
      return null;
    }
    try {
      doc = await api.get('/api/doc', { user: app.user(), docId });
      render();
      return doc;
    } catch (e) {
      doc = null;
      clear(page).append(
        el('div', { class: 'doc-empty', dataset: { testid: 'doc-error' }, text: e.message }),
      );
      return null;
    }
  }

  return { load, current: () => doc };
}
