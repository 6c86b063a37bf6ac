// Alerts: the weeks or months in a date range where a pair had improbably many conflict events, each explained.
import { el, explain, emptyState, errorBox } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { highlightLegend } from '../events.js';
import { alertCard, ruleText } from '../alerts.js';
import { rangeForm, rangeOf, rangeText } from '../range.js';

export async function render(root, route) {
  const range = rangeOf(route.params);
  const kind = route.params.get('kind') || 'all';
  const interval = route.params.get('interval') || 'auto';
  const here = extra => hashFor('alerts', [], {
    ...range, kind: kind === 'all' ? '' : kind, interval: interval === 'auto' ? '' : interval, ...extra });

  root.appendChild(el('h1', { text: 'Alerts' }));
  root.appendChild(explain('Weeks or months in which a pair of countries or of blocs had improbably many conflict events ',
    'compared with its recent past. Each alert says what it beat and lists the events it counted, with the ',
    'sentence each was read from.'));
  const kindSelect = el('select', { name: 'kind', 'aria-label': 'which pairs',
    on: { change: e => { window.location.hash = here({ kind: e.target.value === 'all' ? '' : e.target.value }); } } },
  [['all', 'countries and blocs'], ['dyad', 'countries only'], ['bloc', 'blocs only']].map(([v, t]) =>
    el('option', { value: v, text: t, selected: v === kind ? 'selected' : null })));
  const intervalSelect = el('select', { name: 'interval', 'aria-label': 'period',
    on: { change: e => { window.location.hash = here({ interval: e.target.value === 'auto' ? '' : e.target.value }); } } },
  [['auto', 'chosen from the data'], ['week', 'weeks'], ['month', 'months']].map(([v, t]) =>
    el('option', { value: v, text: t, selected: v === interval ? 'selected' : null })));
  root.appendChild(el('div', { class: 'controls' },
    rangeForm(range, r => here(r)), el('label', {}, 'Pairs: ', kindSelect),
    el('label', {}, 'Period: ', intervalSelect)));

  const list = el('section', { class: 'card', id: 'section-alerts' });
  root.appendChild(list);
  let r;
  let categories = [];
  try {
    [r, categories] = await Promise.all([
      api.get('alerts', { ...range, kind, interval, limit: 200 }),
      api.categories().catch(() => []),
    ]);
  } catch (e) {
    list.appendChild(errorBox(e));
    return;
  }
  list.appendChild(explain(ruleText(r.rule)));
  const alerts = r.alerts || [];
  const span = r.from ? `the ${r.rule.interval}s from ${r.from} to ${r.to}` : (rangeText(range) || 'the data');
  if (alerts.length === 0) {
    list.appendChild(emptyState(`No alerts in ${span}: no pair rose well above its baseline.`,
      range.from || range.to ? 'Widen the dates, or clear them to look at the whole data.' : null));
    return;
  }
  list.appendChild(el('p', { class: 'result-count', text: `${alerts.length} alert(s) in ${span}, latest first.` }));
  list.appendChild(highlightLegend());
  for (const al of alerts) list.appendChild(alertCard(al, { categories, open: true }));
}
