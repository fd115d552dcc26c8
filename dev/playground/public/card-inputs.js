// The card widgets a person fills in — selectionInput (dropdown, checkboxes, radio buttons, switches),
// textInput, dateTimePicker, a decoratedText's switch — and reading them back as the event's formInputs.
import { el } from './ui.js';

function onChange(node, action, handlers) {
  if (action) node.addEventListener('change', () => handlers.onChange(action, node));
}

function field(label, control, hint) {
  return el(
    'label',
    { class: 'w-field' },
    label ? el('span', { class: 'w-label', text: label }) : null,
    control,
    hint ? el('span', { class: 'w-hint', text: hint }) : null,
  );
}

function selection(w, handlers) {
  const name = w.name ?? '';
  const items = w.items ?? [];
  const type = w.type ?? 'CHECK_BOX';
  if (type === 'DROPDOWN') {
    const select = el(
      'select',
      { dataset: { inputName: name, inputKind: 'select' } },
      items.map((item) =>
        el('option', { text: item.text, attrs: { value: item.value, selected: item.selected === true } }),
      ),
    );
    onChange(select, w.onChangeAction, handlers);
    return field(w.label, select);
  }
  const inputType = type === 'RADIO_BUTTON' ? 'radio' : 'checkbox';
  const group = el(
    'fieldset',
    { class: `w-choices ${type === 'SWITCH' ? 'switches' : ''}` },
    w.label ? el('legend', { text: w.label }) : null,
    items.map((item) => {
      const input = el('input', {
        attrs: { type: inputType, name: `card-${name}`, value: item.value, checked: item.selected === true },
        dataset: { inputName: name, inputKind: 'check' },
      });
      onChange(input, w.onChangeAction, handlers);
      return el('label', { class: 'w-choice' }, input, el('span', { text: item.text }));
    }),
  );
  return group;
}

function textInput(w, handlers) {
  const multi = w.type === 'MULTIPLE_LINE';
  const control = el(multi ? 'textarea' : 'input', {
    attrs: {
      type: multi ? undefined : w.validation?.inputType === 'EMAIL' ? 'email' : 'text',
      maxlength: w.validation?.characterLimit,
    },
    dataset: { inputName: w.name ?? '', inputKind: 'text' },
  });
  control.value = w.value ?? '';
  onChange(control, w.onChangeAction, handlers);
  return field(w.label, control, w.hintText);
}

const pad = (n) => String(n).padStart(2, '0');

function dateTimePicker(w, handlers) {
  const type = w.type ?? 'DATE_AND_TIME';
  const offsetMinutes = Number(w.timezoneOffsetDate ?? 0);
  const ms = w.valueMsEpoch === undefined ? null : Number(w.valueMsEpoch);
  let control;
  if (type === 'DATE_ONLY') {
    control = el('input', {
      attrs: { type: 'date' },
      dataset: { inputName: w.name ?? '', inputKind: 'date' },
    });
    if (ms !== null && Number.isFinite(ms)) control.value = new Date(ms).toISOString().slice(0, 10);
  } else if (type === 'TIME_ONLY') {
    control = el('input', {
      attrs: { type: 'time' },
      dataset: { inputName: w.name ?? '', inputKind: 'time' },
    });
    if (ms !== null && Number.isFinite(ms)) {
      const d = new Date(ms + offsetMinutes * 60_000);
      control.value = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    }
  } else {
    control = el('input', {
      attrs: { type: 'datetime-local' },
      dataset: { inputName: w.name ?? '', inputKind: 'dateTime', offsetMinutes },
    });
    if (ms !== null && Number.isFinite(ms))
      control.value = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 16);
  }
  onChange(control, w.onChangeAction, handlers);
  return field(w.label, control);
}

/** A switch at the end of a decoratedText: a form input named like any other. */
export function renderSwitchControl(control, handlers) {
  const input = el('input', {
    class: control.controlType === 'CHECKBOX' ? '' : 'switch',
    attrs: { type: 'checkbox', value: control.value ?? 'on', checked: control.selected === true },
    dataset: { inputName: control.name ?? '', inputKind: 'check' },
  });
  onChange(input, control.onChangeAction, handlers);
  return input;
}

const RENDERERS = { selectionInput: selection, textInput, dateTimePicker };

export function renderInput(kind, w, handlers) {
  return RENDERERS[kind](w, handlers);
}

/**
 * The values of a card's inputs, keyed by input name, in the shape the server turns into
 * commonEventObject.formInputs. Empty inputs are left out, as Google leaves them out.
 */
export function collectForm(root) {
  const form = {};
  const add = (name, value) => {
    form[name] ??= { kind: 'string', values: [] };
    form[name].values.push(value);
  };
  for (const node of root.querySelectorAll('[data-input-name]')) {
    const name = node.dataset.inputName;
    if (!name) continue;
    const kind = node.dataset.inputKind;
    if (kind === 'text' || kind === 'time') {
      if (node.value !== '') add(name, node.value);
    } else if (kind === 'select') {
      for (const option of node.selectedOptions) add(name, option.value);
    } else if (kind === 'check') {
      if (node.checked) add(name, node.value);
    } else if (kind === 'date' && node.value) {
      form[name] = { kind: 'date', msSinceEpoch: Date.parse(`${node.value}T00:00:00Z`) };
    } else if (kind === 'dateTime' && node.value) {
      const offset = Number(node.dataset.offsetMinutes ?? 0);
      form[name] = { kind: 'dateTime', msSinceEpoch: Date.parse(`${node.value}:00Z`) - offset * 60_000 };
    }
  }
  return form;
}
