// Names instead of addresses: a doc made while Calendar gave only e-mail addresses is titled
// `alice@… & bob@… · 1:1`; once the names are known, Tandem retitles it — only while the title is
// still one Tandem wrote, never one a person changed.

import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { AgendaParagraph } from './paragraph';
import { parseAgenda } from './parse';
import type { Person } from './people';
import { agendaIntro, agendaTitle } from './plan-new-agenda';
import { oneLine, rewriteText } from './requests';
import { DEFAULT_TEMPLATE, type Template } from './template';

/** Every way Tandem could have named these two people: each one by name or by address. */
function namings(people: readonly Person[]): Person[][] {
  const [a, b] = people;
  if (!a || !b) return [];
  const ways = (p: Person): Person[] => [
    { email: p.email, name: p.name },
    { email: p.email, name: null },
  ];
  return ways(a).flatMap((x) => ways(b).map((y) => [x, y]));
}

/**
 * Requests that rename the people in the doc's header — its TITLE and the intro lines under it —
 * when Tandem wrote them with an address where a name is now known; only lines still exactly as
 * Tandem wrote them, never one a person changed. None when nothing needs it.
 *
 * @example
 * planRetitle(docTitled('alice@acme.test & bob@acme.test · 1:1'), [alice, bob], DEFAULT_TEMPLATE)
 * // the title becomes 'Alice Moreau & Bob Okafor · 1:1', the intro 'Alice and Bob: this doc…'
 */
export function planRetitle(
  document: docs_v1.Schema$Document,
  people: readonly Person[],
  template: Template = DEFAULT_TEMPLATE,
): docs_v1.Schema$Request[] {
  const agenda = parseAgenda(document, people);
  const preamble = agenda.blocks.find((block) => block.kind === 'preamble');
  const paragraphs = (preamble?.content ?? []).filter(
    (e): e is AgendaParagraph => e.kind === 'paragraph' && e.text !== '',
  );
  const title = paragraphs.find((p) => p.style === 'TITLE');
  const intro = paragraphs.filter((p) => p.style === 'NORMAL_TEXT');
  const wantedTitle = agendaTitle(people);
  const wantedIntro = agendaIntro(people, template);
  const edits: { at: number; length: number; text: string }[] = [];
  const ways = namings(people);
  if (title && title.text !== wantedTitle && ways.some((w) => agendaTitle(w) === title.text)) {
    edits.push({ at: title.startIndex, length: title.text.length, text: wantedTitle });
  }
  const introOf = intro.map((p) => p.text);
  const wroteIntro = ways.some((w) => JSON.stringify(agendaIntro(w, template)) === JSON.stringify(introOf));
  if (wroteIntro && JSON.stringify(introOf) !== JSON.stringify(wantedIntro)) {
    intro.forEach((p, i) =>
      edits.push({ at: p.startIndex, length: p.text.length, text: wantedIntro[i] ?? '' }),
    );
  }
  // From the bottom up, so each rewrite leaves the indices of those above it as they were.
  return edits
    .sort((x, y) => y.at - x.at)
    .flatMap((edit) => rewriteText(edit.at, edit.length, oneLine(edit.text)));
}
