// Vigil dashboard: a single page with hash routes. No build step; ES modules only.
import { el, clear, errorBox } from './dom.js';
import { destroyCharts } from './charts.js';
import { parseHash } from './nav.js';
import * as overview from './views/overview.js';
import * as pair from './views/pair.js';
import * as worldMap from './views/map.js';
import * as search from './views/search.js';
import * as initiatives from './views/initiatives.js';
import * as article from './views/article.js';
import * as alerts from './views/alerts.js';
import * as actor from './views/actor.js';
import * as category from './views/category.js';

/**
 * Routes:
 *   #/                                overview
 *   #/dyad/A/B?interval=&direction=   tension between two entities
 *   #/bloc/A/B?interval=&statuses=    tension between two blocs
 *   #/alerts?from=&to=&kind=          alerts, each explained
 *   #/actor/CODE?from=&to=            one actor: events over time, counterparts, latest events
 *   #/category/KEY?from=&to=          one threat category over time and its latest events
 *   #/map                             world map
 *   #/events?actor=&dyad=&…           event search
 *   #/initiatives                     initiative tracker
 *   #/article/ID                      one article with its events highlighted
 */
const ROUTES = {
  '': { view: overview, nav: 'overview' },
  dyad: { view: pair, nav: 'overview' },
  bloc: { view: pair, nav: 'overview' },
  alerts: { view: alerts, nav: 'alerts' },
  actor: { view: actor, nav: 'events' },
  category: { view: category, nav: 'overview' },
  map: { view: worldMap, nav: 'map' },
  events: { view: search, nav: 'events' },
  initiatives: { view: initiatives, nav: 'initiatives' },
  article: { view: article, nav: 'events' },
};

let renderCount = 0;

async function route() {
  const r = parseHash(window.location.hash);
  const entry = ROUTES[r.name];
  const view = document.getElementById('view');
  destroyCharts();
  clear(view);
  const root = el('div', { class: 'page' });
  view.appendChild(root);
  for (const a of document.querySelectorAll('nav a')) {
    a.classList.toggle('active', entry && a.dataset.route === entry.nav);
  }
  const mine = ++renderCount;
  document.body.dataset.ready = 'false';
  if (!entry) {
    root.appendChild(el('h1', { text: 'Page not found' }));
    root.appendChild(el('p', {}, 'There is no page "', r.name, '". ', el('a', { href: '#/', text: 'Go to the overview.' })));
  } else {
    try {
      await entry.view.render(root, r);
    } catch (e) {
      console.error(e);
      root.appendChild(errorBox(e));
    }
  }
  if (mine === renderCount) document.body.dataset.ready = 'true';
  window.scrollTo(0, 0);
}

// Anything the Content-Security-Policy blocks is recorded here (the browser test asserts there is none).
window.__vigilCspViolations = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__vigilCspViolations.push(`${e.violatedDirective} ${e.blockedURI || ''}`.trim());
});

window.addEventListener('hashchange', route);
route();
