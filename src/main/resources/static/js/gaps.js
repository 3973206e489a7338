// The gaps dashboard: per municipality and for the federation (with several federations: each federation and its
// members), five shares, each linking to the rows of the report that lists what is missing. Every figure comes from
// the analyses and reports; nothing is recomputed here.

import { gql, getJson } from './api.js';
import { t } from './i18n.js';
import { state, el, filterOrganisations, percent, setStatus } from './state.js';

const DATA = `{
  systems { id usedBy { id } }
  infrastructure { id }
  unclassified: report(name: "unclassified-systems") { name columns rows }
  stale: report(name: "stale-classifications") { name columns rows }
  gapRows: report(name: "responsibility-gaps") { name columns rows }
  uncovered: report(name: "uncovered-boundaries") { name columns rows }
  noAnalysis: report(name: "infrastructure-without-risk-analysis") { name columns rows }
}`;

const METRICS = ['classified', 'current', 'responsibility', 'boundaries', 'riskAnalysis'];

let data = null;
let scopes = [];
let onSelect = () => {};

export function initGaps(selectHandler) {
  onSelect = selectHandler;
}

/** Ids of the first column of a report. */
function ids(report) {
  return new Set(report.rows.map((r) => r[0]));
}

/**
 * The infrastructure each municipality's figures count (what its systems need and what its roles are responsible
 * for), from the server's `infrastructureOf`: a hundred organisations per request.
 */
async function infrastructureOf(organisations) {
  const result = new Map();
  for (let from = 0; from < organisations.length; from += 100) {
    const chunk = organisations.slice(from, from + 100);
    const query = `query(${chunk.map((_, i) => `$o${i}: ID!`).join(', ')}) {
      ${chunk.map((_, i) => `o${i}: infrastructureOf(organisation: $o${i})`).join(' ')} }`;
    const variables = Object.fromEntries(chunk.map((org, i) => [`o${i}`, org]));
    const answer = await gql(query, variables);
    chunk.forEach((org, i) => result.set(org, new Set(answer[`o${i}`])));
  }
  return result;
}

export async function loadGaps() {
  setStatus(t('explorer.loading'));
  // Gaps and boundaries of the whole model from the streamed exports (see explorer.js), the rest in one query.
  const [reports, gaps, boundaries] = await Promise.all([gql(DATA), getJson('/api/gaps'), getJson('/api/boundaries')]);
  data = { ...reports, gaps, boundaries };
  const unclassified = ids(data.unclassified);
  const stale = ids(data.stale);
  const noAnalysis = ids(data.noAnalysis);
  const gapNodes = new Set(data.gaps.filter((g) => g.problem !== 'CONFLICT').map((g) => g.node.id));
  const organisations = filterOrganisations();
  // One federation (VMKF): its row is the whole model. Several (a national model): each federation's row is the
  // federation and its members.
  const all = [...state.organisations.values()];
  const singleFederation = all.filter((o) => o.type === 'federation').length <= 1;
  const circleOf = (org) => new Set(org.type === 'federation'
    ? [org.id, ...all.filter((o) => o.memberOf.includes(org.id)).map((o) => o.id)] : [org.id]);
  const infrastructure = await infrastructureOf(organisations
    .filter((o) => o.type !== 'federation' || !singleFederation).map((o) => o.id));
  scopes = [];
  for (const org of organisations) {
    const whole = org.type === 'federation' && singleFederation;
    const circle = circleOf(org);
    const systems = data.systems.filter((s) => whole || s.usedBy.some((u) => circle.has(u.id))).map((s) => s.id);
    const infra = whole ? new Set(data.infrastructure.map((i) => i.id))
      : new Set([...circle].flatMap((id) => [...(infrastructure.get(id) || [])]));
    const assets = [...systems, ...infra];
    const boundaries = data.boundaries.filter((b) => whole || b.organisations.some((o) => circle.has(o.id)));
    const classified = systems.filter((s) => !unclassified.has(s));
    scopes.push({
      org, whole, circle, systems: new Set(systems), infra, assets: new Set(assets),
      values: {
        classified: [classified.length, systems.length],
        current: [classified.filter((s) => !stale.has(s)).length, systems.length],
        responsibility: [assets.filter((a) => !gapNodes.has(a)).length, assets.length],
        boundaries: [boundaries.filter((b) => b.covered).length, boundaries.length],
        riskAnalysis: [[...infra].filter((i) => !noAnalysis.has(i)).length, infra.size],
      },
    });
  }
  render();
  setStatus('');
}

/** The report rows behind a figure: the report's rows about the scope's nodes or organisation. */
function rowsFor(metric, scope) {
  const within = (report, set) => report.rows.filter((r) => scope.whole || set.has(r[0]));
  switch (metric) {
    case 'classified': return [data.unclassified, within(data.unclassified, scope.systems)];
    case 'current': return [data.stale, within(data.stale, scope.systems)];
    case 'responsibility': {
      const problem = data.gapRows.columns.indexOf('problem');
      return [data.gapRows, within(data.gapRows, scope.assets).filter((r) => problem < 0 || r[problem] !== 'CONFLICT')];
    }
    case 'boundaries': {
      const columns = data.uncovered.columns.map((c, i) => (c.startsWith('organisation') ? i : -1)).filter((i) => i >= 0);
      return [data.uncovered, data.uncovered.rows.filter((r) => scope.whole || columns.some((i) => scope.circle.has(r[i])))];
    }
    default: return [data.noAnalysis, within(data.noAnalysis, scope.infra)];
  }
}

export function render() {
  if (!data) return;
  const table = document.getElementById('gaps');
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('explorer.gaps.scope') }),
    ...METRICS.map((m) => el('th', { scope: 'col' }, t(`explorer.gaps.${m}`), el('div', { class: 'hint', text: t(`explorer.gaps.${m}.hint`) })))));
  const body = el('tbody', {}, ...scopes.map((scope) => el('tr', { dataset: { id: scope.org.id } },
    el('th', { scope: 'row' }, scope.org.name, scope.org.type === 'federation'
      ? el('div', { class: 'hint', text: t(scope.whole ? 'explorer.gaps.federationScope' : 'explorer.gaps.federationMembers') }) : ''),
    ...METRICS.map((metric) => {
      const [part, whole] = scope.values[metric];
      const [report, rows] = rowsFor(metric, scope);
      const share = whole ? part / whole : 1;
      return el('td', { class: `metric ${share >= 0.9 ? 'good' : share >= 0.6 ? 'fair' : 'poor'}` },
        el('div', { class: 'figure' }, percent(part, whole), el('span', { class: 'hint' }, ` (${part}/${whole})`)),
        el('div', { class: 'bar', role: 'img', 'aria-label': percent(part, whole) }, el('span', { style: `width:${Math.round(share * 100)}%` })),
        el('button', { class: 'link', dataset: { metric, scope: scope.org.id },
          onclick: () => showReport(report, rows, scope, metric) }, t('explorer.gaps.rows', rows.length)));
    }))));
  table.replaceChildren(el('caption', { class: 'sr-only', text: t('explorer.gaps.title') }), head, body);
}

function showReport(report, rows, scope, metric) {
  const container = document.getElementById('report');
  container.replaceChildren(
    el('h3', { id: 'report-title', tabindex: '-1', text: t('explorer.gaps.reportTitle', t(`explorer.gaps.${metric}`), scope.org.name, report.name) }),
    el('p', {}, el('a', { href: `/api/reports/${encodeURIComponent(report.name)}.csv`, download: true, text: t('explorer.gaps.reportCsv') })),
    rows.length ? el('div', { class: 'table-wrap' }, el('table', { class: 'report-table', dataset: { report: report.name } },
      el('thead', {}, el('tr', {}, ...report.columns.map((c) => el('th', { scope: 'col', text: c })))),
      el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((v, i) => el('td', {},
        i === 0 ? el('button', { class: 'link', onclick: () => onSelect(v) }, v) : (v ?? '')))))))) 
      : el('p', { class: 'hint', text: t('explorer.none') }));
  container.querySelector('#report-title').focus();
}
