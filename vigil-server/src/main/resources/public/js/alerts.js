// An alert and what explains it: the week, the baseline it beat, the chance of so many conflict events under that
// baseline, and the events counted, each with its evidence.
import { el, fmtNum, fmtPct } from './dom.js';
import { hashFor } from './nav.js';
import { eventCard } from './events.js';

/** The week's Sunday, for a Monday 'YYYY-MM-DD'. */
export function weekEnd(monday) {
  const d = new Date(monday + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 6);
  return d.toISOString().slice(0, 10);
}

function pValue(p) {
  return p < 0.0001 ? 'below 0.0001' : Number(p).toPrecision(2);
}

/** The sentences that say why this is an alert, from its own numbers. */
export function alertExplanation(al) {
  const b = al.baseline;
  return el('div', { class: 'alert-why' },
    el('p', {}, el('strong', { text: 'This week: ' }),
      `${al.conflict} of the ${al.events} events between ${al.a} and ${al.b} from ${al.week} to ${weekEnd(al.week)} ` +
      'were conflict (threats, accusations, sanctions, force…).'),
    el('p', {}, el('strong', { text: 'Baseline it beat: ' }),
      `in the ${b.weeks} week(s) with events from ${b.from} to ${b.to}, ${b.conflict} of ${b.events} events were ` +
      `conflict (${fmtPct(b.share)}). At that share about ${fmtNum(al.expected, 1)} of ${al.events} would be ` +
      'conflict.'),
    el('p', {}, el('strong', { text: 'How unusual: ' }),
      `the chance of ${al.conflict} or more under the baseline is p = ${pValue(al.p_value)}` +
      ' (beta-binomial: the baseline share is itself uncertain).'),
    al.folded && al.folded.length ? el('p', { class: 'muted' },
      `The bloc pair(s) ${al.folded.join(', ')} rose only through these events, so they are not listed apart.`) : null);
}

/** Where to read more: the pair's page and the events of the week. */
function alertLinks(al) {
  const isBloc = al.kind === 'bloc';
  const week = { from: al.week, to: weekEnd(al.week) };
  const events = isBloc ? { blocs: `${al.a},${al.b}`, ...week } : { dyad: `${al.a},${al.b}`, ...week };
  return el('p', { class: 'alert-links' },
    el('a', { href: hashFor(isBloc ? 'bloc' : 'dyad', [al.a, al.b]), text: `${al.a} – ${al.b} over time` }), ' · ',
    el('a', { href: hashFor('events', [], events), text: `all ${al.events} events of that week` }));
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
  return el('div', { class: 'alert', dataset: { pair: `${al.a}-${al.b}`, week: al.week } },
    el('div', { class: 'alert-head' },
      el('span', { class: 'badge alert-kind', text: isBloc ? 'blocs' : 'countries' }),
      el('a', { href: hashFor(isBloc ? 'bloc' : 'dyad', [al.a, al.b]), text: `${al.a} – ${al.b}` }),
      el('span', { text: ` · week of ${al.week}` }),
      el('span', { class: 'muted', text: ` · ${al.conflict} of ${al.events} events conflict, ` +
        `expected ${fmtNum(al.expected, 1)} · p = ${pValue(al.p_value)}` })),
    options.explained === false ? null : alertExplanation(al),
    options.explained === false ? null : alertLinks(al),
    details);
}

/** The rule in force, in words (from the answer's "rule"). */
export function ruleText(rule) {
  if (!rule) return '';
  return `A week alerts when it has at least ${rule.min_events} events and its conflict count has a chance of at ` +
    `most ${rule.p} under the pair's own baseline: the ${rule.weeks_baseline} weeks before, which must hold at least ` +
    `${rule.min_baseline_events} events in at least ${rule.min_baseline_weeks} weeks (pairs without that history ` +
    `never alert). The baseline share has a prior of ${rule.prior} event each way.`;
}
