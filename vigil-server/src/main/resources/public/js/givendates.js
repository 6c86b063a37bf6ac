// The days some events sit on only because they were given for their corpus (--period, --date): a "last" date that is
// one of them says when the corpus was, not when its events happened, and is marked so wherever a table shows it.
import { el } from './dom.js';

/** The given days of GET /api/health (a settled promise), as a set of ISO dates. */
export function givenDates(health) {
  return new Set(health.status === 'fulfilled' ? health.value.given_dates || [] : []);
}

/** A "last" date cell; marked (*) when it is a day given for a corpus, not the events' own. */
export function lastCell(date, given) {
  if (!date) return el('td', { class: 'date', text: '–' });
  return given.has(date)
    ? el('td', { class: 'date given-date', title: 'a date given for an undated corpus (--period, --date), not the ' +
      'events\' own', text: date + ' *' })
    : el('td', { class: 'date', text: date });
}

/** The footnote under a table whose rows ({last_date}) have a marked date; null when none has. */
export function givenFootnote(rows, given) {
  return rows.some(p => given.has(p.last_date))
    ? el('p', { class: 'muted small given-footnote', text: '* a date given for an undated corpus (--period, --date): ' +
      'its events are dated to that day whenever they happened.' })
    : null;
}
