// The Calendar view: the signed-in person's week (time grid in their time zone, all-day row, a line
// at "now"), and the details of a clicked event with the changes a person can make to it.
import * as api from './api.js';
import { renderEventDetails } from './event-details.js';
import { clear, el, toast } from './ui.js';

const HOUR_PX = 48;
const FIRST_VISIBLE_HOUR = 8;
/** The event details' width when the week leaves room for it beside the event's day. */
const DETAILS_WIDTH = 360;

/** Side-by-side columns for overlapping events of one day. */
function layoutDay(events) {
  const sorted = [...events].sort((a, b) => a.startMinutes - b.startMinutes || b.endMinutes - a.endMinutes);
  const placed = [];
  let cluster = [];
  let clusterEnd = -1;
  const flush = () => {
    const columns = Math.max(1, ...cluster.map((p) => p.column + 1));
    for (const p of cluster) p.columns = columns;
    cluster = [];
  };
  for (const event of sorted) {
    if (event.startMinutes >= clusterEnd) flush();
    const used = new Set(cluster.filter((p) => p.event.endMinutes > event.startMinutes).map((p) => p.column));
    let column = 0;
    while (used.has(column)) column++;
    const p = { event, column, columns: 1 };
    cluster.push(p);
    placed.push(p);
    clusterEnd = Math.max(clusterEnd, event.endMinutes);
  }
  flush();
  return placed;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 19 – 25, 2026", or "Oct 26 – Nov 1, 2026" across months, as Google Calendar titles a week. */
export function weekTitle(first, last) {
  const [y1, m1, d1] = first.split('-').map(Number);
  const [y2, m2, d2] = last.split('-').map(Number);
  const from = `${MONTHS[m1 - 1]} ${d1}`;
  if (y1 !== y2) return `${from}, ${y1} – ${MONTHS[m2 - 1]} ${d2}, ${y2}`;
  return `${from} – ${m1 === m2 ? '' : `${MONTHS[m2 - 1]} `}${d2}, ${y2}`;
}

export function createCalendarView(app) {
  const root = document.getElementById('calendar-view');
  const label = el('h2', { class: 'week-label', dataset: { testid: 'week-label' } });
  const zone = el('span', { class: 'zone' });
  const grid = el('div', { class: 'cal-grid', dataset: { testid: 'calendar-grid' } });
  const details = el('div', {
    class: 'event-details',
    dataset: { testid: 'event-details' },
    attrs: { hidden: true },
  });
  let week = null;
  let selected = null;
  // Where the person scrolled the day to; null until they do (then the working day is shown).
  let scrollWanted = null;

  const shift = (days) => {
    const d = new Date(`${week.start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    app.setWeek(d.toISOString().slice(0, 10));
  };
  root.append(
    el(
      'div',
      { class: 'cal-toolbar' },
      el('button', {
        class: 'btn btn-outlined',
        text: 'Today',
        dataset: { testid: 'week-today' },
        on: { click: () => app.setWeek(null) },
      }),
      el('button', {
        class: 'icon-btn',
        text: '‹',
        title: 'Previous week',
        dataset: { testid: 'week-prev' },
        on: { click: () => shift(-7) },
      }),
      el('button', {
        class: 'icon-btn',
        text: '›',
        title: 'Next week',
        dataset: { testid: 'week-next' },
        on: { click: () => shift(7) },
      }),
      label,
      zone,
    ),
    el('div', { class: 'cal-wrap' }, grid, details),
  );

  function eventBlock(event, extraClass = '') {
    const short = !event.allDay && event.endMinutes - event.startMinutes < 45;
    const classes = [
      'cal-event',
      extraClass,
      short ? 'short' : '',
      event.myResponse === 'declined' ? 'declined' : '',
      event.id === selected ? 'selected' : '',
    ];
    return el(
      'button',
      {
        class: classes.filter(Boolean).join(' '),
        title: `${event.summary}\n${event.timeLabel}`,
        dataset: { testid: 'cal-event', eventId: event.id, summary: event.summary },
        attrs: { type: 'button' },
        on: { click: () => app.selectEvent(event.id) },
      },
      // The attachment icon leads the title; the time follows in its own box, whole or (when the
      // day is too narrow for it) wrapped out of sight: never cut, never under the icon.
      el(
        'span',
        { class: 'ev-head' },
        event.attachments.length
          ? el('span', {
              class: 'ev-clip',
              text: '▤',
              title: event.attachments.map((a) => a.title).join(', '),
              dataset: { testid: 'ev-clip' },
            })
          : null,
        el('span', { class: 'ev-title', text: event.summary }),
      ),
      event.allDay
        ? null
        : el('span', {
            class: 'ev-time',
            text: short ? event.timeLabel.split(' – ')[0] : event.timeLabel,
            dataset: { testid: 'ev-time' },
          }),
    );
  }

  /** The working day: 08:00, or the hour of the week's earliest timed event when it is earlier. */
  function workingDayTop() {
    const starts = week.events.filter((e) => !e.allDay).map((e) => e.startMinutes);
    const hour = Math.min(FIRST_VISIBLE_HOUR, Math.floor(Math.min(Infinity, ...starts) / 60));
    return hour * HOUR_PX;
  }

  /** Scrolls to `top` now, or as soon as the grid is shown (a hidden element cannot scroll). */
  function scrollWhenShown(scroller, top) {
    scroller.scrollTop = top;
    if (scroller.clientHeight > 0) return;
    const observer = new ResizeObserver(() => {
      if (scroller.clientHeight === 0) return;
      observer.disconnect();
      scroller.scrollTop = top;
    });
    observer.observe(scroller);
  }

  function render() {
    label.textContent = weekTitle(week.days[0].date, week.days[6].date);
    zone.textContent = week.timeZone;
    clear(grid);
    const today = week.nowAt?.day;
    grid.append(
      el(
        'div',
        { class: 'cal-head' },
        el('div', { class: 'gutter' }),
        week.days.map((d, i) =>
          el('div', {
            class: `day-head${i === today ? ' today' : ''}`,
            text: d.label,
            dataset: { date: d.date },
          }),
        ),
      ),
    );
    const allDay = el('div', { class: 'allday-lanes' });
    for (const event of week.events.filter((e) => e.allDay)) {
      const block = eventBlock(event, 'allday');
      block.style.gridColumn = `${event.day + 1} / ${event.lastDay + 2}`;
      allDay.append(block);
    }
    grid.append(el('div', { class: 'cal-allday' }, el('div', { class: 'gutter', text: 'all day' }), allDay));
    const columns = week.days.map((d, i) =>
      el('div', { class: `day-col${i === today ? ' today' : ''}`, dataset: { date: d.date } }),
    );
    for (let day = 0; day < 7; day++) {
      for (const p of layoutDay(week.events.filter((e) => !e.allDay && e.day === day))) {
        const block = eventBlock(p.event);
        block.style.top = `${(p.event.startMinutes / 60) * HOUR_PX}px`;
        block.style.height = `${Math.max(18, ((p.event.endMinutes - p.event.startMinutes) / 60) * HOUR_PX - 2)}px`;
        block.style.left = `${(p.column / p.columns) * 100}%`;
        block.style.width = `${100 / p.columns}%`;
        columns[day].append(block);
      }
    }
    if (week.nowAt) {
      const line = el('div', { class: 'now-line', dataset: { testid: 'now-line' } });
      line.style.top = `${(week.nowAt.minutes / 60) * HOUR_PX}px`;
      columns[week.nowAt.day].append(line);
    }
    const hours = el(
      'div',
      { class: 'hours' },
      Array.from({ length: 24 }, (_, h) =>
        el('div', { class: 'hour', text: h === 0 ? '' : `${String(h).padStart(2, '0')}:00` }),
      ),
    );
    const scroller = el(
      'div',
      { class: 'cal-scroll', dataset: { testid: 'cal-scroll' } },
      el('div', { class: 'cal-body' }, hours, columns),
    );
    grid.append(scroller);
    scrollWhenShown(scroller, scrollWanted ?? workingDayTop());
    scroller.addEventListener('scroll', () => {
      if (scroller.isConnected && scroller.clientHeight > 0) scrollWanted = scroller.scrollTop;
    });
    renderDetails();
  }

  function renderDetails() {
    const event = week?.events.find((e) => e.id === selected);
    details.hidden = !event;
    clear(details);
    if (!event) return;
    details.append(renderEventDetails(event, app, { close: () => app.selectEvent(null) }));
    placeDetails(event);
  }

  /**
   * The details float over the week, as Google Calendar's do, beside the event's day: to its right
   * when there is room, else to its left, never narrowing the days.
   */
  function placeDetails(event) {
    const column = grid.querySelector(`.day-col[data-date="${week.days[event.day]?.date}"]`);
    const wrap = details.parentElement;
    if (!column || !wrap || wrap.clientWidth === 0) return;
    const area = wrap.getBoundingClientRect();
    const day = column.getBoundingClientRect();
    const gap = 8;
    const rightRoom = area.right - day.right - 2 * gap;
    const leftRoom = day.left - area.left - 2 * gap;
    const width = Math.max(280, Math.min(DETAILS_WIDTH, Math.max(rightRoom, leftRoom)));
    details.style.width = `${width}px`;
    details.style.right = 'auto';
    details.style.left =
      rightRoom >= width || rightRoom >= leftRoom
        ? `${Math.min(day.right - area.left + gap, area.width - width - gap)}px`
        : `${Math.max(gap, day.left - area.left - gap - width)}px`;
  }

  window.addEventListener('resize', () => {
    const event = week?.events.find((e) => e.id === selected);
    if (event && !details.hidden) placeDetails(event);
  });

  return {
    async load() {
      try {
        week = await api.get('/api/week', { user: app.user(), start: app.week() ?? undefined });
        render();
      } catch (e) {
        toast(e.message, 'error');
      }
    },
    select(eventId) {
      selected = eventId;
      if (week) render();
    },
    eventById: (id) => week?.events.find((e) => e.id === id) ?? null,
  };
}
