// MailApp: sendEmail in its four forms and getRemainingDailyQuota, over the world's sent-mail log,
// with the daily e-mail recipients quota Google documents, counted per sending user.
import type { ExecutionContext } from '../context';
import { AppsScriptException, MESSAGES } from './exception';
import type { SentMail } from './state';
import type { AppsScriptStores } from './stores';

/**
 * "Email recipients per day (for example, with MailApp)": 100 for consumer accounts (gmail.com),
 * 1,500 for Google Workspace accounts; "Quotas are per user and reset 24 hours after the first
 * request" (https://developers.google.com/apps-script/guides/services/quotas). The emulator
 * models the strictest reading, the consumer figure, unless the world sets a user's own
 * (`emulator.appsscript.mailQuota`, e.g. WORKSPACE_RECIPIENTS_PER_DAY).
 */
export const CONSUMER_RECIPIENTS_PER_DAY = 100;
export const WORKSPACE_RECIPIENTS_PER_DAY = 1500;
const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The options of sendEmail(recipient, subject, body, options), as documented for MailApp. */
export interface MailOptions {
  attachments?: unknown[];
  bcc?: string;
  cc?: string;
  htmlBody?: string;
  inlineImages?: Record<string, unknown>;
  name?: string;
  noReply?: boolean;
  replyTo?: string;
}

/** The message object of sendEmail(message). */
export interface MailMessage extends MailOptions {
  to: string;
  subject: string;
  body?: string;
}

export interface EmulatedMailApp {
  /** "Returns the number of recipients you can send emails to for the rest of the day." */
  getRemainingDailyQuota(): number;
  sendEmail(message: MailMessage): void;
  sendEmail(recipient: string, subject: string, body: string, options?: MailOptions): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
}

const ADDRESS = /^[^@\s,<>]+@[^@\s,<>]+\.[^@\s,<>]+$/;

/**
 * A comma-separated recipient list as MailApp reads it; throws MailApp's refusal of a bad address.
 * @example addresses('a@x.com, b@y.org') // ['a@x.com', 'b@y.org']
 */
export function addresses(list: string | undefined): string[] {
  if (list === undefined || list === null) return [];
  const out = String(list)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  for (const address of out)
    if (!ADDRESS.test(address)) throw new AppsScriptException(MESSAGES.invalidEmail(address));
  return out;
}

/** Everyone a mail went to: its to, cc and bcc addresses, as sent. */
export function recipientsOf(mail: SentMail): string[] {
  return [...mail.to, ...mail.cc, ...mail.bcc];
}

/**
 * Recipients the user has sent to in the quota window open at `now`: a window opens with the
 * first send after the last one closed and lasts 24 hours.
 */
export function recipientsUsed(sent: readonly SentMail[], user: string, now: number): number {
  let windowStart: number | null = null;
  let used = 0;
  for (const mail of sent) {
    if (mail.from !== user || mail.sentAt > now) continue;
    if (windowStart === null || mail.sentAt >= windowStart + QUOTA_WINDOW_MS) {
      windowStart = mail.sentAt;
      used = 0;
    }
    used += recipientsOf(mail).length;
  }
  if (windowStart === null || now >= windowStart + QUOTA_WINDOW_MS) return 0;
  return used;
}

function normalise(args: unknown[]): MailMessage {
  const [first, second, third, fourth] = args;
  if (first !== null && typeof first === 'object') return { ...(first as MailMessage) };
  if (typeof fourth === 'string') {
    return { to: String(first), replyTo: String(second), subject: String(third), body: fourth };
  }
  return {
    ...((fourth ?? {}) as MailOptions),
    to: String(first ?? ''),
    subject: String(second ?? ''),
    body: String(third ?? ''),
  };
}

export function createMailApp(stores: AppsScriptStores, ctx: ExecutionContext): EmulatedMailApp {
  const quota = () => stores.mailQuotaOf(ctx.user) ?? CONSUMER_RECIPIENTS_PER_DAY;
  const remaining = () => Math.max(0, quota() - recipientsUsed(stores.sentMail(), ctx.user, ctx.now()));
  return {
    getRemainingDailyQuota: () => ctx.call('mail.getRemainingDailyQuota', remaining),
    sendEmail: (...args: unknown[]) =>
      ctx.call('mail.sendEmail', () => {
        const message = normalise(args);
        const to = addresses(message.to);
        const cc = addresses(message.cc);
        const bcc = addresses(message.bcc);
        if (to.length + cc.length + bcc.length === 0) throw new AppsScriptException(MESSAGES.noRecipient);
        if (to.length + cc.length + bcc.length > remaining())
          throw new AppsScriptException(MESSAGES.mailQuota);
        const mail: SentMail = {
          id: ctx.newId('mail-'),
          from: ctx.user,
          to,
          cc,
          bcc,
          subject: String(message.subject ?? ''),
          body: String(message.body ?? ''),
          sentAt: ctx.now(),
          ...(message.htmlBody !== undefined ? { htmlBody: String(message.htmlBody) } : {}),
          ...(message.name !== undefined ? { name: String(message.name) } : {}),
          ...(message.replyTo !== undefined ? { replyTo: addresses(message.replyTo).join(',') } : {}),
          ...(message.noReply === true ? { noReply: true } : {}),
        };
        stores.recordMail(mail);
      }),
  } as EmulatedMailApp;
}

/** The messages a person received (to, cc or bcc), oldest first: their mailbox as the CLI shows it. */
export function mailbox(stores: AppsScriptStores, email: string): SentMail[] {
  const me = email.toLowerCase();
  return stores.sentMail().filter((m) => recipientsOf(m).some((address) => address.toLowerCase() === me));
}
