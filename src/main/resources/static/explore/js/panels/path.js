// How two nodes connect: the shortest path or all shortest paths between the two selected nodes,
// leaving out relationship types or sources if asked, highlighted on the canvas with its claims.

import { graphql, getJson } from '../api.js';
import { h, replace, plural } from '../dom.js';
import { humanType } from '../canvas.js';
import { nameOf } from '../graph.js';
import { claimCard } from './details.js';

const CLAIMS = `query Claims($ids: [ID!]!) { nodes(ids: $ids) { id ... on Claim {
  id statement quote claimedOn claimant { id name } source { id title publisher url publishedOn } } } }`;

async function claimsById(ids) {
  if (!ids.length) return new Map();
  const { data } = await graphql(CLAIMS, { ids: ids.slice(0, 100) }, { partial: true });
  return new Map((data?.nodes ?? []).filter(Boolean).map((c) => [c.id, c]));
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
    const all = form.get('all') === '1';
    try {
      const answer = await getJson('/api/path', { from, to, view: this.state.view, all, maxHops: 6,
        excludeTypes: form.getAll('type').join(',') || undefined, excludeSources: form.getAll('source').join(',') || undefined });
      this.clear();
      const paths = answer.paths ?? [];
      if (!paths.length) {
        replace(result, h('p', {}, 'No path within 6 hops, with these exclusions.'));
        return;
      }
      const fresh = this.canvas.add(answer.elements, from);
      if (fresh.nonempty()) this.state.onAdded?.();
      const cy = this.cy;
      const onPath = cy.collection();
      paths.forEach((p) => [...p.nodes, ...p.edges].forEach((id) => onPath.merge(cy.getElementById(id))));
      onPath.addClass('on-path');
      cy.elements().not(onPath).addClass('faded');
      const claimIds = [...new Set(paths.flatMap((p) => p.edges.flatMap((id) => cy.getElementById(id).data('claims') ?? [])))];
      const claims = await claimsById(claimIds);
      replace(result,
        h('p', {}, `${plural(paths.length, 'path')} of ${plural(paths[0].length, 'hop')}, highlighted on the canvas.`),
        paths.map((p, i) => h('ol', { class: 'path-steps', 'aria-label': `Path ${i + 1}` }, p.edges.map((id) => {
          const edge = cy.getElementById(id);
          const ids = edge.data('claims') ?? [];
          return h('li', {},
            h('p', {}, h('strong', {}, edge.source().data('label')), ` — ${edge.data('label') ?? humanType(edge.data('type'))} — `,
              h('strong', {}, edge.target().data('label'))),
            h('ol', { class: 'claims compact' }, ids.slice(0, 3).map((c) => claims.get(c)).filter(Boolean).map((c) => claimCard(c))),
            ids.length > 3 ? h('p', { class: 'small' }, `and ${ids.length - 3} more claims: click the edge to read them`) : null);
        }))),
        h('button', { type: 'button', class: 'link', onclick: () => this.clear() }, 'clear the highlight'));
      if (fresh.nonempty()) await this.canvas.layout(undefined, { fresh });
      this.canvas.fit(onPath);
    } catch (error) {
      replace(result, h('p', { class: 'error' }, error.message));
    }
  }

  clear() {
    this.cy.elements().removeClass('on-path faded');
  }
}
