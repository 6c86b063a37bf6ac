// A date range in the address (?from=&to=): the form that sets it, shared by every page that has one.
import { el } from './dom.js';

/** The range of a route's parameters, as given (ISO dates or empty). */
export function rangeOf(params) {
  return { from: params.get('from') || '', to: params.get('to') || '' };
}

/**
 * A small form with two date fields. hrefFor({from, to}) gives the address of the same page with the new range;
 * an empty field means "from the first" or "to the latest" event.
 */
export function rangeForm(range, hrefFor, label = 'Dates:') {
  const from = el('input', { type: 'date', name: 'from', value: range.from, 'aria-label': 'first day (inclusive)' });
  const to = el('input', { type: 'date', name: 'to', value: range.to, 'aria-label': 'last day (inclusive)' });
  return el('form', { class: 'inline-form range-form', on: {
    submit: e => {
      e.preventDefault();
      window.location.hash = hrefFor({ from: from.value, to: to.value });
    },
  } }, el('span', { text: label + ' from ' }), from, el('span', { text: ' to ' }), to,
  el('button', { type: 'submit', text: 'Apply' }),
  range.from || range.to ? el('a', { class: 'button-link', href: hrefFor({ from: '', to: '' }), text: 'All dates' }) : null);
}

/** 'from 2024-01-01 to 2024-03-31', 'from 2024-01-01', … or '' for the whole data. */
export function rangeText(range) {
  return [range.from ? 'from ' + range.from : '', range.to ? 'to ' + range.to : ''].filter(Boolean).join(' ');
}

/** The last day (ISO) of the `months` months that start on `start`, an ISO first of a month. */
export function windowEnd(start, months) {
  const [y, m] = start.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, 0)).toISOString().slice(0, 10);
}
