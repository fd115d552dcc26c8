// The emulated CardService form inputs (SelectionInput, TextInput, DatePicker, DateTimePicker), each
// printing its Card v1 JSON and failing at build() where a required field is missing.
import type { Json, JsonObject, Serialisable } from './card-service-base';
import {
  checkBoolean,
  checkEnum,
  checkInstance,
  checkInteger,
  checkString,
  defined,
  invalid,
  signatureError,
  toCardJson,
} from './card-service-base';
import { Action } from './card-service-widgets';

/** Card v1 SelectionInput: "Required. The name that identifies the selection input in a form input event." */
export class SelectionInput implements Serialisable {
  #name?: string;
  #label?: string;
  #type?: string;
  readonly #items: Json[] = [];
  #onChangeAction?: Action;
  setFieldName(name: unknown): this {
    this.#name = checkString(name, 'SelectionInput', 'setFieldName');
    return this;
  }
  setTitle(title: unknown): this {
    this.#label = checkString(title, 'SelectionInput', 'setTitle');
    return this;
  }
  setType(type: unknown): this {
    this.#type = checkEnum(type, 'SelectionInputType', 'SelectionInput', 'setType');
    return this;
  }
  /** Apps Script takes any text and value (printed as strings) and a Boolean `selected`. */
  addItem(text: unknown, value: unknown, selected: unknown): this {
    if (typeof selected !== 'boolean')
      throw signatureError('SelectionInput', 'addItem', [text, value, selected]);
    this.#items.push({ text: String(text), value: String(value), selected });
    return this;
  }
  setOnChangeAction(action: unknown): this {
    this.#onChangeAction = checkInstance(action, [Action], 'SelectionInput', 'setOnChangeAction');
    return this;
  }
  [toCardJson](): JsonObject {
    if (!this.#name) throw invalid('A SelectionInput must have a field name (SelectionInput.setFieldName).');
    return {
      selectionInput: defined({
        name: this.#name,
        label: this.#label,
        type: this.#type,
        items: [...this.#items],
        onChangeAction: this.#onChangeAction?.[toCardJson](),
      }),
    };
  }
}

export class Validation implements Serialisable {
  #characterLimit?: number;
  #inputType?: string;
  setCharacterLimit(limit: unknown): this {
    this.#characterLimit = checkInteger(limit, 'Validation', 'setCharacterLimit');
    return this;
  }
  setInputType(inputType: unknown): this {
    this.#inputType = checkEnum(inputType, 'InputType', 'Validation', 'setInputType');
    return this;
  }
  [toCardJson](): JsonObject {
    return defined({ characterLimit: this.#characterLimit, inputType: this.#inputType });
  }
}

/** Card v1 TextInput: a name, and a label or a hint ("Required if label is unspecified"). */
export class TextInput implements Serialisable {
  #name?: string;
  #label?: string;
  #hintText?: string;
  #value?: string;
  #type?: string;
  #onChangeAction?: Action;
  #validation?: Validation;
  setFieldName(name: unknown): this {
    this.#name = checkString(name, 'TextInput', 'setFieldName');
    return this;
  }
  setTitle(title: unknown): this {
    this.#label = checkString(title, 'TextInput', 'setTitle');
    return this;
  }
  setHint(hint: unknown): this {
    this.#hintText = checkString(hint, 'TextInput', 'setHint');
    return this;
  }
  setValue(value: unknown): this {
    this.#value = checkString(value, 'TextInput', 'setValue');
    return this;
  }
  setMultiline(multiline: unknown): this {
    this.#type = checkBoolean(multiline, 'TextInput', 'setMultiline') ? 'MULTIPLE_LINE' : 'SINGLE_LINE';
    return this;
  }
  setOnChangeAction(action: unknown): this {
    this.#onChangeAction = checkInstance(action, [Action], 'TextInput', 'setOnChangeAction');
    return this;
  }
  setValidation(validation: unknown): this {
    this.#validation = checkInstance(validation, [Validation], 'TextInput', 'setValidation');
    return this;
  }
  [toCardJson](): JsonObject {
    if (!this.#name) throw invalid('A TextInput must have a field name (TextInput.setFieldName).');
    if (this.#label === undefined && this.#hintText === undefined) {
      throw invalid(`The TextInput "${this.#name}" needs a title or a hint.`);
    }
    return {
      textInput: defined({
        name: this.#name,
        label: this.#label,
        hintText: this.#hintText,
        value: this.#value,
        type: this.#type,
        onChangeAction: this.#onChangeAction?.[toCardJson](),
        validation: this.#validation?.[toCardJson](),
      }),
    };
  }
}

/** Milliseconds since the epoch, as the int64 decimal string Card v1 JSON uses. */
function msEpoch(value: unknown, className: string): string {
  const ms = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    throw signatureError(className, 'setValueInMsSinceEpoch', [value]);
  return String(Math.trunc(ms));
}

const pickerFields: unique symbol = Symbol('pickerFields');

/** Both pickers print as Card v1 `dateTimePicker`, told apart by `type`. */
abstract class Picker implements Serialisable {
  #name?: string;
  #label?: string;
  #valueMsEpoch?: string;
  #onChangeAction?: Action;
  readonly #className: string;
  readonly #type: string;
  constructor(className: string, type: string) {
    this.#className = className;
    this.#type = type;
  }
  setFieldName(name: unknown): this {
    this.#name = checkString(name, this.#className, 'setFieldName');
    return this;
  }
  setTitle(title: unknown): this {
    this.#label = checkString(title, this.#className, 'setTitle');
    return this;
  }
  setValueInMsSinceEpoch(value: unknown): this {
    this.#valueMsEpoch = msEpoch(value, this.#className);
    return this;
  }
  setOnChangeAction(action: unknown): this {
    this.#onChangeAction = checkInstance(action, [Action], this.#className, 'setOnChangeAction');
    return this;
  }
  protected abstract [pickerFields](): JsonObject;
  [toCardJson](): JsonObject {
    if (!this.#name)
      throw invalid(`A ${this.#className} must have a field name (${this.#className}.setFieldName).`);
    return {
      dateTimePicker: defined({
        name: this.#name,
        label: this.#label,
        type: this.#type,
        valueMsEpoch: this.#valueMsEpoch,
        ...this[pickerFields](),
        onChangeAction: this.#onChangeAction?.[toCardJson](),
      }),
    };
  }
}

export class DatePicker extends Picker {
  constructor() {
    super('DatePicker', 'DATE_ONLY');
  }
  protected [pickerFields](): JsonObject {
    return {};
  }
}

export class DateTimePicker extends Picker {
  #offsetMinutes?: number;
  constructor() {
    super('DateTimePicker', 'DATE_AND_TIME');
  }
  setTimeZoneOffsetInMins(minutes: unknown): this {
    this.#offsetMinutes = checkInteger(minutes, 'DateTimePicker', 'setTimeZoneOffsetInMins');
    return this;
  }
  protected [pickerFields](): JsonObject {
    return this.#offsetMinutes === undefined ? {} : { timezoneOffsetDate: this.#offsetMinutes };
  }
}
