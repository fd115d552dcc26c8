// Worlds for the browser tests: the sample world, plus a shared agenda doc for Alice and Bob
// written the way Tandem lays it out (title, a dated section, sub-headings, items, a link).
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { World } from '../../dev/emulator/world';
import { sampleWorld } from '../../dev/sample-world';

export const AGENDA_DOC_ID = 'agendaAliceBob';

function paragraph(text: string, namedStyleType = 'NORMAL_TEXT', textStyle: docs_v1.Schema$TextStyle = {}) {
  return {
    paragraph: {
      elements: [{ textRun: { content: `${text}\n`, textStyle } }],
      paragraphStyle: { namedStyleType, direction: 'LEFT_TO_RIGHT' },
    },
  };
}

/** The sample world with an agenda doc owned by Alice and shared with Bob as writer. */
export function worldWithAgendaDoc(): World {
  const world = sampleWorld();
  const linked = {
    paragraph: {
      elements: [
        { textRun: { content: 'Notes: ', textStyle: {} } },
        { textRun: { content: 'team wiki\n', textStyle: { link: { url: 'https://example.com/wiki' } } } },
      ],
      paragraphStyle: { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' },
    },
  };
  world.drive.files.push({
    id: AGENDA_DOC_ID,
    name: 'Alice Moreau & Bob Okafor · 1:1',
    mimeType: 'application/vnd.google-apps.document',
    owners: [{ emailAddress: 'alice@example.com' }],
    permissions: [
      { type: 'user', role: 'owner', emailAddress: 'alice@example.com' },
      { type: 'user', role: 'writer', emailAddress: 'bob@example.com' },
    ],
    document: {
      title: 'Alice Moreau & Bob Okafor · 1:1',
      body: {
        content: [
          paragraph('Alice Moreau & Bob Okafor · 1:1', 'TITLE'),
          paragraph('2026-10-20 · Tuesday', 'HEADING_1'),
          paragraph('Check-in', 'HEADING_2'),
          linked,
          paragraph('Action items', 'HEADING_2'),
          paragraph('[ ] Bob: send the deck to Priya'),
          paragraph('[ ] Alice: book the offsite room', 'NORMAL_TEXT', { strikethrough: true }),
        ],
      },
    },
  });
  return world;
}
