// Initiative tracker: proposals and appeals, and how others answered them (support, rejection, agreement).
import { el, explain, emptyState, errorBox } from '../dom.js';
import * as api from '../api.js';
import { hashFor } from '../nav.js';
import { eventCard, highlightLegend } from '../events.js';

const STATUS = {
  implemented: { text: 'implemented', cls: 'st-agreed', hint: 'the same actors then acted on it (cooperation, aid, yielding)' },
  agreed: { text: 'agreed', cls: 'st-agreed', hint: 'at least one agreement was signed or reached' },
  rejected: { text: 'rejected', cls: 'st-rejected', hint: 'rejections outnumber support' },
  supported: { text: 'supported', cls: 'st-supported', hint: 'others expressed support' },
  open: { text: 'no answer found', cls: 'st-open', hint: 'no later event in the articles read answers it (see above)' },
};

const KIND = {
  support: 'Support',
  rejection: 'Rejection',
  agreement: 'Agreement',
  implementation: 'Implementation',
};

export async function render(root, route) {
  const actor = route.params.get('actor') || '';
  const status = route.params.get('status') || '';
  root.appendChild(el('h1', { text: 'Initiative tracker' }));
  root.appendChild(explain('Proposals and appeals (e.g. "Belarus proposed a declaration…") grouped by topic and party, ',
    'with the later events that answered them: support, rejection, a signed agreement or its implementation. Responses ',
    'are linked to a proposal when they are between the same actors, within a year, and share at least two of its ',
    'topic words.'));

  const actorInput = el('input', { name: 'actor', value: actor, placeholder: 'BLR', size: 8,
    'aria-label': 'proposer or addressee code' });
  const statusSelect = el('select', { name: 'status', 'aria-label': 'status' },
    [['', 'any status'], ['answered', 'answered (any response)'], ...Object.keys(STATUS).map(k => [k, STATUS[k].text])]
      .map(([v, t]) => el('option', { value: v, text: t, selected: v === status ? 'selected' : null })));
  const go = () => {
    window.location.hash = hashFor('initiatives', [], { actor: actorInput.value.trim().toUpperCase(),
      status: statusSelect.value });
  };
  statusSelect.addEventListener('change', go);
  root.appendChild(el('form', { class: 'inline-form', on: { submit: e => { e.preventDefault(); go(); } } },
    el('span', { text: 'Only initiatives of or to: ' }), actorInput, el('button', { type: 'submit', text: 'Filter' }),
    el('label', {}, ' Status: ', statusSelect), ' ',
    actor || status ? el('a', { href: '#/initiatives', text: 'show all' }) : null));

  let r;
  try {
    r = await api.get('initiatives', { actor, status, limit: 50 });
  } catch (e) {
    root.appendChild(errorBox(e));
    return;
  }
  const list = r.initiatives || [];
  if (status && list.length === 0) {
    root.appendChild(statusLine(r.statuses || {}, actor));
    const label = STATUS[status] ? STATUS[status].text : status;
    root.appendChild(emptyState(`No initiatives with the status "${label}"${actor ? ' of or to ' + actor : ''}.`));
    return;
  }
  if (list.length === 0) {
    root.appendChild(emptyState(actor ? `No proposals by or to ${actor} yet.` : 'No proposals or appeals found yet.',
      'Initiatives come from events coded as appeals or proposals (CAMEO 02 and 03). ' +
      'No events yet? Run ./vigil run to read articles.'));
    return;
  }
  root.appendChild(statusLine(r.statuses || {}, actor));
  root.appendChild(noAnswerNote(r.statuses || {}));
  root.appendChild(highlightLegend());
  for (const ini of list) root.appendChild(initiativeCard(ini));
}

/** How many initiatives have each status, each a link to those: most are open, the answered few come first here. */
function statusLine(counts, actor) {
  const all = Object.values(counts).reduce((n, k) => n + k, 0);
  return el('p', { class: 'status-line' }, el('strong', { text: `${all} initiative${all === 1 ? '' : 's'}` }), ': ',
    Object.keys(STATUS).map((k, i) => [i ? ' · ' : '', counts[k]
      ? el('a', { href: hashFor('initiatives', [], { actor, status: k }), dataset: { status: k },
        text: `${counts[k]} ${STATUS[k].text}` })
      : el('span', { class: 'muted', text: `0 ${STATUS[k].text}` })]),
    '. The 50 with the latest activity are listed.');
}

/**
 * What "no answer found" can and cannot say: on real news most proposals have no answer in the articles read, which
 * is a fact about the articles, not about the proposal.
 */
function noAnswerNote(counts) {
  const all = Object.values(counts).reduce((n, k) => n + k, 0);
  return el('p', { class: 'muted small no-answer-note' }, el('strong', { text: `"No answer found" (${counts.open || 0} ` +
    `of ${all})` }), ' means only that no later event in the articles read answers the proposal: none between the ' +
    'same actors within a year that supports, rejects, signs or carries it out in words the proposal shares. It does ' +
    'not mean the proposal is still pending, nor that it was ignored: news seldom reports the follow-up, and when it ' +
    'does, often in other words or in articles not read here. Read the proposal\'s article before drawing a conclusion.');
}

function initiativeCard(ini) {
  const st = STATUS[ini.status] || { text: ini.status, cls: '', hint: '' };
  const c = ini.counts || {};
  const head = el('div', { class: 'initiative-head' },
    el('span', { class: 'badge ' + st.cls, title: st.hint, text: st.text }),
    el('h2', { text: topicTitle(ini) }),
    el('span', { class: 'muted', text: `by ${(ini.proposers || []).join(', ') || '?'} · ` +
      `${ini.first_date || '?'}${ini.last_date && ini.last_date !== ini.first_date ? ' to ' + ini.last_date : ''}` }));
  const counts = el('p', { class: 'counts' },
    `${c.proposals ?? 0} proposal(s) · `,
    el('span', { class: c.support ? 'c-support' : 'muted', text: `${c.support ?? 0} support` }), ' · ',
    el('span', { class: c.rejection ? 'c-rejection' : 'muted', text: `${c.rejection ?? 0} rejection` }), ' · ',
    el('span', { class: c.agreement ? 'c-agreement' : 'muted', text: `${c.agreement ?? 0} agreement` }), ' · ',
    el('span', { class: c.implementation ? 'c-agreement' : 'muted', text: `${c.implementation ?? 0} implementation` }));
  const proposals = el('div', { class: 'proposals' }, el('h3', { text: 'Proposed' }),
    (ini.proposals || []).map(pr => eventCard(pr)));
  const responses = ini.responses || [];
  const answered = el('div', { class: 'responses' }, el('h3', { text: 'Responses' }),
    responses.length === 0 ? el('p', { class: 'muted', text: 'No answer in the articles read.' }) : null,
    responses.map(res => el('div', { class: 'response r-' + res.kind },
      el('p', { class: 'response-kind' }, el('strong', { text: KIND[res.kind] || res.kind }),
        res.shared_words && res.shared_words.length ? el('span', { class: 'muted', text:
          ' · shares the words: ' + res.shared_words.join(', ') }) : null),
      res.event ? eventCard(res.event) : null)));
  return el('section', { class: 'card initiative', dataset: { key: ini.key || '' } }, head,
    ini.words && ini.words.length ? el('p', { class: 'topic-words', text: 'Topic: ' + ini.words.join(', ') }) : null,
    counts, proposals, answered);
}

function topicTitle(ini) {
  const words = ini.words && ini.words.length ? ini.words.slice(0, 4).join(' · ') : ini.key;
  return words || 'initiative';
}
