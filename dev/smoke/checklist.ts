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
  /** The rows of docs/platform-assumptions.md this step settles on real Google. */
  rows?: number[];
}

/**
 * The steps in order. `scriptable` says which scripted steps can run (credentials, a second
 * person); the others are handed back to the maintainer.
 * @example smokeSteps({ user: 'a@x.com', other: 'b@x.com' }, new Set())[0].kind // 'manual'
 */
export function smokeSteps(people: SmokePeople, scriptable: ReadonlySet<string>): SmokeStep[] {
  return buildSteps(people, (id) => scriptable.has(id));
}

/** The ids of the steps the script can take over (with credentials and a second person). */
export function scriptableStepIds(): string[] {
  return buildSteps({ user: 'you', other: 'them' }, () => true)
    .filter((s) => s.kind === 'scripted')
    .map((s) => s.id);
}

/**
 * The printed numbers (from 1) of the steps with these ids, in the checklist's order.
 * @example stepNumbers(smokeSteps(people, new Set()), ['turn-on']) // [2]
 */
export function stepNumbers(steps: SmokeStep[], ids: readonly string[]): number[] {
  return steps.flatMap((s, i) => (ids.includes(s.id) ? [i + 1] : []));
}

function buildSteps(people: SmokePeople, canScript: (id: string) => boolean): SmokeStep[] {
  const { user, other } = people;
  const step = (id: string, text: string, scripted?: string, rows?: number[]): SmokeStep => ({
    ...(scripted !== undefined && canScript(id)
      ? { id, kind: 'scripted' as const, text, scripted }
      : { id, kind: 'manual' as const, text }),
    ...(rows ? { rows } : {}),
  });
  return [
    step(
      'install',
      `In the Apps Script editor (npx clasp open-script): Deploy → Test deployments → Google Workspace ` +
        `Add-on → Install, signed in as ${user}.`,
    ),
    step(
      'turn-on',
      'Open Google Calendar in two tabs: Tandem’s icon is in the side panel of each. In the first, its ' +
        'homepage card offers “Turn on Tandem”: press it; the card then says “Tandem is on”.',
    ),
    step(
      'triggers',
      'In the second tab, whose card still offers “Turn on Tandem”, press it too: no error. The Apps ' +
        'Script editor’s Triggers page then lists exactly two triggers of yours — onCalendarEventUpdated ' +
        '(from calendar) and onScheduledSync (time-driven, every hour). Turning on twice never makes a ' +
        'second clock trigger.',
      undefined,
      [8],
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
      'card-attach',
      'If the card offers “Create agenda doc” (Tandem has not prepared this 1:1 yet), open the occurrence ' +
        'for editing and press it: the doc shows among the event’s attachments at once. Leave without ' +
        'saving (Discard), reload, and open the series again: the doc is still attached, once — Tandem ' +
        'also attached it through the API, and Calendar keeps a card’s own attachment only when the event ' +
        'is saved. (If the card already says “Open agenda”, Tandem was quicker: try it on the next new 1:1.)',
      undefined,
      [11],
    ),
    step(
      'attached',
      'Within a few minutes (the calendar trigger), the series has the agenda doc attached.',
      'polls the series until Tandem has attached a Google Doc “… · 1:1” and recorded its id (tandemDocId)',
      [10],
    ),
    step(
      'no-echo',
      'The editor’s Executions page shows no onCalendarEventUpdated run started by Tandem’s own attaching: ' +
        'a script’s or an API’s change fires no calendar trigger (one run per change you make by hand).',
      undefined,
      [7],
    ),
    step(
      'shared',
      `Open the doc’s Share dialog: you are the owner, ${other} is an editor, and nobody else is listed; ` +
        `${other} got no e-mail unless the setting says so.`,
      `reads the doc’s permissions: owner ${user}, writer ${other}, nobody else`,
    ),
    step(
      'doc',
      'Open the doc: the title “<your name> & <their name> · 1:1” (names, not addresses), the how-to line, ' +
        '“Current focus”, and a dated section for the next meeting with Check-in, Wins, Challenges, ' +
        'Growth, Action items.',
      undefined,
      [20],
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
      `As ${other}, open the same event: the card shows the same doc; a guest’s Tandem never creates a ` +
        'second one. Open the doc and Tandem in its side panel (allow access when asked): “1:1 with ' +
        '<your name>” and “Next meeting · …” — read from the doc itself (its sharing list, which a writer ' +
        'sees, and the meeting times Tandem keeps in it as named ranges, which every reader sees).',
      undefined,
      [17, 21],
    ),
    step(
      'other-calendar',
      `Create a calendar of your own (Settings → Add calendar → Create new calendar), put a weekly event ` +
        `with ${other} on it and open it: Tandem’s card reads it from that calendar — the event’s title, and ` +
        'whether it is your 1:1 (if not, why) — never “Something went wrong”.',
      undefined,
      [12],
    ),
    step(
      'quiet-hour',
      'Over the next hours, the Executions page: onScheduledSync runs once an hour, at the same minute ' +
        'each hour; most runs log syncSkipped {"reason":"quiet"} and take about a second (a quiet hour ' +
        'calls no Google API); the run after the 1:1 ends, and one a day, log syncDone.',
      undefined,
      [9],
    ),
    step(
      'reminder',
      'In Settings, turn on “E-mail me the day before my 1:1s” at the coming hour, the day before the ' +
        'scratch 1:1: one e-mail arrives at about that hour, to you alone, with the 1:1’s time in your ' +
        'zone, its open items and a link to the doc; the Executions page logs reminderSent once that day ' +
        'and never again. In the script editor, a one-off MailApp.getRemainingDailyQuota() before and ' +
        'after shows the quota went down by one recipient.',
      undefined,
      [22],
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

/**
 * The checklist as printed: one numbered line per step, the assumptions it settles, and for a
 * scripted step what the script does.
 */
export function renderChecklist(steps: SmokeStep[]): string[] {
  return steps.map((s, i) => {
    const label = `${String(i + 1).padStart(2)}. [${s.kind}]`;
    const rows = s.rows
      ? ` (settles ${s.rows.map((r) => `#${r}`).join(', ')} of docs/platform-assumptions.md)`
      : '';
    return s.kind === 'scripted'
      ? `${label} ${s.text}${rows}\n              → the script ${s.scripted}`
      : `${label} ${s.text}${rows}`;
  });
}
