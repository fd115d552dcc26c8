// The JSON the playground's API accepts, checked before anything runs: a bad request gets a
// 400 naming the field, never a half-done change.
import { z } from 'zod';
import { CLOCK_STEPS } from './clock';

/** RFC 5321's limits: 64 characters before the @, 254 in all. */
export const MAX_LOCAL_PART = 64;
export const MAX_EMAIL = 254;
// The dot-atom of RFC 5322 (no quoted local parts, no comments) and a domain of DNS labels ending in
// a name of letters: what Calendar accepts as a guest, and nothing a page could mistake for markup.
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * Whether a string is an e-mail address a person could invite (the page checks the same rule).
 * @example isEmailAddress('bob@example.com') // true
 * @example isEmailAddress('<script>@x.y') // false
 */
export function isEmailAddress(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0 || text.length > MAX_EMAIL) return false;
  const local = text.slice(0, at);
  return local.length <= MAX_LOCAL_PART && LOCAL_PART.test(local) && DOMAIN.test(text.slice(at + 1));
}

const email = z.string().refine(isEmailAddress, 'must be an email address');
/** Longest paragraph the playground's editor saves in one go (the page says so before sending). */
export const MAX_PARAGRAPH = 10_000;

/** Answers to what a person typed in the page: sentences for them, shown without the field's path. */
const FOR_A_PERSON = {
  guestEmail: `That is not an email address a guest can have: use name@example.com, with at most ${MAX_LOCAL_PART} characters before the @.`,
  paragraph: `A paragraph can hold at most ${MAX_PARAGRAPH.toLocaleString('en')} characters here: shorten it, or split it into two.`,
};
const PERSON_MESSAGES = new Set(Object.values(FOR_A_PERSON));

const guestEmail = z.string().refine(isEmailAddress, FOR_A_PERSON.guestEmail);
const id = z.string().min(1, 'must not be empty').max(1024, 'is too long');
const host = z.enum(['CALENDAR', 'DOCS']);

export const homepageBody = z.object({ user: email, host, docId: id.optional() });
export const eventCardBody = z.object({ user: email, eventId: id });

const formValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('string'), values: z.array(z.string().max(10_000)).max(500) }),
  z.object({ kind: z.literal('date'), msSinceEpoch: z.number().int() }),
  z.object({ kind: z.literal('dateTime'), msSinceEpoch: z.number().int() }),
]);

export const actionBody = z.object({
  user: email,
  host,
  eventId: id.optional(),
  docId: id.optional(),
  function: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a function name'),
  parameters: z.record(z.string(), z.string()).default({}),
  form: z.record(z.string(), formValue).default({}),
});

const at = z.number().int().min(0);
const paragraphText = z.string().max(MAX_PARAGRAPH, FOR_A_PERSON.paragraph);
export const docEditBody = z.object({
  user: email,
  docId: id,
  /** The revision the page showed: a doc changed since then is refused, not overwritten. */
  revisionId: z.string().optional(),
  edit: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('replace'), at, text: paragraphText }),
    z.object({ kind: z.literal('insertAfter'), at, text: paragraphText, bullet: z.boolean().optional() }),
    z.object({ kind: z.literal('toggle'), at }),
  ]),
});

export const clockBody = z
  .object({
    user: email,
    step: z.enum(CLOCK_STEPS).optional(),
    /** "After the next meeting" from an open doc: the next meeting of that doc's pair. */
    docId: id.optional(),
    to: z
      .string()
      .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time')
      .optional(),
  })
  .refine((b) => (b.step === undefined) !== (b.to === undefined), {
    message: `give either step (${CLOCK_STEPS.join(', ')}) or to (an ISO date-time)`,
  });

export const moveBody = z.object({ user: email, eventId: id, start: z.string() });
export const cancelBody = z.object({ user: email, eventId: id });
/** The person saves (or closes without saving) their open event, with what a card added to it. */
export const openEventBody = z.object({ user: email, eventId: id });
export const addGuestBody = z.object({ user: email, eventId: id, email: guestEmail });
export const replaceGuestBody = z.object({ user: email, eventId: id, from: email, to: guestEmail });

/**
 * One line naming the first bad field; an answer to something a person typed is their sentence
 * alone, since the page shows it to them as it is.
 */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  if (PERSON_MESSAGES.has(issue.message)) return issue.message;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
  return `${where}: ${issue.message}`;
}
