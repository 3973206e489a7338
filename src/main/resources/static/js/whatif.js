// What-if: some nodes fail; the impact analysis says what goes down and which organisations are hit, with a path
// to each. The graph highlights them and the same result is listed beside it.

import { gql } from './api.js';
import { t } from './i18n.js';
import { el, setStatus } from './state.js';
import { graph, show, highlightPath, applyFilters, refreshLabels, kindLabel, select as selectInGraph } from './graph.js';

const IMPACT = `query($failed: [ID!]!) { impact(failed: $failed) {
  down { depth path node { id name kind } }
  organisations { organisation { id name type } systems { id name } }
} }`;

/** The most down nodes drawn at once; the list beside the graph always has all of them. */
const MAX_DRAWN = 300;

export const failed = new Map(); // id → name
let result = null;
let onChange = () => {};
let select = () => {};

export function initWhatIf(changeHandler, selectHandler) {
  onChange = changeHandler;
  select = selectHandler;
  document.getElementById('btn-impact').addEventListener('click', run);
  document.getElementById('btn-impact-clear').addEventListener('click', clear);
  renderFailed();
}

export function isFailed(id) {
  return failed.has(id);
}

export function toggleFailed(id, name) {
  if (failed.has(id)) failed.delete(id); else failed.set(id, name);
  graph().getElementById(id).toggleClass('failed', failed.has(id));
  graph().getElementById(id).data('failed', failed.has(id));
  refreshLabels();
  renderFailed();
  onChange();
}

function renderFailed() {
  const list = document.getElementById('failed-list');
  list.replaceChildren(...[...failed].map(([id, name]) => el('li', { class: 'chip' }, name,
    el('button', { class: 'chip-remove', 'aria-label': t('explorer.whatif.remove', name), title: t('explorer.whatif.remove', name),
      onclick: () => toggleFailed(id, name) }, '×'))));
  if (!failed.size) {
    list.append(el('li', { class: 'hint', text: t('explorer.whatif.noneFailed') }));
  }
  document.getElementById('btn-impact').disabled = failed.size === 0;
}

export async function run() {
  if (!failed.size) return;
  setStatus(t('explorer.whatif.running'));
  const data = await gql(IMPACT, { failed: [...failed.keys()] });
  result = data.impact;
  const drawn = result.down.slice(0, MAX_DRAWN);
  const ids = new Set();
  drawn.forEach((d) => d.path.forEach((id) => ids.add(id)));
  result.organisations.forEach((o) => ids.add(o.organisation.id));
  await show([...ids]);
  mark();
  graph().fit(graph().elements().filter((e) => e.visible()), 20);
  render();
  setStatus(t('explorer.whatif.done', result.down.length, result.organisations.length));
  document.getElementById('ptab-impact').click();
}

function mark() {
  const cy = graph();
  cy.nodes().removeClass('down affected').forEach((n) => n.data({ down: false, affected: false }));
  if (!result) return;
  for (const d of result.down) {
    const node = cy.getElementById(d.node.id);
    if (d.depth > 0) node.addClass('down').data('down', true);
    else node.addClass('failed').data('failed', true);
  }
  for (const o of result.organisations) {
    cy.getElementById(o.organisation.id).addClass('affected').data('affected', true);
  }
  refreshLabels();
  applyFilters();
}

/** Path of an affected organisation: the organisation, then one of its down systems' path. */
function organisationPath(o) {
  const byId = new Map(result.down.map((d) => [d.node.id, d]));
  const nearest = o.systems.map((s) => byId.get(s.id)).filter(Boolean).sort((a, b) => a.depth - b.depth)[0];
  return nearest ? [o.organisation.id, ...nearest.path] : [o.organisation.id];
}

function names(path) {
  const cy = graph();
  return path.map((id) => cy.getElementById(id).data('name') || id);
}

export function render() {
  const container = document.getElementById('panel-impact');
  if (!result) {
    container.replaceChildren(el('p', { class: 'hint', text: t('explorer.whatif.none') }));
    return;
  }
  const orgs = el('ul', { class: 'plain', id: 'impact-organisations' }, ...result.organisations.map((o) => {
    const path = organisationPath(o);
    return el('li', { class: 'impact-org', dataset: { id: o.organisation.id } },
      el('button', { class: 'link strong', onclick: () => { selectInGraph(o.organisation.id); highlightPath(path); } }, `! ${o.organisation.name}`),
      el('div', { class: 'hint' }, t('explorer.whatif.systems', o.systems.length), ': ', o.systems.map((s) => s.name).join(', ')),
      el('div', { class: 'path' }, `${t('explorer.whatif.path')}: `, names(path).join(' → ')));
  }));
  const down = el('ol', { class: 'plain', id: 'impact-down' }, ...result.down.map((d) =>
    el('li', { dataset: { id: d.node.id } },
      el('button', { class: 'link', onclick: () => { selectInGraph(d.node.id); highlightPath(d.path); } },
        `${d.depth === 0 ? '✖' : '↓'} ${d.node.name}`),
      ` · ${kindLabel(d.node.kind)} · ${t('explorer.whatif.depth', d.depth)}`,
      d.depth > 0 ? el('div', { class: 'path' }, names(d.path).join(' → ')) : '')));
  container.replaceChildren(
    el('h2', { text: t('explorer.whatif.result') }),
    el('p', {}, t('explorer.whatif.failed'), ': ', [...failed.values()].join(', ')),
    el('h3', { text: t('explorer.whatif.organisations', result.organisations.length) }),
    result.organisations.length ? orgs : el('p', { class: 'hint', text: t('explorer.none') }),
    el('h3', { text: t('explorer.whatif.down', result.down.length) }),
    result.down.length > MAX_DRAWN ? el('p', { class: 'hint', text: t('explorer.whatif.truncated', MAX_DRAWN) }) : '',
    down);
}

export function clear() {
  const cy = graph();
  for (const id of failed.keys()) {
    cy.getElementById(id).removeClass('failed').data('failed', false);
  }
  failed.clear();
  result = null;
  cy.nodes().removeClass('down affected failed').forEach((n) => n.data({ down: false, affected: false, failed: false }));
  cy.elements().removeClass('path faded');
  refreshLabels();
  applyFilters();
  renderFailed();
  render();
  onChange();
}

/** Re-applies the marks after the graph was rebuilt (start over, language switch). */
export function remark() {
  const cy = graph();
  for (const id of failed.keys()) {
    cy.getElementById(id).addClass('failed').data('failed', true);
  }
  mark();
  renderFailed();
  render();
}
