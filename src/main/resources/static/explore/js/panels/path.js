// How two nodes connect: the shortest path or all shortest paths between the two selected nodes,
// leaving out relationship types or sources if asked, highlighted on the canvas with its claims.

import { graphql, fieldsOf } from '../api.js';
import { h, replace, plural } from '../dom.js';
import { humanType } from '../canvas.js';
import { nameOf } from '../graph.js';
import { claimCard } from './details.js';

const CLAIM = 'id statement quote claimedOn claimant { id name } source { id title publisher url publishedOn }';

function pathQuery(all, hasView) {
  const view = hasView ? ', view: FACTS' : '';
  const field = all ? `allShortestPaths(from: $from, to: $to, maxHops: 6, excludeTypes: $types, excludeSources: $sources, first: 5${view})`
    : `shortestPath(from: $from, to: $to, maxHops: 6, excludeTypes: $types, excludeSources: $sources${view})`;
  return `query Path($from: ID!, $to: ID!, $types: [String!], $sources: [ID!]) {
    path: ${field} {
      length
      nodes { id __typename ... on Entity { name kind } ... on Event { title date } ... on Charge { offence } ... on Claim { statement } ... on Source { title } }
      edges { from to type claims { ${CLAIM} } }
    }
  }`;
}

export function labelOf(node) {
  return node.name ?? node.title ?? node.offence ?? node.statement ?? node.id;
}

export class PathPanel {
  constructor(pane, { cy, canvas, state, onMessage }) {
    Object.assign(this, { pane, cy, canvas, state, onMessage });
  }

  render(selected) {
    const nodes = selected.nodes();
    if (nodes.length !== 2) {
      replace(this.pane, h('p', { class: 'hint' }, 'Select two nodes (click one, then Shift-click the other) to see how they connect.'));
      return;
    }
    const [a, b] = nodes;
    const types = [...new Set(this.cy.edges().map((e) => e.data('type')))].sort();
    const sources = [...new Set(this.cy.edges().flatMap((e) => e.data('sources')))];
    const form = h('form', { class: 'path-form', onsubmit: (e) => { e.preventDefault(); this.find(a.id(), b.id(), new FormData(form)); } },
      h('p', {}, h('strong', {}, a.data('label')), ' → ', h('strong', {}, b.data('label'))),
      h('fieldset', {}, h('legend', {}, 'Which paths'),
        h('label', {}, h('input', { type: 'radio', name: 'all', value: '', checked: true }), ' the shortest'),
        h('label', {}, h('input', { type: 'radio', name: 'all', value: '1' }), ' all shortest')),
      types.length ? h('fieldset', {}, h('legend', {}, 'Leave out relationship types'),
        types.map((t) => h('label', {}, h('input', { type: 'checkbox', name: 'type', value: t }), ' ', humanType(t)))) : null,
      sources.length ? h('fieldset', {}, h('legend', {}, 'Leave out sources'),
        sources.map((s) => h('label', {}, h('input', { type: 'checkbox', name: 'source', value: s, checked: this.state.hide.includes(s) }), ' ', nameOf(s)))) : null,
      h('button', { type: 'submit', class: 'primary', id: 'find-path' }, 'Find how they connect'),
      h('div', { class: 'path-result', role: 'status' }));
    replace(this.pane, form);
  }

  async find(from, to, form) {
    const result = this.pane.querySelector('.path-result');
    replace(result, h('p', { class: 'hint' }, 'Looking for a path…'));
    const hasView = (await fieldsOf('Query')).get('shortestPath')?.includes('view');
    const all = form.get('all') === '1';
    try {
      const data = await graphql(pathQuery(all, hasView), { from, to, types: form.getAll('type'), sources: form.getAll('source') });
      const paths = all ? data.path : data.path ? [data.path] : [];
      this.clear();
      if (!paths.length) {
        replace(result, h('p', {}, 'No path within 6 hops, with these exclusions.'));
        return;
      }
      const highlighted = paths.map((p) => this.highlight(p));
      replace(result,
        h('p', {}, `${plural(paths.length, 'path')} of ${plural(paths[0].length, 'hop')}, highlighted on the canvas.`),
        paths.map((p, i) => h('ol', { class: 'path-steps', 'aria-label': `Path ${i + 1}` }, p.edges.map((e) => h('li', {},
          h('p', {}, h('strong', {}, labelOf(p.nodes.find((n) => n.id === e.from) ?? { id: e.from })), ` — ${humanType(e.type)} — `,
            h('strong', {}, labelOf(p.nodes.find((n) => n.id === e.to) ?? { id: e.to }))),
          h('ol', { class: 'claims compact' }, e.claims.slice(0, 3).map((c) => claimCard(c))),
          e.claims.length > 3 ? h('p', { class: 'small' }, `and ${e.claims.length - 3} more claims`) : null)))),
        h('button', { type: 'button', class: 'link', onclick: () => this.clear() }, 'clear the highlight'));
      this.cy.animate({ fit: { eles: highlighted.reduce((c, x) => c.union(x), this.cy.collection()), padding: 60 }, duration: 300 });
    } catch (error) {
      replace(result, h('p', { class: 'error' }, error.message));
    }
  }

  /** Puts a path on the canvas (adding what is missing) and highlights it; answers its elements. */
  highlight(path) {
    const cy = this.cy;
    const missing = path.nodes.filter((n) => cy.getElementById(n.id).empty());
    const edges = path.edges.map((e) => {
      const existing = cy.edges().filter((x) => x.data('type') === e.type
        && ((x.data('source') === e.from && x.data('target') === e.to) || (x.data('source') === e.to && x.data('target') === e.from)));
      return existing.nonempty() ? null : { data: { id: `${e.from}|${e.type}|${e.to}`, source: e.from, target: e.to, type: e.type,
        claims: e.claims.map((c) => c.id), sources: [...new Set(e.claims.map((c) => c.source?.id).filter(Boolean))],
        claimants: [...new Set(e.claims.map((c) => c.claimant?.id).filter(Boolean))] } };
    }).filter(Boolean);
    if (missing.length || edges.length) {
      this.canvas.add({ nodes: missing.map((n) => ({ data: { id: n.id, label: labelOf(n), kind: n.kind ?? n.__typename, date: n.date } })), edges },
        path.nodes[0].id);
      this.state.onAdded?.();
    }
    const elements = cy.collection();
    path.nodes.forEach((n) => elements.merge(cy.getElementById(n.id)));
    path.edges.forEach((e) => elements.merge(cy.edges().filter((x) => x.data('type') === e.type
      && ((x.data('source') === e.from && x.data('target') === e.to) || (x.data('source') === e.to && x.data('target') === e.from)))));
    elements.addClass('on-path');
    cy.elements().not(elements).addClass('faded');
    return elements;
  }

  clear() {
    this.cy.elements().removeClass('on-path faded');
  }
}
