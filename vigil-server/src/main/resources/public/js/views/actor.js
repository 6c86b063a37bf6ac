// One actor (a state or an organisation): its events over time, who it deals with most, its latest events.
import { append, el, explain, emptyState, errorBox, meter } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { eventList, exportLinks, highlightLegend } from '../events.js';
import { chartBox, categoriesChart, timeNotes } from '../charts.js';
import { rangeForm, rangeOf, rangeText } from '../range.js';
import { givenDates, givenFootnote, lastCell } from '../givendates.js';

const LATEST = 10;

export async function render(root, route) {
  const code = (route.args[0] || '').toUpperCase();
  const range = rangeOf(route.params);
  root.appendChild(el('h1', { text: 'Actor ' + code }));
  root.appendChild(explain('Everything Vigil read about ', code, ' as the source or the target of an event: ',
    'how many events per month (by threat category, the line is all events), the actors it dealt with most and ',
    'its latest events with the sentence each was read from.'));
  root.appendChild(el('div', { class: 'controls' }, rangeForm(range, r => hashFor('actor', [code], r)),
    el('a', { class: 'button-link', href: hashFor('events', [], { actor: code, ...range }), text: 'All its events →' })));

  const [series, counterparts, latest, categories, health] = await Promise.allSettled([
    api.get('categories/series', { interval: 'month', actor: code, ...range }),
    api.get('actors/' + encodeURIComponent(code) + '/counterparts', { limit: 10, ...range }),
    api.get('events', { actor: code, limit: LATEST, ...range }), api.categories(), api.get('health'),
  ]);
  if (series.status === 'rejected') {
    root.appendChild(errorBox(series.reason));
    return;
  }
  const cats = categories.status === 'fulfilled' ? categories.value : [];

  const chart = section('Events per month', 'actor-series');
  if (!series.value.buckets || series.value.buckets.length === 0) {
    chart.appendChild(emptyState(`No dated events of ${code} ${rangeText(range)}.`));
  } else {
    const { box, canvas } = chartBox('actor-chart', 'events of ' + code + ' per month, by threat category');
    chart.appendChild(box);
    categoriesChart(canvas, series.value, cats, { total: true });
    append(chart, timeNotes(series.value.buckets, 'month', r => hashFor('actor', [code], r)));
  }
  const grid = el('div', { class: 'grid2' });
  grid.appendChild(section('Who it deals with most', 'counterparts', counterpartsTable(code, counterparts, range, givenDates(health))));
  const events = section('Latest events', 'actor-events');
  if (latest.status === 'rejected') {
    events.appendChild(errorBox(latest.reason));
  } else if (latest.value.events.length === 0) {
    events.appendChild(emptyState(`No events of ${code} ${rangeText(range)}.`));
  } else {
    events.appendChild(el('p', { class: 'muted', text: `${latest.value.events.length} most recent of ${latest.value.total}` }));
    events.appendChild(exportLinks({ actor: code, ...range }));
    events.appendChild(highlightLegend());
    events.appendChild(eventList(latest.value.events, { categories: cats }));
  }
  root.appendChild(chart);
  root.appendChild(grid);
  root.appendChild(events);
}

function section(title, id, body) {
  return el('section', { class: 'card', id: 'section-' + id }, el('h2', { text: title }), body);
}

function counterpartsTable(code, result, range, given) {
  if (result.status === 'rejected') return errorBox(result.reason);
  const rows = result.value.counterparts || [];
  if (rows.length === 0) return emptyState(`${code} has no events with another named actor.`);
  return el('div', {}, el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, ['with', 'events', 'conflict', 'tension', 'last'].map(h => el('th', { text: h })))),
    el('tbody', {}, rows.map(p => el('tr', {},
      el('td', {}, el('a', { href: hashFor('actor', [p.b], range), text: p.b }), ' · ',
        el('a', { href: hashFor('dyad', [p.a, p.b], range), text: 'pair' })),
      el('td', { class: 'num', text: String(p.events) }),
      el('td', { class: 'num', text: String(p.conflict) }),
      el('td', {}, meter(p.tension, 'tension')),
      lastCell(p.last_date, given))))), givenFootnote(rows, given));
}
