// A pair: two countries (#/dyad/A/B) or two blocs (#/bloc/A/B): tension over time and the events behind it.
import { append, el, explain, emptyState, errorBox, fmtNum } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { eventList, exportLinks, highlightLegend } from '../events.js';
import { chartBox, tensionChart, timeNotes } from '../charts.js';
import { pager } from './search.js';
import { rangeForm, rangeOf, rangeText } from '../range.js';

const PAGE = 20;
/** Without a chosen period, a series of more weekly buckets than this is drawn by month (years of weeks are unreadable). */
const MAX_WEEKS = 104;

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
    exportLinks(eventParams), highlightLegend());
  root.appendChild(chartCard);
  root.appendChild(eventsCard);

  const [series, events] = await Promise.allSettled([
    api.get(seriesPath, seriesParams),
    api.get('events', { ...eventParams, limit: PAGE, offset }),
  ]);

  let shown = series;
  if (!p.get('interval') && series.status === 'fulfilled' && (series.value.buckets || []).length > MAX_WEEKS) {
    shown = await api.get(seriesPath, { ...seriesParams, interval: 'month' })
      .then(value => ({ status: 'fulfilled', value }), reason => ({ status: 'rejected', reason }));
    // the selector says what is drawn: "month", not the default it was asked with
    root.querySelector('select[name=interval]').value = 'month';
    chartCard.appendChild(el('p', { class: 'muted interval-note', text: `Drawn by month: the events span ` +
      `${series.value.buckets.length} weeks. Choose "week" above to see weeks.` }));
  }
  if (shown.status === 'rejected') {
    chartCard.appendChild(errorBox(shown.reason));
  } else {
    fillChart(chartCard, shown.value, isBloc, r => here({ ...r, interval: '' }));
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
      eventsCard.appendChild(eventList(r.events, { sides: r.sides }));
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

/** hrefFor({from, to}): the page for other dates (the spells of news link there). */
function fillChart(card, s, isBloc, hrefFor) {
  const t = s.totals || {};
  if (t.events) card.appendChild(el('p', { class: 'totals' },
    el('strong', { text: String(t.events ?? 0) }), ' events',
    s.from ? ` from ${s.from} to ${s.to}` : '', ': ',
    `${t.q1 ?? 0} verbal cooperation, ${t.q2 ?? 0} material cooperation, ${t.q3 ?? 0} verbal conflict, ` +
    `${t.q4 ?? 0} material conflict · mean Goldstein ${fmtNum(t.mean_goldstein, 2)} ` +
    '(−10 most hostile … +10 most cooperative)'));
  // the ranking pools both directions: compared only when the page does too
  if (isBloc && t.events && s.direction === 'both') card.appendChild(rankedNote(s));
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
      '(tension = (conflict + prior) / (events + 2 × prior)). The bigger a point, the more events it rests on ' +
      '(hover for the number); where there were no events the line breaks: no news is not calm.' }));
    append(card, timeNotes(s.buckets, s.interval, hrefFor));
  }
  if (isBloc && (s.a_members || s.b_members)) {
    card.appendChild(el('div', { class: 'grid2' }, members(s.a, s.a_members, s.statuses),
      members(s.b, s.b_members, s.statuses)));
  }
}

/**
 * How the page's events relate to the pair's row in the overview's ranking of bloc pairs, which counts each event
 * once, for one pair: blocs overlap (the United States is in NATO, the G7 and the OAS), so a pair's page shows events
 * that the ranking counts for another pair.
 */
function rankedNote(s) {
  const all = s.totals.events;
  const ranked = s.ranked_events ?? 0;
  const text = ranked === all
    ? `All ${all} count for ${s.a} – ${s.b} in the overview's ranking of bloc pairs.`
    : `${ranked} of these ${all} events count for ${s.a} – ${s.b} in the overview's ranking of bloc pairs; ` +
      'the ranking counts each event once, for one pair (NATO and the CSTO first, then the smallest blocs), and the ' +
      'others count there for another pair of blocs their states are in.';
  return el('p', { class: 'muted small ranked-note', dataset: { ranked: String(ranked) }, text });
}

const STATUS_ORDER = ['member', 'partner', 'observer', 'candidate', 'suspended'];
const STATUS_PLURAL = { member: 'members', partner: 'partners', observer: 'observers', candidate: 'candidates',
  suspended: 'suspended members' };

/** "Members of NATO", "Members, partners and observers of NATO": what the list counts. */
function membersHeading(code, statuses) {
  const names = STATUS_ORDER.filter(st => statuses.includes(st)).map(st => STATUS_PLURAL[st]);
  const words = names.length > 1 ? names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1] : names[0];
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} of ${code}`;
}

function period(p) {
  if (p.from && p.to) return `${p.from} – ${p.to}`;
  if (p.from) return `since ${p.from}`;
  return p.to ? `until ${p.to}` : 'dates not known';
}

/** One state's status period, with where its events count instead of here, in words (labels, not hover). */
function memberEntry(m) {
  return el('span', { class: 'member', dataset: { code: m.code, status: m.status } },
    el('a', { href: '#/events?actor=' + encodeURIComponent(m.code), text: m.code }),
    el('span', { class: 'muted small', text: ` ${period(m)}` }),
    (m.yields || []).map(y => el('span', { class: 'yield small', text: y.neither
      ? ` (${period(y)} counts for neither: as strong in ${y.bloc})`
      : ` (${period(y)} counts for ${y.bloc}, ${y.status} there)` })));
}

function statusGroups(list) {
  return STATUS_ORDER.map(st => list.filter(m => m.status === st)).filter(g => g.length).map(g =>
    el('p', { class: 'member-group' }, el('span', { class: `badge status status-${g[0].status}`, text: g[0].status }),
      ' ', g.map((m, i) => [i ? ', ' : '', memberEntry(m)])));
}

/**
 * The states of a bloc by status, per period: those counted here; those whose events count for the other bloc
 * through the whole period (a stronger standing there), so that no state is shown counting for both; and the
 * statuses not asked (suspended members, or partners when only members count).
 */
function members(code, list, statuses) {
  const box = el('div', { class: 'bloc-members', dataset: { bloc: code } },
    el('h3', { text: membersHeading(code, statuses) }));
  const all = list || [];
  const whollyElsewhere = m => (m.yields || []).some(y => y.from === m.from && y.to === m.to);
  const counted = all.filter(m => m.counted && !whollyElsewhere(m));
  const elsewhere = all.filter(m => m.counted && whollyElsewhere(m));
  const notAsked = all.filter(m => !m.counted);
  if (counted.length === 0) box.appendChild(el('p', { class: 'muted', text: 'none' }));
  box.append(...statusGroups(counted));
  if (elsewhere.length) {
    box.appendChild(el('h4', { text: 'Counted for the other bloc, where they stand stronger' }));
    box.append(...statusGroups(elsewhere));
  }
  if (notAsked.length) {
    box.appendChild(el('h4', { text: 'Not counted (status not asked)' }));
    box.append(...statusGroups(notAsked));
  }
  box.appendChild(el('p', { class: 'muted small', text: 'Each event counts by the statuses on its date; a state ' +
    'in both blocs counts for the one where it stands stronger (member over partner over observer), for neither ' +
    'when equal.' }));
  return box;
}
