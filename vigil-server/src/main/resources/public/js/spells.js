// Spells of news: the runs of a series' buckets that hold events, apart from each other by a year or more without
// any. Collected corpora come in spells (news of 2004 and of 2019 in one store), and a chart of every bucket in
// between draws fifteen years of nothing, with the news squeezed to its edges: the spells let one go to each.
import { el } from './dom.js';
import { windowEnd } from './range.js';

/** Days without any event that separate two spells. */
const GAP_DAYS = 365;

const day = iso => Date.parse(iso + 'T00:00:00Z') / 86400000;
const iso = d => new Date(d * 86400000).toISOString().slice(0, 10);

/** The last day of the bucket starting on `start` (ISO) of a 'day', 'week' or 'month' series. */
function bucketEnd(start, interval) {
  if (interval === 'day') return start;
  return interval === 'week' ? iso(day(start) + 6) : windowEnd(start, 1);
}

/** [{from, to, events}] of the buckets ({start, events}) of a series, in order. */
export function spells(buckets, interval) {
  const out = [];
  for (const b of buckets) {
    if (!b.events) continue;
    const last = out[out.length - 1];
    if (last && day(b.start) - day(last.to) <= GAP_DAYS) {
      last.to = bucketEnd(b.start, interval);
      last.events += b.events;
    } else {
      out.push({ from: b.start, to: bucketEnd(b.start, interval), events: b.events });
    }
  }
  return out;
}

/**
 * "The events fall in 2 spells a year or more apart: 2004-08-01 – 2004-12-31 (1342 events) · …", each a link to
 * the page for its dates (hrefFor({from, to})); null when there is one spell or none.
 */
export function spellLinks(buckets, interval, hrefFor) {
  const found = spells(buckets, interval);
  if (found.length < 2) return null;
  return el('p', { class: 'spells' },
    `The events fall in ${found.length} spells a year or more apart, and the chart draws the empty time between: `,
    found.map((s, i) => [i ? ' · ' : '', el('a', { href: hrefFor({ from: s.from, to: s.to }),
      text: `${s.from} – ${s.to}` }), ` (${s.events} event${s.events === 1 ? '' : 's'})`]),
    '.');
}
