// What the server ingests on its own (serve --watch, serve --feeds), from /api/status: one line for the watched
// folder, one per feed with its last poll, entries and errors. Nothing when the server only serves.
import { el } from './dom.js';

export function liveNode(status) {
  if (status.status !== 'fulfilled') return null;
  const s = status.value;
  const feeds = s.feeds || [];
  if (!s.watch && feeds.length === 0) return null;
  const items = [];
  if (s.watch) {
    const w = s.watch;
    items.push(el('li', {}, 'Watching ', el('code', { text: w.folder }), `: ${w.files} files, ` +
      `${w.documents_stored} articles stored` + (w.failed ? `, ${w.failed} failed (last: ${w.last_error})` : '') +
      (w.last_scan ? ` · last look ${w.last_scan}` : '')));
  }
  for (const f of feeds) {
    items.push(el('li', { class: f.last_result === 'failed' ? 'feed failed' : 'feed' },
      el('code', { text: f.url }), ': ',
      f.last_poll ? `last poll ${f.last_poll} (${f.last_result}, ${f.last_items} entries)` : 'not polled yet',
      ` · ${f.stored} stored · ${f.errors} errors`,
      f.last_error ? ` (last: ${f.last_error})` : '',
      f.failures_in_row ? ` · backing off, next poll ${f.next_poll}` : ''));
  }
  return el('section', { class: 'card', id: 'section-live' }, el('h2', { text: 'Live ingest' }),
    el('ul', { class: 'live' }, items));
}
