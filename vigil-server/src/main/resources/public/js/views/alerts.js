// Alerts: the weeks in a date range where a pair had improbably many conflict events, each explained.
import { el, explain, emptyState, errorBox } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { highlightLegend } from '../events.js';
import { alertCard, ruleText } from '../alerts.js';
import { rangeForm, rangeOf, rangeText } from '../range.js';

export async function render(root, route) {
  const range = rangeOf(route.params);
  const kind = route.params.get('kind') || 'all';
  const here = extra => hashFor('alerts', [], { ...range, kind: kind === 'all' ? '' : kind, ...extra });

  root.appendChild(el('h1', { text: 'Alerts' }));
  root.appendChild(explain('Weeks in which a pair of countries or of blocs had improbably many conflict events ',
    'compared with its own recent past. Each alert says what it beat and lists the events it counted, with the ',
    'sentence each was read from.'));
  const kindSelect = el('select', { name: 'kind', 'aria-label': 'which pairs',
    on: { change: e => { window.location.hash = here({ kind: e.target.value === 'all' ? '' : e.target.value }); } } },
  [['all', 'countries and blocs'], ['dyad', 'countries only'], ['bloc', 'blocs only']].map(([v, t]) =>
    el('option', { value: v, text: t, selected: v === kind ? 'selected' : null })));
  root.appendChild(el('div', { class: 'controls' },
    rangeForm(range, r => here(r), 'Weeks'), el('label', {}, 'Pairs: ', kindSelect)));

  const list = el('section', { class: 'card', id: 'section-alerts' });
  root.appendChild(list);
  let r;
  let categories = [];
  try {
    [r, categories] = await Promise.all([
      api.get('alerts', { ...range, kind, limit: 200 }),
      api.categories().catch(() => []),
    ]);
  } catch (e) {
    list.appendChild(errorBox(e));
    return;
  }
  list.appendChild(explain(ruleText(r.rule)));
  const alerts = r.alerts || [];
  const span = r.from ? `the weeks from ${r.from} to ${r.to}` : (rangeText(range) || 'the data');
  if (alerts.length === 0) {
    list.appendChild(emptyState(`No alerts in ${span}: no pair rose well above its own baseline.`,
      range.from || range.to ? 'Widen the dates, or clear them to look at the whole data.' : null));
    return;
  }
  list.appendChild(el('p', { class: 'result-count', text: `${alerts.length} alert(s) in ${span}, latest first.` }));
  list.appendChild(highlightLegend());
  for (const al of alerts) list.appendChild(alertCard(al, { categories, open: true }));
}
