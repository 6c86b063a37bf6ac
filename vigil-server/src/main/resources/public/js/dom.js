// DOM helpers. Every piece of data goes into the page as a text node or an attribute value set through the DOM:
// text from articles is untrusted and must never be parsed as HTML (no innerHTML, insertAdjacentHTML, document.write).

/**
 * Creates an element. attrs: plain attributes, plus `class`, `text` (textContent), `on` ({event: handler}),
 * `dataset` ({key: value}). Children: nodes or strings (strings become text nodes); null/undefined/false skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = value;
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    else if (key === 'dataset') for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else node.setAttribute(key, String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Internal links (#/…, /…) pass; external ones only when http(s). Anything else (javascript:, data:) becomes '#'. */
export function safeHref(value) {
  const s = String(value).trim();
  if (s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//'))) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) { /* not a URL */ }
  return '#';
}

/**
 * Splits `text` by character spans into text nodes and <mark> elements.
 * spans: [{start, end, kind, title?}] with offsets into `text` (end exclusive); kind is `source`, `trigger` or
 * `target`. Spans with missing or out-of-range offsets are ignored; overlapping spans are cut into pieces, each piece
 * marked with the kind of highest priority covering it (trigger, then source, then target).
 * Returns a DocumentFragment.
 */
export function highlight(text, spans) {
  const frag = document.createDocumentFragment();
  const s = String(text ?? '');
  const valid = (spans || []).filter(sp => sp && Number.isInteger(sp.start) && Number.isInteger(sp.end)
    && sp.start >= 0 && sp.end <= s.length && sp.start < sp.end);
  if (valid.length === 0) {
    frag.appendChild(document.createTextNode(s));
    return frag;
  }
  const cuts = new Set([0, s.length]);
  for (const sp of valid) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const rank = { trigger: 0, source: 1, target: 2 };
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i], to = points[i + 1];
    const piece = s.slice(from, to);
    const covering = valid.filter(sp => sp.start <= from && sp.end >= to)
      .sort((a, b) => (rank[a.kind] ?? 9) - (rank[b.kind] ?? 9));
    if (covering.length === 0) {
      frag.appendChild(document.createTextNode(piece));
    } else {
      const top = covering[0];
      const titles = [...new Set(covering.map(sp => sp.title).filter(Boolean))];
      frag.appendChild(el('mark', {
        class: 'hl hl-' + top.kind,
        dataset: { role: top.kind },
        title: titles.length ? titles.join('\n') : top.kind,
        text: piece,
      }));
    }
  }
  return frag;
}

export function fmtNum(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return Number(x).toFixed(digits);
}

export function fmtPct(x) {
  if (x === null || x === undefined) return '–';
  return Math.round(Number(x) * 100) + '%';
}

/** A short section explanation, in plain words. */
export function explain(...parts) {
  return el('p', { class: 'explain' }, ...parts);
}

export function emptyState(message, hint) {
  return el('div', { class: 'empty' }, el('p', { text: message }), hint ? el('p', { class: 'hint' }, hint) : null);
}

export function errorBox(err) {
  return el('div', { class: 'error', role: 'alert' },
    el('strong', { text: 'Could not load this: ' }), String(err && err.message ? err.message : err));
}

/** A horizontal bar 0..1 with its value as text. */
export function meter(value, label) {
  const v = Math.max(0, Math.min(1, Number(value) || 0));
  const bar = el('span', { class: 'meter-fill' });
  bar.style.width = (v * 100).toFixed(1) + '%';
  bar.style.backgroundColor = tensionColor(v);
  return el('span', { class: 'meter', title: label || '' }, el('span', { class: 'meter-track' }, bar),
    el('span', { class: 'meter-text', text: fmtNum(v, 2) }));
}

/** Green (cooperative, 0) to grey (0.5, no information) to red (conflictual, 1). */
export function tensionColor(v) {
  const x = Math.max(0, Math.min(1, Number(v) || 0));
  const lerp = (a, b, t) => Math.round(a + (b - a) * t);
  const [c0, c1, c2] = [[46, 139, 87], [170, 170, 170], [200, 40, 40]];
  const [from, to, t] = x < 0.5 ? [c0, c1, x / 0.5] : [c1, c2, (x - 0.5) / 0.5];
  return `rgb(${lerp(from[0], to[0], t)}, ${lerp(from[1], to[1], t)}, ${lerp(from[2], to[2], t)})`;
}
