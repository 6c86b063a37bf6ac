// Hash routes: '#/name/arg…?k=v'.

export function parseHash(hash) {
  const h = (hash || '').replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  const parts = path.split('/').filter(Boolean).map(p => {
    try { return decodeURIComponent(p); } catch (e) { return p; }
  });
  return { name: parts[0] || '', args: parts.slice(1), params };
}

/** Builds '#/name/arg…?k=v' (empty values left out). */
export function hashFor(name, args = [], params = {}) {
  const path = [name, ...args].filter(x => x !== undefined && x !== null && x !== '').map(encodeURIComponent).join('/');
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v) !== '') q.set(k, v);
  const qs = q.toString();
  return '#/' + path + (qs ? '?' + qs : '');
}
