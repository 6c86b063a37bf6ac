// Overview: what changed (alerts), where it is tense (dyads, blocs), and what kind of threats (categories over time).
import { append, el, explain, emptyState, errorBox, meter } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { highlightLegend } from '../events.js';
import { chartBox, categoriesChart, timeNotes } from '../charts.js';
import { alertCard } from '../alerts.js';
import { liveNode } from '../live.js';
import { rangeForm, rangeOf } from '../range.js';
import { categoryLinks } from './category.js';
import { givenDates, givenFootnote, lastCell } from '../givendates.js';

const OVERVIEW_ALERTS = 5;
const RUN_HINT = 'No events yet — run ./vigil run (or ./vigil ingest) to read articles, then reload this page.';

export async function render(root, route) {
  const range = rangeOf(route.params);
  root.appendChild(el('h1', { text: 'Overview' }));
  root.appendChild(explain('Vigil reads news articles and codes who did what to whom (CAMEO events). ',
    'This page shows where tension is rising, which pairs of countries and blocs are most hostile, ',
    'and which kinds of threat are reported over time. Click any pair to see its history and the sentences behind it.'));

  root.appendChild(el('div', { class: 'controls' }, rangeForm(range, r => hashFor('', [], r))));

  const [health, alerts, dyads, blocTop, catSeries, categories, status] = await Promise.allSettled([
    api.get('health'), api.get('alerts', range), api.get('dyads/top', { limit: 10, ...range }),
    api.get('blocs/top', { limit: 10, ...range }), api.get('categories/series', { interval: 'month', ...range }),
    api.categories(), api.get('status'),
  ]);

  root.appendChild(healthLine(health));
  const live = liveNode(status);
  if (live) root.appendChild(live);
  if (health.status === 'fulfilled' && !health.value.events) {
    root.appendChild(emptyState('Welcome! There are no events yet.', 'Run ./vigil run to read and code the ' +
      'articles, then reload this page. Every panel below fills in from what was read.'));
  }
  root.appendChild(pairForm());
  root.appendChild(actorForm());

  const grid = el('div', { class: 'grid2' });
  root.appendChild(section('Alerts', 'alerts',
    'The latest weeks (months, when the news is sparse) in the data, whatever their date, where a pair had ' +
    'improbably many conflict events given the 8 before (p = the chance of that many under its baseline; without ' +
    'history nothing alerts). Open the alerts page for the baseline each one beat.', alertsNode(alerts, categories)));
  grid.appendChild(section('Most tense pairs of countries', 'top-dyads',
    'Tension = share of conflict events (threats, accusations, attacks…) among all events between the two, both ' +
    'directions, smoothed toward 0.5 when there are few events. 0 = only cooperation, 1 = only conflict.',
    topTable(dyads, 'dyads', 'dyad', range, givenDates(health))));
  grid.appendChild(section('Internal conflict per state', 'internal',
    'A state acting on itself (its police and protesters, its army and rebels), ranked by the same tension; ' +
    'kept out of the pairs above.', topTable(dyads, 'internal', 'dyad', range, givenDates(health))));
  grid.appendChild(section('Most tense pairs of blocs', 'top-blocs',
    'The same for alliances (e.g. NATO vs CSTO): events between members of one and members of the other, by ' +
    'membership on the event date.', topTable(blocTop, 'pairs', 'bloc', range, givenDates(health))));
  root.appendChild(grid);

  const cats = section('Threat categories over time', 'categories',
    'Events per month by threat category (an event can be in two categories; events in none are not shown).', null);
  root.appendChild(cats);
  if (categories.status === 'fulfilled') {
    cats.appendChild(el('p', { class: 'category-links' }, 'A page per category: ', categoryLinks(categories.value, range)));
  }
  if (catSeries.status === 'rejected') {
    cats.appendChild(errorBox(catSeries.reason));
  } else if (!catSeries.value.buckets || catSeries.value.buckets.length === 0) {
    cats.appendChild(emptyState('No dated events to chart yet.', RUN_HINT));
  } else {
    const { box, canvas } = chartBox('categories-chart', 'events per threat category per month');
    cats.appendChild(box);
    categoriesChart(canvas, catSeries.value, categories.status === 'fulfilled' ? categories.value : []);
    append(cats, timeNotes(catSeries.value.buckets, 'month', r => hashFor('', [], r)));
  }
}

function section(title, id, text, body) {
  return el('section', { class: 'card', id: 'section-' + id }, el('h2', { text: title }),
    text ? explain(text) : null, body);
}

function healthLine(health) {
  if (health.status === 'rejected') return errorBox(health.reason);
  const h = health.value;
  const range = h.first_date ? `${h.first_date} to ${h.last_date}` : 'no dated events';
  return el('p', { class: 'health' },
    el('strong', { text: String(h.events ?? 0) }), ' events from ',
    el('strong', { text: String(h.articles ?? 0) }), ' articles (', range, ')',
    h.mentions && h.mentions > h.events ? ` · ${h.mentions} reports in all` : '',
    h.undated_events ? ` · ${h.undated_events} of these events have no date and are not charted` : '',
    h.given_date_events ? ` · ${h.given_date_events} ${h.given_date_events === 1 ? 'is' : 'are'} dated only by the period given for their corpus ` +
      '(charted on its middle day, hatched; not in alerts)' : '');
}

function pairForm() {
  const a = el('input', { name: 'a', placeholder: 'RUS', size: 6, 'aria-label': 'first country or bloc code' });
  const b = el('input', { name: 'b', placeholder: 'UKR', size: 6, 'aria-label': 'second country or bloc code' });
  const kind = el('select', { name: 'kind', 'aria-label': 'countries or blocs' },
    el('option', { value: 'dyad', text: 'countries (RUS, UKR, USA…)' }),
    el('option', { value: 'bloc', text: 'blocs (NATO, CSTO, EU…)' }));
  const form = el('form', { class: 'inline-form', on: {
    submit: e => {
      e.preventDefault();
      if (!a.value.trim() || !b.value.trim()) return;
      window.location.hash = hashFor(kind.value, [a.value.trim().toUpperCase(), b.value.trim().toUpperCase()]);
    },
  } }, el('span', { text: 'Look at a pair: ' }), a, el('span', { text: ' and ' }), b, ' as ', kind,
  el('button', { type: 'submit', text: 'Show tension' }));
  return form;
}

function actorForm() {
  const code = el('input', { name: 'actor', placeholder: 'IRN', size: 6, 'aria-label': 'country or organisation code' });
  return el('form', { class: 'inline-form actor-form', on: {
    submit: e => {
      e.preventDefault();
      if (code.value.trim()) window.location.hash = hashFor('actor', [code.value.trim().toUpperCase()]);
    },
  } }, el('span', { text: 'Look at one actor: ' }), code, el('button', { type: 'submit', text: 'Show actor' }));
}

function alertsNode(result, categories) {
  if (result.status === 'rejected') return errorBox(result.reason);
  const r = result.value;
  const alerts = (r.alerts || []).slice(0, OVERVIEW_ALERTS);
  const cats = categories.status === 'fulfilled' ? categories.value : [];
  const all = el('p', {}, el('a', { href: '#/alerts', text: 'All alerts, with a date range →' }));
  if (alerts.length === 0) {
    return el('div', {}, emptyState(`No alerts${r.from ? ` from ${r.from} to ${r.to}` : ''}: no pair rose ` +
      'well above its baseline.'), all);
  }
  return el('div', { class: 'alerts' }, highlightLegend(),
    alerts.map(al => alertCard(al, { categories: cats, explained: false })), all);
}

function topTable(result, field, kind, range, given) {
  if (result.status === 'rejected') return errorBox(result.reason);
  const rows = result.value[field] || [];
  if (rows.length === 0) {
    return emptyState('No pair has enough events yet (at least 3 between the two).',
      kind === 'bloc' ? 'Blocs count events between their member states and the organisations themselves.' : RUN_HINT);
  }
  const table = el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, ['pair', 'tension', 'events', 'conflict', 'last'].map(h => el('th', { text: h })))),
    el('tbody', {}, rows.map(p => el('tr', {},
      el('td', {}, el('a', { href: hashFor(kind, [p.a, p.b], range), text: p.a === p.b ? p.a : `${p.a} – ${p.b}` })),
      el('td', {}, meter(p.tension, 'tension')),
      el('td', { class: 'num', text: String(p.events) }),
      el('td', { class: 'num', text: String(p.conflict) }),
      lastCell(p.last_date, given)))));
  return el('div', {}, table, givenFootnote(rows, given));
}
