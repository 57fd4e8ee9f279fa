// Trust and time filters: hide a source (and what rests on it alone), keep facts backed by at least
// N sources, mute or colour claimants, narrow to a period. The panel lists what the canvas holds
// and says how much the filters hide.

import { h, replace, plural } from '../dom.js';
import { between, span, overlaps } from '../dates.js';
import { CLAIMANT_COLOURS } from '../style.js';
import { names, nameOf } from '../graph.js';

export function timeWindow(state) {
  if (!state.from && !state.to) return null;
  const from = span(state.from)?.from ?? -Infinity;
  const to = span(state.to)?.to ?? Infinity;
  return { from, to };
}

/** Marks what the filters hide with the class 'filtered'; answers how much that is. */
export function applyFilters(cy, state) {
  const hide = new Set(state.hide);
  const mute = new Set(state.mute);
  const window = timeWindow(state);
  const claimantColours = colours(cy);
  const hidden = { edges: 0, nodes: 0, bySource: 0, byMinimum: 0, byClaimant: 0, byTime: 0 };
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const d = edge.data();
      const sources = d.sources.filter((s) => !hide.has(s));
      const claimants = d.claimants.filter((c) => !mute.has(c));
      let reason = null;
      if (d.sources.length && !sources.length) reason = 'bySource';
      else if (d.sources.length && sources.length < state.min) reason = 'byMinimum';
      else if (d.claimants.length && !claimants.length) reason = 'byClaimant';
      else if (window && !overlaps(between(d.since, d.until), window)) reason = 'byTime';
      else if (hide.has(d.source) || hide.has(d.target)) reason = 'bySource';
      edge.toggleClass('filtered', !!reason);
      if (reason) { hidden.edges += 1; hidden[reason] += 1; }
      const colour = state.colour && claimants.length ? claimantColours.get(claimants[0]) : undefined;
      if (colour !== d.claimantColour) colour ? edge.data('claimantColour', colour) : edge.removeData('claimantColour');
    });
    cy.nodes().forEach((node) => {
      const d = node.data();
      let out = hide.has(d.id);
      if (!out && d.sources?.length) out = d.sources.every((s) => hide.has(s));
      if (!out && window && d.date) out = !overlaps(span(d.date), window);
      if (!out && d.kindKey === 'claim') out = node.neighborhood('node').some((n) => hide.has(n.id()) || (d.claimant && mute.has(n.id())));
      if (!out && !node.hasClass('root')) {
        const edges = node.connectedEdges();
        out = edges.nonempty() && edges.every((e) => e.hasClass('filtered'));
      }
      node.toggleClass('filtered', out);
      if (out) hidden.nodes += 1;
    });
  });
  return hidden;
}

function colours(cy) {
  const ids = [...new Set(cy.edges().flatMap((e) => e.data('claimants')))].sort();
  return new Map(ids.map((id, i) => [id, CLAIMANT_COLOURS[i % CLAIMANT_COLOURS.length]]));
}

/** Sources and claimants on the canvas, with how many facts each backs, most first. */
function tally(cy, field) {
  const counts = new Map();
  cy.edges().forEach((e) => e.data(field).forEach((id) => counts.set(id, (counts.get(id) ?? 0) + 1)));
  if (field === 'sources') {
    cy.nodes().forEach((n) => (n.data('sources') ?? []).forEach((id) => counts.set(id, counts.get(id) ?? 0)));
    cy.nodes('[kindKey = "source"]').forEach((n) => counts.set(n.id(), counts.get(n.id()) ?? n.degree()));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export async function renderFilterPanel({ cy, state, hidden, lists, summary, onChange }) {
  const sources = tally(cy, 'sources');
  const claimants = tally(cy, 'claimants');
  await names([...sources, ...claimants].map(([id]) => id));
  const palette = colours(cy);
  const item = (listKey, [id, count]) => {
    const checked = !state[listKey].includes(id);
    const label = nameOf(id);
    return h('li', {},
      h('label', { title: id },
        h('input', { type: 'checkbox', checked, dataset: { id }, 'aria-label': `${checked ? 'Hide' : 'Show'} ${label}`,
          onchange: (e) => onChange(listKey, id, !e.target.checked) }),
        listKey === 'mute' && state.colour ? h('span', { class: 'swatch', style: `background:${palette.get(id)}` }) : null,
        h('span', { class: 'name' }, label),
        h('span', { class: 'count', title: `${count} facts on the canvas` }, count)));
  };
  replace(lists.sources, sources.length ? sources.map((s) => item('hide', s)) : h('li', { class: 'hint' }, 'No source on the canvas yet.'));
  replace(lists.claimants, claimants.length ? claimants.map((c) => item('mute', c)) : h('li', { class: 'hint' }, 'No claimant on the canvas yet.'));
  // A source hidden earlier but no longer on the canvas stays listed, so it can be shown again.
  for (const id of state.hide.filter((id) => !sources.some(([s]) => s === id))) lists.sources.append(item('hide', [id, 0]));
  summary.replaceChildren(describe(hidden, state));
  summary.classList.toggle('active', hidden.edges + hidden.nodes > 0);
}

function describe(hidden, state) {
  const filters = [];
  if (state.hide.length) filters.push(plural(state.hide.length, 'source') + ' hidden');
  if (state.min > 1) filters.push(`at least ${state.min} sources`);
  if (state.mute.length) filters.push(plural(state.mute.length, 'claimant') + ' muted');
  if (state.from || state.to) filters.push(`${state.from || '…'} to ${state.to || '…'}`);
  if (!filters.length && !hidden.edges && !hidden.nodes) return 'Nothing hidden.';
  return `The filters (${filters.join(', ') || 'none'}) hide ${plural(hidden.edges, 'fact')} and ${plural(hidden.nodes, 'node')}.`;
}
