// The address of a Google Doc: one builder for the cards, the e-mails, the attachments and reviews.
import { docUrl } from './google-doc';

describe('docUrl', () => {
  it('opens the doc for editing', () => {
    expect(docUrl('1AbC_d-E')).toBe('https://docs.google.com/document/d/1AbC_d-E/edit');
  });

  it('opens one heading when given its id', () => {
    expect(docUrl('abc', 'h.x1y2')).toBe('https://docs.google.com/document/d/abc/edit#heading=h.x1y2');
  });

  describe('edge cases', () => {
    it('encodes an id or heading that is not URL-safe, so the link stays one link', () => {
      expect(docUrl('a/b?c', 'h 1')).toBe('https://docs.google.com/document/d/a%2Fb%3Fc/edit#heading=h%201');
    });

    it('treats an empty heading as none', () => {
      expect(docUrl('abc', '')).toBe('https://docs.google.com/document/d/abc/edit');
    });
  });
});
