// Test helper: random agenda docs as people write them, and the edits people make, as lines in
// the `renderDoc` format (so a doc is rebuilt with `buildDoc` after each edit). fast-check only.

import fc from 'fast-check';
import { TABLE_LINE } from './build-doc';

const TASKS = ['send the doc', 'Send  the DOC', 'book the room', '🎉 party', 'לשלוח את המסמך'];
const MARKERS = ['[ ] ', '[x] ', '☐ ', '✅ ', '[  ]', '[X] ', '☑\uFE0F ', ''];
const OPEN_MARKERS = ['[ ] ', '☐ ', '[]'];
const OWNERS = ['', 'Bob: ', 'alice@example.com: ', 'Priya: '];
const DUES = ['', ' (due 2026-11-30)', ' (due 2026-02-30)'];
const FROMS = ['', ' · from 2026-11-03'];
const HEADINGS = [
  '# Current focus',
  '# 2026-11-03 · Tuesday',
  '# 2026-11-10',
  '# 2026-11-17 · Tuesday',
  '# 2026-11-17 · again',
  '# 2026-13-45',
  '# Parking lot',
  '## Action items',
  '## Wins',
  '## Check-in',
];
const OTHER_LINES = ['free text', '', TABLE_LINE, 'see [ ] mid text', '- ', 'a · from 2026-11-10'];

/** One paragraph an item-minded person might write, struck, bold or bulleted at random. */
export const itemLine: fc.Arbitrary<string> = fc
  .record({
    marker: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...OPEN_MARKERS) }, fc.constantFrom(...MARKERS)),
    owner: fc.constantFrom(...OWNERS),
    task: fc.constantFrom(...TASKS),
    due: fc.constantFrom(...DUES),
    from: fc.constantFrom(...FROMS),
    look: fc.constantFrom('', '', '', '~~', '**', '~~**'),
    bullet: fc.boolean(),
  })
  .map(({ marker, owner, task, due, from, look, bullet }) => {
    const text = `${marker}${owner}${task}${due}${from}`;
    const closing = look.split('').reverse().join('');
    return `${bullet ? '- ' : ''}${look}${text}${closing}`;
  });

/** Any line of a doc people edited. */
export const humanLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: itemLine },
  { weight: 3, arbitrary: fc.constantFrom(...HEADINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_LINES) },
);

/** A doc people wrote and rearranged: lines in any order. */
export const humanDoc: fc.Arbitrary<string[]> = fc.array(humanLine, { maxLength: 16 });

/** An edit a person makes to a doc's lines. */
export type HumanEdit =
  | { readonly kind: 'insert'; readonly at: number; readonly line: string }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'strike'; readonly at: number }
  | { readonly kind: 'tick'; readonly at: number }
  | { readonly kind: 'move-block'; readonly at: number; readonly to: number };

export const humanEdit: fc.Arbitrary<HumanEdit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: humanLine }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('strike' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('tick' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move-block' as const), at: fc.nat(), to: fc.nat() }),
);

/** The lines after a person's edit. Positions wrap around the doc's length. */
export function applyHumanEdit(lines: readonly string[], edit: HumanEdit): string[] {
  const next = [...lines];
  const at = lines.length === 0 ? 0 : edit.at % lines.length;
  const line = next[at] ?? '';
  switch (edit.kind) {
    case 'insert':
      next.splice(edit.at % (lines.length + 1), 0, edit.line);
      return next;
    case 'delete':
      next.splice(at, 1);
      return next;
    case 'strike': {
      const [, prefix = '', text = ''] = /^((?:#+ |- )?)(.*)$/u.exec(line) ?? [];
      if (text !== '' && text !== TABLE_LINE && !text.startsWith('~~')) next[at] = `${prefix}~~${text}~~`;
      return next;
    }
    case 'tick':
      next[at] = line.replace('[ ]', '[x]');
      return next;
    case 'move-block': {
      const starts = lines.flatMap((candidate, index) => (candidate.startsWith('# ') ? [index] : []));
      const start = starts.length > 0 ? (starts[edit.at % starts.length] ?? 0) : 0;
      const end = starts.find((index) => index > start) ?? lines.length;
      const block = next.splice(start, end - start);
      next.splice(edit.to % (next.length + 1), 0, ...block);
      return next;
    }
  }
}
