// The playground page: top bar (who is signed in, the clock, API calls), the Calendar and Docs
// views, and Tandem's panel beside them. The URL hash keeps the view, user, week and doc.
import * as api from './api.js';
import { createCalendarView } from './calendar.js';
import { createDocView } from './doc.js';
import { createMailView } from './mail.js';
import { createPanel } from './panel.js';
import { clear, el, formatWhen, toast } from './ui.js';

const state = { users: [], user: null, view: 'calendar', week: null, docId: null, eventId: null, now: null };
const $ = (id) => document.getElementById(id);

const app = {
  user: () => state.user,
  week: () => state.week,
  timeZone: () => state.users.find((u) => u.email === state.user)?.timeZone ?? 'UTC',
  setWeek: (week) => {
    state.week = week;
    saveHash();
    return calendar.load();
  },
  selectEvent: (eventId) => {
    state.eventId = eventId;
    calendar.select(eventId);
    if (!eventId) return panel.openHomepage();
    const event = calendar.eventById(eventId);
    return panel.openEvent(
      eventId,
      event ? `Event · ${event.summary} · ${event.timeLabel}` : `Event ${eventId}`,
    );
  },
  openDoc: (docId) => show('doc', docId),
  openHome: () =>
    state.view === 'doc' && state.docId
      ? panel.openDocSidebar(state.docId, 'Docs sidebar')
      : app.selectEvent(null),
  /** After a card action or a doc edit: the world may have changed behind the page. */
  afterChange: async ({ reloadPanel }) => {
    await refreshState();
    if (state.view === 'calendar') await calendar.load();
    else if (state.view === 'mail') await mailView.load();
    else if (state.docId) await docView.load(state.docId);
    if (reloadPanel) await panel.reload();
  },
  afterCalendarChange: async (eventId) => {
    await refreshState();
    await calendar.load();
    await app.selectEvent(eventId);
  },
};

const calendar = createCalendarView(app);
const docView = createDocView(app);
const panel = createPanel(app);
const mailView = createMailView(app);

function saveHash() {
  const params = new URLSearchParams({ user: state.user ?? '' });
  if (state.view === 'calendar' && state.week) params.set('week', state.week);
  if (state.view === 'doc' && state.docId) params.set('doc', state.docId);
  window.history.replaceState(null, '', `#/${state.view}?${params}`);
}

function readHash() {
  const m = /^#\/(calendar|doc|mail)\??(.*)$/.exec(location.hash);
  if (!m) return;
  const params = new URLSearchParams(m[2]);
  state.view = m[1];
  if (state.users.some((u) => u.email === params.get('user'))) state.user = params.get('user');
  state.week = params.get('week');
  state.docId = params.get('doc');
}

async function refreshState() {
  const s = await api.get('/api/state');
  state.now = s.now;
  $('clock-now').textContent = `${formatWhen(s.now, app.timeZone())} · ${app.timeZone()}`;
  $('clock-now').dataset.now = s.now;
  const calls = $('api-calls');
  calls.textContent = `API calls: ${s.apiCalls.total}`;
  calls.dataset.total = s.apiCalls.total;
  calls.title =
    Object.entries(s.apiCalls.byMethod)
      .map(([m, n]) => `${m}: ${n}`)
      .join('\n') || 'No calls yet';
  const banner = $('bundle-banner');
  banner.hidden = s.bundle.loaded;
  banner.textContent = s.bundle.loaded ? '' : `Tandem is not loaded: ${s.bundle.problem ?? 'no bundle'}`;
  return s;
}

async function show(view, docId = state.docId) {
  state.view = view;
  state.docId = view === 'doc' ? docId : state.docId;
  $('calendar-view').hidden = view !== 'calendar';
  $('doc-view').hidden = view !== 'doc';
  $('mail-view').hidden = view !== 'mail';
  $('tab-calendar').classList.toggle('active', view === 'calendar');
  $('tab-doc').classList.toggle('active', view === 'doc');
  $('tab-mail').classList.toggle('active', view === 'mail');
  document.body.dataset.view = view;
  saveHash();
  if (view === 'mail') {
    await mailView.load();
    await panel.openHomepage('Home');
  } else if (view === 'calendar') {
    await calendar.load();
    await app.selectEvent(state.eventId && calendar.eventById(state.eventId) ? state.eventId : null);
  } else {
    const doc = await docView.load(docId);
    if (doc) await panel.openDocSidebar(doc.docId, `Docs sidebar · ${doc.title}`);
    else await panel.openHomepage('Home');
  }
}

function renderFired(now, fired) {
  const log = $('fired-log');
  clear(log).append(
    el('button', {
      class: 'icon-btn fired-close',
      text: '×',
      title: 'Close',
      attrs: { type: 'button' },
      dataset: { testid: 'fired-close' },
      on: { click: () => (log.hidden = true) },
    }),
    el('div', {
      class: 'fired-title',
      text: `Clock → ${formatWhen(now, app.timeZone())}: ${fired.length} trigger run(s)`,
    }),
    ...fired.map((f) =>
      el(
        'div',
        { class: `fired ${f.ok ? 'ok' : 'failed'}`, dataset: { testid: 'fired' }, title: f.error ?? '' },
        `${formatWhen(f.at, app.timeZone())} · ${f.user} · ${f.handler} (${f.type}) · ${f.ok ? '✓' : `✗ ${f.error ?? ''}`} · ${f.calls} calls`,
      ),
    ),
  );
  log.hidden = false;
}

async function advance(step) {
  try {
    // From an open doc, "After the next meeting" is that doc's next meeting.
    const docId = state.view === 'doc' && docView.current() ? state.docId : undefined;
    const answer = await api.post('/api/clock', { user: state.user, step, docId });
    renderFired(answer.now, answer.fired);
    toast(`Now ${formatWhen(answer.now, app.timeZone())}: ${answer.fired.length} trigger run(s)`);
    await app.afterChange({ reloadPanel: true });
  } catch (e) {
    toast(e.message, 'error');
  }
}

async function init() {
  const s = await api.get('/api/state');
  state.users = s.users;
  state.user = s.users[0]?.email ?? null;
  readHash();
  const select = $('user-select');
  select.append(
    ...s.users.map((u) =>
      el('option', {
        text: `${u.name} <${u.email}>`,
        attrs: { value: u.email, selected: u.email === state.user },
      }),
    ),
  );
  $('world-users').append(...s.users.map((u) => el('option', { attrs: { value: u.email } })));
  select.addEventListener('change', () => {
    state.user = select.value;
    state.eventId = null;
    refreshState();
    show(state.view);
  });
  $('tab-calendar').addEventListener('click', () => show('calendar'));
  $('tab-doc').addEventListener('click', () => show('doc'));
  $('tab-mail').addEventListener('click', () => show('mail'));
  for (const button of document.querySelectorAll('[data-step]'))
    button.addEventListener('click', () => advance(button.dataset.step));
  $('reset').addEventListener('click', async () => {
    if (!confirm('Start again from the sample world? Everything done so far is lost.')) return;
    await api.post('/api/reset');
    state.week = null;
    state.docId = null;
    state.eventId = null;
    $('fired-log').hidden = true;
    await refreshState();
    await show('calendar');
  });
  await refreshState();
  await show(state.view);
  document.body.dataset.ready = 'true';
}

// A link or a typed URL changing only the hash: follow it (the page's own changes use replaceState).
window.addEventListener('hashchange', () => {
  readHash();
  $('user-select').value = state.user;
  refreshState().then(() => show(state.view));
});
window.playground = { showCard: (card) => panel.showCard(card), state };
init().catch((e) => toast(`The playground could not start: ${e.message}`, 'error'));
