// One threat category: how often it is reported over time and its latest events.
import { append, el, explain, emptyState, errorBox } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { eventList, exportLinks, highlightLegend } from '../events.js';
import { chartBox, categoriesChart, timeNotes } from '../charts.js';
import { rangeForm, rangeOf, rangeText } from '../range.js';

const LATEST = 20;

export async function render(root, route) {
  const key = route.args[0] || '';
  const range = rangeOf(route.params);
  const categories = await api.categories();
  const category = categories.find(c => c.key === key);
  if (!category) {
    root.appendChild(el('h1', { text: 'No such threat category' }));
    root.appendChild(el('p', {}, `"${key}" is not one of: `, categoryLinks(categories, range)));
    return;
  }
  root.appendChild(el('h1', { text: category.name }));
  root.appendChild(explain(category.description || ''));
  root.appendChild(el('p', { class: 'category-links' }, 'Other categories: ',
    categoryLinks(categories.filter(c => c.key !== key), range)));
  root.appendChild(el('div', { class: 'controls' }, rangeForm(range, r => hashFor('category', [key], r)),
    el('a', { class: 'button-link', href: hashFor('events', [], { category: key, ...range }), text: 'Search its events →' })));

  const [series, latest] = await Promise.allSettled([
    api.get('categories/series', { interval: 'month', category: key, ...range }),
    api.get('events', { category: key, limit: LATEST, ...range }),
  ]);
  const chart = el('section', { class: 'card', id: 'section-category-series' }, el('h2', { text: 'Events per month' }));
  root.appendChild(chart);
  if (series.status === 'rejected') {
    chart.appendChild(errorBox(series.reason));
  } else if (!series.value.buckets || series.value.buckets.length === 0) {
    chart.appendChild(emptyState(`No dated events ${rangeText(range)}.`));
  } else {
    const { box, canvas } = chartBox('category-chart', category.name + ' events per month');
    chart.appendChild(box);
    categoriesChart(canvas, { ...series.value, categories: [key] }, categories);
    append(chart, timeNotes(series.value.buckets, 'month', r => hashFor('category', [key], r)));
  }
  const events = el('section', { class: 'card', id: 'section-category-events' }, el('h2', { text: 'Latest events' }));
  root.appendChild(events);
  if (latest.status === 'rejected') {
    events.appendChild(errorBox(latest.reason));
  } else if (latest.value.events.length === 0) {
    events.appendChild(emptyState(`No ${category.name.toLowerCase()} events ${rangeText(range)}.`));
  } else {
    events.appendChild(el('p', { class: 'muted', text: `${latest.value.events.length} most recent of ${latest.value.total}` }));
    events.appendChild(exportLinks({ category: key, ...range }));
    events.appendChild(highlightLegend());
    events.appendChild(eventList(latest.value.events, { categories }));
  }
}

/** Links to the pages of these categories, for the overview and the category pages. */
export function categoryLinks(categories, range = {}) {
  return categories.map((c, i) => [i ? ' · ' : '',
    el('a', { class: 'category-link', href: hashFor('category', [c.key], range), text: c.name })]);
}
