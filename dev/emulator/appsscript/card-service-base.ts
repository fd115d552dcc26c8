// Shared machinery of the emulated CardService: enum values, argument checks that fail as Apps Script
// does, and the hidden serialiser every builder implements (so no non-Apps-Script method is visible).

/** Card v1 JSON as the emulator prints it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Symbol-keyed, so `obj.someName()` for a name Apps Script lacks is still a TypeError. */
export const toCardJson: unique symbol = Symbol('toCardJson');
export interface Serialisable {
  [toCardJson](): JsonObject;
}

/** An Apps Script enum value, e.g. CardService.SelectionInputType.CHECK_BOX; prints as its name. */
export class EnumValue {
  readonly #enumName: string;
  readonly #name: string;
  constructor(enumName: string, name: string) {
    this.#enumName = enumName;
    this.#name = name;
  }
  toString(): string {
    return this.#name;
  }
  toJSON(): string {
    return this.#name;
  }
  static nameIn(value: unknown, enumName: string): string | null {
    return value instanceof EnumValue && value.#enumName === enumName ? value.#name : null;
  }
}

export function makeEnum<const K extends string>(
  enumName: string,
  names: readonly K[],
): Readonly<Record<K, EnumValue>> {
  const values = {} as Record<K, EnumValue>;
  for (const name of names) values[name] = new EnumValue(enumName, name);
  return Object.freeze(values);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) return 'Object[]';
  const name = (value as { constructor?: { name?: string } }).constructor?.name;
  return name && name !== 'Object' ? `CardService.${name}` : 'Object';
}

/**
 * The error Apps Script throws when a built-in method gets arguments of the wrong types, e.g.
 * "The parameters (String) don't match the method signature for CardService.TextButton.setDisabled."
 */
export function signatureError(className: string, method: string, args: readonly unknown[]): Error {
  const types = args.map(typeName).join(',');
  return new Error(
    `The parameters (${types}) don't match the method signature for CardService.${className}.${method}.`,
  );
}

export function checkString(value: unknown, className: string, method: string): string {
  if (typeof value !== 'string') throw signatureError(className, method, [value]);
  return value;
}

export function checkBoolean(value: unknown, className: string, method: string): boolean {
  if (typeof value !== 'boolean') throw signatureError(className, method, [value]);
  return value;
}

export function checkInteger(value: unknown, className: string, method: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw signatureError(className, method, [value]);
  return value;
}

export function checkEnum(value: unknown, enumName: string, className: string, method: string): string {
  const name = EnumValue.nameIn(value, enumName);
  if (name === null) throw signatureError(className, method, [value]);
  return name;
}

export function checkInstance<T>(
  value: unknown,
  types: readonly (abstract new (...args: never[]) => T)[],
  className: string,
  method: string,
): T {
  if (!types.some((type) => value instanceof type)) throw signatureError(className, method, [value]);
  return value as T;
}

/** A build()-time validation failure; Apps Script throws these as plain Errors ("Exception: …"). */
export function invalid(message: string): Error {
  return new Error(message);
}

/** Copies the keys that were set; the emulator prints only what the script set. */
export function defined(fields: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

/** An object returned by build(): a frozen snapshot of its JSON, printable like Apps Script's. */
export abstract class Built {
  readonly #json: JsonObject;
  constructor(json: JsonObject) {
    this.#json = json;
  }
  printJson(): string {
    return JSON.stringify(this.#json, null, 2);
  }
  [toCardJson](): JsonObject {
    return JSON.parse(JSON.stringify(this.#json)) as JsonObject;
  }
}
