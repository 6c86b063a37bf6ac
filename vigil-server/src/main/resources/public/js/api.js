// The HTTP API of docs/api.md, served by the same server.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET /api/{path} with the given query parameters (empty values left out); resolves to the parsed JSON. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v).trim() !== '') query.set(k, String(v).trim());
  }
  const qs = query.toString();
  const url = '/api/' + path + (qs ? '?' + qs : '');
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'the Vigil server does not answer (is `./vigil serve` still running?)');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const msg = body && body.error ? body.error : `HTTP ${response.status} for ${url}`;
    throw new ApiError(response.status, msg);
  }
  return body;
}

// Small caches for lists that do not change while the page is open.
let categoriesPromise = null;
export function categories() {
  if (!categoriesPromise) {
    categoriesPromise = get('categories').then(r => r.categories || []).catch(e => {
      categoriesPromise = null;
      throw e;
    });
  }
  return categoriesPromise;
}

let blocsPromise = null;
export function blocs() {
  if (!blocsPromise) {
    blocsPromise = get('blocs').then(r => r.blocs || []).catch(e => {
      blocsPromise = null;
      throw e;
    });
  }
  return blocsPromise;
}
