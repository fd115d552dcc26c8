// What each button's words promise, checked against the doc right after the press: "Add" puts its
// question in the next meeting's section, "Mark done" leaves no open copy there, "Prepare" makes it.
import { docIdOfUrl } from '../../../dev/emulator/doc-links';
import type { Card } from '../../../src/ui/card';
import type { ActionRun } from '../../cards/card-harness';
import { widgetsOf, type routesOf } from '../../../src/ui/testing/read-card';
import { plain } from './card-checks';
import { itemOfLine, sectionsOf, taskOf } from './notebook';
import type { Story } from './story';
import { sectionFor } from './world-checks';

export type Route = ReturnType<typeof routesOf>[number];

/** What the press promised, checked against the doc; `question` is the text beside an "add" button. */
export function checkEffect(
  story: Story,
  who: string,
  route: Route,
  run: ActionRun,
  question: string | null,
): void {
  const { ledger, schedule, notebook } = story;
  const toast = run.response.action?.notification?.text ?? '';
  const docId = story.docId();
  const next = schedule.next(story.now);
  const lines = docId ? story.s.lines(docId) : [];
  const section = next ? sectionFor(schedule, sectionsOf(lines), next) : null;
  const said = /(\d{4}-\d{2}-\d{2})/.exec(toast)?.[1];
  const nextDates = next ? schedule.candidateDates(next) : [];
  switch (route.action) {
    case 'addQuestion': {
      if (!question) return;
      const where = section?.lines.some((l) => l.includes(question));
      ledger.check(
        'buttonsWork',
        where === true,
        () =>
          `"${route.text}" by ${who} (“${toast}”): the question is not in the next meeting's section${section ? ` (${section.date})` : ' (there is none)'}${lines.some((l) => l.includes(question)) ? '' : ', nor anywhere in the doc'}`,
      );
      if (said)
        ledger.check(
          'buttonsWork',
          nextDates.includes(said) && lines.some((l) => l.startsWith(`# ${said}`)),
          () =>
            `"${route.text}" by ${who} says “${toast}”; the next meeting is ${nextDates[0]} and the doc has ${lines
              .filter((l) => /^# \d{4}/.test(l))
              .slice(0, 3)
              .join(' | ')}`,
        );
      if (lines.some((l) => l.includes(question)))
        notebook.questions.push({ text: question, date: section?.date ?? '?', by: who });
      return;
    }
    case 'markDone': {
      const ref = route.params.item ?? '';
      const task = ref.replace(/^\d{4}-\d{2}-\d{2} /, '');
      const openInNext = section?.lines.some((l) => {
        const item = itemOfLine(l);
        return item?.open === true && taskOf(item.identity) === task;
      });
      ledger.check(
        'buttonsWork',
        openInNext !== true,
        () => `"Mark done" by ${who} on “${task}”: still open in the ${section?.date} section`,
      );
      const doneSomewhere = lines.some((l) => {
        const item = itemOfLine(l);
        return item?.open === false && taskOf(item.identity) === task;
      });
      ledger.check(
        'buttonsWork',
        doneSomewhere,
        () => `"Mark done" by ${who} on “${task}”: no line of it is done`,
      );
      const item = notebook.itemOfRef(ref);
      if (item) notebook.ticked(item.identity, ref.slice(0, 10));
      return;
    }
    case 'prepareNow':
      ledger.check(
        'buttonsWork',
        section !== null && (!said || nextDates.includes(said)),
        () =>
          `"${route.text}" by ${who} (“${toast}”): the next meeting's section is ${section?.date ?? 'missing'}`,
      );
      return;
    case 'createDoc':
      story.docDueAt = Math.min(story.docDueAt, story.now);
      ledger.check('names', !toast.includes('@'), () => `"${route.text}" says “${toast}”`);
      return;
    case 'reviewNotes':
      ledger.check(
        'buttonsWork',
        run.response.action?.navigations?.some((n) => 'pushCard' in n && n.pushCard.name === 'review') ===
          true,
        () => `"Review notes" by ${who} did not open the form`,
      );
      return;
    case 'privateNotes': {
      // "My private notes" opens the presser's own doc: not the pair's, owned by them, shared with nobody.
      const url = run.response.action?.link?.url ?? '';
      const notesId = docIdOfUrl(url);
      const ok =
        notesId !== null &&
        notesId !== docId &&
        JSON.stringify(story.s.sharedWith(notesId)) === JSON.stringify([who]);
      ledger.check(
        'buttonsWork',
        ok,
        () => `"My private notes" by ${who} opened ${url || 'nothing'}, not a doc of theirs alone`,
      );
      return;
    }
    default:
      return;
  }
}

/** The question shown with an "add" button: the text widget just above the button's row. */
export function questionText(card: Card, questionId: string): string | null {
  const widgets = widgetsOf(card);
  for (const [i, w] of widgets.entries()) {
    if (!('buttonList' in w)) continue;
    const adds = w.buttonList.buttons.some(
      (b) =>
        'action' in b.onClick &&
        b.onClick.action.parameters?.some((p) => p.key === 'questionId' && p.value === questionId),
    );
    const above = widgets[i - 1];
    if (adds && above && 'decoratedText' in above) return plain(above.decoratedText.text);
  }
  return null;
}
