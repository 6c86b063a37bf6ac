// One article: its text with the words of every event highlighted, and the events it reports.
// The article text is untrusted: it goes into the page as text nodes only (see dom.highlight).
import { el, explain, emptyState, errorBox, safeHref, highlight } from '../dom.js';
import * as api from '../api.js';
import { eventList, highlightLegend } from '../events.js';

export async function render(root, route) {
  const id = route.args[0];
  if (!id) {
    root.appendChild(emptyState('Which article? Open one from an event ("Read the article").'));
    return;
  }
  let a;
  try {
    a = await api.get('articles/' + encodeURIComponent(id));
  } catch (e) {
    root.appendChild(el('h1', { text: 'Article' }));
    root.appendChild(e.status === 404 ? emptyState(`There is no stored article "${id}".`,
      'It may come from another data folder; go back to the overview.') : errorBox(e));
    return;
  }
  root.appendChild(el('h1', { class: 'article-title', text: a.title || '(untitled article)' }));
  const meta = el('p', { class: 'article-meta muted' },
    a.date ? a.date : 'date unknown', ' · ', a.source ? `from ${a.source}` : 'source unknown',
    a.language ? ` · language ${a.language}` : '', ` · ${a.sentences ?? '?'} sentence(s) · status ${a.status}`);
  if (a.url) {
    const href = safeHref(a.url);
    meta.appendChild(document.createTextNode(' · '));
    meta.appendChild(href === '#' ? el('span', { text: a.url })
      : el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', text: 'original' }));
  }
  root.appendChild(meta);
  const events = a.events || [];
  root.appendChild(explain(events.length
    ? `Vigil found ${events.length} event(s) in this article. Their words are highlighted in the text; ` +
      'hover over a highlight to see which event it belongs to.'
    : 'Vigil found no event in this article.'));
  root.appendChild(highlightLegend());

  const spans = [];
  for (const ev of events) {
    const e = ev.evidence || {};
    const label = `${ev.source ? ev.source.code : '?'} → ${ev.target ? ev.target.code : '(none)'}, CAMEO ${ev.cameo}`;
    for (const kind of ['source', 'trigger', 'target']) {
      const sp = e[kind];
      if (sp && Number.isInteger(sp.article_start) && Number.isInteger(sp.article_end)) {
        spans.push({ start: sp.article_start, end: sp.article_end, kind, title: `${kind} of ${label}` });
      }
    }
  }
  const text = el('div', { class: 'article-text', id: 'article-text' });
  text.appendChild(highlight(a.text || '', spans));
  root.appendChild(el('section', { class: 'card' }, text));

  if (events.length) {
    root.appendChild(el('section', { class: 'card', id: 'section-article-events' },
      el('h2', { text: 'Events in this article' }), eventList(events, { showArticle: false })));
  }
}
