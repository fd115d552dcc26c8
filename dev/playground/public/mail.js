// The Mail view: the signed-in person's mailbox, the e-mails Tandem sent them (the reminder to
// prepare), newest first, each with its subject, time and plain body. Built as text, never HTML.
import * as api from './api.js';
import { clear, el, formatWhen, toast } from './ui.js';

export function createMailView(app) {
  const root = () => document.getElementById('mail-view');

  function message(mail) {
    return el(
      'article',
      { class: 'mail', dataset: { testid: 'mail' } },
      el(
        'header',
        { class: 'mail-head' },
        el('div', { class: 'mail-subject', text: mail.subject }),
        el('div', {
          class: 'mail-meta muted',
          text: `From Tandem (${mail.from}) · ${formatWhen(mail.sentAt, app.timeZone())}`,
        }),
      ),
      el('pre', { class: 'mail-body', text: mail.body }),
    );
  }

  async function load() {
    const box = clear(root());
    box.append(el('h2', { class: 'mail-title', text: `Mail · ${app.user()}` }));
    try {
      const { mail } = await api.get('/api/mail', { user: app.user() });
      if (mail.length === 0) {
        box.append(
          el('p', {
            class: 'muted',
            text: 'No e-mail from Tandem yet. Turn on “E-mail me the day before my 1:1s” in Tandem’s settings, then move the clock.',
          }),
        );
        return;
      }
      box.append(...mail.map(message));
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  return { load };
}
