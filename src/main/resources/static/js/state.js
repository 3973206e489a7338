// What the views share: the model's settings, the organisations with their colours, and small helpers.

export const KINDS = ['ORGANISATION', 'BODY', 'ROLE', 'INFORMATION_TYPE', 'SYSTEM', 'INFRASTRUCTURE',
  'RISK', 'RISK_ANALYSIS', 'DOCUMENT', 'AGREEMENT'];
export const ASPECTS = ['OWNER', 'MANAGER', 'TECHNICAL', 'OPERATIONS'];
export const CLASSIFICATION_ASPECTS = ['confidentiality', 'integrity', 'availability', 'traceability'];

export const state = {
  model: null,
  /** id → {id, name, type, memberOf: [id], colour, short} */
  organisations: new Map(),
  /** Boundaries from the analyses (null when not available). */
  boundaries: null,
  /** Ids of the nodes whose own classification is stale (stale-classifications), null when unknown. */
  stale: null,
  /** node id → {aspect: problem} from the gaps analysis, null when not available. */
  gaps: null,
};

// Federation blue, then well-separated colours for members and others; suppliers and authorities grey.
const PALETTE = ['#b5179e', '#0f766e', '#c2410c', '#6d28d9', '#a16207', '#be123c', '#15803d', '#1d4ed8',
  '#7c2d12', '#0e7490', '#86198f', '#4d7c0f'];

/** Gives every organisation a colour and a short name; federations first, then municipalities by name. */
export function setOrganisations(list) {
  state.organisations.clear();
  const order = { federation: 0, municipality: 1, company: 2, authority: 3, supplier: 4 };
  const sorted = [...list].sort((a, b) => (order[a.type] ?? 5) - (order[b.type] ?? 5) || a.name.localeCompare(b.name, 'sv'));
  let next = 0;
  for (const org of sorted) {
    let colour;
    if (org.type === 'federation') {
      colour = next === 0 && ![...state.organisations.values()].some((o) => o.type === 'federation') ? '#1f4e9c' : PALETTE[next++ % PALETTE.length];
    } else if (org.type === 'supplier' || org.type === 'authority') {
      colour = '#5b6472';
    } else {
      colour = PALETTE[next++ % PALETTE.length];
    }
    state.organisations.set(org.id, {
      id: org.id, name: org.name, type: org.type,
      memberOf: (org.memberOf || []).map((m) => m.id), colour, short: shortName(org),
    });
  }
}

/** "Köpings kommun" → "Köping"; long names → the id in capitals (vmkf → VMKF). */
function shortName(org) {
  const municipality = org.name.match(/^(.+?)s? kommun$/);
  if (municipality) {
    return municipality[1];
  }
  if (org.name.length > 18) {
    return org.id.length <= 8 ? org.id.toUpperCase() : org.name.split(/\s+/).map((w) => w[0]).join('').toUpperCase();
  }
  return org.name;
}

export function orgColour(id) {
  return (state.organisations.get(id) || {}).colour || '#9ca3af';
}

export function orgName(id) {
  return (state.organisations.get(id) || {}).name || id;
}

/** The municipalities and federations, for the filters: federations first. */
export function filterOrganisations() {
  return [...state.organisations.values()].filter((o) => o.type === 'federation' || o.type === 'municipality');
}

/** Light tint of a #rrggbb colour, for fills behind dark text. */
export function tint(hex, amount = 0.8) {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255); const g = mix((n >> 8) & 255); const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function setStatus(text, isError = false) {
  const status = document.getElementById('status');
  status.textContent = text || '';
  status.classList.toggle('error', !!isError);
}

/** Percentage text "75 %" (Swedish spacing in both languages is fine for a projector). */
export function percent(part, whole) {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;
}
