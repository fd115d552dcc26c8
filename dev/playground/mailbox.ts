// The Mail tab's data: the e-mails a person received (Tandem's reminder to prepare), newest first,
// with the sender's name, the plain body and the HTML version as sent (the page renders it safely).
import { mailbox } from '../emulator/appsscript';
import type { Workspace } from '../emulator/workspace';

export interface MailboxMessage {
  id: string;
  /** The name the sender gave (MailApp's `name` option), else their address. */
  fromName: string;
  from: string;
  to: string[];
  subject: string;
  body: string;
  /** The HTML version as sent, or null for a plain-text e-mail. Never inserted as HTML by the page. */
  htmlBody: string | null;
  sentAt: string;
}

export function mailboxView(ws: Workspace, user: string): MailboxMessage[] {
  return mailbox(ws.appsScript, ws.user(user).email)
    .map((m) => ({
      id: m.id,
      fromName: m.name ?? m.from,
      from: m.from,
      // Not recipientsOf(m): as in a real mail client, a recipient sees the To and Cc lines, never Bcc.
      to: [...m.to, ...m.cc],
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody ?? null,
      sentAt: new Date(m.sentAt).toISOString(),
    }))
    .reverse();
}
