// A pair: two countries (#/dyad/A/B) or two blocs (#/bloc/A/B): tension over time and the events behind it.
import { el, explain, emptyState, errorBox, fmtNum } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { eventList, highlightLegend } from '../events.js';
import { chartBox, tensionChart } from '../charts.js';
import { pager } from './search.js';
import { rangeForm, rangeOf, rangeText } from '../range.js';

const PAGE = 20;

export async function render(root, route) {
  const isBloc = route.name === 'bloc';
  const [a, b] = route.args.map(x => String(x).toUpperCase());
  if (!a || !b) {
    root.appendChild(el('h1', { text: 'Pick a pair' }));
    root.appendChild(emptyState('This page needs two codes, e.g. #/dyad/RUS/UKR or #/bloc/NATO/CSTO.'));
    return;
  }
  const p = route.params;
  const interval = p.get('interval') || 'week';
  const direction = p.get('direction') || 'both';
  const statuses = p.get('statuses') || 'member';
  const offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
  const range = rangeOf(p);
  const here = extra => hashFor(route.name, [a, b], { interval, direction, statuses: isBloc ? statuses : '',
    ...range, offset: '', ...extra });

  root.appendChild(el('h1', {}, isBloc ? 'Blocs ' : 'Countries ', el('span', { class: 'pair', text: `${a} – ${b}` })));
  root.appendChild(explain(
    'Tension is the share of conflict events (verbal conflict such as threats and accusations, material conflict ',
    'such as attacks) among all events between the two, pooled over a few periods and pulled toward 0.5 when there ',
    'are few events, so that one report does not swing it. 0 = only cooperation, 0.5 = mixed or no information, ',
    '1 = only conflict. Bars show how many events it rests on.'));
  root.appendChild(controls(isBloc, { interval, direction, statuses }, here));
  root.appendChild(el('div', { class: 'controls' }, rangeForm(range, r => here(r))));

  const seriesPath = isBloc ? 'blocs/series' : 'series';
  const seriesParams = { a, b, interval, direction, statuses: isBloc ? statuses : '', ...range };
  const eventParams = { ...(isBloc ? { blocs: `${a},${b}`, statuses, direction } : { dyad: `${a},${b}`, direction }),
    ...range };

  const chartCard = el('section', { class: 'card', id: 'section-tension' }, el('h2', { text: 'Tension over time' }));
  const eventsCard = el('section', { class: 'card', id: 'section-events' }, el('h2', { text: 'Events between them' }),
    highlightLegend());
  root.appendChild(chartCard);
  root.appendChild(eventsCard);

  const [series, events] = await Promise.allSettled([
    api.get(seriesPath, seriesParams),
    api.get('events', { ...eventParams, limit: PAGE, offset }),
  ]);

  if (series.status === 'rejected') {
    chartCard.appendChild(errorBox(series.reason));
  } else {
    fillChart(chartCard, series.value, isBloc);
  }
  if (events.status === 'rejected') {
    eventsCard.appendChild(errorBox(events.reason));
  } else {
    const r = events.value;
    if (!r.events || r.events.length === 0) {
      eventsCard.appendChild(emptyState(`No events between ${a} and ${b} ${rangeText(range) || 'yet'}.`,
        'Try the other code of a country (ISO alpha-3, e.g. RUS, UKR, USA, BLR) or run ./vigil run on more articles.'));
    } else {
      eventsCard.appendChild(el('p', { class: 'muted', text: `${r.total} event(s), newest first.` }));
      eventsCard.appendChild(eventList(r.events));
      eventsCard.appendChild(pager(r, o => here({ offset: o || '' })));
    }
  }
}

function controls(isBloc, cur, here) {
  const select = (name, options, value, label) => el('label', {}, label + ' ', el('select', {
    name, on: { change: e => { window.location.hash = here({ [name]: e.target.value }); } },
  }, options.map(([v, t]) => el('option', { value: v, text: t, selected: v === value ? 'selected' : null }))));
  return el('div', { class: 'controls' },
    select('interval', [['day', 'day'], ['week', 'week'], ['month', 'month']], cur.interval, 'Period:'),
    select('direction', [['both', 'both directions'], ['ab', 'first → second only'], ['ba', 'second → first only']],
      cur.direction, 'Direction:'),
    isBloc ? select('statuses', [['member', 'members only'], ['all', 'members, partners and observers']],
      cur.statuses, 'Who counts:') : null);
}

function fillChart(card, s, isBloc) {
  const t = s.totals || {};
  if (t.events) card.appendChild(el('p', { class: 'totals' },
    el('strong', { text: String(t.events ?? 0) }), ' events',
    s.from ? ` from ${s.from} to ${s.to}` : '', ': ',
    `${t.q1 ?? 0} verbal cooperation, ${t.q2 ?? 0} material cooperation, ${t.q3 ?? 0} verbal conflict, ` +
    `${t.q4 ?? 0} material conflict · mean Goldstein ${fmtNum(t.mean_goldstein, 2)} ` +
    '(−10 most hostile … +10 most cooperative)'));
  if (s.undated) card.appendChild(el('p', { class: 'totals undated' },
    el('strong', { text: String(s.undated) }),
    ` ${t.events ? 'more ' : ''}event${s.undated === 1 ? ' has' : 's have'} no date and ` +
    `${s.undated === 1 ? 'is' : 'are'} not charted (listed below).`));
  if (!s.buckets || s.buckets.length === 0) {
    card.appendChild(emptyState('No dated events between them yet, so there is nothing to chart.',
      'Events without a date are listed below but cannot be placed in time.'));
  } else {
    const { box, canvas } = chartBox('tension-chart', 'tension over time');
    card.appendChild(box);
    tensionChart(canvas, s);
    card.appendChild(el('p', { class: 'muted small', text:
      `Smoothed over ${s.window} ${s.interval}s with a prior of ${s.prior} event(s) each way ` +
      '(tension = (conflict + prior) / (events + 2 × prior)).' }));
  }
  if (isBloc && (s.a_members || s.b_members)) {
    card.appendChild(el('div', { class: 'grid2' }, members(s.a, s.a_members), members(s.b, s.b_members)));
  }
}

function members(code, list) {
  const box = el('div', {}, el('h3', { text: `Members of ${code}` }));
  if (!list || list.length === 0) {
    box.appendChild(el('p', { class: 'muted', text: 'none' }));
    return box;
  }
  // one entry per state, with all its periods (a state can leave and rejoin)
  const byCode = new Map();
  for (const m of list) {
    if (!byCode.has(m.code)) byCode.set(m.code, []);
    byCode.get(m.code).push(m);
  }
  const today = new Date().toISOString().slice(0, 10);
  const entries = [...byCode.entries()].map(([c, periods]) => {
    const current = periods.some(m => !m.to || m.to >= today);
    const title = periods.map(m => `${m.status} from ${m.from || '?'}${m.to ? ' to ' + m.to : ''}`).join('; ');
    return el('a', { href: '#/events?actor=' + encodeURIComponent(c), class: current ? '' : 'former', title,
      text: current ? c : `${c} (until ${periods.map(m => (m.to || '').slice(0, 4)).sort().pop()})` });
  });
  box.appendChild(el('p', { class: 'members' }, entries.map((e, i) => [i ? ', ' : '', e])));
  box.appendChild(el('p', { class: 'muted small', text: 'Events count by membership on the event date; hover a code for its dates.' }));
  return box;
}
