// Spells of news: the runs of a series' buckets that hold events, apart from each other by a year or more without
// any. Collected corpora come in spells (news of 2004 and of 2019 in one store), and a chart of every bucket in
// between draws fifteen years of nothing, with the news squeezed to its edges: charts fold the empty time between
// spells into one marked bucket, and the spells let one go to each.
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
 * The buckets with each empty stretch between two spells folded into one bucket {start, events: 0, gap: {from, to,
 * buckets}} (its label says how long it lasted), so that a chart gives its width to the news; the rest as they are.
 */
export function foldGaps(buckets, interval) {
  const found = spells(buckets, interval);
  const out = [];
  let gap = null;
  for (const b of buckets) {
    const between = !b.events && found.some((s, i) => i > 0 && b.start > found[i - 1].to && b.start < s.from);
    if (!between) {
      gap = null;
      out.push(b);
    } else if (gap) {
      gap.gap.to = bucketEnd(b.start, interval);
      gap.gap.buckets++;
    } else {
      gap = { start: b.start, events: 0, conflict: 0, gap: { from: b.start, to: bucketEnd(b.start, interval), buckets: 1 } };
      out.push(gap);
    }
  }
  return out;
}

/** The axis label of a bucket: its first day, or for a folded gap how long it lasted. */
export function bucketLabel(b) {
  if (!b.gap) return b.start;
  const years = Math.round((day(b.gap.to) - day(b.gap.from) + 1) / 365.25);
  return `… ${years} year${years === 1 ? '' : 's'} empty …`;
}

/**
 * "The events fall in 2 spells a year or more apart: 2004-08-01 – 2004-12-31 (1342 events) · …", each a link to
 * the page for its dates (hrefFor({from, to})); null when there is one spell or none.
 */
export function spellLinks(buckets, interval, hrefFor) {
  const found = spells(buckets, interval);
  if (found.length < 2) return null;
  return el('p', { class: 'spells' },
    `The events fall in ${found.length} spells a year or more apart: `,
    found.map((s, i) => [i ? ' · ' : '', el('a', { href: hrefFor({ from: s.from, to: s.to }),
      text: `${s.from} – ${s.to}` }), ` (${s.events} event${s.events === 1 ? '' : 's'})`]),
    '.');
}
