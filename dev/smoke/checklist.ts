// The smoke test's checklist: what a maintainer does and checks on a real deployment after
// `npm run push`, each step marked as manual or as checked by the script through the APIs.

/** Who the steps are about: the installing user and the other person of the 1:1. */
export interface SmokePeople {
  user: string;
  other: string;
}

export type StepKind = 'manual' | 'scripted';

export interface SmokeStep {
  id: string;
  kind: StepKind;
  text: string;
  /** For a scripted step: what the script does instead of the maintainer. */
  scripted?: string;
}

/**
 * The steps in order. `scriptable` says which scripted steps can run (credentials, a second
 * person); the others are handed back to the maintainer.
 * @example smokeSteps({ user: 'a@x.com', other: 'b@x.com' }, new Set())[0].kind // 'manual'
 */
export function smokeSteps(people: SmokePeople, scriptable: ReadonlySet<string>): SmokeStep[] {
  const { user, other } = people;
  const step = (id: string, text: string, scripted?: string): SmokeStep =>
    scripted !== undefined && scriptable.has(id)
      ? { id, kind: 'scripted', text, scripted }
      : { id, kind: 'manual', text };
  return [
    step(
      'install',
      `In the Apps Script editor (npx clasp open-script): Deploy → Test deployments → Google Workspace ` +
        `Add-on → Install, signed in as ${user}.`,
    ),
    step(
      'turn-on',
      'Open Google Calendar: Tandem’s icon is in the side panel. Its homepage card offers “Turn on Tandem”: ' +
        'press it; the card then says “Tandem is on”.',
    ),
    step(
      'series',
      `Create a weekly recurring event with ${other} as the only guest (no room), starting next week.`,
      `creates a scratch weekly 1:1 with ${other} (no invitation e-mail), starting next week`,
    ),
    step(
      'event-card',
      `Open one occurrence of that 1:1: Tandem’s card names ${other}, offers the agenda (“Open agenda” or ` +
        '“Create agenda doc”), lists open action items and three suggested questions with “Add to agenda”.',
    ),
    step(
      'attached',
      'Within a few minutes (the calendar trigger), the series has the agenda doc attached.',
      'polls the series until Tandem has attached a Google Doc “… · 1:1” and recorded its id (tandemDocId)',
    ),
    step(
      'shared',
      `Open the doc’s Share dialog: you are the owner, ${other} is an editor, and nobody else is listed; ` +
        `${other} got no e-mail unless the setting says so.`,
      `reads the doc’s permissions: owner ${user}, writer ${other}, nobody else`,
    ),
    step(
      'doc',
      'Open the doc: the title “<you> & <them> · 1:1”, the how-to line, “Current focus”, and a dated ' +
        'section for the next meeting with Check-in, Wins, Challenges, Growth, Action items.',
    ),
    step(
      'sidebar',
      'In the doc, open Tandem in the side panel (allow access to this doc when asked): “Questions to ask”, ' +
        '“Open action items” with “Mark done”, and “Review notes”.',
    ),
    step(
      'carry-over',
      `Under Action items type “[ ] ${firstName(other)}: try Tandem”. Once the meeting has ended, the ` +
        'next section carries it with “· from <date>”.',
    ),
    step(
      'guest',
      `As ${other}, open the same event: the card shows the same doc; a guest’s Tandem never creates a second one.`,
    ),
    step(
      'turn-off',
      'Turn Tandem off from the homepage card; the editor’s Triggers page then lists none of yours.',
    ),
    step(
      'cleanup',
      'Delete the test event series, and the agenda doc if you do not want to keep it.',
      'deletes the scratch series (the agenda doc is Tandem’s, not the script’s: delete it by hand if unwanted)',
    ),
  ];
}

/** The part of an address before the @, as a person would type it in an action item. */
function firstName(email: string): string {
  return email.includes('@') ? (email.split('@')[0] ?? email) : 'Name';
}

/** The checklist as printed: one numbered line per step, scripted ones saying what the script does. */
export function renderChecklist(steps: SmokeStep[]): string[] {
  return steps.map((s, i) => {
    const label = `${String(i + 1).padStart(2)}. [${s.kind}]`;
    return s.kind === 'scripted'
      ? `${label} ${s.text}\n              → the script ${s.scripted}`
      : `${label} ${s.text}`;
  });
}
