// The JSON the playground's API accepts, checked before anything runs: a bad request gets a
// 400 naming the field, never a half-done change.
import { z } from 'zod';
import { CLOCK_STEPS } from './clock';

const email = z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'must be an email address');
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
const paragraphText = z.string().max(10_000, 'is longer than 10000 characters');
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
export const addGuestBody = z.object({ user: email, eventId: id, email });
export const replaceGuestBody = z.object({ user: email, eventId: id, from: email, to: email });

/** One line naming the first bad field. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
  return `${where}: ${issue.message}`;
}
