// The pair's template: the sub-headings of every meeting section, a setting people can change.
// Checks a template and says which heading receives the carried action items.

/** The sub-headings of a meeting section, in order. */
export type Template = readonly string[];

/** From the brief's framework: check-in, celebrate wins, challenges, growth, align and act. */
export const DEFAULT_TEMPLATE: Template = ['Check-in', 'Wins', 'Challenges', 'Growth', 'Action items'];

export const MAX_TEMPLATE_HEADINGS = 10;
export const MAX_HEADING_LENGTH = 60;

export type TemplateCheck =
  | { readonly ok: true; readonly template: Template }
  | { readonly ok: false; readonly problems: readonly string[] };

const ACTION_ITEMS_WORDS = /\b(action|actions|next steps?|to-?dos?|follow[- ]?ups?)\b/iu;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F\u2028\u2029]/u;

/**
 * Checks a template typed in settings: 1 to 10 headings, each 1 to 60 characters after trimming,
 * on one line, no two the same (ignoring case). Headings come back trimmed.
 *
 * @example
 * checkTemplate(['Check-in', ' Action items ']) // { ok: true, template: ['Check-in', 'Action items'] }
 * checkTemplate([])                            // { ok: false, problems: ['Add at least one heading.'] }
 */
export function checkTemplate(input: unknown): TemplateCheck {
  if (!Array.isArray(input) || input.some((heading) => typeof heading !== 'string')) {
    return { ok: false, problems: ['The template must be a list of headings.'] };
  }
  const headings = (input as string[]).map((heading) => heading.trim());
  const problems: string[] = [];
  if (headings.length === 0) problems.push('Add at least one heading.');
  if (headings.length > MAX_TEMPLATE_HEADINGS) {
    problems.push(`Use at most ${MAX_TEMPLATE_HEADINGS} headings (this template has ${headings.length}).`);
  }
  const seen = new Set<string>();
  headings.forEach((heading, position) => {
    const name = `Heading ${position + 1}`;
    if (heading === '') problems.push(`${name} is empty.`);
    const length = Array.from(heading).length;
    if (length > MAX_HEADING_LENGTH) {
      problems.push(`${name} is ${length} characters long; keep it to ${MAX_HEADING_LENGTH}.`);
    }
    if (CONTROL_CHARACTERS.test(heading)) problems.push(`${name} must fit on one line.`);
    const key = heading.toLowerCase();
    if (heading !== '' && seen.has(key)) problems.push(`"${heading}" appears twice.`);
    seen.add(key);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template: headings };
}

/**
 * The heading carried action items go under: the first that reads like one ("Action items",
 * "Next steps", "To-dos", "Follow-ups"), else the last heading, so a template in any language
 * works without a rule about its words.
 *
 * @example
 * actionItemsHeading(DEFAULT_TEMPLATE)           // 'Action items'
 * actionItemsHeading(['Check-in', 'Next steps', 'Notes']) // 'Next steps'
 * actionItemsHeading(['Bilan', 'Actions à mener'])  // 'Actions à mener'
 * actionItemsHeading(['Bilan', 'Suite'])          // 'Suite' (the last)
 */
export function actionItemsHeading(template: Template): string {
  return template.find((heading) => ACTION_ITEMS_WORDS.test(heading)) ?? template[template.length - 1] ?? '';
}
