// Escaping by field, through the real bundle: a person named with markup (`<b>`, `&`, `<script>`)
// and a question typed with markup. HTML fields (decorated text, paragraphs, section headers) show
// them escaped; plain-text fields (a selection item, an attachment's title, a notification) and the
// doc get the text as it is.
import type { Card, RenderActions } from '../../src/ui/card';
import { CardScenario, shownCard, textsOf, widgetsOf } from './card-harness';
import { ALICE, BOB, cardWorld } from './worlds';

const ZOE = 'zoe@example.com';
const ZOE_NAME = '<b>Zoé</b> & <script>alert(1)</script>';
const ALICE_ZOE = `${ALICE} ${ZOE}`;
const QUESTION = 'Is <b>this</b> & <script>x</script> on track?';
const ENTITY = /&(?:amp|lt|gt|quot|#39);/;
const TZ = 'Europe/Paris';

function escaped(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function world() {
  const w = cardWorld();
  w.users.push({ email: ZOE, name: ZOE_NAME, timeZone: TZ, locale: 'en' });
  w.calendars[ALICE]!.events.push({
    id: 'guest1on1',
    summary: 'Alice / Zoé',
    organizer: { email: ALICE, displayName: 'Alice Moreau' },
    attendees: [
      { email: ALICE, organizer: true, responseStatus: 'accepted' },
      { email: ZOE, displayName: ZOE_NAME, responseStatus: 'accepted' },
    ],
    start: { dateTime: '2026-10-22T14:00:00', timeZone: TZ },
    end: { dateTime: '2026-10-22T14:30:00', timeZone: TZ },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TH'],
  });
  return w;
}

function selectionItems(card: Card): string[] {
  return widgetsOf(card).flatMap((w) =>
    'selectionInput' in w ? w.selectionInput.items.map((i) => i.text) : [],
  );
}

describe('a person named with markup, and a question typed with markup', () => {
  const s = new CardScenario(world());
  s.enableWhileBusy(ALICE); // no doc yet: the card creates it
  let attachment: RenderActions = {};

  it('the attachment a card returns is titled with the name as it is (a plain field)', () => {
    attachment = s.click(
      ALICE,
      'createDoc',
      { pairKey: ALICE_ZOE, seriesId: 'guest1on1' },
      { eventId: 'guest1on1' },
    ).response;
    const markup = attachment.hostAppAction;
    const title =
      markup && 'calendarAction' in markup
        ? markup.calendarAction.addAttachmentsActionMarkup.addonAttachments[0]?.title
        : '';
    expect(title).toContain(ZOE_NAME);
    expect(title).not.toMatch(ENTITY);
  });

  it('the event card shows the name escaped, where CardService reads HTML', () => {
    s.tick('2026-10-19T08:10:00Z'); // the first hourly run syncs
    const texts = textsOf(s.openEvent(ALICE, 'guest1on1').card);
    expect(texts).toContain(escaped(ZOE_NAME));
    expect(texts.join('\n')).not.toContain(ZOE_NAME);
  });

  it('the review notes’ 1:1 picker lists the name as it is, a selection item being plain text', () => {
    const form = shownCard(s.click(ALICE, 'reviewNotes', { pairKey: ALICE_ZOE }).response);
    expect(selectionItems(form)).toContain(ZOE_NAME);
    expect(selectionItems(form).filter((t) => ENTITY.test(t))).toEqual([]);
  });

  it('the question shows escaped in the sidebar; added, it lands in the doc as typed', () => {
    s.click(
      ALICE,
      'saveSettings',
      {},
      { form: { template: 'Check-in\nWins', customQuestions: `checkin: ${QUESTION}` } },
    );
    const docId = s.docId(ALICE, BOB); // the new check-in question leads its topic
    const sidebar = shownCard(
      s.click(ALICE, 'showTopic', { docId }, { docId, form: { topic: 'checkin' } }).response,
    );
    const widgets = widgetsOf(sidebar);
    const at = widgets.findIndex((w) => 'decoratedText' in w && w.decoratedText.text === escaped(QUESTION));
    expect(at).toBeGreaterThan(0);
    const below = widgets[at + 1];
    const add = below && 'buttonList' in below ? below.buttonList.buttons[0] : undefined;
    expect(add?.text).toBe('Add');
    const { response } = s.press(ALICE, add!, { docId });
    const note = response.action?.notification?.text ?? '';
    expect(note).not.toMatch(ENTITY);
    expect(s.lines(docId).some((line) => line.includes(QUESTION))).toBe(true);
    expect(s.lines(docId).some((line) => ENTITY.test(line))).toBe(false);
  });
});
