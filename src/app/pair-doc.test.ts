// Attaching the pair's doc to a series: other attachments kept, never a 26th (Calendar's limit,
// https://developers.google.com/calendar/api/v3/reference/events — "attachments[]: up to 25").
import type { CalendarEvent } from '../ports';
import { agendaAttachment, attachmentPatch, detachmentPatch, MAX_ATTACHMENTS } from './pair-doc';

const DOC = 'application/vnd.google-apps.document';
const other = (i: number) => ({
  fileUrl: `https://example.com/f${i}`,
  fileId: `f${i}`,
  title: `File ${i}`,
  mimeType: 'application/pdf',
});

describe('attachmentPatch', () => {
  it('adds the doc after the attachments already there and records it in private properties', () => {
    const series: CalendarEvent = { id: 's', attachments: [other(1)] };
    const patch = attachmentPatch(series, 'doc1', 'A & B · 1:1');
    expect(patch?.attachments?.map((a) => a.fileId)).toEqual(['f1', 'doc1']);
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
    expect(detachmentPatch(series, 'doc1')?.attachments?.map((a) => a.fileId)).toEqual(['f1', 'f2']);
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
