import { carriedLine, itemIdentity, parseActionItem } from './action-item';
import { ALICE, BOB, PAIR } from './testing/pair';

describe('parseActionItem', () => {
  describe('when the text starts with an open marker', () => {
    it.each(['[ ] send the doc', '☐ send the doc'])('reads %p as an open item', (text) => {
      const item = parseActionItem(text, PAIR);
      expect(item).toMatchObject({ done: false, task: 'send the doc', identity: 'send the doc' });
    });

    it('says where the marker is, in UTF-16 code units', () => {
      expect(parseActionItem('[ ] send the doc', PAIR)).toMatchObject({
        marker: '[ ]',
        markerStart: 0,
        markerEnd: 3,
      });
    });
  });

  describe('when the item is done', () => {
    it.each(['[x] send', '[X] send', '☑ send', '☒ send', '✅ send'])('reads %p as done', (text) => {
      expect(parseActionItem(text, PAIR)?.done).toBe(true);
    });

    it('reads an open marker on a struck-through paragraph as done', () => {
      expect(parseActionItem('[ ] send', PAIR, { struck: true })?.done).toBe(true);
    });
  });

  describe('when it names an owner', () => {
    it('reads a first name of the pair, in any case', () => {
      expect(parseActionItem('[ ] bob: call Priya', PAIR)).toMatchObject({
        owner: BOB.email,
        task: 'call Priya',
      });
    });

    it('reads an email of the pair', () => {
      expect(parseActionItem('[ ] Alice@Example.com: book the room', PAIR)).toMatchObject({
        owner: ALICE.email,
        task: 'book the room',
      });
    });
  });

  it('reads a due date and leaves it out of the task', () => {
    expect(parseActionItem('[ ] send the doc (due 2026-11-27) to Priya', PAIR)).toMatchObject({
      due: '2026-11-27',
      task: 'send the doc to Priya',
    });
  });

  it('reads the from-suffix Tandem adds to a carried item', () => {
    const item = parseActionItem('[ ] Bob: send the doc (due 2026-11-27) · from 2026-11-17', PAIR);
    expect(item).toMatchObject({
      carriedFrom: '2026-11-17',
      owner: BOB.email,
      due: '2026-11-27',
      task: 'send the doc',
    });
  });

  it('gives a carried copy the identity of its original', () => {
    const original = parseActionItem('☐ Bob: Send  the doc (due 2026-11-27)', PAIR);
    const copy = parseActionItem('[ ] Bob: send the doc (due 2026-12-01) · from 2026-11-17', PAIR);
    expect(copy?.identity).toBe(original?.identity);
  });

  describe('edge cases', () => {
    it.each(['[  ] send', '[]send', '   [ ]   send', '[\u00A0] send', '[ x ] send', '\u200F[ ] send'])(
      'reads the odd spacing of %p',
      (text) => {
        expect(parseActionItem(text, PAIR)?.task).toBe('send');
      },
    );

    it('reads a marker after invisible marks at its true offset', () => {
      expect(parseActionItem('\u200F  [ ] send', PAIR)).toMatchObject({ markerStart: 3, markerEnd: 6 });
    });

    it('takes the emoji variation selector as part of the marker', () => {
      expect(parseActionItem('☑\uFE0F send', PAIR)).toMatchObject({
        marker: '☑\uFE0F',
        markerEnd: 2,
        task: 'send',
      });
    });

    it.each(['see [ ] later', 'send the doc', '[y] send', '[xx] send', '- [ ] send'])(
      'finds no item in %p',
      (text) => {
        expect(parseActionItem(text, PAIR)).toBeNull();
      },
    );

    it('finds no item when nothing follows the marker', () => {
      expect(parseActionItem('[ ]', PAIR)).toBeNull();
      expect(parseActionItem('[ ] Bob: (due 2026-11-27)', PAIR)).toBeNull();
    });

    it('keeps emoji and right-to-left text in the task', () => {
      expect(parseActionItem('[ ] 🎉 לשלוח את המסמך', PAIR)?.task).toBe('🎉 לשלוח את המסמך');
    });

    it('keeps an invalid due date out of the task and reports it', () => {
      expect(parseActionItem('[ ] send (due 2026-02-30)', PAIR)).toMatchObject({
        due: null,
        invalidDue: '2026-02-30',
        task: 'send',
      });
    });

    it('keeps an owner who is not in the pair in the task', () => {
      expect(parseActionItem('[ ] Priya: review', PAIR)).toMatchObject({
        owner: null,
        task: 'Priya: review',
      });
    });

    it('names no owner when both people share the first name', () => {
      const twins = [
        { email: 'sam@a.com', name: 'Sam A' },
        { email: 'sam@b.com', name: 'Sam B' },
      ];
      expect(parseActionItem('[ ] Sam: plan', twins)).toMatchObject({ owner: null, task: 'plan' });
    });

    it('keeps a from-suffix that is not at the end, or not a real date, in the task', () => {
      expect(parseActionItem('[ ] a · from 2026-11-17 then b', PAIR)?.carriedFrom).toBeNull();
      expect(parseActionItem('[ ] a · from 2026-02-30', PAIR)).toMatchObject({
        carriedFrom: null,
        task: 'a · from 2026-02-30',
      });
    });
  });
});

describe('itemIdentity', () => {
  it('ignores case and spacing', () => {
    expect(itemIdentity('  Send\tthe   DOC ')).toBe('send the doc');
  });

  it('treats composed and decomposed accents alike', () => {
    expect(itemIdentity('cafe\u0301')).toBe(itemIdentity('café'));
  });
});

describe('carriedLine', () => {
  it('writes an open marker, the text as written and where it came from', () => {
    const item = parseActionItem('☐ Bob: call Priya (due 2026-11-27)', PAIR);
    expect(item && carriedLine(item, '2026-11-17')).toBe(
      '[ ] Bob: call Priya (due 2026-11-27) · from 2026-11-17',
    );
  });

  it('keeps the first date of an item carried twice', () => {
    const item = parseActionItem('[ ] call Priya · from 2026-11-10', PAIR);
    expect(item && carriedLine(item, '2026-11-17')).toBe('[ ] call Priya · from 2026-11-10');
  });
});
