// The responsibility matrix (gränsdragningslista), computed on the server; exported as CSV and Excel.

import { getJson } from './api.js';
import { t, currentLanguage } from './i18n.js';
import { ASPECTS, el, orgColour, setStatus } from './state.js';
import { kindLabel } from './graph.js';

let onSelect = () => {};

export function initMatrix(selectHandler) {
  onSelect = selectHandler;
  document.getElementById('matrix-org').addEventListener('change', () => loadMatrix());
}

function exportLinks(organisation) {
  const query = new URLSearchParams({ lang: currentLanguage() });
  if (organisation) query.set('organisation', organisation);
  document.getElementById('export-csv').href = `/api/matrix.csv?${query}`;
  document.getElementById('export-xlsx').href = `/api/matrix.xlsx?${query}`;
}

export async function loadMatrix() {
  const organisation = document.getElementById('matrix-org').value;
  exportLinks(organisation);
  const table = document.getElementById('matrix');
  setStatus(t('explorer.loading'));
  const rows = await getJson(`/api/matrix${organisation ? `?organisation=${encodeURIComponent(organisation)}` : ''}`);
  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col', text: t('explorer.matrix.name') }),
    el('th', { scope: 'col', text: t('explorer.matrix.kind') }),
    ...ASPECTS.map((a) => el('th', { scope: 'col', text: t(`explorer.aspect.${a.toLowerCase()}`) }))));
  let problems = 0;
  const body = el('tbody', {}, ...rows.map((row) => el('tr', { dataset: { id: row.id } },
    el('th', { scope: 'row' }, el('button', { class: 'link', onclick: () => onSelect(row.id), title: row.id }, row.name)),
    el('td', { text: kindLabel(row.kind) }),
    ...ASPECTS.map((aspect) => {
      const cell = row.cells[aspect];
      if (cell.problem) problems++;
      return el('td', { class: cell.problem ? `problem problem-${cell.problem}` : '' },
        ...cell.holders.map((h) => el('div', { class: 'holder-line' },
          el('span', { class: 'org-dot', style: `border-color:${orgColour(h.organisationId)}` }, h.organisation || '?'),
          `: ${h.role}`, h.vacant ? [' ', el('span', { class: 'badge problem', text: t('explorer.vacant') })] : '')),
        cell.problem ? el('span', { class: 'badge problem', text: t(`explorer.problem.${cell.problem}`) }) : '');
    }))));
  table.replaceChildren(el('caption', { class: 'sr-only', text: t('explorer.matrix.title') }), head, body);
  document.getElementById('matrix-summary').textContent = t('explorer.matrix.summary', rows.length, problems);
  setStatus('');
}
