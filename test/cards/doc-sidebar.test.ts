// The Docs sidebar through the real bundle: file access (drive.file), an agenda's next meeting,
// "mark done" with revision control, "prepare next meeting now", the questions that fit now and a
// topic picker whose choice survives every press.
import { CardScenario, button, callsOf, routesOf, shownCard, textOf } from './card-harness';
import { section } from '../harness';
import { ALICE, ALICE_BOB, BOB, cardWorld, writeInSection } from './worlds';

const TWO_CALLS = { 'drive.files.get': 1, 'docs.documents.get': 1 };

function synced(): CardScenario {
  const s = new CardScenario(cardWorld());
  s.enable(ALICE);
  s.tick('2026-10-19T07:05:00Z');
  return s;
}

describe('the Docs sidebar', () => {
  describe('when Tandem may not open the doc yet', () => {
    const s = synced();
    const docId = s.docId(ALICE, BOB);

    it('asks for access, without any API call', () => {
      const { result, card } = s.openDoc(BOB, docId);
      expect(callsOf(result)).toEqual({});
      expect(textOf(card)).toContain('Tandem needs your OK to open this doc');
      expect(routesOf(card)).toEqual([
        { text: 'Allow access to this doc', action: 'grantFileScope', params: {} },
      ]);
    });

    it('the button asks Docs for file access (EditorFileScopeActionResponse)', () => {
      const { response } = s.click(BOB, 'grantFileScope', {}, { docId });
      expect(response).toEqual({
        hostAppAction: { editorAction: { requestFileScopeForActiveDocument: {} } },
      });
    });

    it('once granted, the guest sees the agenda of the pair, in two calls', () => {
      const { result, card } = s.grantFileScope(BOB, docId);
      expect(callsOf(result)).toEqual(TWO_CALLS);
      expect(textOf(card)).toContain('1:1 with');
      expect(textOf(card)).toContain(ALICE);
      expect(routesOf(card)).toContainEqual({
        text: 'Review notes',
        action: 'reviewNotes',
        params: { pairKey: ALICE_BOB },
      });
    });

    it('a guest whose Tandem never saw the series still gets the next meeting (from the doc) and names', () => {
      const { card } = s.grantFileScope(BOB, docId);
      expect(textOf(card)).toContain('Alice Moreau');
      expect(textOf(card)).not.toContain('no upcoming meeting');
      expect(textOf(card)).toContain('Next meeting · tomorrow');
      expect(textOf(card)).toContain('Its section is ready in the doc.');
    });
  });

  describe('when the doc is not a Tandem agenda', () => {
    it('says so plainly, in one call', () => {
      const s = synced();
      const file = s.ws.drive
        .driveService(s.ws.personContext(ALICE))
        .Files.create({ name: 'Notes', mimeType: 'application/vnd.google-apps.document' }, null, {}) as {
        id: string;
      };
      s.ws.drive.grantFileScope(ALICE, file.id);
      const { result, card } = s.openDoc(ALICE, file.id);
      expect(callsOf(result)).toEqual({ 'drive.files.get': 1 });
      expect(textOf(card)).toContain('<b>This doc isn’t a Tandem agenda.</b>');
      expect(routesOf(card)).toEqual([]);
    });
  });

  describe('when the doc is the pair’s agenda', () => {
    const s = synced();
    const docId = s.docId(ALICE, BOB);
    writeInSection(s, BOB, docId, '2026-10-20', '[ ] Bob: send the design doc to Priya (due 2026-10-23)');
    writeInSection(s, ALICE, docId, '2026-10-20', '☐ Alice: book the offsite room');

    it('shows the next meeting, its open items with "mark done", and the questions that fit now, in two calls', () => {
      const { result, card } = s.openDoc(ALICE, docId);
      expect(callsOf(result)).toEqual(TWO_CALLS);
      expect(card.sections[0]!.header).toBe('Next meeting · tomorrow at 10:00');
      expect(textOf(card)).toContain('Its section is ready in the doc.');
      const done = routesOf(card).filter((r) => r.action === 'markDone');
      expect(done).toEqual([
        {
          text: 'Mark done',
          action: 'markDone',
          params: { docId, item: '2026-10-20 send the design doc to priya' },
        },
        {
          text: 'Mark done',
          action: 'markDone',
          params: { docId, item: '2026-10-20 book the offsite room' },
        },
      ]);
      const headers = card.sections.map((x) => x.header);
      expect(headers.slice(2)).toEqual([
        'Questions to ask',
        'More questions',
        'Private notes',
        'Review notes',
      ]);
      expect(routesOf(card)).toContainEqual({
        text: 'My private notes',
        action: 'privateNotes',
        params: { pairKey: ALICE_BOB, docId },
      });
      const lead = routesOf(card).filter((r) => r.action === 'addQuestion');
      expect(lead).toHaveLength(3);
      expect(lead.every((r) => r.params.questionId?.startsWith('first-'))).toBe(true); // a new pair
      expect(card.sections.some((x) => x.collapsible)).toBe(false);
    });

    it('offers every other topic in one picker, first 1:1s first for a new pair', () => {
      const card = s.openDoc(ALICE, docId).card;
      const picker = card.sections[3]!.widgets[0]!;
      const items = 'selectionInput' in picker ? picker.selectionInput.items : [];
      expect(items.map((i) => i.text).slice(0, 3)).toEqual([
        'Choose a topic',
        'First 1:1s',
        'Check-in and well-being',
      ]);
      expect(items).toHaveLength(11);
    });

    it('picking a topic shows its questions, and any press after keeps that topic open', () => {
      const opened = s.click(ALICE, 'showTopic', { docId }, { docId, form: { topic: 'growth' } });
      const card = shownCard(opened.response);
      const growth = routesOf(card).filter((r) => r.params.questionId?.startsWith('growth-'));
      expect(growth).toHaveLength(5);
      // The next press (here "mark done") carries the topic in its parameters: the card comes back
      // with the same topic open, not collapsed to the top.
      const done = routesOf(card).find((r) => r.action === 'markDone')!;
      expect(done.params.topic).toBe('growth');
      const after = shownCard(s.click(ALICE, 'markDone', done.params, { docId }).response);
      expect(routesOf(after).filter((r) => r.params.questionId?.startsWith('growth-'))).toHaveLength(5);
      const picker = after.sections.find((x) => x.header === 'More questions')!.widgets[0]!;
      const selected =
        'selectionInput' in picker ? picker.selectionInput.items.find((i) => i.selected) : null;
      expect(selected?.value).toBe('growth');
    });

    it('"mark done" ticks the item in the doc and the sidebar drops it', () => {
      const card = s.openDoc(ALICE, docId).card;
      const press = s.press(ALICE, button(card, 'Mark done'), { docId });
      expect(press.response.action?.notification?.text).toBe('Marked done.');
      expect(section(s.lines(docId), '2026-10-20')).toContain(
        '[x] Bob: send the design doc to Priya (due 2026-10-23)',
      );
      expect(textOf(shownCard(press.response))).not.toContain('send the design doc');
      expect(callsOf(press.result)['docs.documents.batchUpdate']).toBe(1);
    });

    it('a second tab pressing the same "mark done" edits nothing', () => {
      const before = s.document(docId).revisionId;
      const again = s.click(
        ALICE,
        'markDone',
        { docId, item: '2026-10-20 send the design doc to priya' },
        { docId },
      );
      expect(again.response.action?.notification?.text).toBe('That item was already done.');
      expect(s.document(docId).revisionId).toBe(before);
      expect(callsOf(again.result)['docs.documents.batchUpdate']).toBeUndefined();
    });

    it('"add" puts a question under the next meeting’s Check-in', () => {
      const picked = s.click(ALICE, 'showTopic', { docId }, { docId, form: { topic: 'checkin' } });
      const card = shownCard(picked.response);
      const add = routesOf(card).find(
        (r) => r.action === 'addQuestion' && r.params.questionId?.startsWith('checkin'),
      )!;
      const { response } = s.click(ALICE, 'addQuestion', add.params, { docId });
      expect(response.action?.notification?.text).toBe('Added to the agenda for tomorrow at 10:00.');
      expect(section(s.lines(docId), '2026-10-20')[1]).toBe('## Check-in');
      expect(section(s.lines(docId), '2026-10-20')[2]).toMatch(/^- .+\?$/);
      expect(shownCard(response).name).toBe('sidebar');
    });

    it('"prepare next meeting now" writes a section people removed back', () => {
      const doc = s.document(docId);
      const content = doc.body?.content ?? [];
      const start = content.find((e) =>
        (e.paragraph?.elements?.[0]?.textRun?.content ?? '').startsWith('2026-10-20'),
      )!.startIndex!;
      s.edit(ALICE, docId, [
        {
          deleteContentRange: {
            range: { startIndex: start, endIndex: (content[content.length - 1]!.endIndex ?? 2) - 1 },
          },
        },
      ]);
      const card = s.openDoc(ALICE, docId).card;
      expect(textOf(card)).toContain('Its section isn’t in the doc yet.');
      const { response } = s.press(ALICE, button(card, 'Prepare next meeting now'), { docId });
      expect(response.action?.notification?.text).toBe('The agenda for tomorrow at 10:00 is ready.');
      expect(section(s.lines(docId), '2026-10-20').slice(0, 2)).toEqual([
        '# 2026-10-20 · Tuesday',
        '## Check-in',
      ]);
    });

    it('a guest pressing "prepare" is told the organizer’s Tandem looks after the doc', () => {
      s.enable(BOB);
      s.tick('2026-10-19T07:20:00Z');
      s.ws.drive.grantFileScope(BOB, docId);
      const before = s.lines(docId);
      const { response } = s.click(BOB, 'prepareNow', { docId }, { docId });
      expect(textOf(shownCard(response))).toContain('Alice Moreau’s Tandem looks after this doc');
      expect(s.lines(docId)).toEqual(before);
    });

    it('"review notes" opens the form with this pair chosen', () => {
      const { response } = s.click(ALICE, 'reviewNotes', { pairKey: ALICE_BOB }, { docId });
      const form = shownCard(response);
      expect(form.name).toBe('review');
      const pairInput = form.sections
        .flatMap((x) => x.widgets)
        .find((w) => 'selectionInput' in w && w.selectionInput.name === 'pair');
      expect(pairInput).toBeDefined();
      const items = pairInput && 'selectionInput' in pairInput ? pairInput.selectionInput.items : [];
      expect(items.filter((i) => i.selected).map((i) => i.value)).toEqual([ALICE_BOB]);
    });
  });
});
