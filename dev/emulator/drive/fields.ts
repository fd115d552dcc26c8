// The `fields` system parameter: a partial-response mask such as "files(id,appProperties),
// nextPageToken" or "*". Fields that are asked for but absent are simply left out.

export type FieldTree = Map<string, FieldTree | true>;

export class FieldSelectionError extends Error {}

/**
 * Parses a fields mask; "a/b" is the same as "a(b)".
 * @example parseFieldMask('files(id,name),nextPageToken') // Map { files → Map{id, name}, nextPageToken }
 */
export function parseFieldMask(mask: string): FieldTree {
  let at = 0;
  const parseList = (closing: boolean): FieldTree => {
    const tree: FieldTree = new Map();
    for (;;) {
      const match = /^\s*([A-Za-z_*][\w*]*(?:\/[A-Za-z_*][\w*]*)*)\s*/.exec(mask.slice(at));
      if (!match?.[1]) throw new FieldSelectionError(mask.slice(at) || mask);
      at += match[0].length;
      const path = match[1].split('/');
      let node: FieldTree | true = true;
      if (mask[at] === '(') {
        at++;
        node = parseList(true);
        if (mask[at] !== ')') throw new FieldSelectionError(mask);
        at++;
      }
      for (const key of path.slice(1).reverse()) node = new Map([[key, node]]);
      merge(tree, path[0] ?? '', node);
      while (mask[at] === ' ') at++;
      if (mask[at] === ',') {
        at++;
        continue;
      }
      if ((closing && mask[at] === ')') || (!closing && at >= mask.length)) return tree;
      throw new FieldSelectionError(mask.slice(at));
    }
  };
  return parseList(false);
}

function merge(tree: FieldTree, key: string, node: FieldTree | true): void {
  const existing = tree.get(key);
  if (!existing) tree.set(key, node);
  else if (existing === true || node === true) tree.set(key, true);
  else for (const [k, v] of node) merge(existing, k, v);
}

/** The top-level names a mask selects, for validating them against a resource's known fields. */
export function topLevelFields(tree: FieldTree): string[] {
  return [...tree.keys()];
}

/** A copy of `value` keeping only the selected fields; arrays are filtered element by element. */
export function selectFields<T>(value: T, tree: FieldTree): T {
  if (Array.isArray(value)) return value.map((v) => selectFields(v, tree)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (tree.get('*') === true) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    out[key] = sub === true ? structuredClone(field) : selectFields(field, sub);
  }
  return out as T;
}
