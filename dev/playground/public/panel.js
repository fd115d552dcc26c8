// The add-on side panel, as Google shows it beside Calendar and Docs: a stack of Tandem's cards,
// button actions relayed to the bundle, navigations, notifications, links and host-app actions.
import * as api from './api.js';
import { renderCard, renderFooter, placeholder } from './card.js';
import { collectForm } from './card-inputs.js';
import { clear, docIdOfUrl, el, safeHref, toast } from './ui.js';

const isCard = (v) => Array.isArray(v) || (v && typeof v === 'object' && ('sections' in v || 'header' in v));

export function createPanel(app) {
  const body = document.getElementById('panel-body');
  const footer = document.getElementById('panel-footer');
  const back = document.getElementById('panel-back');
  const contextLine = document.getElementById('panel-context');
  const jsonView = document.getElementById('panel-json-view');
  const panelToast = document.getElementById('panel-toast');
  let context = null; // { host, eventId?, docId?, label, open: () => Promise<outcome> }
  let stack = [];
  let banner = null; // { kind, text, logs }
  let toastTimer = null;

  function notify(text, kind = 'info') {
    panelToast.textContent = text;
    panelToast.className = `panel-toast show ${kind}`;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (panelToast.className = 'panel-toast'), kind === 'error' ? 8000 : 5000);
  }

  const handlers = {
    onClick: (onClick, node) => {
      if (onClick.action) return runAction(onClick.action, node);
      if (onClick.openLink) return openLink(onClick.openLink.url);
      if (onClick.card) {
        stack.push(onClick.card);
        return render();
      }
      return notify(
        `This button's onClick is not rendered by the playground: ${Object.keys(onClick).join(', ')}`,
        'error',
      );
    },
    onChange: (action, node) => runAction(action, node),
  };

  function render() {
    clear(body);
    clear(footer);
    const top = stack[stack.length - 1];
    back.hidden = stack.length <= 1;
    if (banner) {
      body.append(
        el(
          'div',
          {
            class: `panel-banner ${banner.kind}`,
            dataset: { testid: banner.kind === 'missing' ? 'panel-missing' : 'panel-error' },
          },
          el('strong', { text: banner.title }),
          el('div', { text: banner.text }),
          banner.logs?.length
            ? el('details', {}, el('summary', { text: 'Logs' }), el('pre', { text: banner.logs.join('\n') }))
            : null,
        ),
      );
    }
    if (top !== undefined) {
      const cards = Array.isArray(top) ? top : [top];
      for (const card of cards)
        body.append(isCard(card) ? renderCard(card, handlers) : placeholder('response (not a card)', card));
      const foot = Array.isArray(top) ? null : renderFooter(top, handlers);
      if (foot) footer.append(foot);
    }
    jsonView.textContent = JSON.stringify(top ?? null, null, 2);
  }

  function showProblem(outcome, functionName) {
    if (outcome.missingFunction) {
      banner = {
        kind: 'missing',
        title: `Tandem's bundle has no ${outcome.missingFunction}() yet`,
        text: 'The add-on side of this card is still being built. The playground shows the card as soon as dist/Code.js answers (run npm run build).',
      };
    } else {
      banner = {
        kind: 'error',
        title: `${functionName} failed`,
        text: outcome.error ?? 'unknown error',
        logs: outcome.logs,
      };
    }
  }

  /** Opens a new root: the homepage, an event's card or the Docs sidebar. */
  async function open(next) {
    const same =
      context &&
      context.host === next.host &&
      context.eventId === next.eventId &&
      context.docId === next.docId;
    if (!same) panelToast.className = 'panel-toast';
    context = next;
    stack = [];
    banner = null;
    contextLine.textContent = next.label;
    clear(body).append(el('div', { class: 'panel-loading', text: `Running ${next.functionName}…` }));
    clear(footer);
    try {
      showRoot(await next.open(), next.functionName);
    } catch (e) {
      banner = { kind: 'error', title: 'The playground could not run the add-on', text: e.message };
      render();
    }
  }

  function showRoot(outcome, functionName) {
    banner = null;
    stack = [];
    if (!outcome.ok) showProblem(outcome, functionName);
    else if (isCard(outcome.value)) stack = [outcome.value];
    else if (outcome.value === null)
      banner = {
        kind: 'error',
        title: `${functionName} returned nothing`,
        text: 'A card trigger must return a card.',
      };
    else stack = [outcome.value];
    render();
  }

  function navigate(navigations) {
    for (const nav of navigations) {
      if (nav.pushCard) stack.push(nav.pushCard);
      else if (nav.updateCard) stack[Math.max(0, stack.length - 1)] = nav.updateCard;
      else if (nav.pop) {
        if (stack.length > 1) stack.pop();
      } else if (nav.popToRoot) stack.length = Math.min(stack.length, 1);
      else if (nav.popToCard) {
        while (stack.length > 1 && stack[stack.length - 1]?.name !== nav.popToCard) stack.pop();
      } else notify(`Navigation not rendered by the playground: ${Object.keys(nav).join(', ')}`, 'error');
    }
  }

  function openLink(url) {
    const docId = docIdOfUrl(url);
    if (docId) return app.openDoc(docId);
    const href = safeHref(url);
    if (href) window.open(href, '_blank', 'noopener,noreferrer');
    else notify(`Link not opened (not a web address): ${url}`, 'error');
  }

  function applyOutcome(outcome, functionName) {
    banner = null;
    if (!outcome.ok) {
      showProblem(outcome, functionName);
      return render();
    }
    const value = outcome.value?.renderActions ?? outcome.value;
    const action = value?.action;
    if (action?.navigations) navigate(action.navigations);
    if (isCard(value)) stack[Math.max(0, stack.length - 1)] = value;
    const note = action?.notification?.text;
    if (note) notify(note);
    const link = action?.link ?? action?.openLink;
    let eventChanged = false;
    for (const effect of outcome.effects ?? []) {
      if (effect.kind === 'attachmentsPending') {
        eventChanged = true;
        notify(`Added to the open event, not saved: ${effect.titles.join(', ')}. Save the event to keep it.`);
      }
      if (effect.kind === 'fileScopeGranted') {
        notify('File access granted to Tandem for this doc');
        showRoot(effect.card, 'onDocsFileScopeGranted');
      }
    }
    render();
    // A doc link opens the Docs tab, whose sidebar replaces this card: the notification stays.
    if (link?.url) Promise.resolve(openLink(link.url)).then(() => note && notify(note));
    return eventChanged;
  }

  async function runAction(action, node) {
    if (!context) return;
    const parameters = Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value]));
    const form = collectForm(body);
    const busy = action.loadIndicator !== 'NONE';
    let reopen = false;
    if (busy) body.classList.add('busy');
    if (node) node.disabled = true;
    try {
      const outcome = await api.post('/api/action', {
        user: app.user(),
        host: context.host,
        eventId: context.eventId,
        docId: context.docId,
        function: action.function,
        parameters,
        form,
      });
      reopen = applyOutcome(outcome, action.function);
    } catch (e) {
      toast(e.message, 'error');
    } finally {
      if (node?.isConnected) node.disabled = false;
      await app.afterChange({ reloadPanel: false });
      // Calendar changed the open event: run its card again so the panel shows the new state
      // (Calendar itself may keep the old card until the person clicks again).
      if (reopen && context) await open(context);
      body.classList.remove('busy');
    }
  }

  back.addEventListener('click', () => {
    if (stack.length > 1) stack.pop();
    render();
  });
  document.getElementById('panel-home').addEventListener('click', () => app.openHome());
  document.getElementById('panel-json').addEventListener('click', () => {
    jsonView.hidden = !jsonView.hidden;
  });

  const run = (path, payload) => () => api.post(path, payload);
  return {
    openHomepage: (label = 'Home · Calendar') =>
      open({
        host: 'CALENDAR',
        label,
        functionName: 'onHomepage',
        open: run('/api/card/homepage', { user: app.user(), host: 'CALENDAR' }),
      }),
    openEvent: (eventId, label) =>
      open({
        host: 'CALENDAR',
        eventId,
        label,
        functionName: 'onCalendarEventOpen',
        open: run('/api/card/event', { user: app.user(), eventId }),
      }),
    openDocSidebar: (docId, label) =>
      open({
        host: 'DOCS',
        docId,
        label,
        functionName: 'onDocsHomepage',
        open: run('/api/card/homepage', { user: app.user(), host: 'DOCS', docId }),
      }),
    /** Runs the current root trigger again (after time passed or the calendar changed). */
    reload: () => context && open({ ...context, open: context.open }),
    context: () => context,
    /** Shows any card JSON in the panel (developer hook, used by tests of the renderer). */
    showCard: (card) => {
      banner = null;
      stack = [card];
      render();
    },
  };
}
