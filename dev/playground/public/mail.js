// The Mail view: the signed-in person's mailbox, the e-mails Tandem sent them (the reminder to
// prepare), newest first, each with its subject, sender, time and body (HTML, rebuilt safely, or plain).
import * as api from './api.js';
import { mailHtml } from './mail-html.js';
import { clear, docIdOfUrl, el, formatWhen, toast } from './ui.js';

export function createMailView(app) {
  const root = () => document.getElementById('mail-view');

  /** A Google Docs link opens the doc in the Docs tab, as the playground's panel does; others a new tab. */
  function follow(href, event) {
    const docId = docIdOfUrl(href);
    if (!docId) return;
    event.preventDefault();
    app.openDoc(docId);
  }

  function body(mail) {
    if (mail.htmlBody === null) return el('pre', { class: 'mail-body plain', text: mail.body });
    return el(
      'div',
      { class: 'mail-body' },
      el('div', { class: 'mail-html', dataset: { testid: 'mail-html' } }, mailHtml(mail.htmlBody, follow)),
      el(
        'details',
        { class: 'mail-plain' },
        el('summary', { text: 'Plain-text version' }),
        el('pre', { dataset: { testid: 'mail-plain' }, text: mail.body }),
      ),
    );
  }

  function message(mail) {
    return el(
      'article',
      { class: 'mail', dataset: { testid: 'mail', id: mail.id } },
      el(
        'header',
        { class: 'mail-head' },
        el('div', { class: 'mail-subject', dataset: { testid: 'mail-subject' }, text: mail.subject }),
        el('div', {
          class: 'mail-meta muted',
          text: `From ${mail.fromName} <${mail.from}> · to ${mail.to.join(', ')} · ${formatWhen(mail.sentAt, app.timeZone())}`,
        }),
      ),
      body(mail),
    );
  }

  async function load() {
    const box = clear(root());
    const list = el('div', { class: 'mail-list' });
    box.append(list);
    list.append(el('h2', { class: 'mail-title', text: `Mail · ${app.user()}` }));
    try {
      const { mail } = await api.get('/api/mail', { user: app.user() });
      if (mail.length === 0) {
        list.append(
          el('p', {
            class: 'muted',
            dataset: { testid: 'mail-empty' },
            text: 'No e-mail from Tandem yet. Turn on “E-mail me the day before my 1:1s” in Tandem’s settings, then move the clock.',
          }),
        );
        return;
      }
      list.append(...mail.map(message));
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  return { load };
}
