// The explorer's entry point: texts, model settings and organisations, the first neighbourhood, then the views.

import { gql, tryGql, tryGetJson, csrfToken } from './api.js';
import { loadTexts, preferredLanguage, applyTexts, t, currentLanguage } from './i18n.js';
import { KINDS, state, setOrganisations, filterOrganisations, el, setStatus } from './state.js';
import * as graph from './graph.js';
import { showNode, setPanelActions, refreshPanel } from './panel.js';
import * as whatif from './whatif.js';
import { initMatrix, loadMatrix } from './matrix.js';
import { initGaps, loadGaps, render as renderGaps } from './gaps.js';
import { initHeatmap, loadHeatmap, render as renderHeatmap } from './heatmap.js';

const INIT = `query($start: [ID!]!) {
  start: neighbourhood(ids: $start) { ${graph.SLICE} }
  model { classificationLabels classificationMaxAgeMonths riskAnalysisMaxAgeMonths
          likelihoodMin likelihoodMax consequenceMin consequenceMax riskBands { name max } nodeCount
          systemCategories infrastructureKinds }
  organisations { id name type memberOf { id } }
}`;
const STALE = '{ report(name: "stale-classifications") { rows } }';
const SEARCH = `query($text: String!) { search(text: $text, first: 20) { id name kind } }`;

const loaded = { matrix: false, gaps: false, risks: false };
let view = 'graph';
let startIds = [];

async function main() {
  const started = performance.now();
  // The texts first: that request also sets the CSRF cookie the GraphQL POSTs must echo.
  await loadTexts(preferredLanguage());
  // One request for the settings, the organisations and the first neighbourhood: the graph is up in one round trip.
  startIds = startNodes();
  let init;
  try {
    init = await gql(INIT, { start: startIds });
  } catch (e) {
    if (!startIds.length) throw e;
    startIds = []; // a stale #node= link: start where everyone starts
    init = await gql(INIT, { start: startIds });
  }
  applyTexts();
  document.getElementById('lang').value = currentLanguage();
  document.getElementById('logout-csrf').value = csrfToken();
  state.model = init.model;
  setOrganisations(init.organisations);

  graph.initGraph(document.getElementById('cy'), selectNode);
  setPanelActions({
    expand: (id) => graph.expand(id).then(() => setStatus(t('explorer.expanded', graph.graph().nodes().length))),
    toggleFailed: (id, name) => { whatif.toggleFailed(id, name); refreshPanel(); },
    isFailed: whatif.isFailed,
    select: selectNode,
    centre: graph.centre,
  });
  whatif.initWhatIf(() => {}, selectNode);
  initMatrix(selectNode);
  initGaps(selectNode);
  initHeatmap(selectNode);
  buildFilters(init);
  bindControls();

  graph.renderLegend(document.getElementById('legend'));
  const slice = await graph.start(startIds, 1, init.start);
  if (!startIds.length && slice.nodes.length) {
    startIds = [slice.nodes[0].node.id];
  }
  window.explorer.ready = true;
  window.explorer.loadMillis = Math.round(performance.now() - started);
  const shown = graph.graph().nodes().filter((n) => n.visible()).length;
  setStatus(t('explorer.started', shown, state.model.nodeCount, slice.nodes.length - shown)
    + (slice.truncated ? ` ${t('explorer.truncated')}` : ''));
  if (startIds.length === 1) {
    selectNode(startIds[0], false);
  }
  // The analyses that mark the graph load after it is interactive.
  loadMarks();
}

/** #node=<id> in the address; none means the server's default start (the federations). */
function startNodes() {
  const hash = new URLSearchParams(window.location.hash.slice(1)).get('node');
  return hash ? [hash] : [];
}

async function loadMarks() {
  // The whole-model answers come from the streamed exports (the analyses' answers as JSON, the GraphQL types'
  // fields): on a national model they arrive in about a third of the time the same list takes through GraphQL.
  const [boundaries, gaps, stale] = await Promise.all([
    tryGetJson('/api/boundaries'), tryGetJson('/api/gaps'), tryGql(STALE)]);
  state.boundaries = boundaries;
  if (gaps) {
    state.gaps = new Map();
    for (const g of gaps) {
      const entry = state.gaps.get(g.node.id) || {};
      if (!entry[g.aspect] || g.problem === 'CONFLICT') entry[g.aspect] = g.problem;
      state.gaps.set(g.node.id, entry);
    }
  }
  state.stale = stale ? new Set(stale.report.rows.map((r) => r[0])) : null;
  graph.markBoundaries();
  if (state.boundaries) {
    const uncovered = state.boundaries.filter((b) => !b.covered).length;
    const status = document.getElementById('status');
    if (uncovered && !status.classList.contains('error')) {
      status.append(' ', el('strong', { id: 'uncovered-count', text: `⚠ ${t('explorer.boundary.count', uncovered)}` }));
    }
  }
  window.explorer.marksLoaded = true;
  refreshPanel();
}

async function selectNode(id, switchView = true) {
  if (switchView && view !== 'graph') showView('graph');
  if (graph.graph().getElementById(id).empty()) {
    // A node found by search or in a list comes with its neighbours, so that it is seen in context.
    await graph.expand(id);
  }
  graph.select(id);
  graph.centre(id, true);
  document.getElementById('ptab-node').click();
  window.location.hash = `node=${encodeURIComponent(id)}`;
  await showNode(id);
}

function buildFilters(init) {
  for (const select of [document.getElementById('filter-org'), document.getElementById('matrix-org')]) {
    select.querySelectorAll('option:not([value=""])').forEach((o) => o.remove());
    for (const org of filterOrganisations()) {
      select.append(el('option', { value: org.id, text: org.name }));
    }
  }
  const kinds = document.getElementById('filter-kinds');
  kinds.replaceChildren(...KINDS.map((kind) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', value: kind, checked: graph.filters.kinds.has(kind),
      onchange: (e) => {
        if (e.target.checked) graph.filters.kinds.add(kind); else graph.filters.kinds.delete(kind);
        graph.applyFilters();
        graph.layout(false);
      } }),
    ` ${graph.kindLabel(kind)}`)));
  const categories = document.getElementById('filter-category');
  const current = categories.value;
  categories.querySelectorAll('option:not([value=""])').forEach((o) => o.remove());
  // The filter's options come with the model's settings: two short lists, not every system of a national model.
  const systemCategories = [...init.model.systemCategories].sort((a, b) => a.localeCompare(b, 'sv'));
  const infraKinds = init.model.infrastructureKinds;
  categories.append(
    el('optgroup', { label: t('explorer.kind.SYSTEM') }, ...systemCategories.map((c) => el('option', { value: c, text: c }))),
    el('optgroup', { label: t('explorer.kind.INFRASTRUCTURE') }, ...infraKinds.map((c) => el('option', { value: c, text: t(`explorer.infraKind.${c}`) }))));
  categories.value = current;
  state.init = init;
}

function bindControls() {
  document.querySelectorAll('.tabs [role=tab]').forEach((tab) => tab.addEventListener('click', () => showView(tab.dataset.view)));
  document.querySelectorAll('.panel-tabs [role=tab]').forEach((tab) => tab.addEventListener('click', () => {
    document.querySelectorAll('.panel-tabs [role=tab]').forEach((t2) => t2.setAttribute('aria-selected', String(t2 === tab)));
    document.getElementById('panel-node').hidden = tab.dataset.panel !== 'node';
    document.getElementById('panel-impact').hidden = tab.dataset.panel !== 'impact';
  }));
  document.getElementById('filter-org').addEventListener('change', async (e) => {
    graph.filters.organisation = e.target.value;
    // Filtering to a municipality starts from it, so that what it is involved in is drawn.
    if (e.target.value) {
      await graph.expand(e.target.value);
    }
    graph.applyFilters();
    graph.layout(false, e.target.value);
  });
  document.getElementById('filter-category').addEventListener('change', (e) => {
    graph.filters.category = e.target.value;
    graph.applyFilters();
    graph.layout(false);
  });
  document.getElementById('btn-fit').addEventListener('click', () => graph.graph().fit(undefined, 30));
  document.getElementById('btn-layout').addEventListener('click', () => graph.layout(true));
  document.getElementById('btn-reset').addEventListener('click', async () => {
    window.location.hash = '';
    await graph.start(startIds);
    whatif.remark();
  });
  document.getElementById('lang').addEventListener('change', (e) => switchLanguage(e.target.value));
  const search = document.getElementById('search');
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => runSearch(search.value.trim()), 200);
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = document.querySelector('#search-results button');
      if (first) { e.preventDefault(); first.focus(); }
    }
  });
  document.getElementById('search-results').addEventListener('keydown', (e) => {
    const buttons = [...document.querySelectorAll('#search-results button')];
    const i = buttons.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && i + 1 < buttons.length) { e.preventDefault(); buttons[i + 1].focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? buttons[i - 1] : search).focus(); }
  });
  document.getElementById('cy').addEventListener('keydown', graphKeys);
}

/** Keyboard in the graph: arrows move through the visible nodes by name, Enter expands, F marks as failed. */
function graphKeys(e) {
  const cy = graph.graph();
  const nodes = cy.nodes().filter((n) => !n.hasClass('hidden')).sort((a, b) => a.data('name').localeCompare(b.data('name'), 'sv'));
  if (!nodes.length) return;
  const selected = cy.nodes(':selected')[0];
  const index = selected ? nodes.indexOf(selected) : -1;
  if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) {
    e.preventDefault();
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
    const next = nodes[(index + step + nodes.length) % nodes.length];
    selectNode(next.id());
    graph.centre(next.id());
  } else if (e.key === 'Enter' && selected) {
    e.preventDefault();
    graph.expand(selected.id());
  } else if ((e.key === 'f' || e.key === 'F') && selected && ['SYSTEM', 'INFRASTRUCTURE'].includes(selected.data('kind'))) {
    whatif.toggleFailed(selected.id(), selected.data('name'));
    refreshPanel();
  } else if (e.key === 'Escape') {
    graph.clearPath();
  } else if (e.key === '+' || e.key === '-') {
    cy.zoom({ level: cy.zoom() * (e.key === '+' ? 1.2 : 1 / 1.2), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
}

async function runSearch(text) {
  const results = document.getElementById('search-results');
  if (text.length < 2) {
    results.replaceChildren();
    return;
  }
  const data = await gql(SEARCH, { text });
  results.replaceChildren(...data.search.map((n) => el('li', {},
    el('button', { class: 'result', dataset: { id: n.id }, onclick: () => selectNode(n.id) },
      n.name, el('span', { class: 'hint', text: ` · ${graph.kindLabel(n.kind)}` })))));
  if (!data.search.length) {
    results.append(el('li', { class: 'hint', text: t('explorer.search.none') }));
  }
}

function showView(name) {
  view = name;
  document.querySelectorAll('.tabs [role=tab]').forEach((tab) => tab.setAttribute('aria-selected', String(tab.dataset.view === name)));
  document.querySelectorAll('.view').forEach((section) => { section.hidden = section.id !== `view-${name}`; });
  if (name === 'graph') {
    graph.graph().resize();
  } else if (name === 'matrix' && !loaded.matrix) {
    loaded.matrix = true;
    loadMatrix().catch(failed);
  } else if (name === 'gaps' && !loaded.gaps) {
    loaded.gaps = true;
    loadGaps().catch(failed);
  } else if (name === 'risks' && !loaded.risks) {
    loaded.risks = true;
    loadHeatmap().catch(failed);
  }
}

async function switchLanguage(lang) {
  await loadTexts(lang);
  applyTexts();
  buildFilters(state.init);
  graph.refreshLabels();
  graph.markBoundaries();
  graph.renderLegend(document.getElementById('legend'));
  whatif.remark();
  refreshPanel();
  if (loaded.matrix) loadMatrix().catch(failed);
  if (loaded.gaps) renderGaps();
  if (loaded.risks) renderHeatmap();
  runSearch(document.getElementById('search').value.trim());
  setStatus('');
}

function failed(error) {
  console.error(error);
  setStatus(t('explorer.error', error.message), true);
}

main().catch(failed);
