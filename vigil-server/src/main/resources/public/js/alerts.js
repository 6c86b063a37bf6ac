// An alert and what explains it: the week or month, the baseline it beat, the chance of so many conflict events under
// that baseline, and the events counted, each with its evidence.
import { el, fmtNum, fmtPct } from './dom.js';
import { hashFor } from './nav.js';
import { eventCard } from './events.js';

/** The alert's bucket in words: "week of 2024-02-05" or "month 2024-02". */
export function periodName(al) {
  return al.interval === 'month' ? `month ${al.start.slice(0, 7)}` : `week of ${al.start}`;
}

/** Whose history the baseline is, in words (its scope: the pair, either side with anyone, or all pairs). */
function scopeWords(al) {
  const scope = al.baseline.scope;
  if (scope === 'sides') return `of ${al.a} or ${al.b} with anyone (the pair's own history was too thin)`;
  if (scope === 'all') return 'of all pairs (neither side had enough history)';
  return `between ${al.a} and ${al.b}`;
}

function pValue(p) {
  return p < 0.0001 ? 'below 0.0001' : Number(p).toPrecision(2);
}

/** The sentences that say why this is an alert, from its own numbers. */
export function alertExplanation(al) {
  const b = al.baseline;
  const unit = al.interval === 'month' ? 'month' : 'week';
  return el('div', { class: 'alert-why' },
    el('p', {}, el('strong', { text: `This ${unit}: ` }),
      `${al.conflict} of the ${al.events} events between ${al.a} and ${al.b} from ${al.start} to ${al.end} ` +
      'were conflict (threats, accusations, sanctions, force…).'),
    el('p', {}, el('strong', { text: 'Baseline it beat: ' }),
      `in the ${b.buckets} ${unit}(s) with events from ${b.from} to ${b.to}, ${b.conflict} of ${b.events} events ` +
      `${scopeWords(al)} were conflict (${fmtPct(b.share)}). At that share about ${fmtNum(al.expected, 1)} of ${al.events} would be ` +
      'conflict.'),
    el('p', {}, el('strong', { text: 'How unusual: ' }),
      `the chance of ${al.conflict} or more under the baseline is p = ${pValue(al.p_value)}` +
      ' (beta-binomial: the baseline share is itself uncertain).'),
    al.folded && al.folded.length ? el('p', { class: 'muted' },
      `The bloc pair(s) ${al.folded.join(', ')} rose only through these events, so they are not listed apart.`) : null);
}

/** Where to read more: the pair's page and the events of the week or month. */
function alertLinks(al) {
  const isBloc = al.kind === 'bloc';
  const period = { from: al.start, to: al.end };
  const events = isBloc ? { blocs: `${al.a},${al.b}`, ...period } : { dyad: `${al.a},${al.b}`, ...period };
  return el('p', { class: 'alert-links' },
    el('a', { href: hashFor(isBloc ? 'bloc' : 'dyad', [al.a, al.b]), text: `${al.a} – ${al.b} over time` }), ' · ',
    el('a', { href: hashFor('events', [], events), text: `all ${al.events} events of that ${al.interval}` }));
}

/**
 * One alert as a card. options.open: show the events at once; options.categories: the threat categories;
 * options.explained: the explanation (default true).
 */
export function alertCard(al, options = {}) {
  const caused = al.caused_by || [];
  const isBloc = al.kind === 'bloc';
  const details = el('details', { class: 'alert-events' },
    el('summary', { text: caused.length < al.conflict
      ? `the ${caused.length} worst of the ${al.conflict} conflict events counted`
      : `the ${caused.length} conflict event(s) counted` }),
    caused.map(ev => eventCard(ev, { categories: options.categories })));
  if (options.open || (caused.length > 0 && caused.length <= 3)) details.open = true;
  return el('div', { class: 'alert', dataset: { pair: `${al.a}-${al.b}`, start: al.start } },
    el('div', { class: 'alert-head' },
      el('span', { class: 'badge alert-kind', text: isBloc ? 'blocs' : 'countries' }),
      el('a', { href: hashFor(isBloc ? 'bloc' : 'dyad', [al.a, al.b]), text: `${al.a} – ${al.b}` }),
      el('span', { text: ` · ${periodName(al)}` }),
      el('span', { class: 'muted', text: ` · ${al.conflict} of ${al.events} events conflict, ` +
        `expected ${fmtNum(al.expected, 1)} · p = ${pValue(al.p_value)}` })),
    options.explained === false ? null : alertExplanation(al),
    options.explained === false ? null : alertLinks(al),
    details);
}

/** The rule in force, in words (from the answer's "rule"). */
export function ruleText(rule) {
  if (!rule) return '';
  const unit = rule.interval;
  const chosen = rule.auto ? ` (${unit}s, chosen because the news here is ` +
    `${unit === 'month' ? 'sparse' : 'dense enough'}: under ${rule.auto_weekly_events} dated events a week on ` +
    'average means months)' : '';
  const scaled = unit === 'month'
    ? ` (${rule.p} a week times the weeks in a month: as many false alarms a year as weekly)` : '';
  return `A ${unit}${chosen} alerts when it has at least ${rule.min_events} events and its conflict count has a ` +
    `chance of at most ${fmtNum(rule.p_bucket, 4)}${scaled} under its baseline: the ${rule.baseline_buckets} ` +
    `${unit}s before, of the pair itself, or when that holds fewer than ${rule.min_baseline_events} events in ` +
    `${rule.min_baseline_buckets} ${unit}s, of either side with anyone, or else of all pairs (with no such ` +
    `history, nothing alerts). The baseline share has a prior of ${rule.prior} event each way.`;
}
