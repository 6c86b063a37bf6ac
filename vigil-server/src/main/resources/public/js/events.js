// The event card: who did what to whom, when, and the sentence that proves it, with the words highlighted.
import { el, highlight, fmtNum } from './dom.js';

export const QUAD = {
  1: { name: 'verbal cooperation', short: 'verbal coop.', cls: 'q1' },
  2: { name: 'material cooperation', short: 'material coop.', cls: 'q2' },
  3: { name: 'verbal conflict', short: 'verbal conflict', cls: 'q3' },
  4: { name: 'material conflict', short: 'material conflict', cls: 'q4' },
};

export const CATEGORY_NAMES = {
  armed_conflict: 'Armed conflict',
  military_posture: 'Military posture & arms control',
  protest_unrest: 'Protest & unrest',
  terrorism: 'Terrorism',
  repression: 'Repression',
  migration_refugees: 'Migration & refugees',
  smuggling_crime: 'Smuggling & crime',
  information_cyber: 'Information & cyber',
};

export function categoryName(key, categories) {
  const found = (categories || []).find(c => c.key === key);
  return found ? found.name : (CATEGORY_NAMES[key] || key);
}

/** A link to an actor's page (its entity's: RUS for RUS:MIL); the code is shown as written. */
export function actorLink(actor) {
  if (!actor) return el('span', { class: 'actor none', text: '(no target)' });
  const entity = actor.entity || actor.code;
  if (entity === '---') return el('span', { class: 'actor', title: 'an actor the coder could not name', text: actor.code });
  return el('a', {
    class: 'actor', href: '#/actor/' + encodeURIComponent(entity),
    title: 'the page of ' + entity, text: actor.code,
  });
}

/** The highlighted evidence sentence of an event. */
export function evidenceNode(ev) {
  const e = ev.evidence || {};
  const spans = [];
  for (const kind of ['source', 'trigger', 'target']) {
    const sp = e[kind];
    if (sp && sp.start !== null && sp.start !== undefined) {
      spans.push({ start: sp.start, end: sp.end, kind, title: kind + ': ' + (sp.text || '') });
    }
  }
  return el('blockquote', { class: 'evidence' }, highlight(e.text || '', spans));
}

export function quadBadge(q) {
  const info = QUAD[q] || { short: 'quad ' + q, name: '', cls: '' };
  return el('span', { class: 'badge ' + info.cls, title: 'quad class ' + q + ': ' + info.name, text: info.short });
}

/**
 * One event as a card. options.showArticle: link to the article page (default true); options.sides: the bloc
 * sides of a bloc pair's events by id (GET /api/events?blocs=…), shown on the card.
 */
export function eventCard(ev, options = {}) {
  const showArticle = options.showArticle !== false;
  const header = el('div', { class: 'event-head' },
    el('span', { class: 'date', text: ev.date || 'undated' }),
    actorLink(ev.source),
    el('span', { class: 'arrow', text: '→' }),
    actorLink(ev.target),
    el('a', {
      class: 'code', href: '#/events?code=' + encodeURIComponent(ev.cameo || ''),
      title: 'CAMEO code ' + (ev.cameo || '') + (ev.plover ? ' (PLOVER ' + ev.plover + ')' : '') + ' — all events with it',
      text: (ev.cameo || '?') + (ev.cameo_name ? ' ' + ev.cameo_name : ''),
    }),
    quadBadge(ev.quad_class),
    el('span', { class: 'goldstein', title: 'Goldstein score: −10 most conflictual … +10 most cooperative',
      text: 'Goldstein ' + fmtNum(ev.goldstein, 1) }),
    ...(ev.categories || []).map(c => el('a', {
      class: 'badge cat', href: '#/events?category=' + encodeURIComponent(c), text: categoryName(c, options.categories),
    })),
  );
  const parts = [];
  if (showArticle && ev.article && ev.article.id) {
    parts.push(el('a', {
      class: 'article-link', href: '#/article/' + encodeURIComponent(ev.article.id),
      text: 'Read the article' + (ev.article.title ? ': ' + ev.article.title : ''),
    }));
  }
  const source = sourceLink(ev.article);
  if (source) parts.push(source);
  if (ev.mentions > 1) parts.push(el('span', { class: 'muted', text: `reported by ${ev.mentions} articles` }));
  if (ev.confidence !== undefined && ev.confidence !== null) {
    parts.push(el('span', { class: 'muted', text: `coder confidence ${fmtNum(ev.confidence, 2)}` }));
  }
  const foot = el('div', { class: 'event-foot' }, parts.map((p, i) => (i ? [' · ', p] : p)));
  const sides = options.sides && options.sides[ev.id];
  return el('article', { class: 'event', dataset: { eventId: ev.id || '' } }, header,
    sides ? blocSides(ev, sides) : null, evidenceNode(ev), foot);
}

/** On a bloc pair's page: the bloc each side counted for, with its status there on the event's date. */
function blocSides(ev, sides) {
  const side = (actor, s) => el('span', { class: 'bloc-side', dataset: { code: actor.entity, bloc: s.bloc,
    status: s.status } }, el('strong', { text: actor.entity }), ` for ${s.bloc} `,
  el('span', { class: `badge status status-${s.status}`, text: s.status === 'self' ? 'itself' : s.status }));
  return el('p', { class: 'bloc-sides small' }, `Counted on ${ev.date}: `, side(ev.source, sides.source), ' → ',
    side(ev.target, sides.target));
}

/** A link to where the article was published, its host as text; none unless the address is http(s). */
function sourceLink(article) {
  if (!article || !article.url) return null;
  let url;
  try {
    url = new URL(article.url);
  } catch (e) {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return el('a', { class: 'source-url', href: url.href, target: '_blank', rel: 'noopener noreferrer',
    title: url.href, text: 'source: ' + url.host });
}

export function highlightLegend() {
  return el('p', { class: 'legend-line' }, 'In each sentence: ',
    el('mark', { class: 'hl hl-source', text: 'source' }), ' did ',
    el('mark', { class: 'hl hl-trigger', text: 'this' }), ' to ',
    el('mark', { class: 'hl hl-target', text: 'target' }), '.');
}

/** Links that download the events behind a page (the same filters, all of them, not one page) as CSV or JSON. */
export function exportLinks(params) {
  const href = format => {
    const q = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v) !== '') q.set(k, v);
    return '/api/events/export?' + q.toString();
  };
  return el('p', { class: 'export-links' }, 'Download these events: ',
    el('a', { class: 'export-csv', href: href('csv'), download: 'vigil-events.csv', text: 'CSV' }), ' · ',
    el('a', { class: 'export-json', href: href('json'), download: 'vigil-events.json', text: 'JSON' }));
}

export function eventList(events, options = {}) {
  return el('div', { class: 'event-list' }, events.map(ev => eventCard(ev, options)));
}
