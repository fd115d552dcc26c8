// Attaching the pair's doc to a series: other attachments kept, never a 26th (Calendar's limit,
// https://developers.google.com/calendar/api/v3/reference/events — "attachments[]: up to 25").
import type { CalendarEvent } from '../ports';
import {
  agendaAttachment,
  attachmentPatch,
  detachmentPatch,
  MAX_ATTACHMENTS,
  nameOnSeries,
  traceComment,
  tracedDoc,
} from './pair-doc';

const DOC = 'application/vnd.google-apps.document';
const other = (i: number) => ({
  fileUrl: `https://example.com/f${i}`,
  fileId: `f${i}`,
  title: `File ${i}`,
  mimeType: 'application/pdf',
});

const docUrlOf = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

describe('attachmentPatch', () => {
  it('adds the doc after the attachments already there and records it in private properties', () => {
    const series: CalendarEvent = { id: 's', attachments: [other(1)] };
    const patch = attachmentPatch(series, 'doc1', 'A & B · 1:1');
    expect(patch?.attachments?.map((a) => a.fileUrl)).toEqual([other(1).fileUrl, docUrlOf('doc1')]);
    // fileId is read-only: never sent.
    expect(patch?.attachments?.map((a) => a.fileId)).toEqual([undefined, undefined]);
    expect(patch?.attachments?.[1]).toMatchObject({ mimeType: DOC, title: 'A & B · 1:1' });
    expect(patch?.extendedProperties?.private).toEqual({ tandemDocId: 'doc1' });
  });

  it('asks for nothing when the doc is attached and recorded', () => {
    const series: CalendarEvent = {
      attachments: [{ fileId: 'doc1', fileUrl: 'https://docs.google.com/document/d/doc1/edit' }],
      extendedProperties: { private: { tandemDocId: 'doc1' } },
    };
    expect(attachmentPatch(series, 'doc1', 't')).toBeNull();
  });

  it('never makes a 26th attachment, but still records the doc', () => {
    const series: CalendarEvent = {
      attachments: Array.from({ length: MAX_ATTACHMENTS }, (_, i) => other(i)),
    };
    const patch = attachmentPatch(series, 'doc1', 't');
    expect(patch?.attachments).toBeUndefined();
    expect(patch?.extendedProperties?.private?.tandemDocId).toBe('doc1');
  });
});

describe('detachmentPatch', () => {
  it("takes off only Tandem's doc, keeping the rest", () => {
    const series: CalendarEvent = { attachments: [other(1), { fileId: 'doc1', mimeType: DOC }, other(2)] };
    expect(detachmentPatch(series, 'doc1')?.attachments?.map((a) => a.fileUrl)).toEqual([
      other(1).fileUrl,
      other(2).fileUrl,
    ]);
  });

  it('asks for nothing when the doc is not on the series', () => {
    expect(detachmentPatch({ attachments: [other(1)] }, 'doc1')).toBeNull();
  });
});

describe('agendaAttachment', () => {
  it('finds a Google Doc titled like an agenda', () => {
    expect(
      agendaAttachment({
        attachments: [other(1), { fileId: 'd', mimeType: DOC, title: 'Alice & Bob · 1:1' }],
      }),
    ).toBe('d');
  });

  it('ignores other docs, so a design doc is never taken for the agenda', () => {
    expect(
      agendaAttachment({ attachments: [{ fileId: 'd', mimeType: DOC, title: 'Design: billing migration' }] }),
    ).toBeNull();
  });
});

describe('names and docs a Tandem title on the series gives', () => {
  const ALICE = 'alice@acme.test';
  const BOB = 'bob@acme.test';
  const series = (extra: object) => ({
    organizer: { email: ALICE },
    attendees: [{ email: ALICE, organizer: true }, { email: BOB }],
    ...extra,
  });

  it('reads the organizer first from the attachment the organizer’s Tandem wrote', () => {
    const attached = series({
      attachments: [
        {
          fileId: 'doc1',
          fileUrl: 'https://docs.google.com/document/d/doc1/edit',
          title: 'Alice Moreau & Bob Okafor · 1:1',
          mimeType: 'application/vnd.google-apps.document',
        },
      ],
    });
    expect(nameOnSeries(attached, ALICE)).toBe('Alice Moreau');
    expect(nameOnSeries(attached, BOB)).toBe('Bob Okafor');
  });

  it('reads a guest first from the trace in the guest’s own comment, and keeps their words', () => {
    const comment = traceComment('Running late', 'doc2', 'Bob Okafor & Alice Moreau · 1:1');
    expect(comment).toBe(
      'Running late\nTandem agenda: https://docs.google.com/document/d/doc2/edit (Bob Okafor & Alice Moreau · 1:1)',
    );
    const traced = series({
      attendees: [
        { email: ALICE, organizer: true },
        { email: BOB, comment },
      ],
    });
    expect(tracedDoc(traced, BOB)).toBe('doc2');
    expect(tracedDoc(traced, ALICE)).toBeNull();
    expect(nameOnSeries(traced, BOB)).toBe('Bob Okafor');
    expect(nameOnSeries(traced, ALICE)).toBe('Alice Moreau');
    // Written again, the trace replaces the old one rather than stacking.
    expect(traceComment(comment, 'doc3', 'Bob Okafor & Alice Moreau · 1:1').split('\n')).toHaveLength(2);
  });

  it('knows no name when Calendar and the titles give none', () => {
    expect(nameOnSeries(series({}), BOB)).toBeNull();
  });
});
