// A time slider over the months of the data: a window of one or more months moved along the months, with the
// events of each month drawn above it, so that an analyst sees where the news is before moving into an empty year.
import { el } from './dom.js';
import { windowEnd } from './range.js';

/** Window lengths offered, in months. */
const WINDOWS = [1, 3, 12];
/** How long a window stays on screen while playing. */
const STEP_MS = 1500;

/** Whole months from an ISO first of a month to an ISO last day, or 0 when the range is not whole months. */
function monthsOf(from, to) {
  if (!/^\d{4}-\d{2}-01$/.test(from || '')) return 0;
  return WINDOWS.find(n => windowEnd(from, n) === to) || 0;
}

/**
 * The first window start after month i whose window holds events, or -1 at the end: playing steps over empty months
 * (on the real corpora fourteen years of them lie between the news of 2004 and of 2019).
 */
function nextWithEvents(months, i, n) {
  for (let j = i + 1; j < months.length; j++) {
    if (months.slice(j, j + n).some(b => b.events)) return j;
  }
  return -1;
}

/**
 * Play / pause: playing is in the address (play=1), so that each step is an ordinary page for its window, and the
 * step is taken only if the address is still the one it was planned for (the analyst went nowhere else meanwhile).
 */
function playButton(months, at, n, playing, hrefFor) {
  const windowAt = i => ({ from: months[i].start, to: windowEnd(months[i].start, n) });
  const next = nextWithEvents(months, at, n);
  if (playing && at >= 0 && next >= 0) {
    const planned = window.location.hash;
    setTimeout(() => {
      if (window.location.hash === planned) window.location.hash = hrefFor({ ...windowAt(next), play: '1' });
    }, STEP_MS);
  }
  const stop = playing && next >= 0;
  return el('button', { type: 'button', class: 'play', 'aria-pressed': stop ? 'true' : 'false',
    text: stop ? '❚❚ Pause' : '▶ Play', title: 'step through the windows that hold events',
    on: { click: () => {
      if (stop) {
        window.location.hash = hrefFor(windowAt(at));
        return;
      }
      // from the window shown, or from the first with events (also after the last: play again from the start)
      const first = at >= 0 && next >= 0 ? at : nextWithEvents(months, -1, n);
      window.location.hash = hrefFor({ ...windowAt(first), play: '1' });
    } } });
}

/**
 * months: the buckets of a monthly series over the whole data ({start, events}, every month from the first to the
 * last). range: the page's {from, to}. hrefFor({from, to, play}) is the page's address for another range.
 * The slider stands on the window the range is, or on nothing ("all dates") when the range is not one; playing
 * (range.play), it moves on to the next window with events by itself.
 */
export function timeSlider(months, range, hrefFor) {
  const shown = monthsOf(range.from, range.to);
  const at = shown ? months.findIndex(b => b.start === range.from) : -1;
  const span = el('select', { name: 'window', 'aria-label': 'months shown at once' },
    WINDOWS.map(n => el('option', { value: String(n), text: n === 1 ? '1 month' : `${n} months`,
      selected: n === (shown || 1) ? 'selected' : null })));
  const slider = el('input', { type: 'range', name: 'month', min: '0', max: String(months.length - 1), step: '1',
    value: String(Math.max(0, at)), 'aria-label': 'first month shown' });
  const label = el('output', { class: 'slider-label' });
  const go = () => {
    const start = months[Number(slider.value)].start;
    window.location.hash = hrefFor({ from: start, to: windowEnd(start, Number(span.value)) });
  };
  const describe = () => {
    if (at < 0 && !slider.dataset.moved) {
      label.textContent = 'all dates: move the slider to see one window of months';
      return;
    }
    const i = Number(slider.value);
    const n = Number(span.value);
    const inWindow = months.slice(i, i + n).reduce((sum, b) => sum + (b.events || 0), 0);
    label.textContent = `${months[i].start.slice(0, 7)}${n > 1 ? ' – ' + windowEnd(months[i].start, n).slice(0, 7) : ''}`
      + `: ${inWindow} dated event${inWindow === 1 ? '' : 's'}`;
  };
  slider.addEventListener('input', () => { slider.dataset.moved = 'true'; describe(); });
  slider.addEventListener('change', go);
  span.addEventListener('change', () => { if (at >= 0 || slider.dataset.moved) go(); });
  describe();
  return el('div', { class: 'time-slider' }, histogram(months, at, shown), slider,
    el('div', { class: 'slider-ends muted small' }, el('span', { text: months[0].start.slice(0, 7) }),
      el('span', { text: months[months.length - 1].start.slice(0, 7) })),
    el('div', { class: 'slider-row' }, label, el('span', {},
      playButton(months, at, shown || Number(span.value), Boolean(range.play), hrefFor), ' ',
      el('label', {}, 'Window: ', span))));
}

/**
 * Events per month as bars (height by the square root, so that a month of three events still shows beside one of
 * four hundred), the months shown darker; a month without events is an empty slot, not a bar.
 */
function histogram(months, at, shown) {
  const max = Math.max(1, ...months.map(b => b.events || 0));
  return el('div', { class: 'month-bars', 'aria-hidden': 'true' }, months.map((b, i) => {
    // striped: most of the month's events are dated only by their corpus's given period (see charts.js)
    const given = (b.given || 0) * 2 > (b.events || 0);
    const bar = el('span', { class: 'month-bar' + (at >= 0 && i >= at && i < at + shown ? ' in-window' : '')
      + (given ? ' given' : ''), title: `${b.start.slice(0, 7)}: ${b.events || 0} events`
      + (b.given ? `, ${b.given} dated only by their corpus's given period` : '') });
    bar.style.height = b.events ? Math.max(2, Math.round(40 * Math.sqrt(b.events / max))) + 'px' : '0';
    return bar;
  }));
}
