// The details of one calendar event, and the changes its organizer can make as they would in Google
// Calendar: move or cancel this occurrence, add a guest to the series, or replace a guest. What a
// card attached to the open event waits here, unsaved, until the person presses Save.
import * as api from './api.js';
import { el, formatWhen, isEmailAddress, notAnEmail, toast } from './ui.js';

const RESPONSE_ICON = { accepted: '✓', declined: '✗', tentative: '?', needsAction: '·' };

/** "2026-10-27T10:00" for a datetime-local input: the wall-clock time in the user's time zone. */
export function localInputValue(iso, timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function changeControls(event, app) {
  // `check` answers what is wrong with what the person typed (said at once, nothing sent), or null.
  const act =
    (path, payload, done, check = () => null) =>
    async (click) => {
      const button = click.currentTarget;
      const body = payload();
      const problem = check(body);
      if (problem) {
        toast(problem, 'error');
        return;
      }
      button.disabled = true;
      try {
        await api.post(path, { user: app.user(), eventId: event.id, ...body });
        toast(done);
        await app.afterCalendarChange(path.endsWith('cancel') ? null : event.id);
      } catch (e) {
        toast(e.message, 'error');
      } finally {
        button.disabled = false;
      }
    };
  const moveInput = el('input', { attrs: { type: 'datetime-local' }, dataset: { testid: 'move-start' } });
  if (!event.allDay) moveInput.value = localInputValue(event.start, app.timeZone());
  const guestInput = el('input', {
    attrs: { type: 'email', placeholder: 'name@example.com', list: 'world-users' },
    dataset: { testid: 'add-guest-email' },
  });
  const guests = event.attendees.filter((a) => !a.resource && a.email !== event.organizer);
  const fromSelect = el(
    'select',
    { dataset: { testid: 'replace-from' } },
    guests.map((a) => el('option', { text: a.name || a.email, attrs: { value: a.email } })),
  );
  const toInput = el('input', {
    attrs: { type: 'email', placeholder: 'new guest', list: 'world-users' },
    dataset: { testid: 'replace-to' },
  });
  const occurrence = event.seriesId ? 'this occurrence' : 'this event';
  return el(
    'div',
    { class: 'changes' },
    el('div', { class: 'changes-title', text: `Change it as ${app.user()}` }),
    event.allDay
      ? null
      : el(
          'div',
          { class: 'change-row' },
          moveInput,
          el('button', {
            class: 'btn btn-outlined',
            text: `Move ${occurrence}`,
            dataset: { testid: 'move-button' },
            on: {
              click: act(
                '/api/calendar/move',
                () => ({ start: moveInput.value }),
                'Moved',
                ({ start }) => (start ? null : `Choose the date and time to move ${occurrence} to first.`),
              ),
            },
          }),
        ),
    el(
      'div',
      { class: 'change-row' },
      el('button', {
        class: 'btn btn-outlined danger',
        text: `Cancel ${occurrence}`,
        dataset: { testid: 'cancel-button' },
        on: { click: act('/api/calendar/cancel', () => ({}), 'Cancelled') },
      }),
    ),
    el(
      'div',
      { class: 'change-row' },
      guestInput,
      el('button', {
        class: 'btn btn-outlined',
        text: event.seriesId ? 'Add guest to series' : 'Add guest',
        dataset: { testid: 'add-guest-button' },
        on: {
          click: act(
            '/api/calendar/add-guest',
            () => ({ email: guestInput.value.trim() }),
            'Guest added',
            ({ email }) => (isEmailAddress(email) ? null : notAnEmail(email)),
          ),
        },
      }),
    ),
    guests.length
      ? el(
          'div',
          { class: 'change-row' },
          fromSelect,
          el('span', { text: '→' }),
          toInput,
          el('button', {
            class: 'btn btn-outlined',
            text: 'Replace',
            dataset: { testid: 'replace-button' },
            on: {
              click: act(
                '/api/calendar/replace-guest',
                () => ({ from: fromSelect.value, to: toInput.value.trim() }),
                'Guest replaced',
                ({ to }) => (isEmailAddress(to) ? null : notAnEmail(to)),
              ),
            },
          }),
        )
      : null,
  );
}

/** Attachments a card added to the open event: Calendar keeps them only if the person saves. */
function unsavedControls(event, app) {
  const act = (path, done) => async (click) => {
    const button = click.currentTarget;
    button.disabled = true;
    try {
      const answer = await api.post(path, { user: app.user(), eventId: event.id });
      toast(answer.saved && answer.saved.length === 0 ? 'Already attached to the event' : done);
      await app.afterCalendarChange(event.id);
    } catch (e) {
      toast(e.message, 'error');
    } finally {
      button.disabled = false;
    }
  };
  return el(
    'div',
    { class: 'changes unsaved', dataset: { testid: 'details-unsaved' } },
    el('div', {
      class: 'changes-title',
      text: 'Not saved: Calendar keeps these only when you save the event',
    }),
    el(
      'div',
      { class: 'change-row' },
      event.unsavedAttachments.map((a) => el('span', { class: 'chip', text: `▤ ${a.title}`, title: a.url })),
    ),
    el(
      'div',
      { class: 'change-row' },
      el('button', {
        class: 'btn btn-filled',
        text: 'Save',
        attrs: { type: 'button' },
        dataset: { testid: 'save-event' },
        on: { click: act('/api/calendar/save-event', 'Saved: the attachment is on the event') },
      }),
      el('button', {
        class: 'btn btn-outlined',
        text: 'Discard',
        attrs: { type: 'button' },
        dataset: { testid: 'discard-event' },
        on: { click: act('/api/calendar/discard-event', 'Discarded: nothing was attached') },
      }),
    ),
  );
}

export function renderEventDetails(event, app, { close }) {
  const when = event.allDay
    ? `${event.start} · all day`
    : `${formatWhen(event.start, app.timeZone())} – ${event.timeLabel.split('– ')[1] ?? ''}`;
  return el(
    'div',
    { class: 'details-card' },
    el('button', {
      class: 'icon-btn close',
      text: '×',
      title: 'Close',
      attrs: { type: 'button' },
      on: { click: close },
    }),
    el('h3', { text: event.summary, dataset: { testid: 'details-title' } }),
    el('div', { class: 'muted', text: when }),
    event.location ? el('div', { class: 'muted', text: `Where: ${event.location}` }) : null,
    el('div', {
      class: 'muted',
      text: `Organizer: ${event.organizer}${event.seriesId ? ' · recurring' : ''}`,
    }),
    el(
      'ul',
      { class: 'guests', dataset: { testid: 'details-guests' } },
      event.attendees.map((a) =>
        el('li', {
          class: a.resource ? 'resource' : '',
          text: `${RESPONSE_ICON[a.response] ?? '·'} ${a.name || a.email}${a.resource ? ' (room)' : ''}`,
          title: a.email,
        }),
      ),
    ),
    event.attachments.length
      ? el(
          'div',
          { class: 'attachments', dataset: { testid: 'details-attachments' } },
          event.attachments.map((a) =>
            el('button', {
              class: 'chip',
              text: `▤ ${a.title}`,
              attrs: { type: 'button' },
              on: {
                click: () =>
                  a.docId ? app.openDoc(a.docId) : toast(`Not a doc of this world: ${a.url}`, 'error'),
              },
            }),
          ),
        )
      : null,
    event.unsavedAttachments?.length ? unsavedControls(event, app) : null,
    event.isOrganizer
      ? changeControls(event, app)
      : el('div', { class: 'muted', text: 'Only the organizer changes this series.' }),
  );
}
