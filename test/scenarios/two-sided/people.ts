// A person of the story: turns Tandem on (or never does), opens the event card, the Docs sidebar and
// the homepage and presses every button offered, writes and ticks in the doc as a person, changes
// the template, moves and cancels meetings. Every press is checked for what its words promise.
import type { docs_v1 } from 'googleapis/build/src/apis/docs/v1';
import type { Card, RenderActions } from '../../../src/ui/card';
import type { PressOptions } from '../../../dev/driver/driver';
import { shownCard } from '../../cards/card-harness';
import { formValues, linksOf, routesOf, textOf } from '../../../src/ui/testing/read-card';
import { writeInSection } from '../../cards/worlds';
import { checkCard, checkOpened, failureOf, kindOf, plain, type CardKind } from './card-checks';
import { bare, itemOfLine, sectionsOf, type StoryItem } from './notebook';
import { checkEffect, questionText, type Route } from './press-effects';
import type { Story } from './story';
import { parisDateTime, type Occurrence } from './story-world';
import { sectionFor } from './world-checks';

/** The buttons the story presses, in this order, once each per card. */
const PRESSED = [
  'createDoc',
  'addQuestion',
  'markDone',
  'moreQuestions',
  'prepareNow',
  'refresh',
  'reviewNotes',
  'privateNotes',
];
/** Buttons seen and left alone, and why. */
const LEFT_ALONE: Readonly<Record<string, string>> = {
  turnOn: 'the story decides who turns Tandem on',
  turnOff: 'would end the story for that person',
  excludeSeries: 'would end the story',
  includeSeries: 'the series is never excluded',
  openSettings: 'pressed when the template changes',
  createReviewNotes: 'makes a private doc, outside this story',
  back: 'only leaves a pushed card',
};

export class Person {
  constructor(
    private readonly story: Story,
    readonly email: string,
  ) {}

  private get s() {
    return this.story.s;
  }

  turnOn(): void {
    this.story.step(`${this.email} turns Tandem on`, () => {
      const result = this.s.enable(this.email);
      const failure = failureOf(result, result.value as RenderActions);
      this.story.ledger.check(
        'noFailingOffer',
        failure === null,
        () => `"Turn on" for ${this.email}: ${failure}`,
      );
      this.story.on.add(this.email);
    });
  }

  openHomepage(): void {
    let card: Card | null = null;
    this.story.step(`${this.email} opens the homepage`, () => {
      const run = this.s.homepage(this.email);
      checkOpened(this.story, this.email, 'home', run.result, run.card);
      card = run.card;
    });
    if (card) this.pressAll(card, 'home', {});
  }

  /** Opens the card of the next meeting in Calendar and presses what it offers. */
  openEventCard(): void {
    const next = this.story.schedule.next(this.story.now);
    if (!next) return;
    const where = { eventId: next.instanceId };
    let card: Card | null = null;
    this.story.step(`${this.email} opens the event card`, () => {
      const run = this.s.openEvent(this.email, next.instanceId);
      checkOpened(this.story, this.email, 'event', run.result, run.card);
      card = run.card;
    });
    if (card) this.pressAll(card, 'event', where);
  }

  /** Opens the agenda doc with Tandem's sidebar beside it and presses what it offers (or only looks). */
  openSidebar(mode: 'press' | 'look' = 'press'): void {
    const docId = this.story.docId();
    if (!docId) return;
    let card: Card | null = null;
    this.story.step(`${this.email} ${mode === 'look' ? 'looks at' : 'opens'} the Docs sidebar`, () => {
      const run = this.s.openDoc(this.email, docId);
      checkOpened(this.story, this.email, 'sidebar', run.result, run.card);
      card = run.card;
    });
    if (card && mode === 'press') this.pressAll(card, 'sidebar', { docId });
  }

  /** Presses each kind of button the card offers once, on the card as it is after each press. */
  private pressAll(first: Card, kind: CardKind, where: PressOptions, depth = 0): void {
    let current = first;
    const done = new Set<string>();
    for (const link of linksOf(current)) this.checkLink(kind, link);
    for (;;) {
      const routes = routesOf(current);
      for (const r of routes)
        if (!PRESSED.includes(r.action) && r.action !== 'grantFileScope')
          this.story.ledger.notPressed.set(r.text, LEFT_ALONE[r.action] ?? 'not in the story');
      const grant = routes.find((r) => r.action === 'grantFileScope');
      if (grant && where.docId) return this.allowAccess(grant, where.docId, depth);
      const route = PRESSED.map((a) => routes.find((r) => r.action === a && !done.has(a))).find((r) => r);
      if (!route || depth > 2) return;
      done.add(route.action);
      const shown = this.press(route, current, kind, where, depth);
      if (shown && shown.name === current.name) current = shown;
    }
  }

  private checkLink(kind: CardKind, link: { text: string; url: string }): void {
    const docId = this.story.docId();
    if (link.text !== 'Open agenda' || !docId) return;
    this.story.ledger.check(
      'buttonsWork',
      link.url.includes(docId),
      () =>
        `"Open agenda" on the ${kind} card of ${this.email} opens ${link.url}, not the pair's doc ${docId}`,
    );
  }

  /** "Allow access": Docs asks the person, who accepts; the sidebar then opens on the doc. */
  private allowAccess(grant: Route, docId: string, depth: number): void {
    let card: Card | null = null;
    this.story.step(`${this.email} presses "${grant.text}" and accepts`, () => {
      const run = this.s.click(this.email, grant.action, grant.params, { docId });
      const asked = run.response.hostAppAction && 'editorAction' in run.response.hostAppAction;
      this.story.ledger.check(
        'noFailingOffer',
        Boolean(asked),
        () => `"${grant.text}" answered ${JSON.stringify(run.response).slice(0, 200)}`,
      );
      const granted = this.s.grantFileScope(this.email, docId);
      checkOpened(this.story, this.email, 'sidebar', granted.result, granted.card);
      card = granted.card;
    });
    this.story.ledger.pressed.set(grant.text, (this.story.ledger.pressed.get(grant.text) ?? 0) + 1);
    if (card && depth < 2 && !routesOf(card).some((r) => r.action === 'grantFileScope'))
      this.pressAll(card, 'sidebar', { docId }, depth + 1);
  }

  /** One press, checked: no failure, and the effect its words promise. Returns the card it shows. */
  private press(route: Route, card: Card, kind: CardKind, where: PressOptions, depth: number): Card | null {
    const { ledger } = this.story;
    ledger.pressed.set(route.text, (ledger.pressed.get(route.text) ?? 0) + 1);
    const question =
      route.action === 'addQuestion' ? questionText(card, route.params.questionId ?? '') : null;
    let shown: Card | null = null;
    let pushed: Card | null = null;
    this.story.step(`${this.email} presses "${route.text}" on the ${kind} card`, () => {
      const run = this.s.click(this.email, route.action, route.params, where);
      const failure = failureOf(run.result, run.response);
      ledger.check('noFailingOffer', failure === null, () => `"${route.text}" for ${this.email}: ${failure}`);
      const navigations = run.response.action?.navigations ?? [];
      const next = navigations.length > 0 ? shownCard(run.response) : null;
      if (next && next.name !== 'error') checkCard(this.story, this.email, kindOf(next, kind), next);
      if (navigations.some((n) => 'pushCard' in n)) pushed = next;
      else shown = next;
      if (failure === null) checkEffect(this.story, this.email, route, run, question);
    });
    if (pushed && route.action === 'moreQuestions' && depth < 1)
      this.pressAll(pushed, kind, where, depth + 1);
    if (route.action === 'createDoc' && kind === 'event') {
      this.openEventCard();
      return null;
    }
    return shown;
  }

  // ——— the doc, as a person edits it ———

  /** Writes a line at the end of the section of `o` (or of the date given), as a person types it. */
  write(text: string, o: Occurrence | string, label: string): void {
    const { story } = this;
    const docId = story.docId();
    if (!docId) return;
    story.step(`${this.email} writes ${label}`, () => {
      const date =
        typeof o === 'string' ? o : sectionFor(story.schedule, sectionsOf(this.s.lines(docId)), o)?.date;
      if (
        !story.ledger.check(
          'sectionPerMeeting',
          date !== undefined,
          () => `${this.email} found no section to write “${text}” in`,
        )
      )
        return;
      writeInSection(this.s, this.email, docId, date!, text);
      story.notebook.wrote(this.email, date!, text);
    });
  }

  /** Ticks one open item, in the section of `o` (a carried copy) or where it was first written. */
  tick(
    pick: (items: StoryItem[]) => StoryItem | undefined,
    o: Occurrence | 'where written',
    label: string,
  ): void {
    const { story } = this;
    const docId = story.docId();
    const item = pick(story.notebook.open());
    if (!docId || !item) return;
    story.step(`${this.email} ticks ${label}`, () => {
      const sections = sectionsOf(this.s.lines(docId));
      const date = o === 'where written' ? item.writtenIn : sectionFor(story.schedule, sections, o)?.date;
      const at = date ? openMarkerAt(this.s.document(docId), date, item.identity) : null;
      if (!at) return; // not there to tick: the pre-meeting check says why
      this.s.edit(this.email, docId, [
        { deleteContentRange: { range: { startIndex: at.index, endIndex: at.index + at.length } } },
        { insertText: { location: { index: at.index }, text: '[x]' } },
      ]);
      story.notebook.ticked(item.identity, date!);
    });
  }

  // ——— settings and the calendar (the organizer) ———

  /** Homepage → Settings → the same form with a new template → Save. */
  changeTemplate(template: string[]): void {
    this.story.step(`${this.email} changes the template in Settings`, () => {
      const home = this.s.homepage(this.email).card;
      const open = routesOf(home).find((r) => r.action === 'openSettings');
      if (
        !this.story.ledger.check('buttonsWork', open !== undefined, () => 'the homepage offers no Settings')
      )
        return;
      const form = shownCard(this.s.click(this.email, 'openSettings').response);
      const values = { ...formValues(form), template: template.join('\n') };
      const saved = this.s.click(this.email, 'saveSettings', {}, { form: values });
      const failure = failureOf(saved.result, saved.response);
      this.story.ledger.check(
        'noFailingOffer',
        failure === null && saved.response.action?.notification?.text === 'Settings saved.',
        () =>
          `"Save" for ${this.email}: ${failure ?? plain(textOf(shownCard(saved.response))).slice(0, 200)}`,
      );
    });
  }

  move(o: Occurrence, startMs: number): void {
    this.story.step(`${this.email} moves the ${new Date(o.start).toISOString().slice(0, 10)} meeting`, () => {
      this.s.calendarAs(this.email).Events.patch(
        {
          start: { dateTime: parisDateTime(startMs), timeZone: 'Europe/Paris' },
          end: { dateTime: parisDateTime(startMs + (o.end - o.start)), timeZone: 'Europe/Paris' },
        },
        'primary',
        o.instanceId,
      );
      o.end = startMs + (o.end - o.start);
      o.start = startMs;
      this.story.calendarChanged();
    });
  }

  cancel(o: Occurrence): void {
    this.story.step(
      `${this.email} cancels the ${new Date(o.start).toISOString().slice(0, 10)} meeting`,
      () => {
        this.s.calendarAs(this.email).Events.remove('primary', o.instanceId);
        o.cancelled = true;
        this.story.calendarChanged();
      },
    );
  }
}

/** Where the open marker of an item sits in the section dated `date`, or null. */
function openMarkerAt(
  document: docs_v1.Schema$Document,
  date: string,
  identity: string,
): { index: number; length: number } | null {
  let inSection = false;
  for (const e of document.body?.content ?? []) {
    const p = e.paragraph;
    if (!p) continue;
    const text = (p.elements ?? [])
      .map((r) => r.textRun?.content ?? '')
      .join('')
      .replace(/\n$/, '');
    if (p.paragraphStyle?.namedStyleType === 'HEADING_1') {
      inSection = text.startsWith(date);
      continue;
    }
    const item = inSection ? itemOfLine(text) : null;
    if (!item?.open || item.identity !== identity) continue;
    const marker = /^\s*(\[[\s\u00A0]*\]|\u2610)/u.exec(bare(text));
    if (!marker) continue;
    const offset = text.indexOf(marker[1]!);
    return { index: (e.startIndex ?? 0) + offset, length: marker[1]!.length };
  }
  return null;
}
