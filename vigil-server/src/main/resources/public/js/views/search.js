// Event search: every filter of GET /api/events, with paging. The filters live in the address (#/events?…).
import { el, explain, emptyState, errorBox } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { eventList, exportLinks, highlightLegend, QUAD } from '../events.js';

const PAGE = 20;
const FIELDS = ['q', 'actor', 'dyad', 'blocs', 'statuses', 'direction', 'root', 'code', 'quad', 'category', 'location',
  'from', 'to', 'sort'];
const ARTICLES = 10;

export async function render(root, route) {
  const p = route.params;
  const values = Object.fromEntries(FIELDS.map(f => [f, p.get(f) || '']));
  const offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);

  root.appendChild(el('h1', { text: 'Event search' }));
  root.appendChild(explain('Every event Vigil has coded, newest first. Combine any filters; leave a field empty to ',
    'ignore it. Each event shows the sentence it was read from.'));

  let categories = [];
  try {
    categories = await api.categories();
  } catch (e) {
    root.appendChild(errorBox(e));
  }
  root.appendChild(form(values, categories));

  const results = el('section', { class: 'card', id: 'section-results' });
  root.appendChild(results);
  if (values.q) root.appendChild(await articlesNode(values));
  const params = { ...values, limit: PAGE, offset };
  let r;
  try {
    r = await api.get('events', params);
  } catch (e) {
    results.appendChild(errorBox(e));
    return;
  }
  const filtered = FIELDS.some(f => f !== 'sort' && values[f]);
  if (!r.events || r.events.length === 0) {
    results.appendChild(filtered
      ? emptyState('No event matches these filters.', 'Remove a filter, widen the dates, or check the codes ' +
        '(countries are ISO alpha-3 such as RUS, UKR, BLR; organisations NATO, CSTO, EU, UN…).')
      : emptyState('No events yet.', 'No events yet — run ./vigil run to read articles, then reload this page.'));
    return;
  }
  results.appendChild(el('p', { class: 'result-count', text:
    `${r.total} event(s)${filtered ? ' match' : ''}; showing ${r.offset + 1}–${r.offset + r.events.length}.` }));
  results.appendChild(exportLinks(values));
  results.appendChild(highlightLegend());
  results.appendChild(eventList(r.events, { categories }));
  results.appendChild(pager(r, o => hashFor('events', [], { ...values, offset: o || '' })));
}

function form(values, categories) {
  const input = (name, label, placeholder, hint, type = 'text') => el('label', { class: 'field' },
    el('span', { class: 'field-label', text: label }),
    el('input', { name, type, value: values[name], placeholder, title: hint }),
    hint ? el('span', { class: 'field-hint', text: hint }) : null);
  const select = (name, label, options) => el('label', { class: 'field' },
    el('span', { class: 'field-label', text: label }),
    el('select', { name }, options.map(([v, t]) => el('option', {
      value: v, text: t, selected: v === values[name] ? 'selected' : null }))));
  const f = el('form', { class: 'search-form card', on: {
    submit: e => {
      e.preventDefault();
      const data = new FormData(e.target);
      const next = {};
      for (const k of FIELDS) {
        const v = data.get(k);
        if (v && String(v).trim()) next[k] = String(v).trim();
      }
      // keep filters that have no field on the form (blocs, statuses, direction from other pages)
      for (const k of ['blocs', 'statuses', 'direction', 'root']) if (values[k] && !(k in next)) next[k] = values[k];
      window.location.hash = hashFor('events', [], next);
    },
  } },
  el('div', { class: 'fields' },
    input('q', 'Text', 'missile', 'words in the sentence or the headline'),
    input('actor', 'Actor', 'RUS or RUS:MIL', 'a country/organisation code, optionally with a role'),
    input('dyad', 'Between', 'RUS,UKR', 'two codes separated by a comma'),
    input('code', 'CAMEO code', '19 or 190', 'a root (2 digits) or a longer code prefix'),
    input('location', 'Where', 'IRQ', 'the state the event happened in (ISO code), when the coder found one'),
    select('category', 'Threat category', [['', 'any'], ...categories.map(c => [c.key, c.name])]),
    select('quad', 'Kind', [['', 'any'], ...Object.entries(QUAD).map(([k, q]) => [k, q.name])]),
    input('from', 'From', '', 'first day (inclusive)', 'date'),
    input('to', 'To', '', 'last day (inclusive)', 'date'),
    select('sort', 'Order', [['', 'newest first'], ['date_asc', 'oldest first']])),
  el('div', { class: 'form-actions' },
    el('button', { type: 'submit', text: 'Search' }),
    el('a', { href: '#/events', class: 'button-link', text: 'Clear' })));
  const active = ['blocs', 'statuses', 'direction', 'root'].filter(k => values[k]);
  if (active.length) {
    f.appendChild(el('p', { class: 'muted small', text: 'Also filtering on: ' +
      active.map(k => `${k} = ${values[k]}`).join(', ') }));
  }
  return f;
}

/** The articles whose title or text holds every word of the text field, with a snippet of each. */
async function articlesNode(values) {
  const box = el('section', { class: 'card', id: 'section-articles' }, el('h2', { text: 'Articles with these words' }));
  let r;
  try {
    r = await api.get('articles', { q: values.q, from: values.from, to: values.to, limit: ARTICLES });
  } catch (e) {
    box.appendChild(errorBox(e));
    return box;
  }
  if (r.articles.length === 0) {
    box.appendChild(emptyState(`No article holds all of: ${r.words.join(', ')}.`));
    return box;
  }
  box.appendChild(el('p', { class: 'muted', text: `${r.total} article(s) hold all of: ${r.words.join(', ')}` +
    (r.total > r.articles.length ? `; the ${r.articles.length} with the most occurrences:` : '') }));
  box.appendChild(el('ul', { class: 'article-hits' }, r.articles.map(a => el('li', { class: 'article-hit' },
    el('a', { href: hashFor('article', [a.id]), text: a.title || a.id }),
    el('span', { class: 'muted', text: ` ${a.date || 'undated'} · ${a.matches} occurrence(s) · ${a.events} event(s)` }),
    el('div', { class: 'snippet', text: a.snippet })))));
  return box;
}

/** Previous/next links for a paged /api/events answer; hrefFor(offset) gives the address of a page. */
export function pager(r, hrefFor) {
  const prev = Math.max(0, r.offset - r.limit);
  const next = r.offset + r.limit;
  return el('nav', { class: 'pager', 'aria-label': 'pages' },
    r.offset > 0 ? el('a', { href: hrefFor(prev), rel: 'prev', text: '← previous' }) : el('span', { class: 'muted', text: '← previous' }),
    el('span', { text: ` page ${Math.floor(r.offset / r.limit) + 1} of ${Math.max(1, Math.ceil(r.total / r.limit))} ` }),
    next < r.total ? el('a', { href: hrefFor(next), rel: 'next', text: 'next →' }) : el('span', { class: 'muted', text: 'next →' }));
}
