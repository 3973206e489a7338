// The risk heat map: likelihood × consequence, counts per cell in the configured bands; a cell lists its risks.

import { gql } from './api.js';
import { t } from './i18n.js';
import { state, el } from './state.js';
import { bandLabel } from './panel.js';

const RISKS = `{ risks { id name likelihood consequence score band status reviewBy
  targets { id name } owner { id name holder } } }`;

let risks = [];
let chosen = null;
let onSelect = () => {};

export function initHeatmap(selectHandler) {
  onSelect = selectHandler;
}

export async function loadHeatmap() {
  risks = (await gql(RISKS)).risks.filter((r) => r.status !== 'closed');
  render();
}

/** The band of a score from the model's configured bands (the server's band for a risk is the same rule). */
function bandOf(score) {
  const m = state.model;
  if (score < m.likelihoodMin * m.consequenceMin) return null;
  const band = m.riskBands.find((b) => score <= b.max);
  return band ? band.name : null;
}

export function render() {
  const m = state.model;
  const grid = document.getElementById('heatmap');
  const likelihoods = [];
  for (let l = m.likelihoodMin; l <= m.likelihoodMax; l++) likelihoods.push(l);
  const table = el('table', { class: 'heat', id: 'heat-table' },
    el('caption', { text: t('explorer.risks.caption', risks.length) }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'axis', text: `${t('explorer.risks.consequence')} ↓ / ${t('explorer.risks.likelihood')} →` }),
      ...likelihoods.map((l) => el('th', { scope: 'col', text: String(l) })))));
  const body = el('tbody');
  for (let c = m.consequenceMax; c >= m.consequenceMin; c--) {
    const row = el('tr', {}, el('th', { scope: 'row', text: String(c) }));
    for (const l of likelihoods) {
      const inCell = risks.filter((r) => r.likelihood === l && r.consequence === c);
      const band = bandOf(l * c);
      const selected = chosen && chosen.l === l && chosen.c === c;
      row.append(el('td', { class: `cell band-${band || 'none'}${selected ? ' chosen' : ''}` },
        el('button', {
          class: 'cell-button', 'aria-pressed': selected ? 'true' : 'false',
          'aria-label': t('explorer.risks.cellLabel', l, c, inCell.length, bandLabel(band)),
          onclick: () => { chosen = { l, c }; render(); },
        }, el('span', { class: 'count', text: String(inCell.length) }),
        el('span', { class: 'band-name', text: `${bandLabel(band)} · ${l * c}` }))));
    }
    body.append(row);
  }
  table.append(body);
  grid.replaceChildren(table, legend());
  renderCell();
}

function legend() {
  const m = state.model;
  let from = m.likelihoodMin * m.consequenceMin;
  return el('ul', { class: 'band-legend' }, ...m.riskBands.map((b) => {
    const item = el('li', {}, el('span', { class: `swatch band-${b.name}`, 'aria-hidden': 'true' }),
      `${bandLabel(b.name)}: ${from}–${b.max}`);
    from = b.max + 1;
    return item;
  }));
}

function renderCell() {
  const container = document.getElementById('cell-risks');
  if (!chosen) {
    container.replaceChildren(el('p', { class: 'hint', text: t('explorer.risks.pick') }));
    return;
  }
  const inCell = risks.filter((r) => r.likelihood === chosen.l && r.consequence === chosen.c)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  container.replaceChildren(
    el('h3', { text: t('explorer.risks.cellTitle', chosen.l, chosen.c, inCell.length) }),
    inCell.length ? el('ul', { class: 'plain', id: 'cell-risk-list' }, ...inCell.map((r) => el('li', {},
      el('button', { class: 'link strong', onclick: () => onSelect(r.id) }, r.name),
      ' ', el('span', { class: `badge band band-${r.band || 'none'}`, text: `${r.score} · ${bandLabel(r.band)}` }),
      el('div', { class: 'hint' }, `${t('explorer.panel.targets')}: `, r.targets.map((x) => x.name).join(', ')),
      el('div', { class: 'hint' }, `${t('explorer.panel.owner')}: `, r.owner ? `${r.owner.name}${r.owner.holder ? ` (${r.owner.holder})` : ` (${t('explorer.vacant')})`}` : '–',
        r.reviewBy ? ` · ${t('explorer.panel.reviewBy')} ${r.reviewBy}` : ''))))
      : el('p', { class: 'hint', text: t('explorer.none') }));
}
