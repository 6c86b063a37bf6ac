// World map coloured by conflict intensity (GET /api/map). The country shapes come from the WebJar
// org.webjars.bowergithub.10bestdesign:jqvmap (MIT): its world map file is read as data (JSON), never run.
import { append, el, explain, emptyState, errorBox, fmtNum, meter } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { ISO2_TO_ISO3 } from '../iso.js';
import { timeSlider } from '../timeslider.js';
import { timeNotes } from '../charts.js';
import { rangeForm, rangeText } from '../range.js';

const SHAPES_URL = '/webjars/jqvmap/dist/maps/jquery.vmap.world.js';
const SVG = 'http://www.w3.org/2000/svg';
let shapesPromise = null;

/** The map file is `jQuery.fn.vectorMap('addMap', 'world_en', {JSON})`: take the JSON object out of it. */
function shapes() {
  if (!shapesPromise) {
    shapesPromise = fetch(SHAPES_URL).then(r => {
      if (!r.ok) throw new Error(`world map shapes not found at ${SHAPES_URL} (HTTP ${r.status})`);
      return r.text();
    }).then(src => JSON.parse(src.slice(src.indexOf('{'), src.lastIndexOf('}') + 1)))
      .catch(e => { shapesPromise = null; throw e; });
  }
  return shapesPromise;
}

export async function render(root, route) {
  const from = route.params.get('from') || '';
  const to = route.params.get('to') || '';
  // between two parties by default: a state's domestic politics (its police and protesters, government and
  // opposition) would otherwise colour it as if it were in conflict with others (on the real corpora: the UK)
  const scope = route.params.get('scope') === 'all' ? 'all' : 'international';
  const here = r => hashFor('map', [], { from, to, ...r, scope: scope === 'all' ? 'all' : '' });
  root.appendChild(el('h1', { text: 'World map of conflict' }));
  root.appendChild(explain('Each country is coloured by how many conflict events (verbal or material: threats, ',
    'accusations, protests, attacks…) it took part in, as source or target, with another party (choose "all" to ',
    'count what happens within a state too: its police and protesters, government and opposition). Darker red = more conflict, on a ',
    'logarithmic scale relative to the most conflictual country. Grey = no events. Click a country to see its events.'));
  const scopeSelect = el('select', { name: 'scope', 'aria-label': 'which events',
    on: { change: e => { window.location.hash = hashFor('map', [], { from, to, scope: e.target.value === 'all' ? 'all' : '' }); } } },
  el('option', { value: 'international', text: 'between two parties', selected: scope === 'international' ? 'selected' : null }),
  el('option', { value: 'all', text: 'all, also within one state', selected: scope === 'all' ? 'selected' : null }));
  root.appendChild(el('div', { class: 'controls' }, rangeForm({ from, to }, here, 'Events'),
    el('label', {}, 'Events: ', scopeSelect)));

  // the months of the whole data, for the slider (whatever the range shown)
  const [data, geo, months] = await Promise.allSettled([api.get('map', { from, to, scope }), shapes(),
    api.get('categories/series', { interval: 'month' })]);
  if (data.status === 'rejected') {
    root.appendChild(errorBox(data.reason));
    return;
  }
  const countries = data.value.countries || [];
  const byCode = new Map(countries.map(c => [c.code, c]));
  const card = el('section', { class: 'card', id: 'section-map' });
  root.appendChild(card);
  if (months.status === 'rejected') {
    card.appendChild(errorBox(months.reason));
  } else if ((months.value.buckets || []).length > 1) {
    card.appendChild(timeSlider(months.value.buckets, { from, to, play: route.params.get('play') === '1' }, here));
    append(card, timeNotes(months.value.buckets, 'month', here));
  }
  if (countries.length === 0) {
    card.appendChild(from || to
      ? emptyState(`No events with a country ${rangeText({ from, to })}.`, 'Move the slider or choose other dates.')
      : emptyState('No events with a country yet.', 'No events yet — run ./vigil run to read articles.'));
  }
  if (geo.status === 'rejected') {
    card.appendChild(errorBox(geo.reason));
  } else {
    card.appendChild(drawMap(geo.value, byCode));
    card.appendChild(legend(data.value.max_conflict || 0));
  }
  if (countries.length) root.appendChild(table(countries, geo.status === 'fulfilled' ? geo.value : null));
}

/** 0 → pale, 1 → deep red. */
export function intensityColor(x) {
  const v = Math.max(0, Math.min(1, Number(x) || 0));
  const lerp = (a, b) => Math.round(a + (b - a) * v);
  return `rgb(${lerp(253, 165)}, ${lerp(224, 15)}, ${lerp(200, 21)})`;
}

function drawMap(geo, byCode) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${geo.width} ${geo.height}`);
  svg.setAttribute('class', 'world');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'world map coloured by conflict intensity');
  for (const [iso2, shape] of Object.entries(geo.paths || {})) {
    const code = ISO2_TO_ISO3[iso2] || iso2.toUpperCase();
    const c = byCode.get(code);
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', shape.path);
    path.setAttribute('class', 'country' + (c ? ' has-events' : ''));
    path.setAttribute('data-code', code);
    path.setAttribute('fill', c ? intensityColor(c.intensity) : '#dcdcdc');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = c
      ? `${c.name || shape.name} (${code}): ${c.conflict} conflict of ${c.events} events, tension ${fmtNum(c.tension)}`
      : `${shape.name} (${code}): no events`;
    path.appendChild(title);
    if (c) {
      path.addEventListener('click', () => { window.location.hash = hashFor('events', [], { actor: code }); });
    }
    svg.appendChild(path);
  }
  return el('div', { class: 'map-box' }, svg);
}

function legend(max) {
  const steps = [0, 0.25, 0.5, 0.75, 1];
  return el('div', { class: 'map-legend' },
    el('span', { class: 'swatch none' }), ' no events ',
    steps.map(s => {
      const sw = el('span', { class: 'swatch' });
      sw.style.backgroundColor = intensityColor(s);
      return sw;
    }),
    ` 0 … ${max} conflict events (log scale)`);
}

function table(countries, geo) {
  const onMap = new Set(geo ? Object.keys(geo.paths || {}).map(k => ISO2_TO_ISO3[k]) : []);
  return el('section', { class: 'card', id: 'section-map-table' },
    el('h2', { text: 'Countries by conflict events' }),
    el('table', { class: 'data' },
      el('thead', {}, el('tr', {}, ['country', 'events', 'conflict', 'material conflict', 'mean Goldstein', 'tension']
        .map(h => el('th', { text: h })))),
      el('tbody', {}, countries.map(c => el('tr', {},
        el('td', {}, el('a', { href: hashFor('events', [], { actor: c.code }), text: `${c.name || c.code} (${c.code})` }),
          geo && !onMap.has(c.code) ? el('span', { class: 'muted small', text: ' not drawn on the map' }) : null),
        el('td', { class: 'num', text: String(c.events) }),
        el('td', { class: 'num', text: String(c.conflict) }),
        el('td', { class: 'num', text: String(c.q4 ?? '–') }),
        el('td', { class: 'num', text: fmtNum(c.mean_goldstein, 1) }),
        el('td', {}, meter(c.tension, 'tension')))))));
}
