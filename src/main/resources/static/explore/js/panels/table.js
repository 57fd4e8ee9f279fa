// The table of the nodes on the canvas, kept in step with it: the same selection, the same filters,
// sortable by any column; a row click selects and centres its node.

import { h, replace } from '../dom.js';
import { KINDS } from '../style.js';
import { readable } from '../dates.js';

export class NodeTable {
  constructor(table, cy) {
    this.table = table;
    this.cy = cy;
    this.sort = { key: 'label', descending: false };
    table.querySelector('thead').addEventListener('click', (e) => {
      const key = e.target.closest('th')?.dataset.sort;
      if (!key) return;
      this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key !== 'label' && key !== 'kind' };
      this.render();
    });
  }

  render() {
    if (this.table.closest('[hidden]')) return;
    const rows = this.cy.nodes().map((n) => ({ node: n, label: n.data('label') ?? n.id(), kind: KINDS[n.data('kindKey')]?.label ?? n.data('kind'),
      degree: n.connectedEdges(':visible').length, claimCount: n.data('claimCount') ?? 0, date: n.data('date') ?? '' }));
    const { key, descending } = this.sort;
    rows.sort((a, b) => (typeof a[key] === 'number' ? a[key] - b[key] : String(a[key]).localeCompare(String(b[key]))) * (descending ? -1 : 1));
    this.table.querySelectorAll('th').forEach((th) => th.setAttribute('aria-sort', th.dataset.sort === key ? (descending ? 'descending' : 'ascending') : 'none'));
    replace(this.table.querySelector('tbody'), rows.map((r) => h('tr', {
      class: [r.node.selected() ? 'selected' : '', r.node.hasClass('filtered') ? 'filtered-row' : ''].join(' '),
      dataset: { id: r.node.id() }, tabindex: '0',
      onclick: (e) => this.pick(r.node, e.shiftKey), onkeydown: (e) => { if (e.key === 'Enter') this.pick(r.node, e.shiftKey); },
    },
    h('td', {}, h('span', { class: 'swatch', style: `background:${KINDS[r.node.data('kindKey')]?.colour ?? '#888'}` }), r.label,
      r.node.hasClass('filtered') ? h('span', { class: 'small' }, ' (hidden by filters)') : null),
    h('td', {}, r.kind), h('td', { class: 'num' }, r.degree), h('td', { class: 'num' }, r.claimCount || ''), h('td', {}, readable(r.date)))));
  }

  pick(node, add) {
    if (!add) this.cy.$(':selected').unselect();
    node.select();
    if (node.visible()) this.cy.animate({ center: { eles: node }, duration: 250 });
  }
}
