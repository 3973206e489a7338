// The node panel: who holds each aspect, protection need and its source, classification and staleness, risks,
// agreements and documents that cover the node, and its boundaries.

import { gql, tryGql } from './api.js';
import { t, tOr } from './i18n.js';
import { ASPECTS, CLASSIFICATION_ASPECTS, state, el, orgColour } from './state.js';
import { kindLabel } from './graph.js';

const CLASSIFICATION = 'classification { confidentiality integrity availability traceability assessed note }';
const RESPONSIBILITIES = 'responsibilities { aspect vacant role { id name holder } organisation { id name } }';
const RISKS = 'risks { id name likelihood consequence score band status reviewBy }';
const COVER = 'agreements { id name type validFrom validTo parties { id name } } documents { id name type reviewBy }';

const NODE = `query($id: ID!) { node(id: $id) { id name kind
  ... on Organisation { type description memberOf { id name } members { id name } bodies { id name } }
  ... on Body { type description organisation { id name } mandate { id name } members { id name holder } }
  ... on Role { holder vacant fte description organisation { id name } bodies { id name }
      responsibilities { aspect target { id name kind } } ownedRisks { id name score band } }
  ... on InformationType { description ${CLASSIFICATION} ${RESPONSIBILITIES} ${RISKS} ${COVER} processedBy { id name } }
  ... on System { category description supplier { id name } usedBy { id name } processes { id name }
      dependsOn { id name } dependedOnBy { id name }
      ${CLASSIFICATION} ${RESPONSIBILITIES} ${RISKS} ${COVER} riskAnalyses { id name performed } }
  ... on Infrastructure { infrastructureKind description supplier { id name } minAvailable members { id name }
      clusters { id name } dependsOn { id name } dependedOnBy { id name }
      ${CLASSIFICATION} ${RESPONSIBILITIES} ${RISKS} ${COVER} riskAnalyses { id name performed } }
  ... on Risk { likelihood consequence score band status treatment reviewBy description targets { id name } owner { id name holder } }
  ... on RiskAnalysis { performed nextReview description scope { id name } by { id name holder } }
  ... on Document { type adopted reviewBy documentStatus: status description adoptedBy { id name } governs { id name } }
  ... on Agreement { type validFrom validTo description parties { id name } covers { id name } }
} }`;

const NEED_LEVEL = 'level label source { id name kind }';
const PROTECTION = `query($id: ID!) { protectionNeed(id: $id) { underClassified
  confidentiality { ${NEED_LEVEL} } integrity { ${NEED_LEVEL} } availability { ${NEED_LEVEL} } traceability { ${NEED_LEVEL} } } }`;
const EXPOSURE = `query($id: ID!) { riskExposure(id: $id) { score band
  risks { risk { id name score band likelihood consequence } via { id name } path } } }`;

let actions = {};
let current = null;

/** Handlers for the panel's buttons: expand(id), toggleFailed(id), select(id), isFailed(id). */
export function setPanelActions(handlers) {
  actions = handlers;
}

export async function showNode(id) {
  current = id;
  const container = document.getElementById('panel-node');
  container.replaceChildren(el('p', { class: 'hint', text: t('explorer.loading') }));
  const [data, protection, exposure] = await Promise.all([
    gql(NODE, { id }),
    tryGql(PROTECTION, { id }),
    tryGql(EXPOSURE, { id }),
  ]);
  if (current !== id) return; // another node was chosen meanwhile
  const node = data.node;
  if (!node) {
    container.replaceChildren(el('p', { class: 'hint', text: t('explorer.panel.notFound', id) }));
    return;
  }
  container.replaceChildren(...render(node, protection && protection.protectionNeed, exposure && exposure.riskExposure));
}

export function refreshPanel() {
  if (current) showNode(current);
}

function render(node, need, exposure) {
  const parts = [];
  parts.push(el('h2', { class: 'node-title', id: 'panel-title' }, node.name));
  parts.push(el('p', { class: 'meta' }, `${kindLabel(node.kind)} · `, el('code', { text: node.id }),
    subtype(node) ? ` · ${subtype(node)}` : ''));
  parts.push(el('div', { class: 'buttons' },
    el('button', { id: 'btn-expand', onclick: () => actions.expand(node.id), text: t('explorer.panel.expand') }),
    ['SYSTEM', 'INFRASTRUCTURE'].includes(node.kind)
      ? el('button', { id: 'btn-fail', onclick: () => actions.toggleFailed(node.id, node.name),
        text: actions.isFailed(node.id) ? t('explorer.whatif.unmark') : t('explorer.whatif.mark') })
      : null,
    el('button', { onclick: () => actions.centre(node.id), text: t('explorer.panel.centre') })));
  if (node.description) {
    parts.push(el('p', { class: 'description', text: node.description }));
  }
  if (node.kind === 'ROLE') {
    parts.push(section(t('explorer.panel.holder'), el('p', {},
      node.vacant ? el('span', { class: 'badge problem', text: t('explorer.vacant') }) : node.holder,
      node.fte ? ` · ${node.fte} ${t('explorer.panel.fte')}` : '',
      node.organisation ? [' · ', link(node.organisation)] : '')));
    parts.push(section(t('explorer.panel.responsibleFor'), list(node.responsibilities,
      (r) => [el('span', { class: 'aspect', text: t(`explorer.aspect.${r.aspect.toLowerCase()}`) }), ' ', link(r.target)])));
    parts.push(section(t('explorer.panel.bodies'), list(node.bodies, link)));
    parts.push(section(t('explorer.panel.ownedRisks'), list(node.ownedRisks, riskItem)));
  }
  if (node.responsibilities && node.kind !== 'ROLE') {
    parts.push(section(t('explorer.panel.responsibilities'), responsibilities(node)));
  }
  if (['SYSTEM', 'INFRASTRUCTURE', 'INFORMATION_TYPE'].includes(node.kind)) {
    parts.push(section(t('explorer.panel.protection'), protection(node, need)));
    parts.push(section(t('explorer.panel.classification'), classification(node)));
  }
  if (node.risks) {
    parts.push(section(t('explorer.panel.risks'), list(node.risks, riskItem)));
  }
  if (exposure && exposure.risks && exposure.risks.length) {
    parts.push(section(t('explorer.panel.exposure', exposure.score, bandLabel(exposure.band)),
      list(exposure.risks.filter((r) => r.via.id !== node.id),
        (r) => [riskItem(r.risk), ` ${t('explorer.panel.via')} `, link(r.via)])));
  }
  if (node.agreements) {
    parts.push(section(t('explorer.panel.agreements'), list(node.agreements,
      (a) => [link(a), ` (${tOr(`explorer.agreementType.${a.type}`, a.type)}${validity(a)})`,
        a.parties && a.parties.length ? ` – ${a.parties.map((p) => p.name).join(', ')}` : ''])));
  }
  if (node.documents) {
    parts.push(section(t('explorer.panel.documents'), list(node.documents,
      (d) => [link(d), ` (${tOr(`explorer.documentType.${d.type}`, d.type)}`, d.reviewBy ? `, ${t('explorer.panel.reviewBy')} ${d.reviewBy}` : '', ')'])));
  }
  if (node.riskAnalyses) {
    parts.push(section(t('explorer.panel.riskAnalyses'), list(node.riskAnalyses, (a) => [link(a), ` (${a.performed})`])));
  }
  parts.push(section(t('explorer.panel.boundaries'), boundaries(node)));
  const related = relatedLists(node);
  for (const [key, items] of related) {
    if (items && (Array.isArray(items) ? items.length : true)) {
      parts.push(section(t(key), list(Array.isArray(items) ? items : [items], link)));
    }
  }
  return parts;
}

function subtype(node) {
  const value = node.category || node.infrastructureKind || node.type;
  if (!value) return '';
  if (node.infrastructureKind) return tOr(`explorer.infraKind.${value}`, value);
  if (node.kind === 'ORGANISATION') return tOr(`explorer.orgType.${value}`, value);
  return value;
}

function relatedLists(node) {
  return [
    ['explorer.panel.organisation', node.kind === 'ROLE' ? null : node.organisation],
    ['explorer.panel.memberOf', node.memberOf], ['explorer.panel.members', node.members],
    ['explorer.panel.bodies', node.kind === 'ROLE' ? null : node.bodies], ['explorer.panel.mandate', node.mandate],
    ['explorer.panel.usedBy', node.usedBy], ['explorer.panel.supplier', node.supplier],
    ['explorer.panel.processes', node.processes], ['explorer.panel.processedBy', node.processedBy],
    ['explorer.panel.dependsOn', node.dependsOn], ['explorer.panel.dependedOnBy', node.dependedOnBy],
    ['explorer.panel.clusters', node.clusters], ['explorer.panel.targets', node.targets],
    ['explorer.panel.owner', node.owner], ['explorer.panel.scope', node.scope], ['explorer.panel.by', node.by],
    ['explorer.panel.adoptedBy', node.adoptedBy], ['explorer.panel.governs', node.governs],
    ['explorer.panel.parties', node.parties], ['explorer.panel.covers', node.covers],
  ].filter(([, v]) => v);
}

function section(title, body) {
  return el('section', { class: 'panel-section' }, el('h3', { text: title }), body);
}

function list(items, render) {
  if (!items || !items.length) {
    return el('p', { class: 'hint', text: t('explorer.none') });
  }
  return el('ul', { class: 'plain' }, ...items.map((item) => el('li', {}, render(item))));
}

/** A button that selects the node in the graph (keyboard users move through the model this way). */
function link(ref) {
  if (!ref) return '';
  return el('button', { class: 'link', onclick: () => actions.select(ref.id), title: ref.id }, ref.name);
}

function riskItem(r) {
  return el('span', {}, link(r), ' ', el('span', { class: `badge band band-${r.band || 'none'}` },
    `${r.score} · ${bandLabel(r.band)}`), r.status && r.status !== 'open' ? ` (${tOr(`explorer.riskStatus.${r.status}`, r.status)})` : '');
}

export function bandLabel(band) {
  return band ? tOr(`explorer.band.${band}`, band) : t('explorer.band.none');
}

function validity(a) {
  if (!a.validFrom && !a.validTo) return '';
  return `, ${a.validFrom || '…'}–${a.validTo || '…'}`;
}

/** Aspect × holders table; the gaps analysis says which cells lack a holder or conflict, in words. */
function responsibilities(node) {
  const problems = (state.gaps && state.gaps.get(node.id)) || {};
  const rows = ASPECTS.map((aspect) => {
    const held = node.responsibilities.filter((r) => r.aspect === aspect);
    const problem = problems[aspect] || null;
    const cell = held.length
      ? held.map((r) => el('div', {},
        r.organisation ? el('span', { class: 'org-dot', style: `border-color:${orgColour(r.organisation.id)}` }, r.organisation.name) : '?',
        ': ', link(r.role), ' – ',
        r.vacant ? el('span', { class: 'badge problem', text: t('explorer.vacant') }) : el('span', { class: 'holder', text: r.role.holder })))
      : el('span', { class: 'hint', text: '–' });
    return el('tr', { class: problem ? 'has-problem' : '' },
      el('th', { scope: 'row', text: t(`explorer.aspect.${aspect.toLowerCase()}`) }),
      el('td', {}, cell, problem ? el('span', { class: 'badge problem', text: t(`explorer.problem.${problem}`) }) : ''));
  });
  return el('table', { class: 'compact' }, el('tbody', {}, ...rows));
}

function protection(node, need) {
  if (!need) {
    return el('p', { class: 'hint', text: t('explorer.panel.protectionUnavailable') });
  }
  const rows = CLASSIFICATION_ASPECTS.map((aspect) => {
    const value = need[aspect];
    return el('tr', {}, el('th', { scope: 'row', text: t(`explorer.classification.${aspect}`) }),
      el('td', {}, value ? [el('span', { class: `level level-${value.level}` }, `${value.level} ${value.label}`),
        value.source.id === node.id ? ` (${t('explorer.panel.ownLevel')})` : [` ${t('explorer.panel.from')} `, link(value.source)]]
        : el('span', { class: 'hint', text: t('explorer.none') })));
  });
  return el('div', {}, el('table', { class: 'compact' }, el('tbody', {}, ...rows)),
    need.underClassified ? el('p', { class: 'badge problem', text: t('explorer.panel.underClassified') }) : '');
}

function classification(node) {
  const c = node.classification;
  const levels = c && CLASSIFICATION_ASPECTS.filter((a) => c[a] !== null && c[a] !== undefined);
  if (!c || !levels.length) {
    return el('p', {}, el('span', { class: 'badge problem', text: t('explorer.panel.noOwnClassification') }));
  }
  const labels = (state.model && state.model.classificationLabels) || [];
  const stale = state.stale ? state.stale.has(node.id) : null;
  return el('div', {},
    el('p', {}, levels.map((a) => `${t(`explorer.classification.short.${a}`)} ${c[a]}${labels[c[a]] ? ` ${labels[c[a]]}` : ''}`).join(' · ')),
    el('p', {}, `${t('explorer.panel.assessed')}: ${c.assessed || t('explorer.panel.noDate')} `,
      stale === null ? el('span', { class: 'hint', text: t('explorer.panel.staleUnknown') })
        : stale ? el('span', { class: 'badge problem', id: 'stale-badge', text: t('explorer.panel.stale') })
          : el('span', { class: 'badge ok', text: t('explorer.panel.current') })),
    c.note ? el('p', { class: 'hint', text: c.note }) : '');
}

function boundaries(node) {
  if (!state.boundaries) {
    return el('p', { class: 'hint', text: t('explorer.panel.boundariesUnavailable') });
  }
  // An organisation's boundaries are those it is a party to; other nodes' are those on them or their dependencies.
  const mine = state.boundaries.filter((b) => (node.kind === 'ORGANISATION'
    ? b.organisations.some((o) => o.id === node.id)
    : b.node.id === node.id || (b.dependsOn && b.dependsOn.id === node.id)));
  mine.sort((a, b) => Number(a.covered) - Number(b.covered)); // uncovered first: they are the findings
  return list(mine, (b) => [
    b.covered ? el('span', { class: 'badge ok', text: t('explorer.boundary.covered') })
      : el('span', { class: 'badge problem', text: `⚠ ${t('explorer.boundary.uncovered')}` }),
    ' ', b.kind === 'DEPENDENCY' ? [link(b.node), ' → ', link(b.dependsOn)] : [link(b.node), ` (${t('explorer.boundary.node')})`],
    ': ', b.organisations.map((o) => o.name).join(' / '),
    b.agreements && b.agreements.length ? [` – ${t('explorer.boundary.by')} `, ...b.agreements.map(link)] : '',
  ]);
}
