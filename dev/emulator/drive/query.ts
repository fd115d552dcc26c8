// The subset of Drive's search query language (files.list `q`) the emulator understands:
// appProperties/properties has { key='k' and value='v' }, trashed, mimeType, name, 'x' in owners,
// joined by `and`. Anything else is refused as Google refuses a bad query: 400 "Invalid Value".
import type { drive_v3 } from 'googleapis/build/src/apis/drive/v3';

export type QueryTerm =
  | { kind: 'appProperties' | 'properties'; key: string; value: string }
  | { kind: 'trashed'; equals: boolean; value: boolean }
  | { kind: 'mimeType' | 'name'; equals: boolean; value: string }
  | { kind: 'owner'; email: string };

export class QueryError extends Error {}

type Token =
  { type: 'string'; text: string } | { type: 'word'; text: string } | { type: 'symbol'; text: string };

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < q.length) {
    const ch = q[at] ?? '';
    if (/\s/.test(ch)) {
      at++;
    } else if (ch === "'") {
      let text = '';
      at++;
      while (at < q.length && q[at] !== "'") {
        if (q[at] === '\\') at++;
        text += q[at] ?? '';
        at++;
      }
      if (q[at] !== "'") throw new QueryError('unterminated string');
      at++;
      tokens.push({ type: 'string', text });
    } else if (q.startsWith('!=', at)) {
      tokens.push({ type: 'symbol', text: '!=' });
      at += 2;
    } else if ('={}()'.includes(ch)) {
      tokens.push({ type: 'symbol', text: ch });
      at++;
    } else {
      const word = /^[A-Za-z_][\w.]*/.exec(q.slice(at))?.[0];
      if (!word) throw new QueryError(`unexpected ${ch}`);
      tokens.push({ type: 'word', text: word });
      at += word.length;
    }
  }
  return tokens;
}

/**
 * Parses a files.list query into terms that must all hold.
 * @example parseQuery("appProperties has { key='tandemPair' and value='a b' } and trashed = false")
 * // [{ kind: 'appProperties', key: 'tandemPair', value: 'a b' }, { kind: 'trashed', equals: true, value: false }]
 */
export function parseQuery(q: string): QueryTerm[] {
  const tokens = tokenize(q);
  let at = 0;
  const next = (): Token => {
    const token = tokens[at++];
    if (!token) throw new QueryError('unexpected end of query');
    return token;
  };
  const expect = (type: Token['type'], text?: string): string => {
    const token = next();
    if (token.type !== type || (text !== undefined && token.text.toLowerCase() !== text.toLowerCase())) {
      throw new QueryError(`expected ${text ?? type}`);
    }
    return token.text;
  };
  const operator = (): boolean => {
    const op = expect('symbol');
    if (op !== '=' && op !== '!=') throw new QueryError('expected = or !=');
    return op === '=';
  };
  const terms: QueryTerm[] = [];
  for (;;) {
    const first = next();
    if (first.type === 'string') {
      expect('word', 'in');
      expect('word', 'owners');
      terms.push({ kind: 'owner', email: first.text.toLowerCase() });
    } else if (first.type === 'word' && (first.text === 'appProperties' || first.text === 'properties')) {
      expect('word', 'has');
      expect('symbol', '{');
      expect('word', 'key');
      expect('symbol', '=');
      const key = expect('string');
      expect('word', 'and');
      expect('word', 'value');
      expect('symbol', '=');
      const value = expect('string');
      expect('symbol', '}');
      terms.push({ kind: first.text, key, value });
    } else if (first.type === 'word' && first.text === 'trashed') {
      const equals = operator();
      const value = expect('word').toLowerCase();
      if (value !== 'true' && value !== 'false') throw new QueryError('trashed takes true or false');
      terms.push({ kind: 'trashed', equals, value: value === 'true' });
    } else if (first.type === 'word' && (first.text === 'mimeType' || first.text === 'name')) {
      const equals = operator();
      terms.push({ kind: first.text, equals, value: expect('string') });
    } else {
      throw new QueryError(`unsupported term ${first.text}`);
    }
    if (at >= tokens.length) return terms;
    expect('word', 'and');
  }
}

/** Whether a file, as the caller sees it, satisfies every term; `me` is the caller's email. */
export function matchesQuery(file: drive_v3.Schema$File, terms: QueryTerm[], me: string): boolean {
  return terms.every((term) => {
    switch (term.kind) {
      case 'appProperties':
      case 'properties':
        return file[term.kind]?.[term.key] === term.value;
      case 'trashed':
        return ((file.trashed === true) === term.value) === term.equals;
      case 'mimeType':
      case 'name':
        return (file[term.kind] === term.value) === term.equals;
      case 'owner': {
        const email = term.email === 'me' ? me : term.email;
        return (file.owners ?? []).some((o) => o.emailAddress?.toLowerCase() === email);
      }
    }
  });
}
