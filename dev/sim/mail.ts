// tandem-sim mail: the e-mails Tandem sent (to, subject, plain body, time), as design.md §7 says,
// every one or only those one person received (their mailbox, newest last).
import { mailbox, recipientsOf } from '../emulator/appsscript';
import type { Workspace } from '../emulator/workspace';

export interface MailView {
  from: string;
  to: string[];
  subject: string;
  body: string;
  sentAt: string;
}

export function mailReport(ws: Workspace, to?: string): MailView[] {
  const messages = to === undefined ? ws.appsScript.sentMail() : mailbox(ws.appsScript, ws.user(to).email);
  return messages.map((m) => ({
    from: m.from,
    to: recipientsOf(m),
    subject: m.subject,
    body: m.body,
    sentAt: new Date(m.sentAt).toISOString(),
  }));
}
