// The graph view: Cytoscape.js drawing a neighbourhood at a time, expanded step by step.

import { gql } from './api.js';
import { t, tOr } from './i18n.js';
import { KINDS, state, orgColour, tint, el } from './state.js';

const SHAPES = {
  ORGANISATION: 'round-rectangle', BODY: 'octagon', ROLE: 'ellipse', INFORMATION_TYPE: 'diamond',
  SYSTEM: 'rectangle', INFRASTRUCTURE: 'barrel', RISK: 'triangle', RISK_ANALYSIS: 'tag',
  DOCUMENT: 'rhomboid', AGREEMENT: 'cut-rectangle',
};

/** The selection of a neighbourhood, shared with the explorer's first request. */
export const SLICE = `
    truncated
    nodes { degree organisations owners { id }
      node { id name kind
        ... on System { category }
        ... on Infrastructure { infrastructureKind }
        ... on Role { vacant } } }
    edges { source target type aspect }`;
const NEIGHBOURHOOD = `query($ids: [ID!]!, $depth: Int, $first: Int, $known: [ID!]) {
  neighbourhood(ids: $ids, depth: $depth, first: $first, known: $known) { ${SLICE} }
}`;

/** Relationship types grouped by how they are drawn. */
const EDGE_GROUP = {
  DEPENDS_ON: 'dependency', MEMBER: 'cluster', USED_BY: 'use', RESPONSIBLE_FOR: 'responsibility',
};

// Roles, risks, analyses, documents and agreements are one tick away; the overview starts with what owns and runs.
export const filters = { organisation: '', kinds: new Set(['ORGANISATION', 'BODY', 'INFORMATION_TYPE', 'SYSTEM', 'INFRASTRUCTURE']), category: '' };

let cy;
let onSelect = () => {};

export function graph() {
  return cy;
}

export function initGraph(container, selectHandler) {
  onSelect = selectHandler;
  cy = cytoscape({
    container,
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    style: styles(),
  });
  cy.on('tap', 'node', (e) => onSelect(e.target.id()));
  cy.on('dbltap', 'node', (e) => expand(e.target.id()));
  cy.on('tap', (e) => { if (e.target === cy) clearPath(); });
  window.explorer = Object.assign(window.explorer || {}, { cy });
  return cy;
}

function styles() {
  return [
    { selector: 'node', style: {
      'shape': (n) => SHAPES[n.data('kind')] || 'ellipse',
      'background-color': 'data(fill)',
      'border-color': 'data(colour)',
      'border-width': 3,
      'label': 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': 110,
      'font-size': 13,
      'font-family': 'system-ui, "Segoe UI", Roboto, sans-serif',
      'color': '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 2,
      'width': 36, 'height': 36,
    } },
    { selector: 'node[kind = "ORGANISATION"]', style: { 'width': 64, 'height': 44, 'font-size': 15, 'font-weight': 'bold', 'border-width': 5 } },
    { selector: 'node[kind = "SYSTEM"], node[kind = "INFRASTRUCTURE"]', style: { 'width': 42, 'height': 34 } },
    { selector: 'node.vacant', style: { 'border-style': 'dashed' } },
    { selector: 'node.more', style: { 'background-image': 'none', 'border-width': 4 } },
    { selector: 'node.uncovered', style: { 'outline-width': 4, 'outline-color': '#d00000', 'outline-offset': 3 } },
    { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 8, 'z-index': 20 } },
    { selector: 'node.failed', style: { 'background-color': '#7f1d1d', 'border-color': '#000000', 'border-width': 6, 'border-style': 'double', 'color': '#7f1d1d', 'font-weight': 'bold' } },
    { selector: 'node.down', style: { 'background-color': '#f87171', 'border-width': 6, 'border-style': 'double', 'font-weight': 'bold' } },
    { selector: 'node.affected', style: { 'background-color': '#fbbf24', 'border-width': 8, 'border-style': 'double', 'font-weight': 'bold' } },
    { selector: 'node.hidden', style: { 'display': 'none' } },
    { selector: '.faded', style: { 'opacity': 0.25 } },
    { selector: 'edge', style: {
      'width': 1.2, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'target-arrow-shape': 'vee',
      'arrow-scale': 0.8, 'curve-style': 'bezier', 'font-size': 9, 'color': '#374151',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 1,
    } },
    { selector: 'edge[group = "dependency"]', style: { 'width': 2.6, 'line-color': '#1f2937', 'target-arrow-color': '#1f2937', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1 } },
    { selector: 'edge[group = "cluster"]', style: { 'width': 2, 'line-style': 'dashed', 'line-dash-pattern': [8, 3], 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', 'target-arrow-shape': 'square' } },
    { selector: 'edge[group = "use"]', style: { 'opacity': 0.55, 'width': 1.8, 'line-style': 'dotted', 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', 'target-arrow-shape': 'circle' } },
    { selector: 'edge[group = "responsibility"]', style: { 'width': 1.6, 'line-style': 'dashed', 'line-color': '#15803d', 'target-arrow-color': '#15803d', 'target-arrow-shape': 'triangle-tee', 'label': 'data(label)' } },
    { selector: 'edge.uncovered', style: { 'width': 4, 'line-color': '#d00000', 'target-arrow-color': '#d00000', 'line-style': 'dashed', 'label': 'data(warning)', 'color': '#d00000', 'font-weight': 'bold' } },
    { selector: 'edge.path', style: { 'width': 6, 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', 'line-style': 'solid', 'z-index': 30 } },
  ];
}

/** The label: name, then the responsible organisation as text — colour is never the only signal. */
function label(data) {
  const prefix = data.failed ? '✖ ' : data.down ? '↓ ' : data.affected ? '! ' : '';
  const warning = data.uncovered ? '⚠ ' : '';
  let text = `${prefix}${warning}${data.name}`;
  if (data.vacant) {
    text += ` (${t('explorer.vacant')})`;
  }
  const owners = (data.owners || []).filter((o) => o !== data.id);
  if (owners.length) {
    text += `\n▣ ${owners.map((o) => (state.organisations.get(o) || { short: o }).short).join(', ')}`;
  } else if (data.kind !== 'ORGANISATION' && ['SYSTEM', 'INFRASTRUCTURE', 'INFORMATION_TYPE'].includes(data.kind)) {
    text += `\n▣ ${t('explorer.owner.none')}`;
  }
  const hidden = data.degree - (cy ? cy.getElementById(data.id).neighborhood('node').length : 0);
  if (hidden > 0) {
    text += ` (+${hidden})`;
  }
  return text;
}

function nodeData(n) {
  const owners = n.owners.map((o) => o.id);
  const colourOwner = n.node.kind === 'ORGANISATION' ? n.node.id : owners[0];
  const colour = colourOwner ? orgColour(colourOwner) : '#9ca3af';
  const category = n.node.category || n.node.infrastructureKind || null;
  return {
    id: n.node.id, name: n.node.name, kind: n.node.kind, owners, organisations: n.organisations,
    degree: n.degree, colour, fill: colourOwner ? tint(colour, n.node.kind === 'ORGANISATION' ? 0.55 : 0.78) : '#f3f4f6',
    category, vacant: !!n.node.vacant,
  };
}

/** Adds a slice of the graph; new nodes start around `near` so the layout only has to tidy up. */
export function addSlice(slice, near) {
  const added = [];
  const centre = near && cy.getElementById(near).nonempty() ? cy.getElementById(near).position() : null;
  for (const n of slice.nodes) {
    const existing = cy.getElementById(n.node.id);
    const data = nodeData(n);
    if (existing.nonempty()) {
      existing.data(Object.assign(existing.data(), data));
      continue;
    }
    const position = centre ? { x: centre.x + (Math.random() - 0.5) * 120, y: centre.y + (Math.random() - 0.5) * 120 } : undefined;
    added.push({ group: 'nodes', data, position });
  }
  for (const e of slice.edges) {
    const id = `${e.type}:${e.source}:${e.target}:${e.aspect || ''}`;
    if (cy.getElementById(id).nonempty()) continue;
    added.push({ group: 'edges', data: {
      id, source: e.source, target: e.target, type: e.type, aspect: e.aspect,
      group: EDGE_GROUP[e.type] || 'other',
      label: e.aspect ? t(`explorer.aspect.short.${e.aspect}`) : '',
    } });
  }
  const elements = cy.add(added);
  refreshLabels();
  markBoundaries();
  applyFilters();
  return elements;
}

export async function loadNeighbourhood(ids, depth = 1, first = 150) {
  const known = cy.nodes().map((n) => n.id());
  const data = await gql(NEIGHBOURHOOD, { ids, depth, first, known });
  return data.neighbourhood;
}

/** Start over from some nodes: their neighbourhood only (`slice` when it is already loaded). */
export async function start(ids, depth = 1, slice = null) {
  cy.elements().remove();
  const loaded = slice || await loadNeighbourhood(ids, depth);
  addSlice(loaded);
  layout(true, ids[0] || (loaded.nodes[0] && loaded.nodes[0].node.id));
  return loaded;
}

/** Adds the neighbours of one node (one step) and tidies the layout. */
export async function expand(id) {
  const slice = await loadNeighbourhood([id], 1, 80);
  const before = cy.nodes().length;
  addSlice(slice, id);
  if (cy.nodes().length > before) {
    layout(false, id);
  }
  return slice;
}

/** Adds exactly these nodes (no neighbours) with the edges to what is shown. */
export async function show(ids) {
  if (!ids.length) return;
  const slice = await loadNeighbourhood(ids, 0, 1000);
  const before = cy.nodes().length;
  addSlice(slice);
  if (cy.nodes().length > before) {
    layout(false);
  }
}

/** Below this zoom the labels are too small to read on a projector; the view then centres on the focus instead. */
const READABLE_ZOOM = 0.75;

/**
 * Force-directed layout of what is visible: organisations push harder (they are the hubs that every use edge
 * pulls together), labels count as part of a node so they do not overlap.
 */
export function layout(fresh, focus) {
  cy.resize();
  const visible = cy.elements().filter((e) => e.visible());
  const count = visible.nodes().length;
  // Organisations share most of their neighbours, so forces alone pile them up: they get their own ring.
  const organisations = visible.nodes('[kind = "ORGANISATION"]');
  if (fresh && organisations.length > 1) {
    const radius = 90 + 40 * organisations.length;
    organisations.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / organisations.length - Math.PI / 2;
      n.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });

    // Everything else starts spread over a disc around them; the forces then pull each node to its owners.
    const spread = 60 * Math.sqrt(count) + radius;
    visible.nodes().not(organisations).forEach((n, i) => {
      const angle = i * 2.399963; // golden angle: an even spread without randomness, the same layout every time
      const r = spread * Math.sqrt((i + 0.5) / count);
      n.position({ x: r * Math.cos(angle), y: r * Math.sin(angle) });
    });
  }
  visible.layout({
    name: 'cose',
    animate: false,
    randomize: fresh && organisations.length <= 1,
    fit: true,
    padding: 20,
    nodeDimensionsIncludeLabels: true,
    // Use edges are many and shared: long and soft, so that they do not pull the organisations together.
    idealEdgeLength: (e) => (e.data('group') === 'use' ? 140 : 50),
    nodeRepulsion: (n) => (n.data('kind') === 'ORGANISATION' ? 2000000 : 6000),
    nodeOverlap: 10,
    edgeElasticity: (e) => (e.data('group') === 'use' ? 600 : 60),
    gravity: 1.5,
    numIter: count > 200 ? 600 : 1500,
    componentSpacing: 40,
  }).run();

  const centre = cy.getElementById(focus || '');
  if (cy.zoom() < READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM);
    cy.center(centre.nonempty() && centre.visible() ? centre : visible.nodes());
  }
}

export function refreshLabels() {
  cy.nodes().forEach((n) => n.data('label', label(n.data())));
  cy.edges('[group = "responsibility"]').forEach((e) => e.data('label', t(`explorer.aspect.short.${e.data('aspect')}`)));
}

/** Nodes with an uncovered node boundary and dependency edges with an uncovered boundary stand out. */
export function markBoundaries() {
  if (!state.boundaries) return;
  cy.elements().removeClass('uncovered');
  cy.nodes().forEach((n) => n.data('uncovered', false));
  for (const b of state.boundaries) {
    if (b.covered) continue;
    if (b.kind === 'NODE') {
      const node = cy.getElementById(b.node.id);
      node.addClass('uncovered');
      node.data('uncovered', true);
    } else if (b.dependsOn) {
      const edge = cy.getElementById(`DEPENDS_ON:${b.node.id}:${b.dependsOn.id}:`);
      edge.addClass('uncovered');
      edge.data('warning', `⚠ ${t('explorer.boundary.uncoveredShort')}`);
    }
  }
  refreshLabels();
}

export function applyFilters() {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const d = n.data();
      let visible = filters.kinds.has(d.kind);
      if (visible && filters.organisation) {
        visible = d.id === filters.organisation || (d.organisations || []).includes(filters.organisation);
      }
      if (visible && filters.category && d.kind !== 'ORGANISATION') {
        visible = d.category === filters.category;
      }
      // What the user is working with stays visible whatever the filters say.
      if (n.selected() || n.hasClass('failed') || n.hasClass('down') || n.hasClass('affected')) {
        visible = true;
      }
      n.toggleClass('hidden', !visible);
    });
  });
}

export function clearPath() {
  cy.elements().removeClass('path faded');
}

/** Highlights a path of ids (from a node to what it depends on), fading the rest. */
export function highlightPath(ids) {
  clearPath();
  const path = cy.collection();
  for (let i = 0; i < ids.length; i++) {
    path.merge(cy.getElementById(ids[i]));
    if (i + 1 < ids.length) {
      path.merge(cy.getElementById(ids[i]).edgesWith(cy.getElementById(ids[i + 1])));
    }
  }
  path.edges().addClass('path');
  cy.elements().not(path).addClass('faded');
  if (path.nonempty()) {
    cy.animate({ fit: { eles: path, padding: 60 } }, { duration: 250 });
  }
}

export function select(id) {
  const node = cy.getElementById(id);
  cy.nodes().unselect();
  if (node.nonempty()) {
    node.select();
    node.removeClass('hidden');
  }
}

/** Centres the node; with `ifOutside`, only when it is not already in view. */
export function centre(id, ifOutside = false) {
  const node = cy.getElementById(id);
  if (node.nonempty() && ifOutside) {
    const p = node.renderedPosition();
    if (p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20) return;
  }
  if (node.nonempty()) {
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 200 });
  }
}

/** The legend: node shapes, edge styles, organisation colours with names. */
export function renderLegend(container) {
  container.replaceChildren();
  const kinds = el('div', { class: 'legend-block' }, el('strong', { text: t('explorer.legend.kinds') }),
    ...['ORGANISATION', 'BODY', 'ROLE', 'INFORMATION_TYPE', 'SYSTEM', 'INFRASTRUCTURE', 'RISK', 'DOCUMENT', 'AGREEMENT']
      .map((k) => el('span', { class: 'legend-item' }, el('span', { class: `shape shape-${k}`, 'aria-hidden': 'true' }), t(`explorer.kind.${k}`))));
  const edges = el('div', { class: 'legend-block' }, el('strong', { text: t('explorer.legend.edges') }),
    ...['dependency', 'cluster', 'use', 'responsibility', 'other', 'uncovered']
      .map((g) => el('span', { class: 'legend-item' }, el('span', { class: `line line-${g}`, 'aria-hidden': 'true' }), t(`explorer.legend.edge.${g}`))));
  const orgs = el('div', { class: 'legend-block' }, el('strong', { text: t('explorer.legend.owner') }),
    ...[...state.organisations.values()].filter((o) => o.type !== 'supplier' && o.type !== 'authority')
      .map((o) => el('span', { class: 'legend-item' }, el('span', { class: 'swatch', style: `background:${tint(o.colour, 0.55)};border-color:${o.colour}`, 'aria-hidden': 'true' }), `▣ ${o.short}`)),
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch', style: 'background:#e5e7eb;border-color:#5b6472', 'aria-hidden': 'true' }), t('explorer.legend.supplier')));
  const marks = el('div', { class: 'legend-block' }, el('strong', { text: t('explorer.legend.marks') }),
    el('span', { class: 'legend-item' }, '⚠ ', t('explorer.legend.uncovered')),
    el('span', { class: 'legend-item' }, '✖ ', t('explorer.legend.failed')),
    el('span', { class: 'legend-item' }, '↓ ', t('explorer.legend.down')),
    el('span', { class: 'legend-item' }, '! ', t('explorer.legend.affected')),
    el('span', { class: 'legend-item' }, '(+n) ', t('explorer.legend.more')),
    el('span', { class: 'legend-item hint' }, t('explorer.legend.keys')));
  container.append(kinds, edges, orgs, marks);
}

export function kindLabel(kind) {
  return tOr(`explorer.kind.${kind}`, kind);
}
